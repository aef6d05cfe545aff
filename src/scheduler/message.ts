/**
 * Renders an anniversary reminder as Discord-API-shaped JSON (a plain object; no discord.js), within Discord's
 * limits: content <= 2000, <= 10 embeds, embed title <= 256, description <= 4096, footer <= 2048, all embeds
 * together <= 6000 characters. Too many anniversaries end with "…and N more".
 *
 * Mentions are neutralised twice: `allowed_mentions: { parse: [] }` on the payload, and "@everyone", "@here" and
 * "<@…>" in any text are broken with a zero-width space so they cannot ping even if a sender forgets the former.
 */
import { formatIsoDate, type Anniversary, type LocalDate, type UpcomingAnniversary } from '../knowledge/anniversaries.js';
import type { Fact } from '../knowledge/schema.js';
import { formatDate, keyFacts, MONTHS } from '../render/format.js';
import { clip, defuseMentions, embedLength, LIMITS } from '../render/limits.js';
import { sourceMarkdown, sourcesMarkdown } from '../render/sources.js';

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
export function formatLongDate(d: LocalDate): string {
  return formatDate(formatIsoDate(d));
}

/** "1 July". */
export function formatDayMonth(d: LocalDate): string {
  return `${d.day} ${MONTHS[d.month - 1] ?? '?'}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function publisherOf(a: Anniversary): string {
  const first = a.fact.sources[0];
  return first ? safe(first.publisher) : 'unknown source';
}

/** Every source of the fact, each a linked title with publisher and date (one source stays on one line). */
function sourcesBlock(a: Anniversary): string {
  const { sources } = a.fact;
  if (sources.length === 1) return defuseMentions(`Source: ${sourceMarkdown(sources[0]!)}`);
  return defuseMentions(`Sources:\n${sourcesMarkdown(sources, SOURCES_MAX)}`);
}

/** The headline words: "🎉 15th anniversary" for round ones, "3rd anniversary" otherwise. */
export function anniversaryHeadline(a: Pick<Anniversary, 'ordinal' | 'round'>): string {
  return a.round ? `🎉 ${a.ordinal} anniversary` : `${a.ordinal} anniversary`;
}

/** One block per anniversary: what, which anniversary, when it happened (the year), and the source. */
export function renderAnniversaryLine(a: Anniversary): string {
  const title = escapeInline(safe(a.fact.title));
  const happenedOn = formatLongDate(a.occasion);
  const summary = clip(safe(a.fact.summary), SUMMARY_MAX);
  const what =
    a.fact.kind === 'milestone' ? summary : `${capitalise(safe(a.occasion.label))} on ${happenedOn}. ${summary}`;
  const when = a.fact.kind === 'milestone' ? ` (${happenedOn})` : '';
  return `**${anniversaryHeadline(a)}** — **${title}**${when}\n${what}\n${sourcesBlock(a)}`;
}

export function renderCountdownLine(c: UpcomingAnniversary): string {
  const title = escapeInline(safe(c.fact.title));
  const days = c.daysUntil === 1 ? 'Tomorrow' : `In ${c.daysUntil} days`;
  return `⏳ ${days} (${formatDayMonth(c.on)}): **${anniversaryHeadline(c)}** of **${title}** — ${safe(c.occasion.label)} in ${c.occasion.year} · *${escapeInline(publisherOf(c))}*`;
}

/** Joins blocks into at most `max` characters; if some do not fit, ends with "…and N more". */
function fitBlocks(blocks: readonly string[], max: number, separator: string): string {
  let out = '';
  for (let i = 0; i < blocks.length; i++) {
    const candidate = out ? `${out}${separator}${blocks[i]}` : blocks[i]!;
    const remaining = blocks.length - i - 1;
    const reserve = remaining > 0 ? `${separator}…and ${remaining} more`.length : 0;
    if (candidate.length + reserve <= max) {
      out = candidate;
      continue;
    }
    const more = `…and ${blocks.length - i} more`;
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
}

const COLOR_FACT_OF_THE_DAY = 0x8e44ad;

/** The fact of the day: its summary, its date or figure, and every source. */
function factOfTheDayEmbed(fact: Fact, testTag: string, lateTag: string, footer: { text: string }): Embed {
  const key = keyFacts(fact).map(([k, v]) => `**${k}:** ${safe(v)}`);
  const sources = fact.sources.length === 1 ? `Source: ${sourceMarkdown(fact.sources[0]!)}` : `Sources:\n${sourcesMarkdown(fact.sources, SOURCES_MAX)}`;
  return {
    title: clip(`${testTag}💡 Fact of the day: ${safe(fact.title)}${lateTag}`, LIMITS.embedTitle),
    description: clip(defuseMentions([safe(fact.summary), ...key, sources].join('\n\n')), LIMITS.embedDescription),
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
  const { localDate, anniversaries, belated = false, test = false } = input;
  const countdowns = input.countdowns ?? [];
  const testTag = test ? '[Test] ' : '';
  const lateTag = belated ? ' (belated)' : '';
  const dateText = formatLongDate(localDate);

  const content = clip(
    anniversaries.length > 0
      ? `${testTag}📅 **On this day** — ${dateText}${lateTag}`
      : input.factOfTheDay
        ? `${testTag}💡 **Fact of the day** — ${dateText}${lateTag}`
      : countdowns.length > 0
        ? `${testTag}⏳ **Coming up** — ${dateText}${lateTag}`
        : `${testTag}📅 No anniversaries on ${dateText}`,
    LIMITS.content,
  );

  const footer = {
    text: test
      ? 'Test post: not recorded, the real reminder still goes out on the day.'
      : 'Corridor · anniversaries from the curated fact base',
  };
  const embeds: Embed[] = [];

  if (anniversaries.length > 0) {
    const first = anniversaries[0]!;
    const titleCore =
      anniversaries.length === 1
        ? `${anniversaryHeadline(first)}: ${safe(first.fact.title)}`
        : `${anniversaries.length} anniversaries on ${formatDayMonth(localDate)}${anniversaries.some((a) => a.round) ? ' 🎉' : ''}`;
    embeds.push({
      title: clip(`${testTag}${titleCore}${lateTag}`, LIMITS.embedTitle),
      description: '',
      color: anniversaries.some((a) => a.round) ? COLOR_ROUND : COLOR_NORMAL,
      footer,
    });
  }
  if (input.factOfTheDay && anniversaries.length === 0) embeds.push(factOfTheDayEmbed(input.factOfTheDay, testTag, lateTag, footer));
  if (countdowns.length > 0) {
    embeds.push({
      title: clip(`${testTag}Coming up`, LIMITS.embedTitle),
      description: '',
      color: COLOR_COUNTDOWN,
      ...(anniversaries.length === 0 && !input.factOfTheDay ? { footer } : {}),
    });
  }
  if (embeds.length === 0) {
    embeds.push({ title: clip(`${testTag}Nothing to mark today`, LIMITS.embedTitle), description: `No anniversaries on ${dateText}.`, footer });
    return { content, embeds, allowed_mentions: { parse: [] } };
  }

  // Share the 6000-character budget: titles and footers first, then descriptions in order.
  let budget = LIMITS.embedTotal - embeds.reduce((n, e) => n + embedLength(e), 0);
  let i = input.factOfTheDay && anniversaries.length === 0 ? 1 : 0;
  if (anniversaries.length > 0) {
    const max = Math.min(LIMITS.embedDescription, budget - (countdowns.length > 0 ? 400 : 0));
    embeds[i]!.description = fitBlocks(anniversaries.map(renderAnniversaryLine), max, '\n\n');
    budget -= embeds[i]!.description.length;
    i++;
  }
  if (countdowns.length > 0) {
    embeds[i]!.description = fitBlocks(countdowns.map(renderCountdownLine), Math.min(LIMITS.embedDescription, budget), '\n');
  }
  return { content, embeds, allowed_mentions: { parse: [] } };
}
