/**
 * The build that `npm start` and `npm run start:sharded` run (npm run build, dist/): each entry on plain Node, with no
 * tsx loader, so a module that only works transpiled, a data file left out of dist or a shard or worker pointed at
 * TypeScript fails here. The local Discord stands in for Discord.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { LocalDiscord } from '@corridor/local-discord';
import { WRITE_MANY_WORKER_AT } from '../../src/knowledge/store/sqlite-store.js';
import { botEnv, watchOutput } from '../helpers/bot-process.js';
import { tempDir } from '../helpers/temp.js';

const ROOT = process.cwd();
const DIST = join(ROOT, 'dist');

let local: LocalDiscord | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await local?.stop();
  local = undefined;
});

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'pipe', timeout: 240_000 });
}, 300_000);

/** Plain `node <dist file>`: no --import, no --require. */
function node(file: string, env: NodeJS.ProcessEnv, cwd: string): ChildProcess {
  child = spawn(process.execPath, [join(DIST, file)], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  return child;
}

const exited = (proc: ChildProcess) =>
  new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));

it('dist/cli/ask.js answers from the shipped facts, read next to the compiled modules', () => {
  const out = execFileSync(process.execPath, [join(DIST, 'cli', 'ask.js'), 'what is RCEP'], {
    cwd: tempDir(),
    env: { ...process.env, DATABASE_PATH: join(tempDir(), 'ask.db') },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(out).toMatch(/^RCEP enters into force {2}\[Agreement\]/);
  // A question in Chinese is answered in Chinese, as the bot answers it.
  const zh = execFileSync(process.execPath, [join(DIST, 'cli', 'ask.js'), 'RCEP是什么时候生效的'], {
    cwd: tempDir(),
    env: { ...process.env, DATABASE_PATH: join(tempDir(), 'ask-zh.db') },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(zh).toMatch(/^RCEP正式生效 {2}\[协定\]/);
  expect(zh).toMatch(/^生效：2022年1月1日$/m);
}, 90_000);

it('dist/index.js without a token: the "no token" message, then the offline sandbox answers', async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.DISCORD_TOKEN;
  const proc = node('index.js', env, tempDir());
  const log = watchOutput(proc);
  const code = exited(proc);
  await log.waitFor(/corridor> /);
  proc.stdin!.end('/ask what is RCEP\nquit\n');
  expect(await code).toBe(0);
  expect(log.output()).toMatch(/Corridor needs a Discord bot token/);
  expect(log.output()).toMatch(/┌─ RCEP enters into force/);
}, 90_000);

it('dist/index.js with a token: logs in to the local Discord and stops cleanly on SIGTERM', async () => {
  local = await LocalDiscord.start({});
  const cwd = tempDir();
  const proc = node('index.js', botEnv(local, { DATABASE_PATH: join(cwd, 'bot.db') }), cwd);
  const log = watchOutput(proc);
  const code = exited(proc);
  await log.waitFor(/logged in as/);
  proc.kill('SIGTERM');
  expect(await code).toBe(0);
  expect(log.output()).toMatch(/database closed/);
}, 90_000);

it('dist/shard.js spawns compiled shards (dist/index.js, no tsx) that log in and stop on SIGTERM', async () => {
  local = await LocalDiscord.start({});
  const cwd = tempDir();
  const proc = node('shard.js', botEnv(local, { DATABASE_PATH: join(cwd, 'bot.db'), TOTAL_SHARDS: '2' }), ROOT);
  const log = watchOutput(proc);
  const code = exited(proc);
  await local.whenIdentified(2, 60_000);
  for (;;) {
    if ((log.output().match(/logged in as/g) ?? []).length >= 2) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGTERM');
  expect(await code).toBe(0);
  expect(log.output().match(/database closed/g)).toHaveLength(2);
}, 120_000);

it("the compiled store's write-many worker thread loads its compiled worker and writes an import", () => {
  const script = `
    import { loadSeedFacts } from ${JSON.stringify(join(DIST, 'knowledge', 'load-facts.js'))};
    import { SqliteStore, WRITE_MANY_WORKER_AT } from ${JSON.stringify(join(DIST, 'knowledge', 'store', 'sqlite-store.js'))};
    const store = SqliteStore.open(process.argv[1]);
    const seeds = loadSeedFacts();
    const writes = Array.from({ length: WRITE_MANY_WORKER_AT + 1 }, (_, i) => {
      const fact = { ...seeds[i % seeds.length], id: 'bulk-' + i };
      return { id: fact.id, fact, deleted: false, action: 'import', actor: { id: '1', name: 'Mod' }, reason: 'r',
        at: '2026-01-01T00:00:00Z' };
    });
    const revisions = await store.facts.writeMany(writes);
    process.stdout.write(String(revisions.length));
    await store.close();`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, join(tempDir(), 'bulk.db')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(out).toBe(String(WRITE_MANY_WORKER_AT + 1));
}, 90_000);
