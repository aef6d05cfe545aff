import { FACTS_PREFIX } from '../commands/facts/custom-ids.js';
import { actorOf, ensureModerator } from '../commands/facts/guard.js';
import { postModLog } from '../commands/facts/mod-log.js';
import { sessionsFor } from '../commands/facts/sessions.js';
import { NO_PINGS, refuse } from '../commands/shared/respond.js';
import type { ComponentHandler } from '../commands/types.js';
import { KnowledgeError } from '../knowledge/knowledge-base.js';
import { clip, defuseMentions, LIMITS } from '../render/limits.js';

/** Confirm / Cancel under an import preview. Only the moderator who started it; applied once, in one transaction. */
export const factsImport: ComponentHandler = {
  prefix: FACTS_PREFIX.import,
  async button(interaction, [action, key], ctx) {
    if (!(await ensureModerator(interaction, ctx.config))) return;
    const { imports } = sessionsFor(ctx);
    const pending = key ? imports.get(key) : undefined;
    if (!pending) return refuse(interaction, 'This import has expired or was already handled; nothing was changed. Run `/facts import` again.');
    if (pending.ownerId !== interaction.user.id) {
      return refuse(interaction, 'Only the moderator who started this import can confirm or cancel it. Nothing was changed.');
    }
    if (action !== 'confirm' && action !== 'cancel') return refuse(interaction, 'That button is broken; run `/facts import` again.');
    // Taken before applying, so a double press cannot apply it twice.
    imports.take(key!);
    if (action === 'cancel') {
      await interaction.update({ content: 'Import cancelled; nothing was changed.', embeds: [], components: [], allowedMentions: NO_PINGS });
      return;
    }
    await interaction.deferUpdate();
    const actor = actorOf(interaction);
    try {
      const plan = await ctx.kb.applyImport(pending.raw, actor, pending.reason);
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
};
