import { tokenizeQuery } from '../search/normalize.js';
import { stmt, type Db } from './db.js';

/**
 * The unanswered-question log: what members asked that got "I don't know" or a reported wrong answer.
 * It holds the question, the server, the time and the nearest facts, and never who asked.
 */

/** The log keeps at most this many rows; the oldest go first. */
export const MAX_UNANSWERED = 10_000;
/** Longest question kept (the /ask option's own limit). */
export const MAX_UNANSWERED_TEXT = 300;

export type UnansweredSource = 'none' | 'report';

export interface UnansweredEntry {
  question: string;
  guildId: string | null;
  source: UnansweredSource;
  /** Nearest fact ids, best first. */
  nearest: readonly string[];
  at: string;
}

export interface UnansweredGroup {
  /** Stable reference: the oldest row id in the group, so a number stays valid while new questions arrive. */
  ref: number;
  /** The wording asked most often (the newest on a tie). */
  text: string;
  /** Every distinct wording in the group. */
  variants: string[];
  count: number;
  /** How many of them came from "Report a problem". */
  reports: number;
  /** Nearest fact ids across the group, most often nearest first. */
  nearest: string[];
  lastAt: string;
}

interface Row {
  id: number;
  question: string;
  source: UnansweredSource;
  nearest: string;
  at: string;
}

// Articles, auxiliaries, prepositions and politeness say nothing about what was asked; question words ("when", "where") do.
const GLUE = new Set(
  'a an the is are was were be been do does did of on in at to for by with from into about it please pls plz'.split(' '),
);

/** Near-identical questions share a key: case, punctuation, spacing, word forms and word order folded. */
export function groupKey(question: string): string {
  const words = tokenizeQuery(question, { keepStopwords: true })
    .filter((t) => !GLUE.has(t.raw))
    .map((t) => t.token);
  const key = [...new Set(words)].sort().join(' ');
  return key || question.trim().toLowerCase();
}

/** Appends one entry and drops the oldest beyond `cap`, in one transaction. */
export function recordUnanswered(db: Db, entry: UnansweredEntry, cap = MAX_UNANSWERED): void {
  const question = entry.question.replace(/\s+/g, ' ').trim().slice(0, MAX_UNANSWERED_TEXT);
  if (!question) return;
  db.transaction(() => {
    stmt(db, 'INSERT INTO unanswered (question, guild_id, source, nearest, at) VALUES (?, ?, ?, ?, ?)').run(
      question,
      entry.guildId,
      entry.source,
      JSON.stringify(entry.nearest.slice(0, 3)),
      entry.at,
    );
    // The cap-th newest row is the oldest one kept; NULL (fewer rows) deletes nothing.
    stmt(db, 'DELETE FROM unanswered WHERE id < (SELECT id FROM unanswered ORDER BY id DESC LIMIT 1 OFFSET ?)').run(cap - 1);
  })();
}

export function countUnanswered(db: Db): number {
  return stmt(db, 'SELECT count(*) FROM unanswered').pluck().get() as number;
}

/** Every group, most asked first (then most recently asked). */
export function unansweredGroups(db: Db): UnansweredGroup[] {
  const rows = stmt(db, 'SELECT id, question, source, nearest, at FROM unanswered ORDER BY id').all() as Row[];
  const keyOf = new Map<string, string>();
  const groups = new Map<string, { ref: number; count: number; reports: number; lastAt: string; lastId: number; texts: Map<string, { n: number; lastId: number }>; nearest: Map<string, number> }>();
  for (const row of rows) {
    let key = keyOf.get(row.question);
    if (key === undefined) keyOf.set(row.question, (key = groupKey(row.question)));
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ref: row.id, count: 0, reports: 0, lastAt: row.at, lastId: row.id, texts: new Map(), nearest: new Map() }));
    g.count++;
    if (row.source === 'report') g.reports++;
    g.lastId = row.id;
    if (row.at > g.lastAt) g.lastAt = row.at;
    const t = g.texts.get(row.question) ?? { n: 0, lastId: 0 };
    g.texts.set(row.question, { n: t.n + 1, lastId: row.id });
    const first = parseIds(row.nearest)[0];
    if (first) g.nearest.set(first, (g.nearest.get(first) ?? 0) + 1);
  }
  return [...groups.values()]
    .map((g) => {
      const texts = [...g.texts.entries()].sort((a, b) => b[1].n - a[1].n || b[1].lastId - a[1].lastId);
      return {
        ref: g.ref,
        text: texts[0]![0],
        variants: texts.map(([t]) => t),
        count: g.count,
        reports: g.reports,
        nearest: [...g.nearest.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id),
        lastAt: g.lastAt,
        lastId: g.lastId,
      };
    })
    .sort((a, b) => b.count - a.count || b.lastId - a.lastId)
    .map(({ lastId: _, ...g }) => g);
}

/** A group by its number ("12" or "#12") or by text near-identical to one of its questions. */
export function findUnansweredGroup(db: Db, refOrText: string): UnansweredGroup | undefined {
  const groups = unansweredGroups(db);
  const ref = /^#?(\d+)$/.exec(refOrText.trim());
  if (ref) {
    const byRef = groups.find((g) => g.ref === Number(ref[1]));
    if (byRef) return byRef;
  }
  const key = groupKey(refOrText);
  return groups.find((g) => g.variants.some((v) => groupKey(v) === key));
}

/** Deletes every row of a group (all its wordings); returns how many went. */
export function removeUnansweredGroup(db: Db, group: Pick<UnansweredGroup, 'variants'>): number {
  const del = stmt(db, 'DELETE FROM unanswered WHERE question = ?');
  return db.transaction(() => group.variants.reduce((n, v) => n + del.run(v).changes, 0))();
}

/** Empties the log; returns how many rows went. */
export function clearUnanswered(db: Db): number {
  return stmt(db, 'DELETE FROM unanswered').run().changes;
}

function parseIds(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
