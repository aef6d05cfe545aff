import type { UnansweredSource } from '../../knowledge/store/unanswered.js';
import type { BotContext } from '../types.js';

/**
 * Logs a question the bot could not answer (or answered wrongly) for /facts unanswered. Never who asked.
 * Best effort: a full disk must not cost the member their answer.
 */
export async function noteUnanswered(
  ctx: Pick<BotContext, 'store' | 'now' | 'log'>,
  guildId: string | null,
  question: string,
  source: UnansweredSource,
  nearest: readonly string[],
): Promise<void> {
  try {
    await ctx.store.unanswered.record({ question, guildId, source, nearest, at: ctx.now().toISOString() });
  } catch (error) {
    ctx.log.warn('could not log an unanswered question', error instanceof Error ? error.message : error);
  }
}
