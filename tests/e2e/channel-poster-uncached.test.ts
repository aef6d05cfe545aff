/**
 * The scheduler leader posts by channel id through REST: a client that never connected to the gateway (so has no
 * guild in its cache, like a shard that does not serve that server) still posts to the local Discord.
 */
import { Client, GatewayIntentBits } from 'discord.js';
import { afterEach, expect, it } from 'vitest';
import { LocalDiscord, testClientOptions } from '@corridor/local-discord';
import { channelPoster } from '../../src/bot/channel-poster.js';

let local: LocalDiscord | undefined;
let client: Client | undefined;
afterEach(async () => {
  await client?.destroy();
  await local?.stop();
});

it('posts to a channel of a server this client has never cached', async () => {
  local = await LocalDiscord.start({
    guilds: [
      { id: '100000000000000077', name: 'Elsewhere', channels: [{ id: '200000000000000077', name: 'general' }] },
    ],
  });
  client = new Client({ intents: [GatewayIntentBits.Guilds], ...testClientOptions(local) });
  client.rest.setToken(local.token);
  expect(client.guilds.cache.size).toBe(0);
  const { messageId } = await channelPoster(client).post('200000000000000077', {
    content: 'hello',
    embeds: [],
    allowed_mentions: { parse: [] },
  });
  expect(local.messagesIn('200000000000000077').map((m) => [m.id, m.content])).toEqual([[messageId, 'hello']]);
});
