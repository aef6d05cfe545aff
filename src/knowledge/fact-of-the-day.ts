import { createHash } from 'node:crypto';
import { isEvent } from './lists.js';
import type { Fact } from './schema.js';

/** A server never gets the same fact of the day twice within this many days. */
export const NO_REPEAT_DAYS = 30;

/** Facts worth a daily post: not opinion pieces or background marked as such. */
function eligible(fact: Fact): boolean {
  return fact.kind === 'figure' || fact.kind === 'topic'
    ? !fact.tags.some((t) => /^(opinion|commentary)$/i.test(t))
    : isEvent(fact);
}

/**
 * The fact of the day for one server and local date, leaving out the facts it had in the last NO_REPEAT_DAYS
 * days. The pick is a hash of (server, date): every process and every retry picks the same fact, and servers
 * get different ones. Undefined when every fact was used recently (a small base), so nothing repeats.
 */
export function pickFactOfTheDay(
  facts: readonly Fact[],
  guildId: string,
  localDate: string,
  recent: ReadonlySet<string>,
): Fact | undefined {
  const candidates = facts.filter((f) => eligible(f) && !recent.has(f.id)).sort((a, b) => a.id.localeCompare(b.id));
  if (!candidates.length) return undefined;
  const hash = createHash('sha256').update(`${guildId}|${localDate}`).digest();
  return candidates[hash.readUInt32BE(0) % candidates.length];
}

/** The earliest local date (YYYY-MM-DD) whose pick still blocks a repeat on `localDate`: a gap of NO_REPEAT_DAYS is allowed. */
export function noRepeatSince(localDate: string): string {
  const day = new Date(`${localDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - (NO_REPEAT_DAYS - 1));
  return day.toISOString().slice(0, 10);
}
