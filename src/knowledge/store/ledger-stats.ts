import { stmt, type Db } from './db.js';

/** Distinct messages posted since `since` (one post may cover several anniversaries, one ledger row each). */
export function postsSentSince(db: Db, since: Date): number {
  const row = stmt(
    db,
    `SELECT COUNT(DISTINCT message_id) AS n FROM post_ledger WHERE status = 'sent' AND sent_at >= ?`,
  ).get(since.toISOString()) as { n: number };
  return row.n;
}
