import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const INDEX = join(process.cwd(), 'src', 'index.ts');

function start(env: Record<string, string>, input = '') {
  const cwd = tempDir();
  const result = spawnSync(TSX, [INDEX], {
    cwd,
    input,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, DISCORD_TOKEN: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm start', () => {
  it('without a token explains how to get one, then runs the offline sandbox', () => {
    const out = start({}, '/ask what is RCEP\nquit\n');
    expect(out.stdout).toMatch(/needs a Discord bot token/);
    expect(out.stdout).toMatch(/Reset Token/);
    expect(out.stdout).toMatch(/RCEP enters into force/);
    expect(out.status).toBe(0);
  });

  it('refuses a bad configuration naming the variable, never echoing a secret', () => {
    const out = start({ DISCORD_TOKEN: 'short', DEFAULT_TIMEZONE: 'Mars/Olympus' });
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/DISCORD_TOKEN: looks too short/);
    expect(out.stderr).toMatch(/DEFAULT_TIMEZONE: must be an IANA time zone/);
    expect(out.stderr).not.toMatch(/short'|"short"|=short/);
  });

  it('with DATABASE_URL pointing nowhere, stops with one line naming DATABASE_URL and where, never the password', async () => {
    // A port nothing listens on: bound, then released.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const out = start({
      DISCORD_TOKEN: 'a-token-long-enough-to-pass-the-check',
      DATABASE_URL: `postgres://corridor:hunter2-secret@127.0.0.1:${port}/corridor`,
    });
    expect(out.status).toBe(1);
    const lines = out.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^Corridor could not start: DATABASE_URL: cannot use PostgreSQL at corridor@127\\.0\\.0\\.1:${port}/corridor`,
      ),
    );
    expect(`${out.stdout}${out.stderr}`).not.toContain('hunter2-secret');
  });
});
