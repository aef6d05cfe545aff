/** The unanswered-question log in PostgreSQL; grouping and wording rules are unanswered.ts's own functions. */
import type { Pool } from 'pg';
import {
  groupKey,
  MAX_UNANSWERED,
  unansweredGroupOf,
  unansweredText,
  type UnansweredGroup,
  type UnansweredSummary,
} from '../unanswered.js';
import type { UnansweredStore } from '../store.js';
import { inTransaction, num } from './tx.js';

interface SummaryRow {
  key: string;
  ref: string;
  count: string;
  reports: string;
  lastAt: string;
}

const SUMMARY = `SELECT group_key AS key, min(id) AS ref, count(*) AS count, count(*) FILTER (WHERE source = 'report') AS reports,
  max(at) AS "lastAt" FROM unanswered`;

const toSummary = (r: SummaryRow): UnansweredSummary => ({
  key: r.key,
  ref: num(r.ref),
  count: num(r.count),
  reports: num(r.reports),
  lastAt: r.lastAt,
});

export function pgUnansweredStore(pool: Pool): UnansweredStore {
  const withDetails = async (s: UnansweredSummary): Promise<UnansweredGroup> => {
    const texts = await pool.query<{ question: string }>(
      'SELECT question FROM unanswered WHERE group_key = $1 GROUP BY question ORDER BY count(*) DESC, max(id) DESC',
      [s.key],
    );
    const nearest = await pool.query<{ nearest: string }>(
      'SELECT nearest FROM unanswered WHERE group_key = $1 ORDER BY id',
      [s.key],
    );
    return unansweredGroupOf(
      s,
      texts.rows.map((r) => r.question),
      nearest.rows.map((r) => r.nearest),
    );
  };

  return {
    async record(entry, cap = MAX_UNANSWERED) {
      const question = unansweredText(entry.question);
      if (!question) return;
      await inTransaction(pool, async (client) => {
        await client.query(
          'INSERT INTO unanswered (question, group_key, guild_id, source, nearest, at) VALUES ($1, $2, $3, $4, $5, $6)',
          [
            question,
            groupKey(question),
            entry.guildId,
            entry.source,
            JSON.stringify(entry.nearest.slice(0, 3)),
            entry.at,
          ],
        );
        // The cap-th newest row is the oldest one kept; NULL (fewer rows) deletes nothing.
        await client.query(
          'DELETE FROM unanswered WHERE id < (SELECT id FROM unanswered ORDER BY id DESC LIMIT 1 OFFSET $1)',
          [cap - 1],
        );
      });
    },
    async count() {
      return num((await pool.query<{ n: string }>('SELECT count(*) AS n FROM unanswered')).rows[0]!.n);
    },
    async countGroups() {
      return num((await pool.query<{ n: string }>('SELECT count(DISTINCT group_key) AS n FROM unanswered')).rows[0]!.n);
    },
    async groups(limit = 100) {
      const { rows } = await pool.query<SummaryRow>(
        `${SUMMARY} GROUP BY group_key ORDER BY count(*) DESC, max(id) DESC LIMIT $1`,
        [limit],
      );
      const groups: UnansweredGroup[] = [];
      for (const row of rows) groups.push(await withDetails(toSummary(row)));
      return groups;
    },
    async find(refOrText) {
      const ref = /^#?(\d+)$/.exec(refOrText.trim());
      let key = groupKey(refOrText);
      if (ref) {
        const { rows } = await pool.query<{ group_key: string }>('SELECT group_key FROM unanswered WHERE id = $1', [
          Number(ref[1]),
        ]);
        if (rows[0]) key = rows[0].group_key;
      }
      const { rows } = await pool.query<SummaryRow>(`${SUMMARY} WHERE group_key = $1 GROUP BY group_key`, [key]);
      return rows[0] ? withDetails(toSummary(rows[0])) : undefined;
    },
    async removeGroup(group) {
      return (await pool.query('DELETE FROM unanswered WHERE group_key = $1', [group.key])).rowCount ?? 0;
    },
    async lastId() {
      return num((await pool.query<{ id: string }>('SELECT coalesce(max(id), 0) AS id FROM unanswered')).rows[0]!.id);
    },
    async clear(upToId = Number.MAX_SAFE_INTEGER) {
      return (await pool.query('DELETE FROM unanswered WHERE id <= $1', [upToId])).rowCount ?? 0;
    },
  };
}
