/**
 * Planning an import (a whole new fact base compared with the store) as a generator that pauses between slices:
 * run to the end at once (planImport, and inside the import's transaction when the store changed meanwhile) or a
 * slice per turn of the event loop (applyImport), so validating and comparing 10,000 facts never blocks the bot.
 * One code path for both, so they cannot disagree.
 */
import { DEFAULT_CHUNK, yieldToEventLoop } from './chunks.js';
import { crossCheck, parseFacts } from './load-facts.js';
import { Fact } from './schema.js';
import { stmt, type Db } from './store/db.js';
import { latestRevisionId, revisionStamp } from './store/facts.js';

export interface ImportPlan {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

export interface PreparedImport {
  facts: Fact[];
  plan: ImportPlan;
  /** The facts to remove, as the store holds them (their last state goes into their revision). */
  removedFacts: Map<string, Fact>;
  /** Each fact to write as JSON, made while planning so the write transaction is only writes. */
  json: Map<string, string>;
  /** The newest revision when planning started, and its fingerprint: the plan holds while both are unchanged. */
  revision: number;
  stamp: string | undefined;
}

/** A refusal of the import as a whole (turned into a KnowledgeError by the caller). */
export class ImportRefused extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

/** Facts read from the store per query while planning, and validated per call. */
const PAGE = 1000;
const VALIDATE_SLICE = 100;

/** Yields whenever a slice has run for DEFAULT_CHUNK.ms. */
function* sliced<T>(items: Iterable<T>, each: (item: T) => void): Generator<void, void, void> {
  let started = performance.now();
  for (const item of items) {
    each(item);
    if (performance.now() - started >= DEFAULT_CHUNK.ms) {
      yield;
      started = performance.now();
    }
  }
}

export function* prepareImport(db: Db, raw: unknown): Generator<void, PreparedImport, void> {
  const revision = latestRevisionId(db);
  const stamp = revisionStamp(db, revision);
  const list = Array.isArray(raw)
    ? raw
    : typeof raw === 'object' && raw !== null && Array.isArray((raw as { facts?: unknown }).facts)
      ? (raw as { facts: unknown[] }).facts
      : null;
  if (!list) throw new ImportRefused('The file must be a JSON array of facts (or an object with a "facts" array).');
  const facts: Fact[] = [];
  const problems: string[] = [];
  const starts: number[] = [];
  for (let i = 0; i < list.length; i += VALIDATE_SLICE) starts.push(i);
  yield* sliced(starts, (start) => {
    const part = parseFacts(list.slice(start, start + VALIDATE_SLICE), 'import', start);
    facts.push(...part.facts);
    problems.push(...part.problems);
  });
  if (!problems.length) problems.push(...crossCheck(facts, 'import'));
  if (problems.length)
    throw new ImportRefused(`The import has ${problems.length} problem(s); nothing was changed.`, problems);
  if (facts.length === 0) throw new ImportRefused('The import holds no facts; refusing to remove the whole base.');

  // The store as it is, a page at a time (no facts parsed: most are compared as stored text).
  const current = new Map<string, { data: string; deleted: boolean }>();
  let after = '';
  for (;;) {
    const rows = stmt(db, 'SELECT id, data, deleted FROM facts WHERE id > ? ORDER BY id LIMIT ?').all(after, PAGE) as {
      id: string;
      data: string;
      deleted: number;
    }[];
    if (rows.length === 0) break;
    for (const r of rows) current.set(r.id, { data: r.data, deleted: r.deleted === 1 });
    after = rows.at(-1)!.id;
    yield;
  }

  const plan: ImportPlan = { added: [], changed: [], removed: [], unchanged: 0 };
  const incoming = new Set<string>();
  const json = new Map<string, string>();
  yield* sliced(facts, (fact) => {
    incoming.add(fact.id);
    const existing = current.get(fact.id);
    const text = JSON.stringify(fact);
    if (!existing) plan.added.push(fact.id);
    else if (existing.deleted || !sameFact(existing.data, text)) plan.changed.push(fact.id);
    else return void plan.unchanged++;
    json.set(fact.id, text);
  });
  const removedFacts = new Map<string, Fact>();
  yield* sliced(current, ([id, row]) => {
    if (row.deleted || incoming.has(id)) return;
    plan.removed.push(id);
    const fact = Fact.parse(JSON.parse(row.data));
    removedFacts.set(id, fact);
    json.set(id, JSON.stringify(fact));
  });
  return { facts, plan, removedFacts, json, revision, stamp };
}

/** Whether no fact was changed since the plan was made (so it still holds). */
export function stillCurrent(db: Db, prepared: PreparedImport): boolean {
  return latestRevisionId(db) === prepared.revision && revisionStamp(db, prepared.revision) === prepared.stamp;
}

/** Runs a planning generator to its end at once. */
export function runNow<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs a planning generator a slice per turn of the event loop. */
export async function runInSlices<T>(steps: Generator<void, T, void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await yieldToEventLoop();
  }
}

/**
 * The stored fact equals the incoming one: the same text as stored (the store writes facts as JSON.stringify of the
 * parsed fact, so this is the common case and needs no parsing), else compared as the store's fact once parsed.
 */
function sameFact(stored: string, incoming: string): boolean {
  return stored === incoming || JSON.stringify(Fact.parse(JSON.parse(stored))) === incoming;
}
