import { afterEach, describe, expect, it } from 'vitest';
import { storeOf } from '../helpers/sqlite-store.js';
import { NO_REPEAT_DAYS, pickFactOfTheDay } from '../../src/knowledge/fact-of-the-day.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { Fact } from '../../src/knowledge/schema.js';
import { openDb, type Db } from '../../src/knowledge/store/db.js';
import { recentFactsOfTheDay, recordFactOfTheDay } from '../../src/knowledge/store/fact-of-the-day.js';
import { getGuildSettings, upsertGuildSettings } from '../../src/knowledge/store/guild-settings.js';
import { renderAnniversaryPost, type PostPayload } from '../../src/scheduler/message.js';
import { PostError, type Poster } from '../../src/scheduler/poster.js';
import { runTick } from '../../src/scheduler/run.js';
import { checkMessageLimits } from '@corridor/local-discord';
import { milestone, silentLog } from './anniversary-fixtures.js';

const DAY = 86_400_000;
const dbs: Db[] = [];
afterEach(() => {
  while (dbs.length) dbs.pop()!.close();
});
function open(): Db {
  const db = openDb(':memory:');
  dbs.push(db);
  return db;
}

class RecordingPoster implements Poster {
  posts: { channelId: string; payload: PostPayload }[] = [];
  constructor(private readonly fail: (call: number) => Error | null = () => null) {}
  post(channelId: string, payload: PostPayload): Promise<{ messageId: string }> {
    const error = this.fail(this.posts.length + this.failures);
    if (error) {
      this.failures++;
      return Promise.reject(error);
    }
    this.posts.push({ channelId, payload });
    return Promise.resolve({ messageId: `m${this.posts.length}` });
  }
  failures = 0;
}

const factTitle = (p: PostPayload) =>
  p.embeds.find((e) => e.title.includes('Fact of the day'))?.title.replace(/^.*Fact of the day: /, '');

/** Forty made-up facts dated 1 March, so every other day of the year has no anniversary. */
const base: Fact[] = Array.from({ length: 40 }, (_, i) =>
  milestone(`m${String(i).padStart(2, '0')}`, `${2000 + i}-03-01`, { title: `Milestone number ${i}` }),
);

/** Runs one tick a day at 09:00 Asia/Singapore (01:00Z) from `from`, for `days` days. */
async function runDays(db: Db, facts: readonly Fact[], poster: Poster, from: string, days: number) {
  const start = Date.parse(`${from}T01:00:00Z`);
  for (let d = 0; d < days; d++)
    await runTick({
      store: storeOf(db),
      now: new Date(start + d * DAY),
      getFacts: () => facts,
      poster,
      log: silentLog(),
    });
}

describe('pickFactOfTheDay', () => {
  it('is the same for the same server and day, differs between servers, and skips recent facts', () => {
    const a = pickFactOfTheDay(base, 'g1', '2026-04-01', new Set());
    expect(pickFactOfTheDay(base, 'g1', '2026-04-01', new Set())).toBe(a);
    const picks = new Set(
      ['g1', 'g2', 'g3', 'g4', 'g5'].map((g) => pickFactOfTheDay(base, g, '2026-04-01', new Set())!.id),
    );
    expect(picks.size).toBeGreaterThan(1);
    const recent = new Set(base.slice(0, 39).map((f) => f.id));
    expect(pickFactOfTheDay(base, 'g1', '2026-04-01', recent)!.id).toBe('m39');
    expect(pickFactOfTheDay(base, 'g1', '2026-04-01', new Set(base.map((f) => f.id)))).toBeUndefined();
  });

  it('never picks an opinion piece', () => {
    const facts = loadSeedFacts();
    for (let d = 1; d <= 28; d++) {
      const pick = pickFactOfTheDay(facts, 'g1', `2026-02-${String(d).padStart(2, '0')}`, new Set())!;
      expect(pick.tags).not.toContain('opinion');
    }
  });

  it('a pick blocks the fact for the next 29 days and not on the 30th', () => {
    const db = open();
    recordFactOfTheDay(db, 'g1', '2026-01-01', 'm01');
    expect(recentFactsOfTheDay(db, 'g1', '2026-01-30').has('m01')).toBe(true);
    expect(recentFactsOfTheDay(db, 'g1', '2026-01-31').has('m01')).toBe(false);
    expect(recentFactsOfTheDay(db, 'g2', '2026-01-02').size).toBe(0);
  });
});

describe('fact of the day in the daily reminders', () => {
  it('is off by default: a day with no anniversary posts nothing', async () => {
    const db = open();
    upsertGuildSettings(
      db,
      { guildId: 'g1', channelId: 'c1', postTime: '09:00', timezone: 'Asia/Singapore' },
      new Date(0),
    );
    expect(getGuildSettings(db, 'g1')!.factOfTheDay).toBe(false);
    const poster = new RecordingPoster();
    await runDays(db, base, poster, '2026-04-01', 5);
    expect(poster.posts).toEqual([]);
  });

  it('posts one fact on each day without an anniversary, never the same within 30 days, per server', async () => {
    const db = open();
    for (const g of ['g1', 'g2'])
      upsertGuildSettings(
        db,
        { guildId: g, channelId: `c-${g}`, postTime: '09:00', timezone: 'Asia/Singapore', factOfTheDay: true },
        new Date(0),
      );
    const poster = new RecordingPoster();
    // 20 Feb to 20 April: 1 March is the anniversary day (no fact of the day), every other day gets one.
    await runDays(db, base, poster, '2026-02-20', 60);
    for (const channel of ['c-g1', 'c-g2']) {
      const posts = poster.posts.filter((p) => p.channelId === channel);
      const facts = posts.map((p) => factTitle(p.payload));
      expect(posts).toHaveLength(60);
      expect(facts.filter((f) => f === undefined)).toHaveLength(1);
      const daily = facts.map((f, day) => ({ f, day })).filter((x) => x.f !== undefined);
      for (const x of daily) {
        const again = daily.find((y) => y.f === x.f && y.day > x.day);
        if (again) expect(again.day - x.day, `${x.f} repeated`).toBeGreaterThanOrEqual(NO_REPEAT_DAYS);
      }
      expect(posts.every((p) => checkMessageLimits(p.payload).length === 0)).toBe(true);
    }
    // The two servers' sequences are their own.
    const seq = (c: string) =>
      poster.posts
        .filter((p) => p.channelId === c)
        .map((p) => factTitle(p.payload))
        .join('|');
    expect(seq('c-g1')).not.toBe(seq('c-g2'));
  });

  it('with fewer than 30 facts it stops rather than repeat, and a retry after a transient failure posts the same fact once', async () => {
    const db = open();
    upsertGuildSettings(
      db,
      { guildId: 'g1', channelId: 'c1', postTime: '09:00', timezone: 'Asia/Singapore', factOfTheDay: true },
      new Date(0),
    );
    const few = base.slice(0, 3);
    const poster = new RecordingPoster((call) => (call === 0 ? new PostError('transient', 'Discord 503') : null));
    const first = Date.parse('2026-04-01T01:00:00Z');
    await runTick({ store: storeOf(db), now: new Date(first), getFacts: () => few, poster, log: silentLog() });
    expect(poster.posts).toHaveLength(0);
    await runTick({ store: storeOf(db), now: new Date(first + 60_000), getFacts: () => few, poster, log: silentLog() });
    await runTick({
      store: storeOf(db),
      now: new Date(first + 120_000),
      getFacts: () => few,
      poster,
      log: silentLog(),
    });
    expect(poster.posts).toHaveLength(1);
    await runDays(db, few, poster, '2026-04-02', 10);
    const titles = poster.posts.map((p) => factTitle(p.payload));
    expect(titles).toHaveLength(3);
    expect(new Set(titles).size).toBe(3);
  });

  it('renders as its own embed with the fact, its date and every source, within Discord limits', () => {
    const fact = loadSeedFacts().find((f) => f.id === 'china-laos-railway-opens')!;
    const post = renderAnniversaryPost({
      localDate: { year: 2026, month: 4, day: 2 },
      anniversaries: [],
      factOfTheDay: fact,
    });
    expect(post.content).toBe('💡 **Fact of the day** — 2 April 2026');
    expect(post.embeds).toHaveLength(1);
    expect(post.embeds[0]!.title).toBe('💡 Fact of the day: China-Laos Railway opens');
    expect(post.embeds[0]!.description).toContain('**Date:** 3 December 2021');
    expect(post.embeds[0]!.description).toContain(
      'Sources:\n• [China-Laos railway to begin operations on Friday](http://en.people.cn/',
    );
    expect(checkMessageLimits(post)).toEqual([]);
  });
});
