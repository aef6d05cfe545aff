import type { Db } from './db.js';

export interface Report {
  id: number;
  factId: string;
  guildId: string | null;
  userId: string;
  userName: string;
  note: string;
  at: string;
  status: 'open' | 'resolved';
}

export const MAX_REPORT_NOTE = 1000;
/** Shorter than this after trimming says nothing a moderator can act on. */
export const MIN_REPORT_NOTE = 5;
/** Per member, so one person cannot flood the moderators' queue. */
export const REPORT_LIMIT = { max: 5, windowMs: 60 * 60_000 } as const;

interface ReportRow {
  id: number;
  fact_id: string;
  guild_id: string | null;
  user_id: string;
  user_name: string;
  note: string;
  at: string;
  status: 'open' | 'resolved';
}

const toReport = (r: ReportRow): Report => ({
  id: r.id,
  factId: r.fact_id,
  guildId: r.guild_id,
  userId: r.user_id,
  userName: r.user_name,
  note: r.note,
  at: r.at,
  status: r.status,
});

export function addReport(db: Db, r: Omit<Report, 'id' | 'status'>): Report {
  const note = r.note.trim().slice(0, MAX_REPORT_NOTE);
  const info = db
    .prepare('INSERT INTO reports (fact_id, guild_id, user_id, user_name, note, at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(r.factId, r.guildId, r.userId, r.userName, note, r.at);
  return { ...r, note, id: Number(info.lastInsertRowid), status: 'open' };
}

export type ReportOutcome = { ok: true; report: Report } | { ok: false; reason: 'too-short' | 'rate-limited' };

/**
 * Stores a member's report unless the note is too short or they already sent REPORT_LIMIT.max within the window.
 * Counting and inserting share one IMMEDIATE transaction, so two quick submits cannot both slip under the limit.
 */
export function submitReport(
  db: Db,
  r: Omit<Report, 'id' | 'status'>,
  limit: { max: number; windowMs: number } = REPORT_LIMIT,
): ReportOutcome {
  if (r.note.trim().length < MIN_REPORT_NOTE) return { ok: false, reason: 'too-short' };
  const since = new Date(Date.parse(r.at) - limit.windowMs).toISOString();
  return db
    .transaction((): ReportOutcome => {
      const recent = db
        .prepare('SELECT count(*) FROM reports WHERE user_id = ? AND at > ?')
        .pluck()
        .get(r.userId, since) as number;
      if (recent >= limit.max) return { ok: false, reason: 'rate-limited' };
      return { ok: true, report: addReport(db, r) };
    })
    .immediate();
}

export function openReports(db: Db, limit = 25): Report[] {
  return (db.prepare("SELECT * FROM reports WHERE status = 'open' ORDER BY id LIMIT ?").all(limit) as ReportRow[]).map(
    toReport,
  );
}

export function countOpenReports(db: Db): number {
  return db.prepare("SELECT count(*) FROM reports WHERE status = 'open'").pluck().get() as number;
}

/** Returns false when there was no such open report. */
export function resolveReport(db: Db, id: number): boolean {
  return db.prepare("UPDATE reports SET status = 'resolved' WHERE id = ? AND status = 'open'").run(id).changes === 1;
}
