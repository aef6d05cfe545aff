import { escapeMarkdown, SlashCommandBuilder } from 'discord.js';
import { addDays, formatIsoDate, upcomingAnniversaries, type UpcomingAnniversary } from '../knowledge/anniversaries.js';
import { listFooter } from '../render/list-embed.js';
import { clip } from '../render/limits.js';
import { formatLongDate } from '../scheduler/message.js';
import { localToday, nextAnniversaryDate } from '../scheduler/preview.js';
import { isPrivate, respond } from './shared/respond.js';
import { sendList } from './shared/send-list.js';
import { serverTimeZone } from './shared/server-time.js';
import type { Command } from './types.js';
import { replyLanguage } from './shared/language.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { localTitle } from '../render/fact-text.js';
import { anniversaryHeadline } from '../scheduler/message.js';
import { formatDate } from '../render/format.js';
import { Refusal } from './shared/refusal.js';
import { optionNames, SHARED_OPTIONS } from './shared/options.js';

const OPTIONS = optionNames('days');

export const DEFAULT_UPCOMING_DAYS = 30;
export const MAX_UPCOMING_DAYS = 366;
/** One line per anniversary; ten to a page, so well within the 4096-character description. */
const LINE_MAX = 300;

function when(daysUntil: number, lang: Lang): string {
  if (daysUntil === 0) return t(lang, 'upcoming.today');
  if (daysUntil === 1) return t(lang, 'upcoming.tomorrow');
  return t(lang, 'upcoming.inDays', { count: daysUntil });
}

/** "`2026-01-01` **🎉 16th anniversary** · China-ASEAN Free Trade Area … (entered into force, 2010) · in 12 days". */
export function upcomingLine(a: UpcomingAnniversary, lang: Lang = 'en'): string {
  const headline = a.round ? `**${anniversaryHeadline(a, lang)}**` : anniversaryHeadline(a, lang);
  const label =
    lang === 'en'
      ? a.occasion.label
      : a.occasion.label === a.fact.title
        ? ''
        : t(lang, `post.occasion.${a.occasion.label}`, { defaultValue: a.occasion.label });
  const year = lang === 'en' ? `${a.occasion.year}` : formatDate(String(a.occasion.year), lang);
  const what = a.fact.kind === 'milestone' || !label ? year : lang === 'en' ? `${label}, ${year}` : `${year}${label}`;
  // Chinese takes full-width brackets: "（2022年生效）".
  const bracketed = lang === 'en' ? ` (${escapeMarkdown(what)})` : `（${escapeMarkdown(what)}）`;
  const line =
    `\`${formatIsoDate(a.on)}\` ${headline} · **${escapeMarkdown(localTitle(a.fact, lang))}**` +
    `${bracketed} · ${when(a.daysUntil, lang)}`;
  return clip(line, LINE_MAX);
}

export const upcoming: Command = {
  scope: 'global',
  guard: 'none',
  data: new SlashCommandBuilder()
    .setName('upcoming')
    .setDescription('Anniversaries of China–ASEAN milestones and agreements coming up')
    .addIntegerOption((o) =>
      o
        .setName(OPTIONS.days)
        .setDescription(`How many days ahead to look (default ${DEFAULT_UPCOMING_DAYS}, up to ${MAX_UPCOMING_DAYS})`)
        .setMinValue(1)
        .setMaxValue(MAX_UPCOMING_DAYS),
    )
    .addBooleanOption((o) => o.setName(SHARED_OPTIONS.private).setDescription('Only you see the list')),

  async execute(interaction, ctx) {
    const days = interaction.options.getInteger(OPTIONS.days) ?? DEFAULT_UPCOMING_DAYS;
    const lang = await replyLanguage(interaction, ctx);
    if (!Number.isInteger(days) || days < 1 || days > MAX_UPCOMING_DAYS)
      throw new Refusal(t(lang, 'errors.upcomingDays', { max: MAX_UPCOMING_DAYS }));
    const timezone = await serverTimeZone(ctx, interaction.guildId);
    const today = localToday(ctx.now(), timezone);
    const end = addDays(today, days);
    const facts = ctx.kb.facts();
    const found = upcomingAnniversaries(facts, today, days);
    const range = `${formatLongDate(today, lang)} – ${formatLongDate(end, lang)}`;

    if (found.length === 0) {
      const next = nextAnniversaryDate(facts, end, 3660);
      const hint = next ? t(lang, 'upcoming.nextHint', { date: formatLongDate(next.localDate, lang) }) : '';
      const none = t(lang, days === 1 ? 'upcoming.noneOne' : 'upcoming.none', { days, range, timezone });
      return respond(interaction, { content: `${none}${hint}`, embeds: [], components: [] }, isPrivate(interaction));
    }

    const title = t(lang, days === 1 ? 'upcoming.titleOne' : 'upcoming.title', { days });
    const shownFacts = [...new Map(found.map((a) => [a.fact.id, a.fact])).values()];
    const footer = t(lang, 'upcoming.footer', { range, timezone, sources: listFooter(shownFacts, lang) });
    return sendList(
      interaction,
      ctx,
      { title, lines: found.map((a) => upcomingLine(a, lang)), footer, lang },
      isPrivate(interaction),
    );
  },
};
