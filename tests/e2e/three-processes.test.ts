/**
 * Issue 12's proof, on PostgreSQL and on SQLite: THREE real bot processes on one database (PostgreSQL: a throwaway
 * server started by tests/helpers/postgres-cluster.ts; SQLite: one file, the processes of one machine). Instance A
 * runs as two shards (`src/shard.ts`, discord.js ShardingManager, TOTAL_SHARDS=2) against one local Discord;
 * instance B is a plain `src/index.ts` against another local Discord with the same servers. The local gateway routes
 * a server's events to that server's shard, as Discord does, so a command sent in a server on shard 1 is answered
 * by shard 1 (checked). What must hold:
 *   - every process runs on the backend under test (with DATABASE_URL, no SQLite file is created at DATABASE_PATH);
 *   - a moderator's edit through one process is answered by the others within 2 s (the issue's bound), both ways:
 *     edited through B, asked on both shards of A; edited through A's shard 0, asked on B and on A's shard 1;
 *   - one scheduler: each server's due post is made exactly once across the three processes;
 *   - after kill -9 of the leader, another process takes over, posts what falls due meanwhile, and does not post
 *     again what the killed leader posted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalDiscord } from '@corridor/local-discord';
import { PgStore } from '../../src/knowledge/store/pg/pg-store.js';
import { SqliteStore } from '../../src/knowledge/store/sqlite-store.js';
import type { Store } from '../../src/knowledge/store/store.js';
import { botEnv, botNodeArgs, watchOutput } from '../helpers/bot-process.js';
import { postgresForThisFile } from '../helpers/postgres-per-file.js';
import { tempDir } from '../helpers/temp.js';
import { HOME_GUILD_ID, MOD_ROLE_ID, opt } from './harness.js';

/** The issue's bound for an edit to reach the other processes' answers. */
const PROPAGATION_BOUND_MS = 2_000;
const MOD = { user: { id: '400000000000000101', username: 'mod_role' }, memberRoles: [MOD_ROLE_ID] };
const MEMBER = { user: { id: '400000000000000103', username: 'member' } };
/** (id >> 22) % 2: the home server is on shard 0, this one on shard 1, and the third on shard 0 again. */
const SHARD1_GUILD = '110000000000000001';
const LATE_GUILD = '100000000000000002';
const CHANNELS: Record<string, string> = {
  [HOME_GUILD_ID]: '200000000000000001',
  [SHARD1_GUILD]: '200000000000000002',
  [LATE_GUILD]: '200000000000000003',
};
const FACT = 'china-laos-railway-opens';
const QUESTION = 'when did the china laos railway open?';

const running = postgresForThisFile();
const children: ChildProcess[] = [];
const locals: LocalDiscord[] = [];

// Each run stops its processes and local Discords (the manager first: SIGTERM stops its shards cleanly).
afterEach(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 3_000));
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const l of locals.splice(0)) await l.stop();
}, 60_000);

async function localDiscord(): Promise<LocalDiscord> {
  const local = await LocalDiscord.start({
    guilds: [
      {
        id: HOME_GUILD_ID,
        name: 'Corridor Home',
        channels: [{ id: CHANNELS[HOME_GUILD_ID]!, name: 'general' }],
        roles: [{ id: MOD_ROLE_ID, name: 'Fact moderator' }],
      },
      { id: SHARD1_GUILD, name: 'On shard 1', channels: [{ id: CHANNELS[SHARD1_GUILD]!, name: 'general' }] },
      { id: LATE_GUILD, name: 'Set up late', channels: [{ id: CHANNELS[LATE_GUILD]!, name: 'general' }] },
    ],
  });
  locals.push(local);
  return local;
}

function spawnBot(script: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, botNodeArgs(script), {
    cwd: process.cwd(), // the shards load tsx from the project, as `npm run start:sharded` does
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  children.push(child);
  return { child, log: watchOutput(child) };
}

/** A posting time two minutes ago in UTC: due at the first tick, well inside the belated window. */
function justPassed(): string {
  const t = new Date(Date.now() - 2 * 60_000);
  return `${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
}

/** "<local Discord> <interaction id>" → the server it was sent in, for every /ask. */
const askIds = new Map<string, string>();
const count = (text: string, re: RegExp) => (text.match(new RegExp(re.source, 'g')) ?? []).length;

/** What /ask answers in this server, through this local Discord (and so through the process it reaches). */
async function ask(local: LocalDiscord, guildId: string): Promise<string> {
  const { id } = local.sendCommand({
    name: 'ask',
    options: [opt.string('question', QUESTION)],
    guildId,
    channelId: CHANNELS[guildId],
    ...MEMBER,
  });
  askIds.set(`${local.restBase} ${id}`, guildId);
  return JSON.stringify((await local.waitForResponse(id, 30_000)).body);
}

/**
 * A moderator's edit of the fact's summary through the process `local` reaches: /facts edit opens the pre-filled
 * form, submitting it saves. Resolves when the save is confirmed, with that moment.
 */
async function editSummary(local: LocalDiscord, marker: string): Promise<number> {
  const opened = local.sendCommand({
    name: 'facts',
    options: [opt.sub('edit', [opt.string('id', FACT), opt.string('reason', `propagation check ${marker}`)])],
    guildId: HOME_GUILD_ID,
    channelId: CHANNELS[HOME_GUILD_ID],
    ...MOD,
  });
  const form = (await local.waitForResponse(opened.id, 30_000)).body as {
    type: number;
    data: { custom_id: string; components: { component: { custom_id: string; value?: string } }[] };
  };
  expect(form.type).toBe(9);
  const values = Object.fromEntries(form.data.components.map((c) => [c.component.custom_id, c.component.value ?? '']));
  const details = values.text!.split('\n---\n')[1];
  const summary = `The China-Laos Railway began operating on 3 December 2021; ${marker}.`;
  const submitted = local.sendModalSubmit({
    customId: form.data.custom_id,
    fields: { ...values, text: details ? `${summary}\n---\n${details}` : summary },
    shape: 'labels',
    guildId: HOME_GUILD_ID,
    channelId: CHANNELS[HOME_GUILD_ID],
    ...MOD,
  });
  const saved = JSON.stringify((await local.waitForResponse(submitted.id, 30_000)).body);
  expect(saved).toMatch(new RegExp(`Saved \`${FACT}\``));
  return Date.now();
}

/** Asks until the answer carries `marker`; how long after `since` that answer came back. */
async function answeredWithin(local: LocalDiscord, guildId: string, marker: string, since: number): Promise<number> {
  // A generous ceiling so a failure reports the time instead of hanging; the 2 s bound is asserted by the caller.
  while (Date.now() - since < 30_000) {
    if ((await ask(local, guildId)).includes(marker)) return Date.now() - since;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Infinity;
}

const BACKENDS = [
  { name: 'PostgreSQL', label: /store: PostgreSQL \(DATABASE_URL\)/ },
  { name: 'SQLite', label: /store: SQLite \(/ },
] as const;

describe.each(BACKENDS)('three bot processes on $name', ({ name, label }) => {
  it('edits reach every process within 2 s, one scheduler, takeover after kill -9', async () => {
    const dir = tempDir();
    const sqlitePath = join(dir, 'bot.db');
    let url: string | undefined;
    let setup: Store;
    if (name === 'PostgreSQL') {
      url = await running().createDatabase();
      setup = new PgStore({ connectionString: url, max: 2 });
      await setup.migrate();
    } else {
      setup = SqliteStore.open(sqlitePath);
    }
    for (const guildId of [HOME_GUILD_ID, SHARD1_GUILD])
      await setup.guilds.upsert({
        guildId,
        channelId: CHANNELS[guildId],
        postTime: justPassed(),
        timezone: 'UTC',
        factOfTheDay: true,
      });

    const [localA, localB] = [await localDiscord(), await localDiscord()];
    const env = (local: LocalDiscord, extra: Record<string, string> = {}) =>
      botEnv(local, {
        HOME_GUILD_ID,
        MODERATOR_ROLE_IDS: MOD_ROLE_ID,
        ...(url ? { DATABASE_URL: url } : {}),
        DATABASE_PATH: sqlitePath,
        LOG_LEVEL: 'debug', // "reminders: tick done" is a debug line
        SCHEDULER_LEASE_SECONDS: '3',
        ...extra,
      });

    // B first, so that it leads (and is the one killed); then instance A as two shards.
    const b = spawnBot(join(process.cwd(), 'src', 'index.ts'), env(localB));
    await b.log.waitFor(/now runs the scheduler/, 90_000);
    const a = spawnBot(join(process.cwd(), 'src', 'shard.ts'), env(localA, { TOTAL_SHARDS: '2' }));
    await localA.whenIdentified(2, 90_000);
    for (let i = 0; count(a.log.output(), /logged in as/) < 2; i++) {
      if (i > 900) throw new Error(`both shards did not log in:\n${a.log.output().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const shards = localA.gateway.received.filter((r) => r.op === 2).map((r) => (r.d as { shard?: number[] }).shard);
    expect(shards.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(b.log.output()).toMatch(label);
    expect(count(a.log.output(), label)).toBe(2);
    if (url) expect(existsSync(sqlitePath)).toBe(false);
    expect(`${a.log.output()}${b.log.output()}`).not.toContain('not-a-real-secret'); // the URL's password

    // One scheduler: B posts each server's due post, once; neither shard runs the scheduler.
    const posted = (guildId: string) =>
      localA.messagesIn(CHANNELS[guildId]!).length + localB.messagesIn(CHANNELS[guildId]!).length;
    await localB.waitForMessageIn(CHANNELS[HOME_GUILD_ID]!, 60_000);
    await localB.waitForMessageIn(CHANNELS[SHARD1_GUILD]!, 60_000);
    expect(count(a.log.output(), /now runs the scheduler/)).toBe(0);

    // Every process answers the same before the edits.
    for (const [local, guildId] of [
      [localA, HOME_GUILD_ID],
      [localA, SHARD1_GUILD],
      [localB, HOME_GUILD_ID],
    ] as const)
      expect(await ask(local, guildId)).toContain('The China-Laos Railway began operating on 3 December 2021.');

    // An edit through B reaches both shards of A; an edit through A's shard 0 reaches B and A's shard 1.
    const first = `edit one ${Date.now()}`;
    const savedByB = await editSummary(localB, first);
    const toShard0 = await answeredWithin(localA, HOME_GUILD_ID, first, savedByB);
    const toShard1 = await answeredWithin(localA, SHARD1_GUILD, first, savedByB);
    const second = `edit two ${Date.now()}`;
    const savedByShard0 = await editSummary(localA, second);
    const toB = await answeredWithin(localB, HOME_GUILD_ID, second, savedByShard0);
    const toShard1Again = await answeredWithin(localA, SHARD1_GUILD, second, savedByShard0);
    const propagation = { toShard0, toShard1, toB, toShard1Again };
    // Every /ask in a server reached that server's shard: both shards answered.
    const askedOn = (guildId: string) =>
      localA.gateway.interactionShards
        .filter((i) => askIds.get(`${localA.restBase} ${i.id}`) === guildId)
        .map((i) => i.shard?.join('/'))
        .filter((v, n, all) => all.indexOf(v) === n);
    expect(askedOn(HOME_GUILD_ID)).toEqual(['0/2']);
    expect(askedOn(SHARD1_GUILD)).toEqual(['1/2']);
    for (const ms of Object.values(propagation)) expect(ms).toBeLessThanOrEqual(PROPAGATION_BOUND_MS);

    // kill -9 of the leader; a third server falls due while nobody leads. A shard takes over, posts it once, and its
    // catch-up tick does not post the first two servers' posts again.
    b.child.kill('SIGKILL');
    const killedAt = Date.now();
    await setup.guilds.upsert({
      guildId: LATE_GUILD,
      channelId: CHANNELS[LATE_GUILD],
      postTime: justPassed(),
      timezone: 'UTC',
      factOfTheDay: true,
    });
    await a.log.waitFor(/now runs the scheduler/, 90_000);
    const takeoverMs = Date.now() - killedAt;
    await localA.waitForMessageIn(CHANNELS[LATE_GUILD]!, 90_000);
    await a.log.waitFor(/reminders: tick done/, 60_000);
    expect(count(a.log.output(), /now runs the scheduler/)).toBe(1);
    const posts = Object.fromEntries(Object.keys(CHANNELS).map((g) => [g, posted(g)]));
    expect(posts).toEqual({ [HOME_GUILD_ID]: 1, [SHARD1_GUILD]: 1, [LATE_GUILD]: 1 });
    expect(localA.messagesIn(CHANNELS[HOME_GUILD_ID]!)).toEqual([]);
    expect(localB.messagesIn(CHANNELS[LATE_GUILD]!)).toEqual([]);

    // The ledger agrees: every sent row names a message that was posted, and none was posted twice.
    const sent = (await Promise.all(Object.keys(CHANNELS).map((g) => setup.ledger.history(g, 100))))
      .flat()
      .filter((e) => e.status === 'sent');
    await setup.close();
    const messageIds = new Set(
      [localA, localB].flatMap((l) => Object.values(CHANNELS).flatMap((c) => l.messagesIn(c).map((m) => m.id))),
    );
    expect(new Set(sent.map((r) => r.guildId))).toEqual(new Set(Object.keys(CHANNELS)));
    for (const r of sent) expect(messageIds.has(r.messageId!)).toBe(true);

    console.log(`three bot processes on ${name}`, {
      propagationMs: propagation,
      bound: `${PROPAGATION_BOUND_MS} ms`,
      posts,
      duplicates: Object.values(posts).filter((n) => n > 1).length,
      takeoverAfterKillMs: takeoverMs,
      lease: '3 s',
    });
  }, 300_000);
});
