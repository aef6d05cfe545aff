/**
 * A discord.js Client wired to a LocalDiscord, tuned so tests stay fast:
 * - `rest.api` points at the local REST base; `rest.offset: 0` (no 50 ms clock-skew pad on every
 *   rate-limit wait, so a 429 with retry_after 0.05 costs ~50 ms), `rest.retries: 2` (5xx and network
 *   errors are retried immediately, twice), `rest.timeout: 5000`.
 * - `waitGuildTimeout: 1000` (the local gateway sends every GUILD_CREATE right after READY anyway).
 * - `ws.buildIdentifyThrottler`: no identify throttling. @discordjs/ws otherwise spaces IDENTIFYs 5 s apart
 *   (+ up to 1.5 s jitter), so a re-identify after an invalid session would stall a test for ~5–6.5 s.
 */
import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { LocalDiscord } from './local-discord.js';

/** Lets every IDENTIFY through at once (the local gateway has no session start limit). */
const noIdentifyThrottle = { waitForIdentify: async (): Promise<void> => {} };

export const TEST_REST_OPTIONS = { retries: 2, timeout: 5000, offset: 0 } as const;

/** The client options that point discord.js at a LocalDiscord (for code that builds its own Client, like the bot). */
export function testClientOptions(local: LocalDiscord, overrides: Partial<ClientOptions> = {}): Partial<ClientOptions> {
  return {
    waitGuildTimeout: 1000,
    ...overrides,
    rest: { ...TEST_REST_OPTIONS, ...(overrides.rest ?? {}), api: local.restBase },
    ws: { buildIdentifyThrottler: () => noIdentifyThrottle, ...(overrides.ws ?? {}) },
  };
}

export function createTestClient(
  local: LocalDiscord,
  intents: ClientOptions['intents'] = [GatewayIntentBits.Guilds],
  overrides: Partial<ClientOptions> = {},
): Client {
  return new Client({ intents, ...testClientOptions(local, overrides) });
}

/** Logs in with the local Discord's fake token and resolves once the client is ready (Events.ClientReady). */
export async function loginTestClient(client: Client, local: LocalDiscord, timeoutMs = 10_000): Promise<Client<true>> {
  if (client.isReady()) return client;
  let timer: NodeJS.Timeout | undefined;
  let onReady: (() => void) | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    onReady = () => resolve();
    client.once(Events.ClientReady, onReady);
    timer = setTimeout(() => reject(new Error(`discord.js client not ready after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.all([client.login(local.token), ready]);
  } catch (error) {
    if (onReady) client.off(Events.ClientReady, onReady);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  if (!client.isReady()) throw new Error('discord.js client is not ready after login');
  return client;
}

/** Creates a client and logs it in: the one-liner for tests. */
export async function connectTestClient(
  local: LocalDiscord,
  intents?: ClientOptions['intents'],
  overrides?: Partial<ClientOptions>,
): Promise<Client<true>> {
  const client = createTestClient(local, intents, overrides);
  try {
    return await loginTestClient(client, local);
  } catch (error) {
    await client.destroy();
    throw error;
  }
}
