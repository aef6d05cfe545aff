/**
 * Renders an anniversary reminder as Discord-API-shaped JSON (a plain object; no discord.js), within Discord's
 * limits: content <= 2000, <= 10 embeds, embed title <= 256, description <= 4096, footer <= 2048, all embeds
 * together <= 6000 characters. Too many anniversaries end with "…and N more".
 *
 * Mentions are neutralised twice: `allowed_mentions: { parse: [] }` on the payload, and "@everyone", "@here" and
 * "<@…>" in any text are broken with a zero-width space so they cannot ping even if a sender forgets the former.
 */
import type { Anniversary, LocalDate, UpcomingAnniversary } from '../knowledge/anniversaries.js';

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

export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
} as const;

const ZWSP = '\u200b';
const COLOR_ROUND = 0xf1c40f;
const COLOR_NORMAL = 0x2b8a3e;
const COLOR_COUNTDOWN = 0x1c7ed6;
const SUMMARY_MAX = 280;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Breaks @everyone / @here / <@id> / <@&id> / <@!id> so Discord cannot turn them into pings. */
export function escapeMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<@/g, `<${ZWSP}@`);
}

/** Escapes markdown that would break a **bold** wrapper or format a title unexpectedly. */
function escapeInline(text: string): string {
  return text.replace(/([\\*_~`|])/g, '\\$1');
}

function safe(text: string): string {
  return escapeMentions(text.replace(/\s+/g, ' ').trim());
}

/** Cuts to `max` characters, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, Math.max(0, max));
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

/** "1 July 2026". */
export function formatLongDate(d: LocalDate): string {
  return `${d.day} ${MONTHS[d.month - 1] ?? '?'} ${d.year}`;
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

/** The headline words: "🎉 15th anniversary" for round ones, "3rd anniversary" otherwise. */
export function anniversaryHeadline(a: Pick<Anniversary, 'ordinal' | 'round'>): string {
  return a.round ? `🎉 ${a.ordinal} anniversary` : `${a.ordinal} anniversary`;
}

/** One block per anniversary: what, which anniversary, when it happened (the year), and the source. */
export function renderAnniversaryLine(a: Anniversary): string {
  const title = escapeInline(safe(a.fact.title));
  const happenedOn = formatLongDate(a.occasion);
  const summary = truncate(safe(a.fact.summary), SUMMARY_MAX);
  const what =
    a.fact.kind === 'milestone' ? summary : `${capitalise(safe(a.occasion.label))} on ${happenedOn}. ${summary}`;
  const when = a.fact.kind === 'milestone' ? ` (${happenedOn})` : '';
  return `**${anniversaryHeadline(a)}** — **${title}**${when}\n${what}\n*Source: ${escapeInline(publisherOf(a))}*`;
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
    if (!out) return truncate(`${truncate(blocks[i]!, Math.max(0, max - more.length - separator.length))}`, max);
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
}

function embedSize(e: Embed): number {
  return (
    e.title.length +
    e.description.length +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
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

  const content = truncate(
    anniversaries.length > 0
      ? `${testTag}📅 **On this day** — ${dateText}${lateTag}`
      : countdowns.length > 0
        ? `${testTag}⏳ **Coming up** — ${dateText}${lateTag}`
        : `${testTag}📅 No anniversaries on ${dateText}`,
    DISCORD_LIMITS.content,
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
      title: truncate(`${testTag}${titleCore}${lateTag}`, DISCORD_LIMITS.title),
      description: '',
      color: anniversaries.some((a) => a.round) ? COLOR_ROUND : COLOR_NORMAL,
      footer,
    });
  }
  if (countdowns.length > 0) {
    embeds.push({
      title: truncate(`${testTag}Coming up`, DISCORD_LIMITS.title),
      description: '',
      color: COLOR_COUNTDOWN,
      ...(anniversaries.length === 0 ? { footer } : {}),
    });
  }
  if (embeds.length === 0) {
    embeds.push({ title: truncate(`${testTag}Nothing to mark today`, DISCORD_LIMITS.title), description: `No anniversaries on ${dateText}.`, footer });
    return { content, embeds, allowed_mentions: { parse: [] } };
  }

  // Share the 6000-character budget: titles and footers first, then descriptions in order.
  let budget = DISCORD_LIMITS.embedTotal - embeds.reduce((n, e) => n + embedSize(e), 0);
  let i = 0;
  if (anniversaries.length > 0) {
    const max = Math.min(DISCORD_LIMITS.description, budget - (countdowns.length > 0 ? 400 : 0));
    embeds[i]!.description = fitBlocks(anniversaries.map(renderAnniversaryLine), max, '\n\n');
    budget -= embeds[i]!.description.length;
    i++;
  }
  if (countdowns.length > 0) {
    embeds[i]!.description = fitBlocks(countdowns.map(renderCountdownLine), Math.min(DISCORD_LIMITS.description, budget), '\n');
  }
  return { content, embeds, allowed_mentions: { parse: [] } };
}

/** Total characters Discord counts against the 6000 limit. */
export function payloadEmbedTotal(p: PostPayload): number {
  return p.embeds.reduce((n, e) => n + embedSize(e), 0);
}

/** Checks a payload against Discord's limits; returns problems (empty when fine). For tests and the adapter. */
export function checkDiscordLimits(p: PostPayload): string[] {
  const problems: string[] = [];
  if (p.content.length > DISCORD_LIMITS.content) problems.push(`content ${p.content.length} > 2000`);
  if (p.embeds.length > DISCORD_LIMITS.embeds) problems.push(`${p.embeds.length} embeds > 10`);
  for (const [n, e] of p.embeds.entries()) {
    if (e.title.length > DISCORD_LIMITS.title) problems.push(`embed ${n} title ${e.title.length} > 256`);
    if (e.description.length > DISCORD_LIMITS.description) problems.push(`embed ${n} description ${e.description.length} > 4096`);
    if ((e.footer?.text.length ?? 0) > DISCORD_LIMITS.footer) problems.push(`embed ${n} footer > 2048`);
    for (const f of e.fields ?? []) {
      if (f.name.length > DISCORD_LIMITS.fieldName || f.value.length > DISCORD_LIMITS.fieldValue) problems.push(`embed ${n} field too long`);
    }
  }
  const total = payloadEmbedTotal(p);
  if (total > DISCORD_LIMITS.embedTotal) problems.push(`embeds total ${total} > 6000`);
  if (/@(everyone|here)/i.test(JSON.stringify(p))) problems.push('contains @everyone/@here');
  return problems;
}

