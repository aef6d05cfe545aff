import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxSession } from '../../src/devtools/sandbox/session.js';
import { silentLogger } from '../../src/logger.js';

let dir: string;
let session: SandboxSession;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corridor-sandbox-'));
  session = await SandboxSession.start({ databasePath: join(dir, 'sandbox.db'), log: silentLogger });
});
afterAll(async () => {
  await session?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the offline sandbox', () => {
  it('answers a typed /ask through the real bot and local Discord', async () => {
    const { output } = await session.handle('/ask what is RCEP');
    expect(output).toMatch(/^┌─ RCEP enters into force/);
    expect(output).toMatch(/Source: .* · as of /);
    expect(output).toMatch(/\[\d\] Report a problem/);
  });

  it('presses a button of the last reply by its number', async () => {
    await session.handle('/ask when did the china laos railway open');
    const { output } = await session.handle('1');
    expect(output).toMatch(/^\(only you can see this\)\n┌─ /);
  });

  it('shows autocomplete suggestions', async () => {
    const { output } = await session.handle('?fact china-la');
    expect(output).toMatch(/China-Laos Railway opens {2}→ {2}china-laos-railway-opens/);
  });

  it('explains a mistyped line and quits on request', async () => {
    expect((await session.handle('/asl hello')).output).toMatch(/No command \/asl/);
    expect(await session.handle('quit')).toEqual({ output: 'Bye.', quit: true });
  });
});
