import { actorOf } from '../guard.js';
import { postModLog } from '../mod-log.js';
import { reportsView } from '../reports.js';
import { NO_PINGS } from '../../shared/respond.js';
import { defineComponent } from '../../../components/define.js';
import { Refusal } from '../../shared/refusal.js';
import { replyLanguage } from '../../shared/language.js';
import { t } from '../../../i18n/catalogue.js';

/** "Resolve #n" under /facts reports: marks the report resolved and refreshes the list in place. */
export const factsReports = defineComponent({
  prefix: 'facts-report',
  guard: 'moderator',
  make: (reportId: number) => ['resolve', reportId],
  parse: ([action, idText]) => ({ action, idText }),
  async button(interaction, { action, idText }, ctx) {
    const id = Number(idText);
    const lang = await replyLanguage(interaction, ctx);
    if (action !== 'resolve' || !Number.isInteger(id)) throw new Refusal(t(lang, 'facts.reports.broken'));
    const resolved = await ctx.store.reports.resolve(id);
    const notice = t(lang, resolved ? 'facts.reports.resolved' : 'facts.reports.alreadyResolved', { id });
    await interaction.update({ ...(await reportsView(ctx, notice, lang)), allowedMentions: NO_PINGS });
    if (resolved)
      await postModLog(interaction.client, ctx, {
        actor: actorOf(interaction),
        action: 'reportResolved',
        detail: (lang) => t(lang, 'facts.modLog.reportDetail', { id }),
      });
  },
});
