import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteKnowledge } from '../helpers/sqlite-store.js';
import { recordUnanswered } from '../../src/knowledge/store/unanswered.js';
import { tempDir } from '../helpers/temp.js';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

function run(script: string, args: string[], dbPath: string, input?: string) {
  const result = spawnSync(TSX, [join('src', 'cli', script), ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, DATABASE_PATH: dbPath, DISCORD_TOKEN: '', LOG_LEVEL: 'silent' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('offline CLI', () => {
  it('answers a question as JSON with the whole fact and its score', async () => {
    const db = join(tempDir(), 'cli.db');
    const out = run('ask.ts', ['--json', 'when did RCEP enter into force?'], db);
    expect(out.status).toBe(0);
    const parsed = JSON.parse(out.stdout);
    expect(parsed.query).toBe('when did RCEP enter into force?');
    expect(parsed.results[0]).toMatchObject({ id: 'rcep-in-force', kind: 'agreement', sources: expect.any(Array) });
    expect(parsed.results[0].score).toBeGreaterThan(0);
  });

  it('returns an empty result list when nothing is relevant, and says so in text mode', async () => {
    const db = join(tempDir(), 'cli.db');
    expect(JSON.parse(run('ask.ts', ['--json', 'who won the world cup'], db).stdout).results).toEqual([]);
    expect(run('ask.ts', ['who won the world cup'], db).stdout).toMatch(
      /^I don't have a fact on “who won the world cup”\./,
    );
  });

  it('answers the known part of a two-part question and names the part it has no fact on', () => {
    const db = join(tempDir(), 'cli.db');
    const q = 'When did RCEP take effect? How much is a train ticket to Vientiane?';
    const text = run('ask.ts', [q], db).stdout;
    expect(text).toMatch(/^RCEP enters into force/);
    expect(text).toContain("I don't have a fact on “How much is a train ticket to Vientiane”.");
    expect(JSON.parse(run('ask.ts', ['--json', q], db).stdout).answer).toEqual({
      kind: 'facts',
      ids: ['rcep-in-force'],
      missing: ['How much is a train ticket to Vientiane'],
    });
  });

  it('prints a readable answer with source and as-of date', async () => {
    const out = run('ask.ts', ['china laos railway opening'], join(tempDir(), 'cli.db'));
    expect(out.stdout).toMatch(/^China-Laos Railway opens/);
    expect(out.stdout).toMatch(/Source: .* · as of /);
  });

  it('exits 2 with one line for an empty or over-long question', async () => {
    const db = join(tempDir(), 'cli.db');
    for (const q of [[], ['   '], ['x'.repeat(301)]]) {
      const out = run('ask.ts', q, db);
      expect(out.status).toBe(2);
      expect(out.stderr.trim().split('\n')).toHaveLength(1);
      expect(out.stdout).toBe('');
    }
  });

  it('answers a batch, one JSON object per non-empty line', async () => {
    const out = run('ask.ts', ['--batch'], join(tempDir(), 'cli.db'), 'rcep\n\nfta 3.0\nbitcoin price today\n');
    const lines = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query)).toEqual(['rcep', 'fta 3.0', 'bitcoin price today']);
    expect(lines[0].results[0].id).toBe('rcep-in-force');
    expect(lines[2].results).toEqual([]);
  });

  it('exports the base and refuses an invalid import without changing anything', async () => {
    const dir = tempDir();
    const db = join(dir, 'cli.db');
    const exported = run('facts.ts', ['export'], db);
    expect(exported.status).toBe(0);
    const facts = JSON.parse(exported.stdout);
    expect(facts.length).toBeGreaterThanOrEqual(40);

    const bad = [...facts, { ...facts[0], id: 'bad-copy', sources: [] }];
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const refused = run('facts.ts', ['import', join(dir, 'bad.json')], db);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/bad-copy/);
    expect(JSON.parse(run('facts.ts', ['export'], db).stdout)).toEqual(facts);

    const changed = facts.map((f: { id: string; summary: string }) =>
      f.id === 'rcep-in-force' ? { ...f, summary: `${f.summary} Imported.` } : f,
    );
    writeFileSync(join(dir, 'good.json'), JSON.stringify(changed));
    expect(run('facts.ts', ['import', join(dir, 'good.json'), '--dry-run'], db).stdout).toMatch(/would change 1/);
    expect(run('facts.ts', ['import', join(dir, 'good.json')], db).stdout).toMatch(/changed 1/);
    expect(JSON.parse(run('facts.ts', ['export'], db).stdout)).toEqual(changed);
    // Seven CLI processes, each starting tsx: about 30 s on a busy two-core machine, the default timeout.
  }, 120_000);

  it('lists the unanswered questions offline, grouped, as text or JSON; an unknown option exits 2', async () => {
    const db = join(tempDir(), 'cli.db');
    const { db: store } = await openSqliteKnowledge(db);
    const log = (question: string, at: string, nearest: string[] = ['china-laos-railway-opens']) =>
      recordUnanswered(store, { question, guildId: 'g1', source: 'none', nearest, at });
    log('is there a sleeper train to vientiane', '2026-01-01T00:00:00.000Z');
    log('who is the prime minister of thailand', '2026-01-02T00:00:00.000Z', []);
    log('Is there a sleeper train to Vientiane?', '2026-01-03T00:00:00.000Z');
    store.close();

    const json = run('facts.ts', ['unanswered', '--json'], db);
    expect(json.status).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed).toMatchObject({ totalGroups: 2, totalAsked: 3 });
    expect(parsed.groups[0]).toEqual({
      ref: 1,
      text: 'Is there a sleeper train to Vientiane?',
      variants: ['Is there a sleeper train to Vientiane?', 'is there a sleeper train to vientiane'],
      count: 2,
      reports: 0,
      lastAt: '2026-01-03T00:00:00.000Z',
      nearest: { id: 'china-laos-railway-opens', title: 'China-Laos Railway opens' },
    });
    expect(parsed.groups[1]).toMatchObject({ ref: 2, text: 'who is the prime minister of thailand', count: 1 });

    const text = run('facts.ts', ['unanswered'], db);
    expect(text.stdout.split('\n')[0]).toBe('2 unanswered questions (asked 3 times):');
    expect(text.stdout).toContain('#1  ×2  Is there a sleeper train to Vientiane?  [2 wordings]');
    expect(text.stdout).toContain('nearest: China-Laos Railway opens (china-laos-railway-opens)');

    const bad = run('facts.ts', ['unanswered', '--csv'], db);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown option "--csv"/);
  });

  it('says so when no unanswered question is logged', async () => {
    const out = run('facts.ts', ['unanswered'], join(tempDir(), 'cli.db'));
    expect(out.status).toBe(0);
    expect(out.stdout).toBe('No unanswered questions are logged.\n');
  });
});
