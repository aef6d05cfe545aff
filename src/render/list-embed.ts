import { ButtonStyle, type APIEmbed } from 'discord-api-types/v10';
import type { Fact } from '../knowledge/schema.js';
import { button, COLORS, row } from './fact-embed.js';
import { formatDate, asOfDate } from './format.js';
import { defuseMentions, fitEmbed } from './limits.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { isChinese } from '../i18n/pick-language.js';

export const PAGE_SIZE = 10;

export function pageCount(lines: readonly string[]): number {
  return Math.max(1, Math.ceil(lines.length / PAGE_SIZE));
}

/** What one list line cites, so that each page's footer names only the sources on that page. */
export interface LineSources {
  publishers: readonly string[];
  asOf: string;
}

export function lineSources(fact: Fact): LineSources {
  return { publishers: fact.sources.map((s) => s.publisher), asOf: asOfDate(fact) };
}

/** Which publishers the given lines draw on, and how fresh the newest is. */
export function sourcesFooter(lines: readonly (LineSources | undefined)[], lang: Lang = 'en'): string {
  const cited = lines.filter((l): l is LineSources => l !== undefined);
  if (!cited.length) return '';
  const publishers = [...new Set(cited.flatMap((l) => l.publishers))];
  const newest = cited
    .map((l) => l.asOf)
    .sort()
    .at(-1)!;
  return t(lang, 'list.sourcesFooter', {
    publishers: publishers.join(isChinese(lang) ? '、' : ', '),
    date: formatDate(newest, lang),
  });
}

/** Which publishers a list draws on, and how fresh its newest source is. */
export function listFooter(facts: readonly Fact[], lang: Lang = 'en'): string {
  return sourcesFooter(facts.map(lineSources), lang);
}

/** A list's footer: one text for every page, or what each line cites (undefined for headings) to name per page. */
export type ListFooter = string | readonly (LineSources | undefined)[];

export interface ListGroup {
  heading: string;
  items: { line: string; sources: LineSources }[];
}

/**
 * Lines for a list in groups: a heading never ends a page, and a group that runs onto the next page repeats its
 * heading there, so every page says what its lines are about.
 */
export function groupedLines(
  groups: readonly ListGroup[],
  pageSize = PAGE_SIZE,
  lang: Lang = 'en',
): { lines: string[]; footer: (LineSources | undefined)[] } {
  const lines: string[] = [];
  const footer: (LineSources | undefined)[] = [];
  const push = (line: string, sources?: LineSources) => {
    lines.push(line);
    footer.push(sources);
  };
  for (const group of groups) {
    if (!group.items.length) continue;
    if (lines.length % pageSize === pageSize - 1) push('\u200b');
    push(group.heading);
    for (const item of group.items) {
      if (lines.length % pageSize === 0) push(t(lang, 'list.continued', { heading: group.heading }));
      push(item.line, item.sources);
    }
  }
  return { lines, footer };
}

/**
 * `pageId` builds the Previous/Next custom ids (the page component's own builder; none for a list without buttons);
 * `imageName` names an attached picture (a chart) for the embed to show.
 */
export function listPage(
  title: string,
  lines: readonly string[],
  footer: ListFooter,
  page: number,
  pageId?: (page: number) => string,
  imageName?: string,
  lang: Lang = 'en',
) {
  const pages = pageCount(lines);
  const current = Math.min(Math.max(0, page), pages - 1);
  const slice = lines.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const footerText =
    typeof footer === 'string'
      ? footer
      : sourcesFooter(footer.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE), lang);
  const embed: APIEmbed = fitEmbed({
    title: defuseMentions(title),
    description: slice.length ? defuseMentions(slice.join('\n')) : t(lang, 'list.nothing'),
    color: COLORS.notice,
    footer: {
      text:
        [pages > 1 ? t(lang, 'list.page', { page: current + 1, pages }) : '', footerText].filter(Boolean).join(' · ') ||
        'Corridor',
    },
    ...(imageName ? { image: { url: `attachment://${imageName}` } } : {}),
  });
  const components =
    pageId && pages > 1
      ? [
          row([
            button(pageId(current - 1), t(lang, 'list.previous'), ButtonStyle.Secondary, current === 0),
            button(pageId(current + 1), t(lang, 'list.next'), ButtonStyle.Secondary, current >= pages - 1),
          ]),
        ]
      : [];
  return { embeds: [embed], components };
}
