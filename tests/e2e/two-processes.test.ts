/**
 * Two real bot processes (`src/index.ts`) on ONE SQLite file. Each has its own local Discord with the same server
 * and channels (the local gateway sends every event to one connection, so one Discord each is how a test can say
 * which process an interaction reaches and which one posted). What must hold:
 *   - a moderator's edit through A is answered by B once B's poll sees it;
 *   - only the lease holder ticks: the reminder is posted by A, never by B;
 *   - after kill -9 of A, B takes over once the lease expires, posts what falls due, and does not post again
 *     what A already posted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { LocalDiscord } from '@corridor/local-discord';
import { openDb } from '../../src/knowledge/store/db.js';
import { upsertGuildSettings } from '../../src/knowledge/store/guild-settings.js';
import { tempDir } from '../helpers/temp.js';
import { HOME_GUILD_ID, MOD_ROLE_ID, opt } from './harness.js';
import { botEnv, botNodeArgs, watchOutput } from '../helpers/bot-process.js';

const MOD = { user: { id: '400000000000000101', username: 'mod_role' }, memberRoles: [MOD_ROLE_ID] };
const MEMBER = { user: { id: '400000000000000103', username: 'member' } };
const CH1 = '200000000000000001';
const CH2 = '200000000000000002';
const OTHER_GUILD = '100000000000000002';

const children: ChildProcess[] = [];
const locals: LocalDiscord[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const l of locals.splice(0)) await l.stop();
});

async function localDiscord(): Promise<LocalDiscord> {
  const local = await LocalDiscord.start({
    guilds: [
      {
        id: HOME_GUILD_ID,
        name: 'Corridor Home',
        channels: [{ id: CH1, name: 'general' }],
        roles: [{ id: MOD_ROLE_ID, name: 'Fact moderator' }],
      },
      { id: OTHER_GUILD, name: 'Elsewhere', channels: [{ id: CH2, name: 'general' }] },
    ],
  });
  locals.push(local);
  return local;
}

function startBot(local: LocalDiscord, dbPath: string, cwd: string) {
  const child = spawn(process.execPath, botNodeArgs(), {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: botEnv(local, {
      HOME_GUILD_ID,
      MODERATOR_ROLE_IDS: MOD_ROLE_ID,
      DATABASE_PATH: dbPath,
      LOG_LEVEL: 'debug', // "reminders: tick done" is a debug line
      SCHEDULER_LEASE_SECONDS: '3',
    }),
  });
  children.push(child);
  return { child, log: watchOutput(child) };
}

/** A posting time two minutes ago in UTC: due at the first tick, well inside the belated window. */
function justPassed(): string {
  const t = new Date(Date.now() - 2 * 60_000);
  return `${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
}

it('two processes on one file: edits reach both, one scheduler, takeover after kill -9 without a repeat', async () => {
  const [localA, localB] = [await localDiscord(), await localDiscord()];
  const cwd = tempDir();
  const dbPath = join(cwd, 'bot.db');
  const setup = openDb(dbPath);
  upsertGuildSettings(setup, {
    guildId: HOME_GUILD_ID,
    channelId: CH1,
    postTime: justPassed(),
    timezone: 'UTC',
    factOfTheDay: true,
  });
  setup.close();

  const a = startBot(localA, dbPath, cwd);
  await a.log.waitFor(/now runs the scheduler/);
  const b = startBot(localB, dbPath, cwd);
  await b.log.waitFor(/logged in as/);

  // Only A ticks: today's post for the home server reaches A's Discord, and B's never.
  await localA.waitForMessageIn(CH1, 30_000);
  expect(b.log.output()).not.toMatch(/now runs the scheduler/);
  expect(a.log.output()).toMatch(/reminders: tick done/);
  expect(localB.messagesIn(CH1)).toEqual([]);

  // A moderator removes a fact through A; B follows once its data_version poll sees the change.
  const before = localB.sendCommand({
    name: 'fact',
    options: [opt.string('name', 'china-asean-dialogue-begins')],
    ...MEMBER,
  });
  expect(JSON.stringify((await localB.waitForResponse(before.id)).body)).not.toMatch(/was removed/);
  const removal = localA.sendCommand({
    name: 'facts',
    options: [
      opt.sub('remove', [opt.string('id', 'china-asean-dialogue-begins'), opt.string('reason', 'checking sources')]),
    ],
    ...MOD,
  });
  expect(JSON.stringify((await localA.waitForResponse(removal.id)).body)).toMatch(/members no longer see it/);
  const removedAt = Date.now();
  await b.log.waitFor(/facts changed in another process/);
  const seenAfterMs = Date.now() - removedAt;
  const after = localB.sendCommand({
    name: 'fact',
    options: [opt.string('name', 'china-asean-dialogue-begins')],
    ...MEMBER,
  });
  expect(JSON.stringify((await localB.waitForResponse(after.id)).body)).toMatch(/was removed from the fact base/);

  // kill -9 of the leader; a second server falls due while nobody leads. B takes over and posts it, and its
  // catch-up tick does not post the home server's reminder a second time.
  expect(b.log.output()).not.toMatch(/reminders: tick done/);
  a.child.kill('SIGKILL');
  const killedAt = Date.now();
  const db = openDb(dbPath);
  upsertGuildSettings(db, {
    guildId: OTHER_GUILD,
    channelId: CH2,
    postTime: justPassed(),
    timezone: 'UTC',
    factOfTheDay: true,
  });
  await b.log.waitFor(/now runs the scheduler/);
  const takeoverMs = Date.now() - killedAt;
  await localB.waitForMessageIn(CH2, 70_000);
  await b.log.waitFor(/reminders: tick done/);
  expect(localA.messagesIn(CH1)).toHaveLength(1);
  expect(localB.messagesIn(CH1)).toEqual([]);
  expect(localA.messagesIn(CH2)).toEqual([]);
  expect(localB.messagesIn(CH2)).toHaveLength(1);
  const sent = db
    .prepare(
      "SELECT guild_id, count(*) AS n FROM post_ledger WHERE status = 'sent' GROUP BY guild_id ORDER BY guild_id",
    )
    .all();
  expect(sent).toEqual([
    { guild_id: HOME_GUILD_ID, n: expect.any(Number) },
    { guild_id: OTHER_GUILD, n: expect.any(Number) },
  ]);
  db.close();
  console.log('two processes', { editSeenByOtherMs: seenAfterMs, takeoverAfterKillMs: takeoverMs, lease: '3 s' });
}, 120_000);
