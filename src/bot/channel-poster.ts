import { DiscordAPIError, HTTPError, type Client } from 'discord.js';
import { postErrorFromDiscord, PostError, type Poster, type PostPayload } from '../scheduler/poster.js';

/** The scheduler's Poster over discord.js: fetch the channel, send, and translate failures into PostErrors. */
export function channelPoster(client: Client): Poster {
  return {
    async post(channelId: string, payload: PostPayload) {
      try {
        const channel = await client.channels.fetch(channelId);
        if (!channel || !channel.isSendable()) throw new PostError('gone', 'the channel is missing or is not a text channel');
        const message = await channel.send({
          content: payload.content || undefined,
          embeds: payload.embeds,
          allowedMentions: { parse: [] },
          nonce: payload.nonce,
          enforceNonce: payload.enforce_nonce,
        });
        return { messageId: message.id };
      } catch (error) {
        if (error instanceof PostError) throw error;
        if (error instanceof DiscordAPIError) throw postErrorFromDiscord({ status: error.status, code: error.code, message: error.message }, error);
        if (error instanceof HTTPError) throw postErrorFromDiscord({ status: error.status, message: error.message }, error);
        throw new PostError('transient', error instanceof Error ? error.message : String(error), { cause: error });
      }
    },
  };
}
