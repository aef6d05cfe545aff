import { escapeMarkdown } from 'discord.js';
import type { HealthFacts } from '../../ops/health.js';
import { clip } from '../../render/limits.js';
import { formatWall } from './server-time.js';

/** The operator's health facts as embed text: the same three facts /healthz's neighbours (metrics, logs) show. */
export function healthText(facts: HealthFacts, timezone: string): string {
  const tick = facts.lastTickAt ? formatWall(facts.lastTickAt, timezone) : 'none since the bot started';
  const posts = facts.postsToday === null ? 'unknown (the database did not answer)' : String(facts.postsToday);
  const error = facts.lastError
    ? `${escapeMarkdown(clip(facts.lastError.message, 300))} (${formatWall(facts.lastError.at, timezone)})`
    : 'none since the bot started';
  return [`Last scheduler check: ${tick}`, `Posts today (UTC day): ${posts}`, `Last error: ${error}`].join('\n');
}
