/**
 * The local Discord, exercised with a REAL discord.js Client: login, interactions and their responses,
 * channel messages, Discord's limits, injected faults, gateway reconnects and a clean shutdown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  HTTPError,
  MessageFlags,
  ModalBuilder,
  SlashCommandBuilder,
  TextInputBuilder,
  TextInputStyle,
  type Client,
  type Interaction,
  type TextChannel,
} from 'discord.js';
import {
  DEFAULT_ANNOUNCEMENTS_CHANNEL_ID,
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  LocalDiscord,
  MODERATOR_PERMISSIONS,
  attachmentPayload,
  connectTestClient,
  embedCharacterCount,
} from '../src/index.js';

/** Runs `handler` on the interaction with this id and resolves when it finished (rejects if it threw). */
function handleInteraction(
  client: Client,
  id: string,
  handler: (interaction: Interaction) => Promise<void>,
  timeoutMs = 5000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off(Events.InteractionCreate, listener);
      reject(new Error(`interaction ${id} never reached interactionCreate`));
    }, timeoutMs);
    const listener = (interaction: Interaction) => {
      if (interaction.id !== id) return;
      client.off(Events.InteractionCreate, listener);
      clearTimeout(timer);
      handler(interaction).then(resolve, reject);
    };
    client.on(Events.InteractionCreate, listener);
  });
}

describe('LocalDiscord with a real discord.js client', () => {
  let local: LocalDiscord;
  let client: Client<true>;

  beforeAll(async () => {
    local = await LocalDiscord.start();
    client = await connectTestClient(local);
  });

  afterAll(async () => {
    await client?.destroy();
    await local?.stop();
  });

  it('logs in and sees the guild, its channels and itself', () => {
    expect(client.isReady()).toBe(true);
    expect(client.user.id).toBe('300000000000000001');
    expect(client.user.username).toBe('Corridor');
    expect(client.application.id).toBe('300000000000000001');
    const guild = client.guilds.cache.get(DEFAULT_GUILD_ID);
    expect(guild?.name).toBe('Test Guild');
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.get(DEFAULT_CHANNEL_ID)?.name).toBe('general');
    expect(guild?.channels.cache.get(DEFAULT_ANNOUNCEMENTS_CHANNEL_ID)?.name).toBe('announcements');
    expect(guild?.members.me?.id).toBe(client.user.id);
    expect(guild?.roles.everyone.id).toBe(DEFAULT_GUILD_ID);
    expect(local.identifyCount).toBe(1);
    expect(local.gateway.lastIdentify?.token).toBe(local.token);
    expect(local.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
  });

  it('delivers a slash command with its options and captures reply() as a type 4 callback', async () => {
    const handle = local.sendCommand({
      name: 'ask',
      options: [
        { name: 'question', type: 3, value: 'What is RCEP?' },
        { name: 'public', type: 5, value: true },
      ],
      memberPermissions: MODERATOR_PERMISSIONS,
    });
    let seen:
      | { question: string | null; pub: boolean | null; channelId: string | null; canManage: boolean | undefined }
      | undefined;
    await handleInteraction(client, handle.id, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      seen = {
        question: interaction.options.getString('question'),
        pub: interaction.options.getBoolean('public'),
        channelId: interaction.channelId,
        canManage: interaction.memberPermissions?.has('ManageGuild'),
      };
      await interaction.reply({ content: 'RCEP is a trade agreement.', allowedMentions: { parse: [] } });
    });
    expect(seen).toEqual({ question: 'What is RCEP?', pub: true, channelId: DEFAULT_CHANNEL_ID, canManage: true });
    const callback = await local.waitForResponse(handle.id);
    expect(callback.status).toBe(204);
    expect(callback.body).toMatchObject({ type: 4, data: { content: 'RCEP is a trade agreement.' } });
    expect(callback.hasAllowedMentions).toBe(true);
    expect(callback.allowedMentions).toEqual({ parse: [] });
    expect(local.callbacks(handle.id)).toHaveLength(1);
    expect(local.originalMessage(handle.id)?.content).toBe('RCEP is a trade agreement.');
  });

  it('delivers subcommands and attachments from raw options', async () => {
    const attachment = attachmentPayload({
      id: '500000000000000001',
      filename: 'facts.json',
      size: 12,
      contentType: 'application/json',
    });
    const handle = local.sendCommand({
      name: 'facts',
      options: [{ type: 1, name: 'import', options: [{ name: 'file', type: 11, value: attachment.id }] }],
      resolved: { attachments: { [attachment.id]: attachment } },
    });
    let seen: { sub: string; file: string | undefined } | undefined;
    await handleInteraction(client, handle.id, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      seen = { sub: interaction.options.getSubcommand(), file: interaction.options.getAttachment('file')?.name };
      await interaction.reply({ content: 'ok', allowedMentions: { parse: [] } });
    });
    expect(seen).toEqual({ sub: 'import', file: 'facts.json' });
  });

  it('handles deferReply -> editReply (PATCH @original) -> followUp -> fetchReply', async () => {
    const handle = local.sendCommand({ name: 'ask', options: [{ name: 'question', type: 3, value: 'ACFTA' }] });
    let editedContent: string | undefined;
    let followUpContent: string | undefined;
    let fetchedContent: string | undefined;
    await handleInteraction(client, handle.id, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const edited = await interaction.editReply({
        content: 'ACFTA answer',
        embeds: [new EmbedBuilder().setTitle('ACFTA').setDescription('China–ASEAN Free Trade Area')],
        allowedMentions: { parse: [] },
      });
      editedContent = edited.content;
      const follow = await interaction.followUp({ content: 'Sources: …', allowedMentions: { parse: [] } });
      followUpContent = follow.content;
      fetchedContent = (await interaction.fetchReply()).content;
    });
    expect(editedContent).toBe('ACFTA answer');
    expect(followUpContent).toBe('Sources: …');
    expect(fetchedContent).toBe('ACFTA answer');
    const [defer] = local.callbacks(handle.id);
    expect(defer?.body).toMatchObject({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    const patch = local.interactionRequests(handle.id).find((r) => r.method === 'PATCH');
    expect(patch?.path).toMatch(/\/messages\/@original$/);
    expect(patch?.allowedMentions).toEqual({ parse: [] });
    const original = local.originalMessage(handle.id);
    expect(original?.content).toBe('ACFTA answer');
    expect(original?.embeds[0]?.title).toBe('ACFTA');
    expect(original?.flags ?? 0).toBe(MessageFlags.Ephemeral);
    expect(local.followups(handle.id).map((m) => m.content)).toEqual(['Sources: …']);
  });

  it('lets the first follow-up after a defer replace the "thinking" message, and deleteReply remove it', async () => {
    const handle = local.sendCommand({ name: 'ask' });
    let followUpId: string | undefined;
    let originalAfterFollowUp: string | undefined;
    await handleInteraction(client, handle.id, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      await interaction.deferReply();
      expect(local.originalMessage(interaction.id)?.flags).toBe(MessageFlags.Loading);
      followUpId = (await interaction.followUp({ content: 'answer via followUp', allowedMentions: { parse: [] } })).id;
      originalAfterFollowUp = local.originalMessage(interaction.id)?.content;
      await interaction.deleteReply();
    });
    expect(followUpId).toBeDefined();
    expect(originalAfterFollowUp).toBe('answer via followUp');
    expect(local.originalMessage(handle.id)).toBeUndefined();
    expect(local.interactionRequests(handle.id).map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 204',
      'POST 200',
      'DELETE 204',
    ]);
  });

  it('answers reply({ withResponse: true }) with the callback resource', async () => {
    const handle = local.sendCommand({ name: 'ping' });
    let resourceContent: string | undefined;
    await handleInteraction(client, handle.id, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      const response = await interaction.reply({ content: 'pong', withResponse: true, allowedMentions: { parse: [] } });
      resourceContent = response.resource?.message?.content;
    });
    expect(resourceContent).toBe('pong');
  });

  it('captures uploaded files sent as multipart with payload_json', async () => {
    const handle = local.sendCommand({ name: 'export' });
    await handleInteraction(client, handle.id, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      await interaction.reply({
        content: 'here',
        files: [{ attachment: Buffer.from('id,title\n'), name: 'facts.csv' }],
        allowedMentions: { parse: [] },
      });
    });
    const callback = await local.waitForResponse(handle.id);
    expect(callback.body).toMatchObject({ type: 4, data: { content: 'here', attachments: [{ id: '0' }] } });
    expect(callback.files?.map((f) => ({ name: f.filename, size: f.size, text: f.data.toString() }))).toEqual([
      { name: 'facts.csv', size: 9, text: 'id,title\n' },
    ]);
    expect(local.originalMessage(handle.id)?.attachments[0]?.filename).toBe('facts.csv');
  });

  it('captures autocomplete respond() as a type 8 callback', async () => {
    const handle = local.sendAutocomplete({
      name: 'fact',
      options: [{ name: 'id', type: 3, value: 'rc', focused: true }],
    });
    let focused: string | undefined;
    await handleInteraction(client, handle.id, async (interaction) => {
      if (!interaction.isAutocomplete()) throw new Error('expected autocomplete');
      focused = interaction.options.getFocused();
      await interaction.respond([{ name: 'RCEP', value: 'rcep' }]);
    });
    expect(focused).toBe('rc');
    const callback = await local.waitForResponse(handle.id);
    expect(callback.body).toEqual({ type: 8, data: { choices: [{ name: 'RCEP', value: 'rcep' }] } });
  });

  it('delivers modal submits (action rows and label components) with readable fields', async () => {
    for (const shape of ['rows', 'labels'] as const) {
      const handle = local.sendModalSubmit({
        customId: 'suggest',
        fields: { title: 'New fact', details: 'Signed in 2020' },
        shape,
      });
      let values: string[] = [];
      await handleInteraction(client, handle.id, async (interaction) => {
        if (!interaction.isModalSubmit()) throw new Error('expected a modal submit');
        values = [
          interaction.customId,
          interaction.fields.getTextInputValue('title'),
          interaction.fields.getTextInputValue('details'),
        ];
        await interaction.reply({ content: 'Thanks', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      });
      expect(values).toEqual(['suggest', 'New fact', 'Signed in 2020']);
      expect((await local.waitForResponse(handle.id)).body).toMatchObject({
        type: 4,
        data: { flags: MessageFlags.Ephemeral },
      });
    }
  });

  it('captures a button update() as type 7 and updates the stored message', async () => {
    // A message with a button, created through a reply, then pressed.
    const first = local.sendCommand({ name: 'fact' });
    await handleInteraction(client, first.id, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId('fact:more').setLabel('More').setStyle(ButtonStyle.Primary),
      );
      await interaction.reply({ content: 'Fact', components: [row], allowedMentions: { parse: [] } });
    });
    const messageId = local.originalMessage(first.id)?.id;
    expect(messageId).toBeDefined();

    const press = local.sendButton({ customId: 'fact:more', ...(messageId ? { messageId } : {}) });
    let seen: { customId: string; messageId: string; content: string } | undefined;
    await handleInteraction(client, press.id, async (interaction) => {
      if (!interaction.isButton()) throw new Error('expected a button');
      seen = {
        customId: interaction.customId,
        messageId: interaction.message.id,
        content: interaction.message.content,
      };
      await interaction.update({ content: 'Fact, in more detail', components: [], allowedMentions: { parse: [] } });
    });
    expect(seen).toEqual({ customId: 'fact:more', messageId, content: 'Fact' });
    expect((await local.waitForResponse(press.id)).body).toMatchObject({
      type: 7,
      data: { content: 'Fact, in more detail', components: [] },
    });
    expect(messageId && local.message(messageId)?.content).toBe('Fact, in more detail');
  });

  it('delivers string selects and captures showModal() as type 9', async () => {
    const handle = local.sendStringSelect({ customId: 'pick', values: ['rcep', 'acfta'] });
    let values: string[] = [];
    await handleInteraction(client, handle.id, async (interaction) => {
      if (!interaction.isStringSelectMenu()) throw new Error('expected a string select');
      values = interaction.values;
      const modal = new ModalBuilder()
        .setCustomId('why')
        .setTitle('Why these?')
        .addComponents(
          new ActionRowBuilder<TextInputBuilder>().addComponents(
            new TextInputBuilder().setCustomId('reason').setLabel('Reason').setStyle(TextInputStyle.Short),
          ),
        );
      await interaction.showModal(modal);
    });
    expect(values).toEqual(['rcep', 'acfta']);
    const callback = await local.waitForResponse(handle.id);
    expect(callback.body).toMatchObject({ type: 9, data: { custom_id: 'why', title: 'Why these?' } });
    expect(callback.status).toBe(204);
  });

  it('refuses a second acknowledgement like Discord (40060)', async () => {
    const handle = local.sendCommand({ name: 'ping' });
    let error: unknown;
    await handleInteraction(client, handle.id, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      await interaction.reply({ content: 'one', allowedMentions: { parse: [] } });
      // Bypass discord.js's own "already replied" guard to hit the server.
      error = await client.rest
        .post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
          body: { type: 4, data: { content: 'two' } },
          auth: false,
        })
        .catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(40060);
  });

  it('captures channel.send() in messagesIn and rejects an unknown channel with 10003', async () => {
    const channel = client.channels.cache.get(DEFAULT_ANNOUNCEMENTS_CHANNEL_ID) as TextChannel;
    const sent = await channel.send({
      content: 'On this day: RCEP entered into force',
      allowedMentions: { parse: [] },
    });
    expect(sent.id).toBeTruthy();
    expect(sent.author.id).toBe(client.user.id);
    const posted = local.messagesIn(DEFAULT_ANNOUNCEMENTS_CHANNEL_ID);
    expect(posted.map((m) => m.content)).toEqual(['On this day: RCEP entered into force']);
    const request = local.requests.find(
      (r) => r.method === 'POST' && r.path === `/channels/${DEFAULT_ANNOUNCEMENTS_CHANNEL_ID}/messages`,
    );
    expect(request?.allowedMentions).toEqual({ parse: [] });

    // A channel the client knows, deleted while it was not told (as if the bot had been offline).
    const doomedId = '200000000000000099';
    local.addChannel(DEFAULT_GUILD_ID, { id: doomedId, name: 'doomed' });
    await expect.poll(() => client.channels.cache.has(doomedId), { timeout: 2000 }).toBe(true);
    local.deleteChannel(doomedId, { dispatch: false });
    const doomed = client.channels.cache.get(doomedId) as TextChannel;
    const error = await doomed.send({ content: 'hello', allowedMentions: { parse: [] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(10003);
    expect((error as DiscordAPIError).status).toBe(404);
  });

  it('refuses a reply whose embeds total 6001 characters with 400 50035 and records the violation', async () => {
    const embed = {
      title: 't'.repeat(256),
      description: 'd'.repeat(4096),
      fields: [
        { name: 'a', value: 'v'.repeat(1024) },
        { name: 'b', value: 'w'.repeat(623) },
      ],
    };
    expect(embedCharacterCount(embed)).toBe(6001);
    const handle = local.sendCommand({ name: 'ask' });
    let error: unknown;
    await handleInteraction(client, handle.id, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      error = await interaction.reply({ embeds: [embed], allowedMentions: { parse: [] } }).catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).status).toBe(400);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect((error as DiscordAPIError).rawError).toMatchObject({
      errors: { data: { embeds: { _errors: [{ code: 'MAX_EMBED_SIZE_EXCEEDED' }] } } },
    });
    const recorded = local.limitViolations.filter((v) => v.request.path.startsWith(`/interactions/${handle.id}/`));
    expect(recorded.map((v) => [v.path, v.code])).toEqual([['data.embeds', 'MAX_EMBED_SIZE_EXCEEDED']]);
    // Nothing was acknowledged, so no original message exists.
    expect(local.originalMessage(handle.id)).toBeUndefined();
  });

  it('rejects an empty message with 50006', async () => {
    const channel = client.channels.cache.get(DEFAULT_CHANNEL_ID) as TextChannel;
    const error = await client.rest
      .post(`/channels/${channel.id}/messages`, { body: { content: '' } })
      .catch((e: unknown) => e);
    expect((error as DiscordAPIError).code).toBe(50006);
  });

  it('retries after an injected 429 (channel message and interaction callback) and the message still arrives', async () => {
    const channel = client.channels.cache.get(DEFAULT_CHANNEL_ID) as TextChannel;
    const path = `/channels/${DEFAULT_CHANNEL_ID}/messages`;
    local.failNext({ method: 'POST', pathIncludes: path, status: 429, retryAfter: 0.05 });
    const started = Date.now();
    const sent = await channel.send({ content: 'after a rate limit', allowedMentions: { parse: [] } });
    const elapsed = Date.now() - started;
    expect(sent.content).toBe('after a rate limit');
    const attempts = local.requests.filter(
      (r) =>
        r.method === 'POST' &&
        r.path === path &&
        r.body &&
        (r.body as { content?: string }).content === 'after a rate limit',
    );
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(elapsed).toBeGreaterThanOrEqual(45);
    expect(elapsed).toBeLessThan(1500);
    expect(local.messagesIn(DEFAULT_CHANNEL_ID).map((m) => m.content)).toContain('after a rate limit');

    const handle = local.sendCommand({ name: 'ping' });
    local.failNext({ pathIncludes: `/interactions/${handle.id}/`, status: 429 });
    await handleInteraction(client, handle.id, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      await interaction.reply({ content: 'pong despite 429', allowedMentions: { parse: [] } });
    });
    const statuses = local.requests
      .filter((r) => r.path.startsWith(`/interactions/${handle.id}/`))
      .map((r) => r.status);
    expect(statuses).toEqual([429, 204]);
    expect(local.originalMessage(handle.id)?.content).toBe('pong despite 429');
  });

  it('retries an injected 500 and gives up after rest.retries; 403 becomes 50013', async () => {
    const channel = client.channels.cache.get(DEFAULT_CHANNEL_ID) as TextChannel;
    const path = `/channels/${DEFAULT_CHANNEL_ID}/messages`;
    local.clearRequests();
    local.failNext({ method: 'POST', pathIncludes: path, status: 500 });
    await channel.send({ content: 'after a 500', allowedMentions: { parse: [] } });
    expect(local.requests.filter((r) => r.path === path).map((r) => r.status)).toEqual([500, 200]);

    local.clearRequests();
    local.failNext({ method: 'POST', pathIncludes: path, status: 500, times: 3 });
    const error = await channel.send({ content: 'never', allowedMentions: { parse: [] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HTTPError);
    expect((error as HTTPError).status).toBe(500);
    // retries: 2 -> three attempts in all.
    expect(local.requests.filter((r) => r.path === path).map((r) => r.status)).toEqual([500, 500, 500]);

    local.failNext({ method: 'POST', pathIncludes: path, status: 403 });
    const forbidden = await channel.send({ content: 'nope', allowedMentions: { parse: [] } }).catch((e: unknown) => e);
    expect((forbidden as DiscordAPIError).code).toBe(50013);
    expect((forbidden as DiscordAPIError).status).toBe(403);
  });

  it('stores bulk-overwritten global and guild commands and uses their ids in dispatched commands', async () => {
    const ask = new SlashCommandBuilder()
      .setName('ask')
      .setDescription('Ask about China–ASEAN trade')
      .addStringOption((o) =>
        o.setName('question').setDescription('Your question').setRequired(true).setAutocomplete(true),
      );
    const registered = await client.application.commands.set([ask.toJSON()]);
    const askId = registered.first()?.id;
    expect(registered.first()?.name).toBe('ask');
    expect(local.commands().map((c) => c.name)).toEqual(['ask']);
    // Overwriting again keeps the id of a command with the same name, like Discord.
    const again = await client.application.commands.set([ask.toJSON()]);
    expect(again.first()?.id).toBe(askId);

    const guild = client.guilds.cache.get(DEFAULT_GUILD_ID);
    await guild?.commands.set([new SlashCommandBuilder().setName('facts').setDescription('Manage facts').toJSON()]);
    expect(local.commands(DEFAULT_GUILD_ID).map((c) => c.name)).toEqual(['facts']);

    const handle = local.sendCommand({ name: 'ask', options: [{ name: 'question', type: 3, value: 'x' }] });
    let commandId: string | undefined;
    await handleInteraction(client, handle.id, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      commandId = interaction.commandId;
      await interaction.reply({ content: 'ok', allowedMentions: { parse: [] } });
    });
    expect(commandId).toBe(askId);

    const bad = await client.rest
      .put(`/applications/${client.application.id}/commands`, { body: [{ name: 'Bad Name', description: 'x' }] })
      .catch((e: unknown) => e);
    expect((bad as DiscordAPIError).code).toBe(50035);
  });

  it('reconnects after the gateway drops (resume), and holds interactions sent meanwhile', async () => {
    const resumes = local.resumeCount;
    const identifies = local.identifyCount;
    local.dropGateway();
    // Dispatched while the client is away: held and delivered after RESUMED.
    const handle = local.sendCommand({ name: 'ping' });
    await handleInteraction(
      client,
      handle.id,
      async (interaction) => {
        if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
        await interaction.reply({ content: 'back', allowedMentions: { parse: [] } });
      },
      8000,
    );
    expect(local.resumeCount).toBe(resumes + 1);
    expect(local.identifyCount).toBe(identifies);
    expect(local.originalMessage(handle.id)?.content).toBe('back');
  });

  it('re-identifies when the session is invalidated, and a later interaction still arrives', async () => {
    const identifies = local.identifyCount;
    local.dropGateway({ mode: 'close', code: 4000, invalidateSession: true });
    await local.whenIdentified(identifies + 1, 8000);
    await local.whenClientConnected();
    const handle = local.sendCommand({ name: 'ping' });
    await handleInteraction(client, handle.id, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      await interaction.reply({ content: 'still here', allowedMentions: { parse: [] } });
    });
    expect(local.originalMessage(handle.id)?.content).toBe('still here');
    expect(client.guilds.cache.get(DEFAULT_GUILD_ID)?.available).toBe(true);
  });

  it('records unknown routes as unhandled 404s', async () => {
    const error = await client.rest.get('/guilds/100000000000000001/bans').catch((e: unknown) => e);
    expect((error as DiscordAPIError).status).toBe(404);
    expect(local.unhandled.some((r) => r.path === '/guilds/100000000000000001/bans')).toBe(true);
  });
});

describe('LocalDiscord lifecycle', () => {
  it('stop() leaves no open sockets, servers or timers behind', async () => {
    const interesting = (list: string[]) =>
      list.filter((r) => r === 'TCPServerWrap' || r === 'TCPSocketWrap' || r === 'Timeout');
    const count = (list: string[], kind: string) => list.filter((r) => r === kind).length;
    // Handles closed by the previous suite finish closing on a later tick of the event loop.
    const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
    await settle();
    const before = interesting(process.getActiveResourcesInfo());
    const local = await LocalDiscord.start();
    const client = await connectTestClient(local);
    const handle = local.sendCommand({ name: 'ping' });
    await handleInteraction(client, handle.id, async (interaction) => {
      if (interaction.isChatInputCommand())
        await interaction.reply({ content: 'pong', allowedMentions: { parse: [] } });
    });
    const during = interesting(process.getActiveResourcesInfo());
    expect(count(during, 'TCPServerWrap')).toBeGreaterThan(count(before, 'TCPServerWrap'));
    await client.destroy();
    await local.stop();
    await settle();
    const after = interesting(process.getActiveResourcesInfo());
    for (const kind of ['TCPServerWrap', 'TCPSocketWrap', 'Timeout']) {
      expect({ kind, count: count(after, kind) }).toEqual({ kind, count: count(before, kind) });
    }
    await expect(local.waitForResponse('1', 10)).rejects.toThrow(/stopped/);
  });

  it('acknowledges heartbeats, so the client keeps its connection', async () => {
    const local = await LocalDiscord.start({ heartbeatIntervalMs: 40 });
    const client = await connectTestClient(local);
    try {
      await expect.poll(() => local.gateway.heartbeatCount, { timeout: 2000 }).toBeGreaterThanOrEqual(4);
      expect(local.identifyCount).toBe(1);
      expect(local.resumeCount).toBe(0);
      expect(client.ws.ping).toBeGreaterThanOrEqual(0);
    } finally {
      await client.destroy();
      await local.stop();
    }
  });

  it('serves several guilds, custom bot users and DM interactions', async () => {
    const local = await LocalDiscord.start({
      guilds: [
        {
          id: '110000000000000001',
          name: 'One',
          channels: [{ id: '210000000000000001', name: 'lobby' }],
          roles: [{ id: '610000000000000001', name: 'Mods', permissions: MODERATOR_PERMISSIONS }],
        },
        { id: '110000000000000002', name: 'Two', channels: [{ id: '210000000000000002', name: 'chat' }] },
      ],
      botUser: { id: '310000000000000001', username: 'Other' },
    });
    const client = await connectTestClient(local);
    try {
      expect(client.guilds.cache.map((g) => g.name).sort()).toEqual(['One', 'Two']);
      expect(client.guilds.cache.get('110000000000000001')?.roles.cache.get('610000000000000001')?.name).toBe('Mods');
      expect(client.user.username).toBe('Other');
      const inTwo = local.sendCommand({ name: 'ping', guildId: '110000000000000002', memberRoles: [] });
      const dm = local.sendCommand({
        name: 'ping',
        guildId: null,
        user: { id: '410000000000000009', username: 'dm-user' },
      });
      const seen: Array<[string | null, string | null, string]> = [];
      await Promise.all(
        [inTwo, dm].map((h) =>
          handleInteraction(client, h.id, async (interaction) => {
            seen.push([interaction.guildId, interaction.channelId, interaction.user.username]);
            if (interaction.isChatInputCommand())
              await interaction.reply({ content: 'pong', allowedMentions: { parse: [] } });
          }),
        ),
      );
      expect(seen).toContainEqual(['110000000000000002', '210000000000000002', 'tester']);
      expect(seen.find((s) => s[2] === 'dm-user')?.[0]).toBeNull();
      expect(local.callbacks(dm.id)).toHaveLength(1);
    } finally {
      await client.destroy();
      await local.stop();
    }
  });

  it('answers 10062 when an interaction is acknowledged after the deadline', async () => {
    const local = await LocalDiscord.start({ ackDeadlineMs: 50 });
    const client = await connectTestClient(local);
    try {
      const handle = local.sendCommand({ name: 'slow' });
      let error: unknown;
      await handleInteraction(client, handle.id, async (interaction) => {
        await new Promise((resolve) => setTimeout(resolve, 120));
        if (interaction.isChatInputCommand())
          error = await interaction.reply({ content: 'late', allowedMentions: { parse: [] } }).catch((e: unknown) => e);
      });
      expect((error as DiscordAPIError).code).toBe(10062);
    } finally {
      await client.destroy();
      await local.stop();
    }
  });
});

describe('LocalDiscord: enforce_nonce and lost replies', () => {
  it('the same nonce from the same author within the window returns the first message and creates no second', async () => {
    const local = await LocalDiscord.start({ nonceWindowMs: 300 });
    const client = await connectTestClient(local);
    try {
      const channel = client.channels.cache.get(DEFAULT_CHANNEL_ID) as TextChannel;
      const send = (nonce: string, enforceNonce: boolean) =>
        channel.send({ content: `n ${nonce}`, nonce, enforceNonce, allowedMentions: { parse: [] } });
      const first = await send('nonce-a', true);
      const again = await send('nonce-a', true);
      expect(again.id).toBe(first.id);
      expect(again.content).toBe('n nonce-a');
      expect(local.messagesIn(DEFAULT_CHANNEL_ID)).toHaveLength(1);
      // A different nonce, or the same one without enforce_nonce, is a new message.
      expect((await send('nonce-b', true)).id).not.toBe(first.id);
      expect((await send('nonce-a', false)).id).not.toBe(first.id);
      expect(local.messagesIn(DEFAULT_CHANNEL_ID)).toHaveLength(3);
      // After the window, the nonce is forgotten.
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect((await send('nonce-a', true)).id).not.toBe(first.id);
      expect(local.messagesIn(DEFAULT_CHANNEL_ID)).toHaveLength(4);
      // Discord's nonce limit: 25 characters.
      const tooLong = await send('n'.repeat(26), true).catch((e: unknown) => e);
      expect((tooLong as DiscordAPIError).code).toBe(50035);
    } finally {
      await client.destroy();
      await local.stop();
    }
  });

  it('acceptThenDrop: the message is created but the client gets a socket error, not an answer', async () => {
    const local = await LocalDiscord.start();
    const client = await connectTestClient(local);
    try {
      const channel = client.channels.cache.get(DEFAULT_CHANNEL_ID) as TextChannel;
      local.acceptThenDrop({ method: 'POST', pathIncludes: '/messages' });
      const error = await channel
        .send({ content: 'lost reply', allowedMentions: { parse: [] } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(DiscordAPIError);
      expect(error).not.toBeInstanceOf(HTTPError);
      expect(local.messagesIn(DEFAULT_CHANNEL_ID).map((m) => m.content)).toEqual(['lost reply']);
      // Only once: the next send is answered normally.
      const next = await channel.send({ content: 'answered', allowedMentions: { parse: [] } });
      expect(local.message(next.id)?.content).toBe('answered');
    } finally {
      await client.destroy();
      await local.stop();
    }
  });
});
