import { noRepeatSince } from '../fact-of-the-day.js';
import { stmt, type Db } from './db.js';

/** Facts a server got as fact of the day in the NO_REPEAT_DAYS - 1 days before `localDate`. */
export function recentFactsOfTheDay(db: Db, guildId: string, localDate: string): Set<string> {
  const ids = stmt(db, 'SELECT fact_id FROM fact_of_the_day WHERE guild_id = ? AND local_date >= ? AND local_date < ?')
    .pluck()
    .all(guildId, noRepeatSince(localDate), localDate) as string[];
  return new Set(ids);
}

/**
 * Records the day's pick, in the same transaction as the post's ledger claim. A retry of a released post picks
 * the same fact again (the pick depends only on server, date and earlier days), so replacing is safe.
 */
export function recordFactOfTheDay(db: Db, guildId: string, localDate: string, factId: string): void {
  stmt(db, 'INSERT OR REPLACE INTO fact_of_the_day (guild_id, local_date, fact_id) VALUES (?, ?, ?)').run(
    guildId,
    localDate,
    factId,
  );
}
