import { describe, expect, it } from 'vitest';
import { page as pageButton } from '../../src/components/page.js';
import { checkMessageLimits } from '@corridor/local-discord';
import type { UnansweredGroup } from '../../src/knowledge/store/unanswered.js';
import { listPage, pageCount } from '../../src/render/list-embed.js';
import { UNANSWERED_FOOTER, unansweredLine } from '../../src/render/unanswered-list.js';

const group = (ref: number, over: Partial<UnansweredGroup> = {}): UnansweredGroup => ({
  key: `k${ref}`,
  ref,
  text: `question ${ref}`,
  variants: [`question ${ref}`],
  count: 1,
  reports: 0,
  nearest: [],
  lastAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('/facts unanswered lines', () => {
  it('shows number, count, reports, other wordings, nearest fact and when; user text cannot ping or format', () => {
    const line = unansweredLine(
      group(7, { text: '**bold** @everyone <@123> what?', count: 3, reports: 1, variants: ['a', 'b', 'c'] }),
      () => ({ id: 'rcep-in-force', title: 'RCEP *enters* into force' }),
    );
    expect(line).toBe(
      '`#7` ×3, 1 reported wrong · “\\*\\*bold\\*\\* @\u200beveryone <@\u200b123> what?” (+2 wordings)\n   → ' +
        'nearest: RCEP \\*enters\\* into force (`rcep-in-force`) · last <t:1767225600:R>',
    );
    expect(unansweredLine(group(8), () => undefined)).toContain('→ no fact near it');
  });

  it('100 groups of the longest questions page within Discord limits', () => {
    const long = 'why '.repeat(75).trim();
    const lines = Array.from({ length: 100 }, (_, i) =>
      unansweredLine(group(i + 1, { text: long, count: 9999, reports: 9999, variants: ['x', 'y'] }), () => ({
        id: 'x'.repeat(64),
        title: 'T'.repeat(100),
      })),
    );
    expect(pageCount(lines)).toBe(10);
    for (let page = 0; page < 10; page++) {
      const message = listPage(
        'Unanswered questions: 10000 (asked 10000 times)',
        lines,
        `${UNANSWERED_FOOTER} · the 100 most asked of 10000`,
        page,
        (n) => pageButton.id('abcdef12', n),
      );
      expect(checkMessageLimits(message as never)).toEqual([]);
    }
  });
});
