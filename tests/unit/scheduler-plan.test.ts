import { describe, it, expect } from 'vitest';
import { planGuild, postingInstantFor, withoutKeys, type GuildSchedule } from '../../src/scheduler/plan.js';
import { milestone } from './anniversary-fixtures.js';

const facts = [
  milestone('july-first', '2016-07-01'),
  milestone('july-second', '2020-07-02'),
  milestone('leap', '2008-02-29'),
];
const sg: GuildSchedule = {
  guildId: 'g',
  channelId: 'c',
  postTime: '09:00',
  timezone: 'Asia/Singapore',
  countdownDays: 0,
};

describe('planGuild', () => {
  it('nothing before the posting time; due at it; belated after 5 minutes; missed after the window', () => {
    const plan = (iso: string, window?: number) =>
      planGuild({ now: new Date(iso), settings: sg, facts, belatedWindowMs: window });
    expect(plan('2026-07-01T00:59:59Z')).toEqual([]); // 08:59:59 local
    const onTime = plan('2026-07-01T01:00:00Z');
    expect(onTime).toHaveLength(1);
    expect(onTime[0]).toMatchObject({
      status: 'due',
      belated: false,
      lateMs: 0,
      localDate: { year: 2026, month: 7, day: 1 },
    });
    expect(onTime[0]!.claims).toEqual([{ guildId: 'g', occasion: 'july-first:date', year: 2026 }]);
    expect(plan('2026-07-01T01:05:00Z')[0]!.belated).toBe(false);
    expect(plan('2026-07-01T01:05:01Z')[0]!.belated).toBe(true);
    expect(plan('2026-07-01T13:00:00Z')[0]).toMatchObject({ status: 'due', belated: true });
    expect(plan('2026-07-01T13:00:01Z')[0]).toMatchObject({ status: 'missed' });
    expect(plan('2026-07-01T04:00:01Z', 3 * 3_600_000)[0]).toMatchObject({ status: 'missed' });
  });

  it("looks back over yesterday: a restart just after local midnight still sends yesterday's post", () => {
    const late = { ...sg, postTime: '23:30' };
    // 00:10 on 2 July in Singapore = 16:10Z on 1 July; the 1 July post was due at 23:30 local (15:30Z).
    const p = planGuild({ now: new Date('2026-07-01T16:10:00Z'), settings: late, facts });
    expect(p.map((x) => [x.localDate.day, x.status, x.belated])).toEqual([[1, 'due', true]]);
  });

  it('29 February events plan on 28 February in a common year', () => {
    const p = planGuild({ now: new Date('2027-02-28T01:00:00Z'), settings: sg, facts });
    expect(p[0]!.claims).toEqual([{ guildId: 'g', occasion: 'leap:date', year: 2027 }]);
  });

  it('uses the posting time in the server zone, moving a DST-gap time forward', () => {
    const ny = { ...sg, timezone: 'America/New_York', postTime: '02:30' };
    expect(postingInstantFor(ny, { year: 2026, month: 3, day: 8 }).toISOString()).toBe('2026-03-08T07:00:00.000Z');
  });

  it('countdowns join the day’s post with their own ledger keys', () => {
    const withCountdown = { ...sg, countdownDays: 1 };
    const p = planGuild({
      now: new Date('2026-07-01T01:00:00Z'),
      settings: withCountdown,
      facts: [...facts, milestone('round', '2006-07-02')],
    });
    // Yesterday (30 June) had a countdown to july-first's 10th: long past the window, so it is reported missed.
    expect(p.map((x) => [x.localDate.day, x.status, x.claims.map((k) => k.occasion)])).toEqual([
      [30, 'missed', ['countdown:july-first:date']],
      [1, 'due', ['july-first:date', 'countdown:round:date']],
    ]);
    const today = p[1]!;
    const rest = withoutKeys(today, new Set(['g|july-first:date|2026']));
    expect(rest!.anniversaries).toEqual([]);
    expect(rest!.countdowns.map((c) => c.occasion.key)).toEqual(['round:date']);
    expect(withoutKeys(today, new Set(['g|july-first:date|2026', 'g|countdown:round:date|2026']))).toBeNull();
  });

  it('no channel, no plan', () => {
    expect(planGuild({ now: new Date('2026-07-01T02:00:00Z'), settings: { ...sg, channelId: null }, facts })).toEqual(
      [],
    );
  });
});
