/**
 * The package's own command line: a local Discord on its own, without a demo (demo interactions name a bot's
 * commands, so a bot supplies them through serveLocalDiscord; Corridor's is `npm run local-discord -- --demo`).
 *
 *   npm start -w @corridor/local-discord -- [port]
 */
import { parseServeArgs, serveLocalDiscord } from './serve.js';

const { port } = parseServeArgs(process.argv.slice(2));
serveLocalDiscord({ port }).catch((err: unknown) => {
  process.stderr.write(`local Discord could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
