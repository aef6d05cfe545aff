/**
 * Runs a local Discord as a process of its own, for trying a bot's production command line without the internet:
 * prints the DISCORD_API_URL and DISCORD_TOKEN the bot should use and stops cleanly on SIGINT/SIGTERM.
 *
 * With `demo`, once a bot has logged in it sends the given interactions every `demoEveryMs` and prints what came back,
 * so metrics and logs have something to show. The interactions are the caller's: only the bot knows its commands.
 */
import { LocalDiscord } from './local-discord.js';
import type { InteractionHandle, LocalDiscordOptions } from './types.js';

/** One demo interaction: a label for the printout and how to send it. */
export interface DemoInteraction {
  readonly label: string;
  readonly send: (local: LocalDiscord) => InteractionHandle;
}

export interface ServeOptions extends LocalDiscordOptions {
  /** Sent in rounds once a bot has identified; none (the default) means just serve. */
  readonly demo?: readonly DemoInteraction[];
  readonly demoEveryMs?: number;
  /** How long to wait for a bot to log in before the demo gives up. */
  readonly demoLoginTimeoutMs?: number;
  /** Where the printout goes (stdout by default; a parameter so tests can capture it). */
  readonly write?: (text: string) => void;
  /** Stop on SIGINT/SIGTERM and exit the process (true by default: this is a server's main loop). */
  readonly handleSignals?: boolean;
}

export interface ServedLocalDiscord {
  readonly local: LocalDiscord;
  /**
   * Settles once the demo is running (after its first round; at once without a demo). Rejects when no bot logs in
   * within `demoLoginTimeoutMs`, so a command line can report it and exit.
   */
  readonly demo: Promise<void>;
  /** Stops the demo rounds and the local Discord. */
  stop(): Promise<void>;
}

/** `[port] [--demo]` from a command line (anything else is ignored). */
export function parseServeArgs(args: readonly string[]): { port: number; demo: boolean } {
  const portArg = args.find((a) => /^\d+$/.test(a));
  return { port: portArg ? Number(portArg) : 0, demo: args.includes('--demo') };
}

export async function serveLocalDiscord(options: ServeOptions = {}): Promise<ServedLocalDiscord> {
  const {
    demo = [],
    demoEveryMs = 5000,
    demoLoginTimeoutMs = 120_000,
    handleSignals = true,
    write: writeOption,
    ...startOptions
  } = options;
  const write = writeOption ?? ((text: string) => void process.stdout.write(text));
  const local = await LocalDiscord.start(startOptions);
  write(`local Discord ready\nDISCORD_API_URL=${local.restBase}\nDISCORD_TOKEN=${local.token}\n`);

  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const stop = async (): Promise<void> => {
    stopped = true;
    clearInterval(timer);
    await local.stop();
  };
  if (handleSignals) {
    const exit = () => void stop().then(() => process.exit(0));
    process.on('SIGINT', exit);
    process.on('SIGTERM', exit);
  }
  return { local, stop, demo: demo.length > 0 ? runDemo() : Promise.resolve() };

  async function runDemo(): Promise<void> {
    await local.whenIdentified(1, demoLoginTimeoutMs);
    if (stopped) return;
    write(`bot identified; sending demo interactions every ${demoEveryMs / 1000} s\n`);
    await round();
    if (!stopped) timer = setInterval(() => void round(), demoEveryMs);
  }

  async function round(): Promise<void> {
    // Sent together, then awaited in order, so the printout reads in the order given.
    const sent = demo.map((d) => [d.label, d.send(local)] as const);
    for (const [label, handle] of sent) {
      try {
        const body = (await local.waitForResponse(handle.id)).body as { type: number };
        write(`${label}: answered (callback type ${body.type})\n`);
      } catch (error) {
        write(`${label}: no answer (${errorText(error)})\n`);
      }
    }
  }
}

/** The message of anything thrown. */
function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
