import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TSX_DIST = join(process.cwd(), 'node_modules', 'tsx', 'dist');

/**
 * Node's arguments to run a TypeScript entry (default: the bot, src/index.ts) with tsx's loader, as `tsx` itself runs
 * it: the child is then the bot, so kill -9 reaches the bot (the `tsx` wrapper would die alone and leave it running).
 */
export function botNodeArgs(script = join(process.cwd(), 'src', 'index.ts')): string[] {
  return [
    '--require',
    join(TSX_DIST, 'preflight.cjs'),
    '--import',
    pathToFileURL(join(TSX_DIST, 'loader.mjs')).href,
    script,
  ];
}

/** What a child process prints (stdout and stderr together), and a way to wait for a line of it. */
export function watchOutput(proc: ChildProcess) {
  let out = '';
  const waiters: { re: RegExp; resolve: () => void }[] = [];
  const feed = (d: Buffer) => {
    out += d.toString('utf8');
    for (const w of waiters.splice(0)) (w.re.test(out) ? w.resolve : () => waiters.push(w))();
  };
  proc.stdout!.on('data', feed);
  proc.stderr!.on('data', feed);
  return {
    output: () => out,
    /** A generous bound so a failure names what was missing and shows the log, instead of the test timing out. */
    waitFor: (re: RegExp, timeoutMs = 60_000) =>
      new Promise<void>((resolve, reject) => {
        if (re.test(out)) return resolve();
        const timer = setTimeout(() => reject(new Error(`no ${re} in the log:\n${out.slice(-3000)}`)), timeoutMs);
        waiters.push({ re, resolve: () => (clearTimeout(timer), resolve()) });
      }),
  };
}

/** The environment of a bot process pointed at a local Discord: its token, REST address and a JSON log. */
export function botEnv(
  local: { token: string; applicationId: string; restBase: string },
  extra: Record<string, string>,
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DISCORD_TOKEN: local.token,
    DISCORD_CLIENT_ID: local.applicationId,
    DISCORD_API_URL: local.restBase,
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
    ...extra,
  };
}
