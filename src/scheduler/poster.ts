/**
 * The one thing the scheduler needs from Discord: post a message in a channel. The Discord adapter implements
 * `Poster` (with discord.js) and turns discord.js errors into `PostError`s; nothing here imports discord.js.
 */
import type { PostPayload } from './message.js';

export type { PostPayload } from './message.js';

export interface Poster {
  /** Posts `payload` in `channelId`; resolves with the new message's id once Discord accepted it. */
  post(channelId: string, payload: PostPayload): Promise<{ messageId: string }>;
}

/**
 * - `gone`:      the channel (or server) no longer exists / the bot is not in it (Unknown Channel 10003, 404).
 * - `forbidden`: the bot cannot see or write in the channel (Missing Access 50001, Missing Permissions 50013, 403).
 * - `rejected`:  Discord refused this message itself (400, e.g. Invalid Form Body 50035) and would refuse it again.
 * - `transient`: Discord did not accept the message and a later attempt may succeed (429/5xx after discord.js's
 *                own retries, or a failure before the message was sent at all).
 * - `unknown`:   the message was sent but no answer came back (socket reset, timeout): Discord may well have
 *                created it, so it must never be repeated.
 */
export type PostErrorKind = 'gone' | 'forbidden' | 'rejected' | 'transient' | 'unknown';

export class PostError extends Error {
  override readonly name = 'PostError';
  constructor(
    readonly kind: PostErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isPostError(error: unknown): error is PostError {
  return error instanceof PostError;
}

/**
 * Classifies a Discord API failure (as exposed by discord.js's DiscordAPIError / HTTPError: `status` and, for API
 * errors, the JSON error `code`) into a PostError. Pure; the adapter calls it in its catch.
 */
export function postErrorFromDiscord(
  failure: { status?: number; code?: number | string; message?: string },
  cause?: unknown,
): PostError {
  const code = typeof failure.code === 'string' ? Number(failure.code) : failure.code;
  const text = failure.message ?? 'Discord refused the message';
  if (code === 10003 || code === 10004) return new PostError('gone', text, { cause });
  if (code === 50001 || code === 50013 || code === 50083) return new PostError('forbidden', text, { cause });
  if (failure.status === 404) return new PostError('gone', text, { cause });
  if (failure.status === 403) return new PostError('forbidden', text, { cause });
  if (failure.status === 400) return new PostError('rejected', text, { cause });
  return new PostError('transient', text, { cause });
}
