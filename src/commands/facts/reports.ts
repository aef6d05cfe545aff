import { escapeMarkdown, type APIActionRowComponent, type APIButtonComponent, type ChatInputCommandInteraction } from 'discord.js';
import { countOpenReports, openReports, resolveReport } from '../../knowledge/store/reports.js';
import { discordTime } from '../../render/fact-diff.js';
import { button, COLORS, row } from '../../render/fact-embed.js';
import { clip, defuseMentions, fitEmbed, LIMITS } from '../../render/limits.js';
import type { APIEmbed } from '../shared/respond.js';
import { respond } from '../shared/respond.js';
import type { BotContext } from '../types.js';
import { factsReports } from './components/reports.js';
import { actorOf } from './guard.js';
import { postModLog } from './mod-log.js';
import { Refusal } from '../shared/refusal.js';
import { FACTS_OPTIONS } from './options.js';

const SHOWN = 10;

const safe = (text: string) => escapeMarkdown(defuseMentions(text));

/** The moderators' queue: the oldest open reports, each with a Resolve button. */
export function reportsView(ctx: Pick<BotContext, 'db' | 'kb'>, notice?: string): { content: string; embeds: APIEmbed[]; components: APIActionRowComponent<APIButtonComponent>[] } {
  const open = openReports(ctx.db, SHOWN);
  const total = countOpenReports(ctx.db);
  const entries = open.map((r) => {
    const title = ctx.kb.get(r.factId)?.title;
    const head = `**#${r.id}** · \`${r.factId}\`${title ? ` (${safe(clip(title, 80))})` : ' (no longer in the base)'} · by ${safe(clip(r.userName, 60))} · ${discordTime(r.at, 'R')}`;
    const note = safe(clip(r.note, 300)).replace(/\n/g, '\n> ');
    return `${head}\n> ${note}`;
  });
  const embed = fitEmbed({
    title: `Open reports: ${total}`,
    description: entries.length ? entries.join('\n\n') : 'No open reports. Members report problems with the button under each answer.',
    color: COLORS.notice,
    footer: {
      text: total > open.length ? `Showing the oldest ${open.length} of ${total}. Resolve some to see more.` : 'Resolve with a button, or /facts reports resolve:<number>',
    },
  });
  const buttons = open.map((r) => button(factsReports.id(r.id), `Resolve #${r.id}`));
  const components = [buttons.slice(0, 5), buttons.slice(5, 10)].filter((b) => b.length).map(row);
  return { content: notice ? clip(defuseMentions(notice), LIMITS.content) : '', embeds: [embed], components };
}

/** /facts reports [resolve:] — lists open member reports; optionally marks one resolved first. */
export async function listReports(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const resolve = interaction.options.getInteger(FACTS_OPTIONS.resolve);
  let notice: string | undefined;
  if (resolve !== null) {
    if (!resolveReport(ctx.db, resolve)) throw new Refusal(`Report #${resolve} is not open (already resolved, or no such report).`);
    notice = `✅ Report #${resolve} marked resolved.`;
  }
  const view = reportsView(ctx, notice);
  await respond(interaction, { ...view, content: view.content || undefined }, true);
  if (resolve !== null) await postModLog(interaction.client, ctx, { actor: actorOf(interaction), action: 'report resolved', detail: `Report #${resolve}` });
}
