import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opt, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('discord.js caches stay small however many members use the bot', () => {
  it('answers 60 members without caching their users, members or messages', async () => {
    const members = Array.from({ length: 60 }, (_, n) => ({
      user: { id: `4100000000000${String(n).padStart(5, '0')}`, username: `member${n}` },
    }));
    for (const who of members) {
      const { id } = h.local.sendCommand({
        name: 'ask',
        options: [opt.string('question', 'when did the china laos railway open?')],
        ...who,
      });
      const answer = (await h.local.waitForResponse(id)).body as {
        data: { embeds: { title: string }[]; components: { components: { custom_id: string }[] }[] };
      };
      expect(answer.data.embeds[0]!.title).toMatch(/China-Laos Railway/);
      // A button press carries the message it sits on: discord.js would cache that message too.
      const related = answer.data.components[0]!.components[0]!.custom_id;
      const press = h.local.sendButton({ customId: related, messageId: h.local.originalMessage(id)?.id, ...who });
      await h.local.waitForResponse(press.id);
    }
    const client = h.bot.client;
    const botId = client.user!.id;
    expect([...client.users.cache.keys()].filter((id) => id !== botId)).toEqual([]);
    for (const guild of client.guilds.cache.values()) {
      expect([...guild.members.cache.keys()].filter((id) => id !== botId)).toEqual([]);
      expect(guild.presences.cache.size).toBe(0);
      for (const channel of guild.channels.cache.values())
        if ('messages' in channel) expect(channel.messages.cache.size).toBe(0);
    }
    expect(client.guilds.cache.size).toBe(2); // what the bot does read stays cached
  });
});
