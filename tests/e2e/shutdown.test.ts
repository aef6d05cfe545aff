import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { attachmentPayload, LocalDiscord } from '@corridor/local-discord';
import { loadSeedFacts, SEED_DIR } from '../../src/knowledge/load-facts.js';
import { tempDir } from '../helpers/temp.js';
import { HOME_GUILD_ID, MOD_ROLE_ID, opt } from './harness.js';
import { botEnv, watchOutput } from '../helpers/bot-process.js';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const INDEX = join(process.cwd(), 'src', 'index.ts');
const MOD = { user: { id: '400000000000000101', username: 'mod_role' }, memberRoles: [MOD_ROLE_ID] };

let local: LocalDiscord | undefined;
let files: Server | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await local?.stop();
  await new Promise((resolve) => (files ? files.close(resolve) : resolve(undefined)));
});

describe('SIGTERM', () => {
  it('mid-interaction: the moderator still gets their answer, then the database closes cleanly', async () => {
    local = await LocalDiscord.start({
      guilds: [
        {
          id: HOME_GUILD_ID,
          name: 'Corridor Home',
          channels: [{ id: '200000000000000001', name: 'general' }],
          roles: [{ id: MOD_ROLE_ID, name: 'Fact moderator' }],
        },
      ],
    });
    // The attachment download is held open until the test says so: that is the interaction in flight.
    // The base with one title changed: a plan that waits for Confirm as a pending import.
    const [first, ...rest] = loadSeedFacts(SEED_DIR);
    const exportJson = Buffer.from(
      JSON.stringify([{ ...first!, title: `${first!.title} (revised)` }, ...rest]),
      'utf8',
    );
    let held: ServerResponse | undefined;
    const downloadStarted = new Promise<void>((resolve) => {
      files = createServer((_req, res) => {
        held = res;
        resolve();
      });
    });
    await new Promise<void>((resolve) => files!.listen(0, '127.0.0.1', resolve));
    const filesBase = `http://127.0.0.1:${(files!.address() as AddressInfo).port}`;

    // `npm start` itself, pointed at the local Discord.
    const cwd = tempDir();
    const dbPath = join(cwd, 'bot.db');
    child = spawn(TSX, [INDEX], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: botEnv(local, { HOME_GUILD_ID, MODERATOR_ROLE_IDS: MOD_ROLE_ID, DATABASE_PATH: dbPath }),
    });
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    const log = watchOutput(child);
    await Promise.race([
      log.waitFor(/logged in as/),
      exited.then(() => expect.fail(`bot exited early:\n${log.output()}`)),
    ]);

    const payload = attachmentPayload({
      id: '700000000000000001',
      filename: 'facts.json',
      size: exportJson.length,
      contentType: 'application/json',
    });
    payload.url = `${filesBase}/facts.json`;
    const { id } = local.sendCommand({
      name: 'facts',
      options: [opt.sub('import', [{ name: 'file', type: 11, value: payload.id }])],
      resolved: { attachments: { [payload.id]: payload } },
      ...MOD,
    });
    expect(((await local.waitForResponse(id)).body as { type: number }).type).toBe(5); // deferred: "thinking…"
    await downloadStarted;

    child.kill('SIGTERM');
    await log.waitFor(/SIGTERM/);
    // Give a shutdown that does not wait every chance to finish before the download completes.
    await new Promise((r) => setTimeout(r, 500));
    held!.writeHead(200, { 'content-type': 'application/json', 'content-length': exportJson.length }).end(exportJson);

    const answer = await local.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'),
      8_000,
      'no answer after SIGTERM',
    );
    const embeds = (answer.body as { embeds?: { title?: string }[] }).embeds ?? [];
    expect(embeds[0]?.title).toMatch(/^Import facts\.json: 0 added · 1 changed · 0 removed$/);

    expect(await exited).toBe(0);
    expect(log.output()).toMatch(/database closed/);
    // JSON lines (pino): level 40 is warn, 50 error.
    expect(log.output()).not.toMatch(/"level":(40|50)/);
    // A clean close checkpoints the WAL into the file and removes it; the pending import was committed first.
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare("SELECT count(*) FROM sessions WHERE scope = 'import'").pluck().get()).toBe(1);
    db.close();
  }, 60_000);
});
