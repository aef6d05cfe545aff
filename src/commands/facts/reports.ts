import {
  escapeMarkdown,
  type APIActionRowComponent,
  type APIButtonComponent,
  type ChatInputCommandInteraction,
} from 'discord.js';
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
import { replyLanguage } from '../shared/language.js';
import { DEFAULT_LANG, t, type Lang } from '../../i18n/catalogue.js';

const SHOWN = 10;

const safe = (text: string) => escapeMarkdown(defuseMentions(text));

/** The moderators' queue: the oldest open reports, each with a Resolve button. */
export async function reportsView(
  ctx: Pick<BotContext, 'store' | 'kb'>,
  notice?: string,
  lang: Lang = DEFAULT_LANG,
): Promise<{ content: string; embeds: APIEmbed[]; components: APIActionRowComponent<APIButtonComponent>[] }> {
  const open = await ctx.store.reports.open(SHOWN);
  const total = await ctx.store.reports.countOpen();
  const entries = open.map((r) => {
    const title = ctx.kb.get(r.factId)?.title;
    const shownTitle = title ? ` (${safe(clip(title, 80))})` : t(lang, 'facts.reports.gone');
    const head = t(lang, 'facts.reports.entry', {
      id: r.id,
      factId: r.factId,
      title: shownTitle,
      user: safe(clip(r.userName, 60)),
      when: discordTime(r.at, 'R'),
    });
    const note = safe(clip(r.note, 300)).replace(/\n/g, '\n> ');
    return `${head}\n> ${note}`;
  });
  const embed = fitEmbed({
    title: t(lang, 'facts.reports.title', { count: total }),
    description: entries.length ? entries.join('\n\n') : t(lang, 'facts.reports.none'),
    color: COLORS.notice,
    footer: {
      text:
        total > open.length
          ? t(lang, 'facts.reports.showing', { shown: open.length, total })
          : t(lang, 'facts.reports.footer'),
    },
  });
  const buttons = open.map((r) => button(factsReports.id(r.id), t(lang, 'facts.reports.resolveButton', { id: r.id })));
  const components = [buttons.slice(0, 5), buttons.slice(5, 10)].filter((b) => b.length).map(row);
  return { content: notice ? clip(defuseMentions(notice), LIMITS.content) : '', embeds: [embed], components };
}

/** /facts reports [resolve:] — lists open member reports; optionally marks one resolved first. */
export async function listReports(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const resolve = interaction.options.getInteger(FACTS_OPTIONS.resolve);
  const lang = await replyLanguage(interaction, ctx);
  let notice: string | undefined;
  if (resolve !== null) {
    if (!(await ctx.store.reports.resolve(resolve)))
      throw new Refusal(t(lang, 'facts.reports.notOpen', { id: resolve }));
    notice = t(lang, 'facts.reports.resolved', { id: resolve });
  }
  const view = await reportsView(ctx, notice, lang);
  await respond(interaction, { ...view, content: view.content || undefined }, true);
  if (resolve !== null)
    await postModLog(interaction.client, ctx, {
      actor: actorOf(interaction),
      action: 'reportResolved',
      detail: (lang) => t(lang, 'facts.modLog.reportDetail', { id: resolve }),
    });
}
