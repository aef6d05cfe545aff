import { describe, it, expect } from 'vitest';
import { nextScheduledPost, previewDay, testPost } from '../../src/scheduler/preview.js';
import { milestone } from './anniversary-fixtures.js';

const settings = { guildId: 'g', postTime: '09:00', timezone: 'Asia/Singapore', countdownDays: 0 };
const facts = [milestone('july-first', '2016-07-01'), milestone('aug-eighth', '2020-08-08')];

describe('preview', () => {
  it('previewDay renders what would be posted, or null', () => {
    const p = previewDay({ settings, facts, localDate: { year: 2026, month: 7, day: 1 } });
    expect(p.anniversaries.map((a) => a.occasion.key)).toEqual(['july-first:date']);
    expect(p.postingInstant.toISOString()).toBe('2026-07-01T01:00:00.000Z');
    expect(p.payload!.embeds[0]!.title).toBe('🎉 10th anniversary: Milestone july-first');
    expect(previewDay({ settings, facts, localDate: { year: 2026, month: 7, day: 2 } }).payload).toBeNull();
  });

  it("testPost uses today's anniversaries in the server zone, or the next ones, marked [Test]", () => {
    // 23:30Z on 30 June is already 1 July in Singapore.
    const today = testPost({ settings, facts, now: new Date('2026-06-30T23:30:00Z') })!;
    expect(today.daysUntil).toBe(0);
    expect(today.payload.content.startsWith('[Test]')).toBe(true);
    expect(today.payload.embeds[0]!.title).toContain('[Test]');
    const next = testPost({ settings, facts, now: new Date('2026-07-02T00:00:00Z') })!;
    expect(next.localDate).toEqual({ year: 2026, month: 8, day: 8 });
    expect(next.daysUntil).toBe(37);
    expect(testPost({ settings, facts: [milestone('vague', '2001-07')], now: new Date() })).toBeNull();
  });

  it('nextScheduledPost skips a day whose posting time has passed', () => {
    const n = nextScheduledPost({ settings, facts, now: new Date('2026-07-01T02:00:00Z') })!;
    expect(n.localDate).toEqual({ year: 2026, month: 8, day: 8 });
    expect(n.postingInstant.toISOString()).toBe('2026-08-08T01:00:00.000Z');
    expect(nextScheduledPost({ settings, facts, now: new Date('2026-07-01T00:00:00Z') })!.localDate.day).toBe(1);
  });

  it('nextScheduledPost counts a countdown-only day as a post', () => {
    // 2020-08-08 has its 10th (round) anniversary on 2030-08-08; with a 7-day countdown, 1 August 2030 posts first.
    const withCountdown = { ...settings, countdownDays: 7 };
    const n = nextScheduledPost({
      settings: withCountdown,
      facts: [milestone('aug-eighth', '2020-08-08')],
      now: new Date('2030-07-20T00:00:00Z'),
    })!;
    expect(n.localDate).toEqual({ year: 2030, month: 8, day: 1 });
    expect(n.anniversaries).toEqual([]);
    expect(n.countdowns.map((c) => c.fact.id)).toEqual(['aug-eighth']);
  });
});
