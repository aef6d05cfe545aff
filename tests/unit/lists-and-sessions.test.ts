import { describe, expect, it } from 'vitest';
import { LIST_SESSIONS_PER_USER, ListSessions } from '../../src/commands/shared/list-sessions.js';
import { registrationPlan } from '../../src/commands/registration.js';
import { ALL_COMMANDS } from '../../src/commands/index.js';
import { figuresByTopic, isEvent, parseRange, publisherCounts, timeline } from '../../src/knowledge/lists.js';
import { Fact } from '../../src/knowledge/schema.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { checkQuestion } from '../../src/knowledge/question.js';
import { createLogger, registerSecret } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';

const facts = loadSeedFacts();

const dated = (id: string, date: string, tags: string[], publishers = ['Xinhua']): Fact =>
  Fact.parse({
    kind: 'milestone',
    id,
    title: `Event ${id}`,
    summary: 'Something happened on this date.',
    date,
    tags,
    sources: publishers.map((publisher) => ({ publisher, title: 'Report', date })),
  });
const fig = (id: string, asOf: string, tags: string[]): Fact =>
  Fact.parse({
    kind: 'figure',
    id,
    title: `Figure ${id}`,
    summary: 'A number for the test.',
    value: 1,
    unit: 'units',
    period: asOf,
    asOf,
    tags,
    sources: [{ publisher: 'GACC', title: 'Report', date: asOf }],
  });

describe('lists', () => {
  it('leaves opinion pieces and background out of the timeline unless asked', () => {
    const list = [
      dated('event-a', '2021-01-01', ['railway']),
      dated('view-b', '2021-02-01', ['fta-3-0', 'opinion']),
      dated('bg-c', '2021-03-01', ['Background']),
    ];
    expect(timeline(list).map((f) => f.id)).toEqual(['event-a']);
    expect(timeline(list, {}, true).map((f) => f.id)).toEqual(['event-a', 'view-b', 'bg-c']);
    // The shipped opinion piece is one of those left out.
    expect(timeline(facts).map((f) => f.id)).not.toContain('acfta-3-0-china-export-outlook');
  });

  it('groups figures by topic (first known tag), then by date', () => {
    const list = [
      fig('rail-b', '2024-01', ['railway']),
      fig('trade-late', '2025-01', ['trade']),
      fig('trade-early', '2021-01', ['statistics', 'trade']),
      fig('misc', '2020', ['zoo-animals']),
    ];
    expect(figuresByTopic(list).map((g) => [g.topic, g.figures.map((f) => f.id)])).toEqual([
      ['Trade', ['trade-early', 'trade-late']],
      ['Railway', ['rail-b']],
      ['Zoo animals', ['misc']],
    ]);
  });

  it('counts each publisher once per fact, keeping a name with a comma whole', () => {
    const moc = "China FTA Network, Ministry of Commerce of the People's Republic of China";
    const list = [
      dated('one', '2020', [], [moc, moc]),
      dated('two', '2021', [], ['Xinhua', moc]),
      dated('three', '2022', [], ['Xinhua']),
    ];
    expect(publisherCounts(list)).toEqual([
      { publisher: moc, facts: 2 },
      { publisher: 'Xinhua', facts: 2 },
    ]);
  });
});

describe('timeline', () => {
  it('orders by date and keeps partial dates inside a range', () => {
    const all = timeline(facts);
    expect(all.map((f) => f.date)).toEqual([...all.map((f) => f.date)].sort());
    // Background topics have no date of their own, so they never appear on a timeline.
    expect(facts.some((f) => f.kind === 'topic')).toBe(true);
    expect(all.every((f) => f.kind === 'milestone' || f.kind === 'agreement')).toBe(true);
    expect(all.length).toBe(facts.filter(isEvent).length);
    expect(timeline(facts, {}, true).length).toBe(
      facts.filter((f) => f.kind === 'milestone' || f.kind === 'agreement').length,
    );
    const range = parseRange('2022', '2022-06');
    expect(range.ok).toBe(true);
    const ids = timeline(facts, range.ok ? range.range : {}).map((f) => f.id);
    expect(ids).toContain('rcep-in-force');
    expect(ids).not.toContain('phnom-penh-sihanoukville-expressway-opens');
  });
  it('refuses unreadable or reversed ranges', () => {
    expect(parseRange('yesterday', null)).toMatchObject({ ok: false });
    expect(parseRange('2021-02-30', null)).toMatchObject({ ok: false });
    expect(parseRange('2024', '2020')).toMatchObject({ ok: false, error: '`from` is after `to`.' });
  });
});

describe('questions', () => {
  it('cleans control and zero-width characters and enforces 1–300 characters', () => {
    expect(checkQuestion('  what\u200b is\n RCEP ')).toEqual({ ok: true, question: 'what is RCEP' });
    expect(checkQuestion('\u200b\u200b')).toMatchObject({ ok: false });
    expect(checkQuestion('é'.repeat(300))).toMatchObject({ ok: true });
    expect(checkQuestion('é'.repeat(301))).toMatchObject({ ok: false, error: expect.stringMatching(/at most 300/) });
  });
});

describe('list sessions', () => {
  it('expire after their time to live', () => {
    let now = 0;
    const sessions = new ListSessions(1000, 10, () => now);
    const id = sessions.create({ ownerId: 'u', title: 't', lines: ['a'], footer: '' });
    expect(sessions.get(id)?.ownerId).toBe('u');
    now = 1001;
    expect(sessions.get(id)).toBeUndefined();
  });
  it('keep at most `max` sessions, dropping the oldest', () => {
    const sessions = new ListSessions(60_000, 2);
    const first = sessions.create({ ownerId: 'a', title: '', lines: [], footer: '' });
    sessions.create({ ownerId: 'b', title: '', lines: [], footer: '' });
    sessions.create({ ownerId: 'c', title: '', lines: [], footer: '' });
    expect(sessions.get(first)).toBeUndefined();
  });
});

describe('list sessions per member', () => {
  const list = (ownerId: string) => ({ ownerId, title: '', lines: [], footer: '' });
  it('one member paging 1,000 lists cannot evict another member’s pages from the shared map', () => {
    const sessions = new ListSessions();
    const victim = sessions.create(list('victim'));
    const mine = Array.from({ length: 1000 }, () => sessions.create(list('pager')));
    expect(sessions.get(victim)?.ownerId).toBe('victim');
    // The pager keeps their newest LIST_SESSIONS_PER_USER, never more.
    expect(mine.filter((id) => sessions.get(id)).length).toBe(LIST_SESSIONS_PER_USER);
    expect(sessions.get(mine.at(-1)!)?.ownerId).toBe('pager');
    expect(sessions.get(mine[0]!)).toBeUndefined();
    expect(sessions.size).toBe(LIST_SESSIONS_PER_USER + 1);
  });
});

describe('command registration', () => {
  const ids = { clientId: '300000000000000001', homeGuildId: '100000000000000001' };
  it('registers member commands globally and moderator commands only in the home server', () => {
    const plan = registrationPlan(ALL_COMMANDS, ids);
    expect(plan[0]!.route).toBe('/applications/300000000000000001/commands');
    expect(plan[0]!.body.map((c) => c.name)).toEqual(
      expect.arrayContaining(['ask', 'fact', 'timeline', 'figures', 'agreements', 'about']),
    );
    for (const step of plan.slice(1))
      expect(step.route).toBe('/applications/300000000000000001/guilds/100000000000000001/commands');
    const globalNames = plan[0]!.body.map((c) => c.name);
    const homeOnly = ALL_COMMANDS.filter((c) => c.scope === 'home').map((c) => c.data.name);
    for (const name of homeOnly) expect(globalNames).not.toContain(name);
  });
  it('registers everything in the development server when one is set', () => {
    const plan = registrationPlan(ALL_COMMANDS, { ...ids, devGuildId: ids.homeGuildId });
    expect(plan).toHaveLength(1);
    expect(plan[0]!.body).toHaveLength(ALL_COMMANDS.length);
  });
  it('needs the client id', () => {
    expect(() => registrationPlan(ALL_COMMANDS, {})).toThrow(/DISCORD_CLIENT_ID/);
  });
});

describe('config and logging', () => {
  it('applies defaults and parses role lists', () => {
    const config = loadConfig({ MODERATOR_ROLE_IDS: '500000000000000001, 500000000000000002' });
    expect(config).toMatchObject({
      databasePath: 'data/corridor.db',
      defaultTimezone: 'Asia/Singapore',
      belatedWindowMs: 12 * 3_600_000,
      logLevel: 'info',
    });
    expect(config.moderatorRoleIds).toEqual(['500000000000000001', '500000000000000002']);
    expect(config.token).toBeUndefined();
  });
  it('names every bad variable', () => {
    expect(() => loadConfig({ HOME_GUILD_ID: 'abc', LOG_LEVEL: 'loud', BELATED_WINDOW_HOURS: '-1' })).toThrow(
      /HOME_GUILD_ID[\s\S]*LOG_LEVEL[\s\S]*BELATED_WINDOW_HOURS/,
    );
  });
  it('refuses BELATED_WINDOW_HOURS=0 (it would skip every post) with a message naming the variable', () => {
    for (const value of ['0', '0.5', '-1', '49', 'soon']) {
      expect(() => loadConfig({ BELATED_WINDOW_HOURS: value })).toThrow(
        /BELATED_WINDOW_HOURS: must be (at least 1 hour|at most 48 hours|a number)/,
      );
    }
    expect(() => loadConfig({ BELATED_WINDOW_HOURS: '0' })).toThrow(
      /^Configuration problem[^\n]*\n {2}BELATED_WINDOW_HOURS: must be at least 1 hour \(a smaller window skips posts that are only a minute late\)$/,
    );
    expect(loadConfig({ BELATED_WINDOW_HOURS: '1' }).belatedWindowMs).toBe(3_600_000);
    expect(loadConfig({ BELATED_WINDOW_HOURS: '48' }).belatedWindowMs).toBe(48 * 3_600_000);
  });
  it('never logs a registered secret', () => {
    const lines: string[] = [];
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.token-value';
    registerSecret(token);
    createLogger('debug', (l) => lines.push(l)).error(`login failed with ${token}`, new Error(`bad token ${token}`));
    expect(lines.join('\n')).not.toContain(token);
    expect(lines.join('\n')).toContain('[redacted]');
  });
});
