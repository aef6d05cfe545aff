/**
 * Planning an import (a whole new fact base compared with the store), pausing between slices: a slice per turn of
 * the event loop (the default: validating and comparing 10,000 facts never blocks the bot), or at once (a preview,
 * and a plan made again because the store changed meanwhile). One code path for both, so they cannot disagree.
 */
import { DEFAULT_CHUNK, yieldToEventLoop } from './chunks.js';
import { crossCheck, parseFacts } from './load-facts.js';
import { Fact } from './schema.js';
import type { WriteFact } from './store/facts.js';
import type { FactStore, FactWrite } from './store/store.js';

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
  /** The stored version of each fact the plan writes (absent: a new fact), checked by the write. */
  versions: Map<string, number>;
  /** The newest revision when planning started: the plan holds while it is unchanged. */
  revision: number;
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

/** 'slices': a turn of the event loop between slices; 'at-once': no pause. */
export type Pace = 'slices' | 'at-once';

/** Pauses whenever a slice has run for DEFAULT_CHUNK.ms. */
async function sliced<T>(pace: Pace, items: Iterable<T>, each: (item: T) => void): Promise<void> {
  let started = performance.now();
  for (const item of items) {
    each(item);
    if (pace === 'slices' && performance.now() - started >= DEFAULT_CHUNK.ms) {
      await yieldToEventLoop();
      started = performance.now();
    }
  }
}

export async function prepareImport(store: FactStore, raw: unknown, pace: Pace = 'slices'): Promise<PreparedImport> {
  const revision = await store.latestRevisionId();
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
  await sliced(pace, starts, (start) => {
    const part = parseFacts(list.slice(start, start + VALIDATE_SLICE), 'import', start);
    facts.push(...part.facts);
    problems.push(...part.problems);
  });
  if (!problems.length) problems.push(...crossCheck(facts, 'import'));
  if (problems.length)
    throw new ImportRefused(`The import has ${problems.length} problem(s); nothing was changed.`, problems);
  if (facts.length === 0) throw new ImportRefused('The import holds no facts; refusing to remove the whole base.');

  // The store as it is, a page at a time (no facts parsed: most are compared as stored text).
  const current = new Map<string, { data: string; deleted: boolean; version: number }>();
  let after = '';
  for (;;) {
    const rows = await store.page(after, PAGE);
    if (rows.length === 0) break;
    for (const r of rows) current.set(r.id, { data: r.data, deleted: r.deleted, version: r.version });
    after = rows.at(-1)!.id;
    if (pace === 'slices') await yieldToEventLoop();
  }

  const plan: ImportPlan = { added: [], changed: [], removed: [], unchanged: 0 };
  const incoming = new Set<string>();
  const json = new Map<string, string>();
  const versions = new Map<string, number>();
  await sliced(pace, facts, (fact) => {
    incoming.add(fact.id);
    const existing = current.get(fact.id);
    const text = JSON.stringify(fact);
    if (!existing) plan.added.push(fact.id);
    else if (existing.deleted || !sameFact(existing.data, text)) plan.changed.push(fact.id);
    else return void plan.unchanged++;
    json.set(fact.id, text);
    if (existing) versions.set(fact.id, existing.version);
  });
  const removedFacts = new Map<string, Fact>();
  await sliced(pace, current, ([id, row]) => {
    if (row.deleted || incoming.has(id)) return;
    plan.removed.push(id);
    const fact = Fact.parse(JSON.parse(row.data));
    removedFacts.set(id, fact);
    json.set(id, JSON.stringify(fact));
    versions.set(id, row.version);
  });
  return { facts, plan, removedFacts, json, versions, revision };
}

/** Whether no fact was changed since the plan was made (so it still holds). */
export async function stillCurrent(store: FactStore, prepared: PreparedImport): Promise<boolean> {
  return (await store.latestRevisionId()) === prepared.revision;
}

/** The plan's writes, each expecting the version the plan saw (0 for a new fact): one all-or-nothing write. */
export function importWrites(
  prepared: PreparedImport,
  stamp: Pick<WriteFact, 'action' | 'actor' | 'reason' | 'at'>,
): FactWrite[] {
  const { plan, facts, removedFacts, json, versions } = prepared;
  const byId = new Map(facts.map((f) => [f.id, f]));
  const write = (id: string, fact: Fact, deleted: boolean): FactWrite => ({
    ...stamp,
    id,
    fact,
    data: json.get(id),
    deleted,
    expectedVersion: versions.get(id) ?? 0,
  });
  return [
    ...[...plan.added, ...plan.changed].map((id) => write(id, byId.get(id)!, false)),
    ...plan.removed.map((id) => write(id, removedFacts.get(id)!, true)),
  ];
}

/**
 * The stored fact equals the incoming one: the same text as stored (the store writes facts as JSON.stringify of the
 * parsed fact, so this is the common case and needs no parsing), else compared as the store's fact once parsed.
 */
function sameFact(stored: string, incoming: string): boolean {
  return stored === incoming || JSON.stringify(Fact.parse(JSON.parse(stored))) === incoming;
}
