import { actorOf } from '../guard.js';
import { postModLog } from '../mod-log.js';
import { reportsView } from '../reports.js';
import { NO_PINGS } from '../../shared/respond.js';
import { defineComponent } from '../../../components/define.js';
import { resolveReport } from '../../../knowledge/store/reports.js';
import { Refusal } from '../../shared/refusal.js';

/** "Resolve #n" under /facts reports: marks the report resolved and refreshes the list in place. */
export const factsReports = defineComponent({
  prefix: 'facts-report',
  guard: 'moderator',
  make: (reportId: number) => ['resolve', reportId],
  parse: ([action, idText]) => ({ action, idText }),
  async button(interaction, { action, idText }, ctx) {
    const id = Number(idText);
    if (action !== 'resolve' || !Number.isInteger(id)) throw new Refusal('That button is broken; run `/facts reports` again.');
    const resolved = resolveReport(ctx.db, id);
    const notice = resolved ? `✅ Report #${id} marked resolved.` : `Report #${id} was already resolved.`;
    await interaction.update({ ...reportsView(ctx, notice), allowedMentions: NO_PINGS });
    if (resolved) await postModLog(interaction.client, ctx, { actor: actorOf(interaction), action: 'report resolved', detail: `Report #${id}` });
  },
});
