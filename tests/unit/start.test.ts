import { spawnSync } from 'node:child_process';
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
});
