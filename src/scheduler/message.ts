/**
 * Renders an anniversary reminder as Discord-API-shaped JSON (a plain object; no discord.js), within Discord's
 * limits: content <= 2000, <= 10 embeds, embed title <= 256, description <= 4096, footer <= 2048, all embeds
 * together <= 6000 characters. Too many anniversaries end with "…and N more".
 *
 * Mentions are neutralised twice: `allowed_mentions: { parse: [] }` on the payload, and "@everyone", "@here" and
 * "<@…>" in any text are broken with a zero-width space so they cannot ping even if a sender forgets the former.
 */
import {
  formatIsoDate,
  type Anniversary,
  type LocalDate,
  type UpcomingAnniversary,
} from '../knowledge/anniversaries.js';
import type { Fact } from '../knowledge/schema.js';
import { formatDate, keyFacts, MONTHS } from '../render/format.js';
import { clip, defuseMentions, embedLength, LIMITS } from '../render/limits.js';
import { sourceMarkdown, sourcesMarkdown } from '../render/sources.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { localText } from '../render/fact-text.js';

export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface Embed {
  title: string;
  description: string;
  color?: number;
  fields?: EmbedField[];
  footer?: { text: string };
}

export interface PostPayload {
  content: string;
  embeds: Embed[];
  allowed_mentions: { parse: [] };
  /** Set by the scheduler: lets Discord drop a duplicate of a retried post (see run.ts). */
  nonce?: string;
  enforce_nonce?: boolean;
}

const COLOR_ROUND = 0xf1c40f;
const COLOR_NORMAL = 0x2b8a3e;
const COLOR_COUNTDOWN = 0x1c7ed6;
const SUMMARY_MAX = 280;
const SOURCES_MAX = 1500;

/** Escapes markdown that would break a **bold** wrapper or format a title unexpectedly. */
function escapeInline(text: string): string {
  return text.replace(/([\\*_~`|])/g, '\\$1');
}

function safe(text: string): string {
  return defuseMentions(text.replace(/\s+/g, ' ').trim());
}

/** "1 July 2026". */
export function formatLongDate(d: LocalDate, lang: Lang = 'en'): string {
  return formatDate(formatIsoDate(d), lang);
}

/** "1 July", "7月1日". */
export function formatDayMonth(d: LocalDate, lang: Lang = 'en'): string {
  return t(lang, 'post.dayMonth', { day: d.day, month: MONTHS[d.month - 1] ?? '?', monthNumber: d.month });
}

/** What happened on the day, in the post's language (a headline date's label is the fact's own title). */
function occasionLabel(a: Anniversary, lang: Lang): string {
  if (lang === 'en') return a.occasion.label;
  if (a.occasion.label === a.fact.title) return localText(a.fact, lang).title;
  return t(lang, `post.occasion.${a.occasion.label}`, { defaultValue: a.occasion.label });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function publisherOf(a: Anniversary, lang: Lang): string {
  const first = a.fact.sources[0];
  return first ? safe(first.publisher) : t(lang, 'post.unknownSource');
}

/** Every source of the fact, each a linked title with publisher and date (one source stays on one line). */
function sourcesBlock(a: Anniversary, lang: Lang): string {
  const { sources } = a.fact;
  if (sources.length === 1)
    return defuseMentions(`${t(lang, 'post.sourceLabel')}${sourceMarkdown(sources[0]!, true, lang)}`);
  return defuseMentions(`${t(lang, 'post.sourcesLabel')}\n${sourcesMarkdown(sources, SOURCES_MAX, '• ', lang)}`);
}

/** The headline words: "🎉 15th anniversary" for round ones, "3rd anniversary" otherwise ("15周年" in Chinese). */
export function anniversaryHeadline(
  a: Pick<Anniversary, 'ordinal' | 'round'> & { years?: number },
  lang: Lang = 'en',
): string {
  const words = t(lang, 'post.headline', { ordinal: a.ordinal, years: a.years ?? parseInt(a.ordinal, 10) });
  return a.round ? `🎉 ${words}` : words;
}

/** One block per anniversary: what, which anniversary, when it happened (the year), and the source. */
export function renderAnniversaryLine(a: Anniversary, lang: Lang = 'en'): string {
  const text = localText(a.fact, lang);
  const title = escapeInline(safe(text.title));
  const happenedOn = formatLongDate(a.occasion, lang);
  const summary = clip(safe(text.summary), SUMMARY_MAX);
  const what =
    a.fact.kind === 'milestone'
      ? summary
      : `${t(lang, 'post.occasionOn', { label: capitalise(safe(occasionLabel(a, lang))), date: happenedOn })} ${summary}`;
  const when = a.fact.kind === 'milestone' ? (lang === 'en' ? ` (${happenedOn})` : `（${happenedOn}）`) : '';
  return `**${anniversaryHeadline(a, lang)}** — **${title}**${when}\n${what}\n${sourcesBlock(a, lang)}`;
}

export function renderCountdownLine(c: UpcomingAnniversary, lang: Lang = 'en'): string {
  const title = escapeInline(safe(localText(c.fact, lang).title));
  const days = c.daysUntil === 1 ? t(lang, 'post.tomorrow') : t(lang, 'post.inDays', { count: c.daysUntil });
  return t(lang, 'post.countdown', {
    days,
    date: formatDayMonth(c.on, lang),
    headline: anniversaryHeadline(c, lang),
    title,
    label: safe(occasionLabel(c, lang)),
    year: c.occasion.year,
    publisher: escapeInline(publisherOf(c, lang)),
  });
}

/** Joins blocks into at most `max` characters; if some do not fit, ends with "…and N more". */
function fitBlocks(blocks: readonly string[], max: number, separator: string, lang: Lang = 'en'): string {
  let out = '';
  for (let i = 0; i < blocks.length; i++) {
    const candidate = out ? `${out}${separator}${blocks[i]}` : blocks[i]!;
    const remaining = blocks.length - i - 1;
    const reserve = remaining > 0 ? `${separator}${t(lang, 'fact.andMore', { count: remaining })}`.length : 0;
    if (candidate.length + reserve <= max) {
      out = candidate;
      continue;
    }
    const more = t(lang, 'fact.andMore', { count: blocks.length - i });
    if (!out) return clip(`${clip(blocks[i]!, Math.max(0, max - more.length - separator.length))}`, max);
    return `${out}${separator}${more}`;
  }
  return out;
}

export interface RenderInput {
  /** The local date the post is for (in the server's zone). */
  localDate: LocalDate;
  anniversaries: readonly Anniversary[];
  countdowns?: readonly UpcomingAnniversary[];
  belated?: boolean;
  test?: boolean;
  /** On a day with no anniversary, for servers that opted in. */
  factOfTheDay?: Fact;
  /** The server's language for posts (default English). */
  lang?: Lang;
}

const COLOR_FACT_OF_THE_DAY = 0x8e44ad;

/** The fact of the day: its summary, its date or figure, and every source. */
function factOfTheDayEmbed(fact: Fact, testTag: string, lateTag: string, footer: { text: string }, lang: Lang): Embed {
  const text = localText(fact, lang);
  const key = keyFacts(fact, lang).map(([k, v]) => `**${k}:** ${safe(v)}`);
  const sources =
    fact.sources.length === 1
      ? `${t(lang, 'post.sourceLabel')}${sourceMarkdown(fact.sources[0]!, true, lang)}`
      : `${t(lang, 'post.sourcesLabel')}\n${sourcesMarkdown(fact.sources, SOURCES_MAX, '• ', lang)}`;
  return {
    title: clip(
      `${testTag}${t(lang, 'post.factOfTheDayTitle', { title: safe(text.title) })}${lateTag}`,
      LIMITS.embedTitle,
    ),
    description: clip(
      defuseMentions(
        [text.note ? `*${text.note}*` : '', safe(text.summary), ...key, sources].filter(Boolean).join('\n\n'),
      ),
      LIMITS.embedDescription,
    ),
    color: COLOR_FACT_OF_THE_DAY,
    footer,
  };
}

/**
 * The reminder message for one server and one local date: all that day's anniversaries in one embed (round ones
 * first, highlighted), countdowns in a second. Returns a payload even for empty input (an "nothing today" note),
 * though the scheduler never posts one.
 */
export function renderAnniversaryPost(input: RenderInput): PostPayload {
  const { localDate, anniversaries, belated = false, test = false, lang = 'en' } = input;
  const countdowns = input.countdowns ?? [];
  const testTag = test ? t(lang, 'post.testTag') : '';
  const lateTag = belated ? t(lang, 'post.belatedTag') : '';
  const dateText = formatLongDate(localDate, lang);
  const date = { date: dateText };

  const content = clip(
    anniversaries.length > 0
      ? `${testTag}${t(lang, 'post.onThisDay', date)}${lateTag}`
      : input.factOfTheDay
        ? `${testTag}${t(lang, 'post.factOfTheDay', date)}${lateTag}`
        : countdowns.length > 0
          ? `${testTag}${t(lang, 'post.comingUp', date)}${lateTag}`
          : `${testTag}${t(lang, 'post.noneContent', date)}`,
    LIMITS.content,
  );

  const footer = { text: t(lang, test ? 'post.footerTest' : 'post.footer') };
  const embeds: Embed[] = [];

  if (anniversaries.length > 0) {
    const first = anniversaries[0]!;
    const titleCore =
      anniversaries.length === 1
        ? `${anniversaryHeadline(first, lang)}${lang === 'en' ? ': ' : '：'}${safe(localText(first.fact, lang).title)}`
        : `${t(lang, 'post.manyTitle', { count: anniversaries.length, date: formatDayMonth(localDate, lang) })}` +
          `${anniversaries.some((a) => a.round) ? ' 🎉' : ''}`;
    embeds.push({
      title: clip(`${testTag}${titleCore}${lateTag}`, LIMITS.embedTitle),
      description: '',
      color: anniversaries.some((a) => a.round) ? COLOR_ROUND : COLOR_NORMAL,
      footer,
    });
  }
  if (input.factOfTheDay && anniversaries.length === 0)
    embeds.push(factOfTheDayEmbed(input.factOfTheDay, testTag, lateTag, footer, lang));
  if (countdowns.length > 0) {
    embeds.push({
      title: clip(`${testTag}${t(lang, 'post.comingUpTitle')}`, LIMITS.embedTitle),
      description: '',
      color: COLOR_COUNTDOWN,
      ...(anniversaries.length === 0 && !input.factOfTheDay ? { footer } : {}),
    });
  }
  if (embeds.length === 0) {
    embeds.push({
      title: clip(`${testTag}${t(lang, 'post.nothingTitle')}`, LIMITS.embedTitle),
      description: t(lang, 'post.nothingBody', date),
      footer,
    });
    return { content, embeds, allowed_mentions: { parse: [] } };
  }

  // Share the 6000-character budget: titles and footers first, then descriptions in order.
  let budget = LIMITS.embedTotal - embeds.reduce((n, e) => n + embedLength(e), 0);
  let i = input.factOfTheDay && anniversaries.length === 0 ? 1 : 0;
  if (anniversaries.length > 0) {
    const max = Math.min(LIMITS.embedDescription, budget - (countdowns.length > 0 ? 400 : 0));
    embeds[i]!.description = fitBlocks(
      anniversaries.map((a) => renderAnniversaryLine(a, lang)),
      max,
      '\n\n',
      lang,
    );
    budget -= embeds[i]!.description.length;
    i++;
  }
  if (countdowns.length > 0) {
    embeds[i]!.description = fitBlocks(
      countdowns.map((c) => renderCountdownLine(c, lang)),
      Math.min(LIMITS.embedDescription, budget),
      '\n',
      lang,
    );
  }
  return { content, embeds, allowed_mentions: { parse: [] } };
}
