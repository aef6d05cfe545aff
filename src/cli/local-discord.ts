/**
 * Runs a local Discord on its own, for trying the production command line without the internet:
 *
 *   npm run local-discord -- [port] [--demo]
 *
 * Prints the DISCORD_API_URL and DISCORD_TOKEN a bot should use. With --demo, once a bot has logged in it sends a
 * few interactions (an answered and an unanswerable /ask, autocomplete, /about) every 5 seconds and prints what came
 * back, so metrics and logs have something to show. The server is @corridor/local-discord's; the demo's commands
 * are Corridor's, so they live here.
 */
import { parseServeArgs, serveLocalDiscord, type DemoInteraction } from '@corridor/local-discord';

const CORRIDOR_DEMO: readonly DemoInteraction[] = [
  {
    label: '/ask RCEP',
    send: (local) =>
      local.sendCommand({ name: 'ask', options: [{ name: 'question', type: 3, value: 'RCEP' }] as never }),
  },
  {
    label: '/ask (out of scope)',
    send: (local) =>
      local.sendCommand({
        name: 'ask',
        options: [{ name: 'question', type: 3, value: 'ticket price for the kyaukphyu ferry' }] as never,
      }),
  },
  {
    label: 'autocomplete /fact',
    send: (local) =>
      local.sendAutocomplete({
        name: 'fact',
        options: [{ name: 'name', type: 3, value: 'rce', focused: true }] as never,
      }),
  },
  { label: '/about', send: (local) => local.sendCommand({ name: 'about' }) },
];

async function main(): Promise<void> {
  const { port, demo } = parseServeArgs(process.argv.slice(2));
  const served = await serveLocalDiscord({ port, demo: demo ? CORRIDOR_DEMO : [] });
  await served.demo;
}

main().catch((err: unknown) => {
  process.stderr.write(`local Discord could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
