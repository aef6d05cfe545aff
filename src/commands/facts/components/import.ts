import { actorOf } from '../guard.js';
import { postModLog } from '../mod-log.js';
import { NO_PINGS } from '../../shared/respond.js';
import { defineComponent } from '../../../components/define.js';
import { KnowledgeError } from '../../../knowledge/knowledge-base.js';
import { clip, defuseMentions, LIMITS } from '../../../render/limits.js';
import { knowledgeText, Refusal } from '../../shared/refusal.js';
import { replyLanguage } from '../../shared/language.js';
import { t } from '../../../i18n/catalogue.js';
import { importSummary } from '../import.js';

/** Confirm / Cancel under an import preview. Only the moderator who started it; applied once, in one transaction. */
export const factsImport = defineComponent({
  prefix: 'facts-import',
  guard: 'moderator',
  make: (action: 'confirm' | 'cancel', key: string) => [action, key],
  parse: ([action, key]) => ({ action, key }),
  async button(interaction, { action, key }, ctx) {
    const { imports } = ctx.sessions;
    const lang = await replyLanguage(interaction, ctx);
    const pending = key ? await imports.get(key) : undefined;
    if (!pending) throw new Refusal(t(lang, 'facts.import.expired'));
    if (pending.ownerId !== interaction.user.id) throw new Refusal(t(lang, 'facts.import.notYours'));
    if (action !== 'confirm' && action !== 'cancel') throw new Refusal(t(lang, 'facts.import.broken'));
    // Taken before applying, so a double press cannot apply it twice.
    await imports.take(key!);
    if (action === 'cancel') {
      await interaction.update({
        content: t(lang, 'facts.import.cancelled'),
        embeds: [],
        components: [],
        allowedMentions: NO_PINGS,
      });
      return;
    }
    await interaction.deferUpdate();
    const actor = actorOf(interaction);
    try {
      const plan = await ctx.kb.applyImport(pending.raw, actor, pending.reason);
      const summary = importSummary(plan, lang);
      await interaction.editReply({
        content: clip(
          defuseMentions(t(lang, 'facts.import.done', { file: pending.fileName, summary })),
          LIMITS.content,
        ),
        embeds: [],
        components: [],
        allowedMentions: NO_PINGS,
      });
      await postModLog(interaction.client, ctx, {
        actor,
        action: 'import',
        reason: pending.reason,
        detail: (lang) => `${pending.fileName}: ${importSummary(plan, lang)}`,
      });
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      const details = error.problems
        .slice(0, 20)
        .map((p) => `• ${p}`)
        .join('\n');
      await interaction.editReply({
        content: clip(
          defuseMentions(t(lang, 'facts.import.refused', { message: knowledgeText(error, lang), details })),
          LIMITS.content,
        ),
        embeds: [],
        components: [],
        allowedMentions: NO_PINGS,
      });
    }
  },
});
