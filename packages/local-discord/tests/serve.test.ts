/** serveLocalDiscord: the `npm run local-discord` server, with a caller-supplied demo answered by a real client. */
import { Events } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createTestClient, loginTestClient, parseServeArgs, serveLocalDiscord } from '../src/index.js';

describe('parseServeArgs', () => {
  it('reads an optional port and --demo in any order', () => {
    expect(parseServeArgs([])).toEqual({ port: 0, demo: false });
    expect(parseServeArgs(['--demo', '8080'])).toEqual({ port: 8080, demo: true });
    expect(parseServeArgs(['8080'])).toEqual({ port: 8080, demo: false });
  });
});

describe('serveLocalDiscord', () => {
  it('prints where to connect, then runs the demo once a bot logs in and prints each answer', async () => {
    const printed: string[] = [];
    const served = await serveLocalDiscord({
      handleSignals: false,
      write: (text) => printed.push(text),
      demoEveryMs: 60_000,
      demo: [
        { label: '/ping', send: (local) => local.sendCommand({ name: 'ping' }) },
        { label: '/silent', send: (local) => local.sendCommand({ name: 'silent' }) },
      ],
    });
    // The listener goes on before login: the demo starts as soon as the client identifies.
    const client = createTestClient(served.local);
    client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isChatInputCommand() && interaction.commandName === 'ping') void interaction.reply('pong');
    });
    try {
      await loginTestClient(client, served.local);
      // '/silent' is never answered: the local Discord's wait gives up and the demo says so instead of stopping.
      await served.demo;
      expect(printed[0]).toBe(
        `local Discord ready\nDISCORD_API_URL=${served.local.restBase}\nDISCORD_TOKEN=${served.local.token}\n`,
      );
      expect(printed[1]).toBe('bot identified; sending demo interactions every 60 s\n');
      expect(printed[2]).toBe('/ping: answered (callback type 4)\n');
      expect(printed[3]).toMatch(/^\/silent: no answer \(.+\)\n$/);
    } finally {
      await client.destroy();
      await served.stop();
    }
  });

  it('without a demo only serves, and its demo promise settles at once', async () => {
    const printed: string[] = [];
    const served = await serveLocalDiscord({ handleSignals: false, write: (text) => printed.push(text) });
    try {
      await served.demo;
      expect(printed).toHaveLength(1);
      expect(served.local.identifyCount).toBe(0);
    } finally {
      await served.stop();
    }
  });
});
