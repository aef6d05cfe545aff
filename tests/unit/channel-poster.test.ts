/**
 * The discord.js adapter's error classification, with a stand-in Client (the end-to-end tests drive the same adapter
 * against the local Discord). What matters: a failure while SENDING that is not a Discord answer has an unknown
 * outcome (the message may exist), while a failure before the send is transient.
 */
import { DiscordAPIError, HTTPError, type Client } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { channelPoster } from '../../src/bot/channel-poster.js';
import type { PostPayload } from '../../src/scheduler/message.js';
import { PostError } from '../../src/scheduler/poster.js';

const payload: PostPayload = {
  content: 'hello',
  embeds: [],
  allowed_mentions: { parse: [] },
  nonce: 'cr123',
  enforce_nonce: true,
};

function fakeClient(options: { fetch?: () => Promise<unknown>; send?: (body: unknown) => Promise<unknown> }): {
  client: Client;
  sent: unknown[];
} {
  const sent: unknown[] = [];
  const channel = {
    isSendable: () => true,
    send: async (body: unknown) => {
      sent.push(body);
      return options.send ? options.send(body) : { id: 'm1' };
    },
  };
  const client = { channels: { fetch: options.fetch ?? (async () => channel) } } as unknown as Client;
  return { client, sent };
}

const apiError = (status: number, code: number) =>
  new DiscordAPIError({ message: `code ${code}`, code }, code, status, 'POST', '/channels/1/messages', {});
const httpError = (status: number) => new HTTPError(status, 'Service Unavailable', 'POST', '/channels/1/messages', {});

async function failure(client: Client): Promise<PostError> {
  const error = await channelPoster(client)
    .post('1', payload)
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PostError);
  return error as PostError;
}

describe('channelPoster', () => {
  it('sends the payload with no pings, its nonce and enforce_nonce, and returns the message id', async () => {
    const { client, sent } = fakeClient({});
    await expect(channelPoster(client).post('1', payload)).resolves.toEqual({ messageId: 'm1' });
    expect(sent).toEqual([
      { content: 'hello', embeds: [], allowedMentions: { parse: [] }, nonce: 'cr123', enforceNonce: true },
    ]);
  });

  it('an empty content is left out rather than sent as ""', async () => {
    const { client, sent } = fakeClient({});
    await channelPoster(client).post('1', { ...payload, content: '' });
    expect((sent[0] as { content?: string }).content).toBeUndefined();
  });

  it.each([
    ['a socket reset', Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' })],
    ['a timeout', new DOMException('This operation was aborted', 'AbortError')],
    ['a non-Error value', 'boom'],
  ])('%s while sending is an unknown outcome, wrapped (never rethrown raw)', async (_what, thrown) => {
    const { client } = fakeClient({ send: () => Promise.reject(thrown) });
    const error = await failure(client);
    expect(error.kind).toBe('unknown');
    expect(error.cause).toBe(thrown);
    expect(error.message).toBe(thrown instanceof Error ? thrown.message : String(thrown));
  });

  it('an error without a message is described by its name', async () => {
    const { client } = fakeClient({ send: () => Promise.reject(new DOMException('', 'TimeoutError')) });
    expect((await failure(client)).message).toBe('TimeoutError');
  });

  it('a network failure while fetching the channel is transient: nothing was sent', async () => {
    const { client, sent } = fakeClient({ fetch: () => Promise.reject(new Error('connect ECONNREFUSED')) });
    const error = await failure(client);
    expect(error.kind).toBe('transient');
    expect(error.message).toBe('connect ECONNREFUSED');
    expect(sent).toEqual([]);
  });

  it('Discord answers are classified the same in both phases', async () => {
    expect((await failure(fakeClient({ fetch: () => Promise.reject(apiError(404, 10003)) }).client)).kind).toBe('gone');
    expect((await failure(fakeClient({ send: () => Promise.reject(apiError(403, 50013)) }).client)).kind).toBe(
      'forbidden',
    );
    expect((await failure(fakeClient({ send: () => Promise.reject(apiError(400, 50035)) }).client)).kind).toBe(
      'rejected',
    );
    const overloaded = await failure(fakeClient({ send: () => Promise.reject(httpError(503)) }).client);
    expect(overloaded).toMatchObject({ kind: 'transient', message: httpError(503).message });
    expect(overloaded.message).not.toBe('');
    expect((await failure(fakeClient({ fetch: () => Promise.reject(httpError(502)) }).client)).kind).toBe('transient');
  });

  it('a missing or non-text channel is gone', async () => {
    expect(await failure(fakeClient({ fetch: async () => null }).client)).toMatchObject({
      kind: 'gone',
      message: 'the channel is missing or is not a text channel',
    });
    const voice = { isSendable: () => false, send: async () => ({ id: 'never' }) };
    expect((await failure(fakeClient({ fetch: async () => voice }).client)).kind).toBe('gone');
  });
});
