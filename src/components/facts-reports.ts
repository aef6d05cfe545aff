import { FACTS_PREFIX } from '../commands/facts/custom-ids.js';
import { actorOf, ensureModerator } from '../commands/facts/guard.js';
import { postModLog } from '../commands/facts/mod-log.js';
import { reportsView } from '../commands/facts/reports.js';
import { NO_PINGS, refuse } from '../commands/shared/respond.js';
import type { ComponentHandler } from '../commands/types.js';
import { resolveReport } from '../knowledge/store/reports.js';

/** "Resolve #n" under /facts reports: marks the report resolved and refreshes the list in place. */
export const factsReports: ComponentHandler = {
  prefix: FACTS_PREFIX.report,
  async button(interaction, [action, idText], ctx) {
    if (!(await ensureModerator(interaction, ctx.config))) return;
    const id = Number(idText);
    if (action !== 'resolve' || !Number.isInteger(id)) return refuse(interaction, 'That button is broken; run `/facts reports` again.');
    const resolved = resolveReport(ctx.db, id);
    const notice = resolved ? `✅ Report #${id} marked resolved.` : `Report #${id} was already resolved.`;
    await interaction.update({ ...reportsView(ctx, notice), allowedMentions: NO_PINGS });
    if (resolved) await postModLog(interaction.client, ctx, { actor: actorOf(interaction), action: 'report resolved', detail: `Report #${id}` });
  },
};
