import { actorOf } from '../guard.js';
import { postModLog } from '../mod-log.js';
import { NO_PINGS } from '../../shared/respond.js';
import { defineComponent } from '../../../components/define.js';
import { KnowledgeError } from '../../../knowledge/knowledge-base.js';
import { clip, defuseMentions, LIMITS } from '../../../render/limits.js';
import { Refusal } from '../../shared/refusal.js';

/** Confirm / Cancel under an import preview. Only the moderator who started it; applied once, in one transaction. */
export const factsImport = defineComponent({
  prefix: 'facts-import',
  guard: 'moderator',
  make: (action: 'confirm' | 'cancel', key: string) => [action, key],
  parse: ([action, key]) => ({ action, key }),
  async button(interaction, { action, key }, ctx) {
    const { imports } = ctx.sessions;
    const pending = key ? imports.get(key) : undefined;
    if (!pending) throw new Refusal('This import has expired or was already handled; nothing was changed. Run `/facts import` again.');
    if (pending.ownerId !== interaction.user.id) {
      throw new Refusal('Only the moderator who started this import can confirm or cancel it. Nothing was changed.');
    }
    if (action !== 'confirm' && action !== 'cancel') throw new Refusal('That button is broken; run `/facts import` again.');
    // Taken before applying, so a double press cannot apply it twice.
    imports.take(key!);
    if (action === 'cancel') {
      await interaction.update({ content: 'Import cancelled; nothing was changed.', embeds: [], components: [], allowedMentions: NO_PINGS });
      return;
    }
    await interaction.deferUpdate();
    const actor = actorOf(interaction);
    try {
      const plan = ctx.kb.applyImport(pending.raw, actor, pending.reason);
      const summary = `added ${plan.added.length}, changed ${plan.changed.length}, removed ${plan.removed.length}, unchanged ${plan.unchanged}`;
      await interaction.editReply({
        content: clip(defuseMentions(`✅ Imported ${pending.fileName}: ${summary}. Members see the new base right away; \`/facts history\` shows each change.`), LIMITS.content),
        embeds: [],
        components: [],
        allowedMentions: NO_PINGS,
      });
      await postModLog(interaction.client, ctx, { actor, action: 'import', reason: pending.reason, detail: `${pending.fileName}: ${summary}` });
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      const details = error.problems.slice(0, 20).map((p) => `• ${p}`).join('\n');
      await interaction.editReply({
        content: clip(defuseMentions(`⚠️ Import refused: ${error.message} Nothing was changed.\n${details}`), LIMITS.content),
        embeds: [],
        components: [],
        allowedMentions: NO_PINGS,
      });
    }
  },
});
