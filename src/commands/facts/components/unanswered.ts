import { actorOf } from '../guard.js';
import { postModLog } from '../mod-log.js';
import { clearConfirmed } from '../unanswered.js';
import { NO_PINGS } from '../../shared/respond.js';
import { defineComponent } from '../../../components/define.js';
import { Refusal } from '../../shared/refusal.js';
import { replyLanguage } from '../../shared/language.js';
import { t } from '../../../i18n/catalogue.js';

/** "Clear the log" / "Cancel" under /facts unanswered clear:True. */
export const factsUnanswered = defineComponent({
  prefix: 'facts-unanswered',
  guard: 'moderator',
  /** facts-unanswered:clear:<newest row id shown> (rows logged after the question was put stay), or facts-unanswered:cancel. */
  make: (choice: { clearUpTo: number } | 'cancel') => (choice === 'cancel' ? ['cancel'] : ['clear', choice.clearUpTo]),
  parse: ([action, upTo]) => ({ action, upTo }),
  async button(interaction, { action, upTo }, ctx) {
    const lang = await replyLanguage(interaction, ctx);
    if (action === 'cancel') {
      await interaction.update({
        content: t(lang, 'facts.unanswered.kept'),
        components: [],
        allowedMentions: NO_PINGS,
      });
      return;
    }
    const upToId = Number(upTo);
    if (action !== 'clear' || !Number.isSafeInteger(upToId) || upToId < 1)
      throw new Refusal(t(lang, 'facts.unanswered.broken'));
    const { removed, content } = await clearConfirmed(ctx, upToId, lang);
    await interaction.update({ content, components: [], allowedMentions: NO_PINGS });
    if (removed)
      await postModLog(interaction.client, ctx, {
        actor: actorOf(interaction),
        action: 'unansweredCleared',
        detail: (lang) => t(lang, 'facts.modLog.clearedDetail', { count: removed }),
      });
  },
});
