import { DiscordAPIError, HTTPError, type Client } from 'discord.js';
import { postErrorFromDiscord, PostError, type Poster, type PostPayload } from '../scheduler/poster.js';

/** A Discord refusal (status/code) becomes gone/forbidden/rejected/transient; anything else gets `otherwise`. */
function classify(error: unknown, otherwise: 'transient' | 'unknown'): PostError {
  if (error instanceof DiscordAPIError)
    return postErrorFromDiscord({ status: error.status, code: error.code, message: error.message }, error);
  if (error instanceof HTTPError) return postErrorFromDiscord({ status: error.status, message: error.message }, error);
  return new PostError(otherwise, error instanceof Error ? error.message || error.name : String(error), {
    cause: error,
  });
}

/**
 * The scheduler's Poster over discord.js: fetch the channel, send, and translate failures into PostErrors.
 * A network error or timeout while SENDING is `unknown`: the reply may have been lost after Discord created the
 * message, so releasing the claim would post it twice. Before the send, nothing can have been posted: `transient`.
 */
export function channelPoster(client: Client): Poster {
  return {
    async post(channelId: string, payload: PostPayload) {
      let channel;
      try {
        // allowUnknownGuild: the leader posts for every server, including those another shard or process serves,
        // whose guild this client never cached (without it discord.js answers null for them).
        channel = await client.channels.fetch(channelId, { allowUnknownGuild: true });
      } catch (error) {
        throw classify(error, 'transient');
      }
      if (!channel || !channel.isSendable())
        throw new PostError('gone', 'the channel is missing or is not a text channel');
      try {
        const message = await channel.send({
          content: payload.content || undefined,
          embeds: payload.embeds,
          allowedMentions: { parse: [] },
          nonce: payload.nonce,
          enforceNonce: payload.enforce_nonce,
        });
        return { messageId: message.id };
      } catch (error) {
        throw classify(error, 'unknown');
      }
    },
  };
}
