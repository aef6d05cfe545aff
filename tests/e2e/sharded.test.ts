/**
 * `npm run start:sharded` with two shards against the local Discord: the manager spawns one bot process per shard,
 * each identifies as its shard, exactly one leads the scheduler, and SIGTERM stops them all cleanly.
 * (The local gateway sends events to one connection, so this does not show commands on every shard.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { LocalDiscord } from '@corridor/local-discord';
import { tempDir } from '../helpers/temp.js';
import { botEnv } from '../helpers/bot-process.js';

const TSX_DIST = join(process.cwd(), 'node_modules', 'tsx', 'dist');
let local: LocalDiscord | undefined;
let manager: ChildProcess | undefined;
afterEach(async () => {
  // Shards die with their manager's SIGKILL only if they notice the IPC channel close; SIGTERM first stops them.
  if (manager && manager.exitCode === null && manager.signalCode === null) manager.kill('SIGTERM');
  await local?.stop();
});

it('two shards: both log in with their shard ids, one scheduler, SIGTERM stops every shard', async () => {
  local = await LocalDiscord.start({});
  const cwd = tempDir();
  manager = spawn(
    process.execPath,
    ['--require', join(TSX_DIST, 'preflight.cjs'), '--import', 'tsx', join(process.cwd(), 'src', 'shard.ts')],
    {
      cwd: process.cwd(), // the shards load tsx from the project, as `npm run start:sharded` does
      stdio: ['ignore', 'pipe', 'pipe'],
      env: botEnv(local, { DATABASE_PATH: join(cwd, 'bot.db'), TOTAL_SHARDS: '2' }),
    },
  );
  let out = '';
  manager.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  manager.stderr!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => manager!.on('exit', (code) => resolve(code)));
  await local.whenIdentified(2, 60_000);
  const shards = local.gateway.received.filter((r) => r.op === 2).map((r) => (r.d as { shard?: number[] }).shard);
  expect(shards.sort()).toEqual([
    [0, 2],
    [1, 2],
  ]);
  for (;;) {
    if ((out.match(/logged in as/g) ?? []).length >= 2) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(out.match(/now runs the scheduler/g)).toHaveLength(1);
  manager.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(out.match(/database closed/g)).toHaveLength(2);
}, 90_000);
