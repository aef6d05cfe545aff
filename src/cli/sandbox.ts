import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { SANDBOX_HELP, SandboxSession } from '../devtools/sandbox/session.js';
import { configFromEnvironment } from '../env.js';
import { createLogger } from '../logger.js';

/** The offline sandbox: the real bot against a local stand-in for Discord, in this terminal. */
async function main(): Promise<void> {
  const config = configFromEnvironment();
  // Its own database, so trying /facts edits here never touches the real bot's data.
  const databasePath = join('data', 'sandbox.db');
  // `--locale zh-CN` (or `--locale=zh-CN`): start as a member whose Discord is in that language.
  const flag = process.argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const locale =
    flag < 0
      ? undefined
      : process.argv[flag]!.includes('=')
        ? process.argv[flag]!.split('=')[1]
        : process.argv[flag + 1];
  const session = await SandboxSession.start({
    databasePath,
    log: createLogger(config.logLevel === 'debug' ? 'debug' : 'warn'),
    ansi: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    ...(locale ? { locale } : {}),
  });
  process.stdout.write(
    `Corridor sandbox: the real bot, connected to a local Discord on this machine (data in ${databasePath}).\n${SANDBOX_HELP}\n\n`,
  );
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const quit = async () => {
    rl.close();
    await session.stop();
    process.exit(0);
  };
  const reminders = setInterval(() => {
    for (const m of session.newChannelMessages()) process.stdout.write(`\n${m}\n`);
  }, 2000);
  reminders.unref();
  rl.setPrompt(session.prompt);
  rl.prompt();
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    queue = queue.then(async () => {
      try {
        const { output, quit: done } = await session.handle(line);
        if (output) process.stdout.write(`${output}\n`);
        if (done) return quit();
      } catch (err) {
        process.stdout.write(`The sandbox hit a problem: ${err instanceof Error ? err.message : String(err)}\n`);
      }
      rl.setPrompt(session.prompt);
      rl.prompt();
    });
  });
  rl.on('close', () => void queue.then(quit));
}

main().catch((err: unknown) => {
  process.stderr.write(`The sandbox could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
