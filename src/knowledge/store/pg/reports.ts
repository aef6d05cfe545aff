/** Reports in PostgreSQL, with reports.ts's note rules and per-member limit. */
import type { Pool } from 'pg';
import { MAX_REPORT_NOTE, MIN_REPORT_NOTE, REPORT_LIMIT, type Report, type ReportOutcome } from '../reports.js';
import type { ReportInput, ReportStore } from '../store.js';
import { inTransaction, lockKey, LOCK, num, type Queryable } from './tx.js';

interface ReportRow {
  id: string;
  fact_id: string;
  guild_id: string | null;
  user_id: string;
  user_name: string;
  note: string;
  at: string;
  status: 'open' | 'resolved';
}

const toReport = (r: ReportRow): Report => ({
  id: num(r.id),
  factId: r.fact_id,
  guildId: r.guild_id,
  userId: r.user_id,
  userName: r.user_name,
  note: r.note,
  at: r.at,
  status: r.status,
});

async function add(q: Queryable, r: ReportInput): Promise<Report> {
  const note = r.note.trim().slice(0, MAX_REPORT_NOTE);
  const { rows } = await q.query<{ id: string }>(
    'INSERT INTO reports (fact_id, guild_id, user_id, user_name, note, at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [r.factId, r.guildId, r.userId, r.userName, note, r.at],
  );
  return { ...r, note, id: num(rows[0]!.id), status: 'open' };
}

export function pgReportStore(pool: Pool): ReportStore {
  return {
    add: (r) => add(pool, r),
    async submit(r, limit = REPORT_LIMIT) {
      if (r.note.trim().length < MIN_REPORT_NOTE) return { ok: false, reason: 'too-short' };
      const since = new Date(Date.parse(r.at) - limit.windowMs).toISOString();
      return inTransaction(pool, async (client): Promise<ReportOutcome> => {
        // Per member: two quick submits from one member count and insert one after the other.
        await lockKey(client, LOCK.reports, r.userId);
        const { rows } = await client.query<{ n: string }>(
          'SELECT count(*) AS n FROM reports WHERE user_id = $1 AND at > $2',
          [r.userId, since],
        );
        if (num(rows[0]!.n) >= limit.max) return { ok: false, reason: 'rate-limited' };
        return { ok: true, report: await add(client, r) };
      });
    },
    async open(limit = 25) {
      const { rows } = await pool.query<ReportRow>("SELECT * FROM reports WHERE status = 'open' ORDER BY id LIMIT $1", [
        limit,
      ]);
      return rows.map(toReport);
    },
    async countOpen() {
      const { rows } = await pool.query<{ n: string }>("SELECT count(*) AS n FROM reports WHERE status = 'open'");
      return num(rows[0]!.n);
    },
    async resolve(id) {
      return (
        (await pool.query("UPDATE reports SET status = 'resolved' WHERE id = $1 AND status = 'open'", [id]))
          .rowCount === 1
      );
    },
  };
}
