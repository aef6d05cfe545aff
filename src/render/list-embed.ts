import { ButtonStyle, type APIEmbed } from 'discord-api-types/v10';
import type { Fact } from '../knowledge/schema.js';
import { button, COLORS, row } from './fact-embed.js';
import { formatDate, asOfDate } from './format.js';
import { defuseMentions, fitEmbed } from './limits.js';

export const PAGE_SIZE = 10;

export const pageCustomId = (session: string, page: number) => `page:${session}:${page}`;

export function pageCount(lines: readonly string[]): number {
  return Math.max(1, Math.ceil(lines.length / PAGE_SIZE));
}

/** Which publishers a list draws on, and how fresh its newest source is. */
export function listFooter(facts: readonly Fact[]): string {
  if (!facts.length) return '';
  const publishers = [...new Set(facts.flatMap((f) => f.sources.map((s) => s.publisher)))];
  const newest = facts.map(asOfDate).sort().at(-1)!;
  return `Sources: ${publishers.join(', ')} · as of ${formatDate(newest)} · /fact <name> shows each source`;
}

export function listPage(title: string, lines: readonly string[], footer: string, page: number, session?: string) {
  const pages = pageCount(lines);
  const current = Math.min(Math.max(0, page), pages - 1);
  const slice = lines.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const embed: APIEmbed = fitEmbed({
    title: defuseMentions(title),
    description: slice.length ? defuseMentions(slice.join('\n')) : 'Nothing matches.',
    color: COLORS.notice,
    footer: { text: [pages > 1 ? `Page ${current + 1}/${pages}` : '', footer].filter(Boolean).join(' · ') || 'Corridor' },
  });
  const components =
    session && pages > 1
      ? [
          row([
            button(pageCustomId(session, current - 1), '◀ Previous', ButtonStyle.Secondary, current === 0),
            button(pageCustomId(session, current + 1), 'Next ▶', ButtonStyle.Secondary, current >= pages - 1),
          ]),
        ]
      : [];
  return { embeds: [embed], components };
}
