/**
 * The local Discord's answers, checked against Discord's own published OpenAPI description. The schemas come from
 * the npm package `discord-api-spec` (MIT): zod schemas generated from github.com/discord/discord-api-spec.
 * Every request body below is one the bot really sends, built by its own render functions.
 */
import {
  ApplicationCommandResponseSchema,
  GatewayBotResponseSchema,
  InteractionCallbackResponseSchema,
  InteractionResponseSchema,
  MessageComponentInteractionMetadataResponseSchema,
  MessageResponseSchema,
  ModalSubmitInteractionMetadataResponseSchema,
} from 'discord-api-spec/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ANSWER_IDS } from '../../src/components/answer-ids.js';
import { page as pageButton } from '../../src/components/page.js';
import { ALL_COMMANDS } from '../../src/commands/index.js';
import { DEFAULT_CHANNEL_ID, LocalDiscord } from '@corridor/local-discord';
import { anniversariesOn } from '../../src/knowledge/anniversaries.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { factMessage } from '../../src/render/fact-embed.js';
import { listPage } from '../../src/render/list-embed.js';
import { renderAnniversaryPost } from '../../src/scheduler/message.js';

let local: LocalDiscord;
const facts = loadSeedFacts();
const rail = facts.find((f) => f.id === 'china-laos-railway-opens')!;
const answer = {
  ...factMessage(
    ANSWER_IDS,
    rail,
    facts.filter((f) => rail.related.includes(f.id)),
  ),
  allowed_mentions: { parse: [] },
};

beforeAll(async () => {
  local = await LocalDiscord.start({ ackDeadlineMs: null });
});
afterAll(async () => {
  await local?.stop();
});

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${local.restBase}/v10${path}`, {
    method,
    headers: {
      authorization: `Bot ${local.token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

/** Parses with the published schema; on failure the issues name the path that differs from Discord. */
function expectShape(schema: z.ZodMiniType, value: unknown): void {
  const result = z.safeParse(schema, value);
  expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
}

describe('the local Discord answers in the shapes Discord publishes', () => {
  it('GET /gateway/bot', async () => {
    const { status, json } = await api('GET', '/gateway/bot');
    expect(status).toBe(200);
    expectShape(GatewayBotResponseSchema, json);
  });

  it('PUT application commands returns every command in Discord’s shape', async () => {
    const { status, json } = await api(
      'PUT',
      `/applications/${local.applicationId}/commands`,
      ALL_COMMANDS.map((c) => c.data.toJSON()),
    );
    expect(status).toBe(200);
    expect(json).toHaveLength(ALL_COMMANDS.length);
    for (const command of json) expectShape(ApplicationCommandResponseSchema, command);
  });

  it('a reply (type 4) with_response: the created message, with inline on every field and an id on every component', async () => {
    const { id, token } = local.sendCommand({ name: 'ask', options: [] });
    const { status, json } = await api('POST', `/interactions/${id}/${token}/callback?with_response=true`, {
      type: 4,
      data: answer,
    });
    expect(status).toBe(200);
    expectShape(InteractionCallbackResponseSchema, json);
    expect(json.resource.type).toBe(4);
    expectShape(MessageResponseSchema, json.resource.message);
    expect(
      json.resource.message.embeds[0].fields.every((f: { inline: unknown }) => typeof f.inline === 'boolean'),
    ).toBe(true);
    const ids = json.resource.message.components.flatMap((row: any) => [
      row.id,
      ...row.components.map((c: any) => c.id),
    ]);
    expect(ids).toEqual(ids.map((_: unknown, i: number) => i + 1));
  });

  it('deferring (type 5) and acknowledging a component (type 6) return no message; editing @original does', async () => {
    const deferred = local.sendCommand({ name: 'ask', options: [] });
    const ack = await api('POST', `/interactions/${deferred.id}/${deferred.token}/callback?with_response=true`, {
      type: 5,
    });
    // The published union models only the resources that carry something (types 4, 7, 12); Discord's docs give a
    // deferred response's resource as its type alone, with no message. So: the interaction part against the schema,
    // and the resource against the docs.
    expectShape(InteractionResponseSchema, ack.json.interaction);
    expect(ack.json.interaction.response_message_loading).toBe(true);
    expect(ack.json.resource).toEqual({ type: 5 });
    const edited = await api('PATCH', `/webhooks/${local.applicationId}/${deferred.token}/messages/@original`, answer);
    expect(edited.status).toBe(200);
    expectShape(MessageResponseSchema, edited.json);

    const source = local.originalMessage(deferred.id)!;
    const press = local.sendButton({ customId: 'fact:rcep-in-force', messageId: source.id });
    const quiet = await api('POST', `/interactions/${press.id}/${press.token}/callback?with_response=true`, {
      type: 6,
    });
    expectShape(InteractionResponseSchema, quiet.json.interaction);
    expect(quiet.json.resource).toEqual({ type: 6 });
  });

  it('a page turn (type 7) returns the updated message; a follow-up of a button names the message it was pressed on', async () => {
    const first = local.sendCommand({ name: 'timeline', options: [] });
    const lines = Array.from({ length: 15 }, (_, i) => `line ${i}`);
    await api('POST', `/interactions/${first.id}/${first.token}/callback`, {
      type: 4,
      data: { ...listPage('T', lines, 'F', 0, (n) => pageButton.id('abc', n)), allowed_mentions: { parse: [] } },
    });
    const listMessage = local.originalMessage(first.id)!;
    const press = local.sendButton({ customId: 'page:abc:1', messageId: listMessage.id });
    const { json } = await api('POST', `/interactions/${press.id}/${press.token}/callback?with_response=true`, {
      type: 7,
      data: { ...listPage('T', lines, 'F', 1, (n) => pageButton.id('abc', n)), allowed_mentions: { parse: [] } },
    });
    expectShape(InteractionCallbackResponseSchema, json);
    expect(json.resource.type).toBe(7);
    expectShape(MessageResponseSchema, json.resource.message);

    // discord.js sends follow-ups with wait=true, so Discord answers with the message.
    const follow = await api('POST', `/webhooks/${local.applicationId}/${press.token}?wait=true`, {
      content: 'Only the person who ran this command can turn its pages.',
      flags: 64,
      allowed_mentions: { parse: [] },
    });
    expect(follow.status).toBe(200);
    expectShape(MessageResponseSchema, follow.json);
    expectShape(MessageComponentInteractionMetadataResponseSchema, follow.json.interaction_metadata);
    expect(follow.json.interaction_metadata.interacted_message_id).toBe(listMessage.id);
  });

  it('a reply to a modal submit carries the modal’s interaction metadata', async () => {
    const submit = local.sendModalSubmit({ customId: 'facts-form:x', fields: { title: 'T' }, shape: 'labels' });
    const { json } = await api('POST', `/interactions/${submit.id}/${submit.token}/callback?with_response=true`, {
      type: 4,
      data: { content: 'Saved.', flags: 64, allowed_mentions: { parse: [] } },
    });
    expectShape(MessageResponseSchema, json.resource.message);
    expectShape(ModalSubmitInteractionMetadataResponseSchema, json.resource.message.interaction_metadata);
  });

  it('a channel post (an anniversary reminder with every source) returns a message', async () => {
    const day = { year: 2026, month: 12, day: 3 };
    const post = renderAnniversaryPost({ localDate: day, anniversaries: anniversariesOn(facts, day) });
    const { status, json } = await api('POST', `/channels/${DEFAULT_CHANNEL_ID}/messages`, post);
    expect(status).toBe(200);
    expectShape(MessageResponseSchema, json);
  });
});

describe('the local Discord enforces the limits Discord documents', () => {
  const command = (descriptionLength: number) => ({
    name: 'long',
    description: 'x',
    options: Array.from({ length: 25 }, (_, i) => ({
      type: 3,
      name: `o${i}`,
      description: 'd'.repeat(100),
      choices: Array.from({ length: 3 }, (_, j) => ({
        name: `c${j}`.padEnd(Math.ceil(descriptionLength / 75), 'n'),
        value: `v${i}${j}`,
      })),
    })),
  });
  const characters = (c: ReturnType<typeof command>) =>
    c.name.length +
    c.description.length +
    c.options.reduce(
      (n, o) =>
        n + o.name.length + o.description.length + o.choices.reduce((m, ch) => m + ch.name.length + ch.value.length, 0),
      0,
    );

  it('accepts a command of more than 4,000 characters and refuses one of more than 8,000', async () => {
    const valid = command(2000);
    expect(characters(valid)).toBeGreaterThan(4000);
    expect(characters(valid)).toBeLessThanOrEqual(8000);
    expect((await api('POST', `/applications/${local.applicationId}/commands`, valid)).status).toBe(201);
    const tooLong = command(6000);
    expect(characters(tooLong)).toBeGreaterThan(8000);
    expect((await api('POST', `/applications/${local.applicationId}/commands`, tooLong)).status).toBe(400);
  });

  it('refuses an embed, footer or author url over 2,048 characters and a button url over 512', async () => {
    const long = (n: number) => `https://example.org/${'a'.repeat(n - 20)}`;
    const post = (body: unknown) => api('POST', `/channels/${DEFAULT_CHANNEL_ID}/messages`, body);
    expect((await post({ embeds: [{ title: 't', url: long(2048) }] })).status).toBe(200);
    for (const embed of [
      { title: 't', url: long(2049) },
      { title: 't', footer: { text: 'f', icon_url: long(2049) } },
      { title: 't', author: { name: 'a', url: long(2049) } },
    ]) {
      const { status, json } = await post({ embeds: [embed] });
      expect(status).toBe(400);
      expect(json.code).toBe(50035);
    }
    const button = (url: string) => ({
      components: [{ type: 1, components: [{ type: 2, style: 5, label: 'Open', url }] }],
    });
    expect((await post(button(long(512)))).status).toBe(200);
    expect((await post(button(long(513)))).status).toBe(400);
  });
});
