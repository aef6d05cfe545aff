/**
 * Runs a local Discord on its own, for trying the production command line without the internet:
 *
 *   npm run local-discord -- [port] [--demo]
 *
 * Prints the DISCORD_API_URL and DISCORD_TOKEN a bot should use. With --demo, once a bot has logged in it sends a
 * few interactions (an answered and an unanswerable /ask, autocomplete, /about) every 5 seconds and prints what came
 * back, so metrics and logs have something to show.
 */
import { LocalDiscord } from './local-discord.js';

const args = process.argv.slice(2);
const demo = args.includes('--demo');
const portArg = args.find((a) => /^\d+$/.test(a));

async function main(): Promise<void> {
  const local = await LocalDiscord.start({ port: portArg ? Number(portArg) : 0 });
  process.stdout.write(`local Discord ready\nDISCORD_API_URL=${local.restBase}\nDISCORD_TOKEN=${local.token}\n`);
  const stop = async () => {
    await local.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  if (!demo) return;
  await local.whenIdentified(1, 120_000);
  process.stdout.write('bot identified; sending demo interactions every 5 s\n');
  const round = async () => {
    const sent = [
      ['/ask RCEP', local.sendCommand({ name: 'ask', options: [{ name: 'question', type: 3, value: 'RCEP' }] as never })],
      ['/ask (out of scope)', local.sendCommand({ name: 'ask', options: [{ name: 'question', type: 3, value: 'ticket price for the zzqx ferry' }] as never })],
      ['autocomplete /fact', local.sendAutocomplete({ name: 'fact', options: [{ name: 'name', type: 3, value: 'rce', focused: true }] as never })],
      ['/about', local.sendCommand({ name: 'about' })],
    ] as const;
    for (const [what, handle] of sent) {
      try {
        const body = (await local.waitForResponse(handle.id)).body as { type: number };
        process.stdout.write(`${what}: answered (callback type ${body.type})\n`);
      } catch (error) {
        process.stdout.write(`${what}: no answer (${error instanceof Error ? error.message : String(error)})\n`);
      }
    }
  };
  await round();
  setInterval(() => void round(), 5000);
}

main().catch((err: unknown) => {
  process.stderr.write(`local Discord could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
