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
  key: string;
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

// Articles, auxiliaries, prepositions and politeness say nothing about what was asked; question words ("when", "where") do.
const GLUE = new Set(
  'a an the is are was were be been do does did of on in at to for by with from into about it please pls plz'.split(
    ' ',
  ),
);

/** Near-identical questions share a key: case, punctuation, spacing, word forms and word order folded. */
export function groupKey(question: string): string {
  const words = tokenizeQuery(question, { keepStopwords: true })
    .filter((t) => !GLUE.has(t.raw))
    .map((t) => t.token);
  const key = [...new Set(words)].sort().join(' ');
  return wellFormed(key || question.trim().toLowerCase());
}

// The tokenizer's CJK bigrams can split a surrogate pair; SQLite would store the half as bytes that never compare equal.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/** Appends one entry and drops the oldest beyond `cap`, in one transaction. */
export function recordUnanswered(db: Db, entry: UnansweredEntry, cap = MAX_UNANSWERED): void {
  const question = unansweredText(entry.question);
  if (!question) return;
  db.transaction(() => {
    stmt(
      db,
      'INSERT INTO unanswered (question, group_key, guild_id, source, nearest, at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      question,
      groupKey(question),
      entry.guildId,
      entry.source,
      JSON.stringify(entry.nearest.slice(0, 3)),
      entry.at,
    );
    // The cap-th newest row is the oldest one kept; NULL (fewer rows) deletes nothing.
    stmt(db, 'DELETE FROM unanswered WHERE id < (SELECT id FROM unanswered ORDER BY id DESC LIMIT 1 OFFSET ?)').run(
      cap - 1,
    );
  })();
}

export function countUnanswered(db: Db): number {
  return stmt(db, 'SELECT count(*) FROM unanswered').pluck().get() as number;
}

export interface UnansweredSummary {
  key: string;
  ref: number;
  count: number;
  reports: number;
  lastAt: string;
}

/** How many distinct groups the log holds. */
export function countUnansweredGroups(db: Db): number {
  return stmt(db, 'SELECT count(DISTINCT group_key) FROM unanswered').pluck().get() as number;
}

/** The `limit` most asked groups (then the most recently asked). Grouped in SQL: the log may hold 10,000 rows. */
export function unansweredGroups(db: Db, limit = 100): UnansweredGroup[] {
  const summaries = stmt(
    db,
    `SELECT group_key AS key, min(id) AS ref, count(*) AS count, sum(source = 'report') AS reports, max(at) AS lastAt
     FROM unanswered GROUP BY group_key ORDER BY count DESC, max(id) DESC LIMIT ?`,
  ).all(limit) as UnansweredSummary[];
  return summaries.map((s) => withDetails(db, s));
}

function withDetails(db: Db, s: UnansweredSummary): UnansweredGroup {
  const texts = stmt(
    db,
    'SELECT question FROM unanswered WHERE group_key = ? GROUP BY question ORDER BY count(*) DESC, max(id) DESC',
  )
    .pluck()
    .all(s.key) as string[];
  return unansweredGroupOf(
    s,
    texts,
    stmt(db, 'SELECT nearest FROM unanswered WHERE group_key = ?').pluck().all(s.key) as string[],
  );
}

/** A group from its summary, its wordings (most asked first) and its rows' nearest-id JSON; shared by every backend. */
export function unansweredGroupOf(
  s: UnansweredSummary,
  texts: string[],
  nearestJson: readonly string[],
): UnansweredGroup {
  const nearest = new Map<string, number>();
  for (const json of nearestJson) {
    const first = parseIds(json)[0];
    if (first) nearest.set(first, (nearest.get(first) ?? 0) + 1);
  }
  return {
    ...s,
    text: texts[0] ?? s.key,
    variants: texts,
    nearest: [...nearest.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id),
  };
}

/** The question as the log stores it (spaces folded, cut, well-formed); empty: nothing to record. */
export function unansweredText(question: string): string {
  return wellFormed(question.replace(/\s+/g, ' ').trim().slice(0, MAX_UNANSWERED_TEXT));
}

function summaryOf(db: Db, key: string): UnansweredSummary | undefined {
  return stmt(
    db,
    `SELECT group_key AS key, min(id) AS ref, count(*) AS count, sum(source = 'report') AS reports, max(at) AS lastAt
     FROM unanswered WHERE group_key = ? GROUP BY group_key`,
  ).get(key) as UnansweredSummary | undefined;
}

/** A group by its number ("12" or "#12") or by text near-identical to one of its questions. */
export function findUnansweredGroup(db: Db, refOrText: string): UnansweredGroup | undefined {
  const ref = /^#?(\d+)$/.exec(refOrText.trim());
  const keyByRef = ref
    ? (stmt(db, 'SELECT group_key FROM unanswered WHERE id = ?').pluck().get(Number(ref[1])) as string | undefined)
    : undefined;
  const summary = summaryOf(db, keyByRef ?? groupKey(refOrText));
  return summary ? withDetails(db, summary) : undefined;
}

/** Deletes every row of a group (all its wordings); returns how many went. */
export function removeUnansweredGroup(db: Db, group: Pick<UnansweredGroup, 'key'>): number {
  return stmt(db, 'DELETE FROM unanswered WHERE group_key = ?').run(group.key).changes;
}

/** The newest row id (0 when empty): a clear confirmed later removes only what the moderator was shown. */
export function lastUnansweredId(db: Db): number {
  return (stmt(db, 'SELECT coalesce(max(id), 0) FROM unanswered').pluck().get() as number) ?? 0;
}

/** Empties the log up to and including row `upToId` (everything when omitted); returns how many rows went. */
export function clearUnanswered(db: Db, upToId = Number.MAX_SAFE_INTEGER): number {
  return stmt(db, 'DELETE FROM unanswered WHERE id <= ?').run(upToId).changes;
}

function parseIds(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
