import { describeIssues, Fact, type FactKind } from './schema.js';
import { crossCheck, parseFacts } from './load-facts.js';
import { answerQuestion, type Answer } from './search/answer.js';
import { FactSearch, type SearchHit, type SearchOptions } from './search/engine.js';
import type { Db } from './store/db.js';
import {
  getFactRow,
  getRevision,
  latestRevisionId,
  listFacts,
  listRevisions,
  writeFact,
  type Actor,
  type Revision,
  type StoredFact,
} from './store/facts.js';

export type KnowledgeErrorCode = 'not-found' | 'exists' | 'stale' | 'invalid' | 'deleted' | 'not-deleted' | 'unchanged';

/** A refusal with a message fit to show the moderator as it is; nothing was changed. */
export class KnowledgeError extends Error {
  override name = 'KnowledgeError';
  constructor(
    readonly code: KnowledgeErrorCode,
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

export interface ImportPlan {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

export interface ChangeResult {
  stored: StoredFact;
  revision: Revision;
}

const MAX_REASON = 300;

/** The fact base as the bot sees it: the store plus a search index that is rebuilt on every change. */
export class KnowledgeBase {
  private index: FactSearch;
  private active: Fact[];
  private byId = new Map<string, Fact>();
  private readonly now: () => Date;
  /** The newest fact revision the index includes: every fact change writes one. */
  private seenRevision = 0;

  constructor(
    private readonly db: Db,
    options: { now?: () => Date } = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.active = [];
    this.index = new FactSearch([]);
    this.refresh();
  }

  /** Re-reads the store; call after another process changed it. */
  refresh(): void {
    // Read first: a change committed while the index builds is then seen as new by the next refreshIfChanged.
    this.seenRevision = latestRevisionId(this.db);
    this.active = listFacts(this.db).map((s) => s.fact);
    this.byId = new Map(this.active.map((f) => [f.id, f]));
    this.index = new FactSearch(this.active);
  }

  /** Refreshes only when a fact revision was written since the last refresh (by any process); true if it did. */
  refreshIfChanged(): boolean {
    if (latestRevisionId(this.db) === this.seenRevision) return false;
    this.refresh();
    return true;
  }

  /** The newest fact revision the index includes: changes with every fact change this process knows of. */
  get revisionId(): number {
    return this.seenRevision;
  }

  get size(): number {
    return this.active.length;
  }

  facts(kind?: FactKind): Fact[] {
    return kind ? this.active.filter((f) => f.kind === kind) : [...this.active];
  }

  get(id: string): Fact | undefined {
    return this.byId.get(id);
  }

  stored(id: string): StoredFact | undefined {
    return getFactRow(this.db, id);
  }

  search(query: string, options?: SearchOptions): SearchHit[] {
    return this.index.search(query, options);
  }

  /** What to tell a member who asked this: one fact, a group, several facts, a best guess, or "I don't know". */
  answer(question: string): Answer {
    return answerQuestion(this.index, question);
  }

  nearest(query: string, limit = 3, kind?: FactKind): Fact[] {
    return this.index.nearest(query, limit, kind);
  }

  suggest(query: string, limit = 25, kind?: FactKind): Fact[] {
    return this.index.suggest(query, limit, kind);
  }

  history(id: string): Revision[] {
    return listRevisions(this.db, id);
  }

  revision(id: number): Revision | undefined {
    return getRevision(this.db, id);
  }

  add(input: unknown, actor: Actor, reason: string): ChangeResult {
    const fact = this.validate(input);
    return this.change(() => {
      if (getFactRow(this.db, fact.id)) {
        throw new KnowledgeError('exists', `A fact with id "${fact.id}" already exists (it may be removed: try restore).`);
      }
      return writeFact(this.db, { id: fact.id, fact, deleted: false, action: 'add', actor, reason: cleanReason(reason), at: this.stamp() });
    }, fact.id);
  }

  /** `expectedVersion` is the version the moderator started from; a newer one means someone saved in between. */
  edit(id: string, input: unknown, expectedVersion: number, actor: Actor, reason: string): ChangeResult {
    const fact = this.validate(input);
    if (fact.id !== id) throw new KnowledgeError('invalid', `The id cannot change in an edit ("${id}" → "${fact.id}").`);
    const why = requireReason(reason);
    return this.change(() => {
      const current = this.mustExist(id);
      if (current.deleted) throw new KnowledgeError('deleted', `"${id}" is removed; restore it before editing.`);
      if (current.version !== expectedVersion) {
        throw new KnowledgeError(
          'stale',
          `"${id}" was changed by someone else since you opened it (now version ${current.version}, yours ${expectedVersion}). Open it again and redo your edit.`,
        );
      }
      if (JSON.stringify(current.fact) === JSON.stringify(fact)) throw new KnowledgeError('unchanged', 'Nothing changed: the fact is already exactly like that.');
      return writeFact(this.db, { id, fact, deleted: false, action: 'edit', actor, reason: why, at: this.stamp() });
    }, id);
  }

  remove(id: string, actor: Actor, reason: string): ChangeResult {
    const why = requireReason(reason);
    return this.change(() => {
      const current = this.mustExist(id);
      if (current.deleted) throw new KnowledgeError('deleted', `"${id}" is already removed.`);
      return writeFact(this.db, { id, fact: current.fact, deleted: true, action: 'remove', actor, reason: why, at: this.stamp() });
    }, id);
  }

  restore(id: string, actor: Actor, reason: string): ChangeResult {
    return this.change(() => {
      const current = this.mustExist(id);
      if (!current.deleted) throw new KnowledgeError('not-deleted', `"${id}" is not removed, so there is nothing to restore.`);
      this.checkRelated(current.fact);
      return writeFact(this.db, { id, fact: current.fact, deleted: false, action: 'restore', actor, reason: cleanReason(reason), at: this.stamp() });
    }, id);
  }

  /** Puts a fact back to the state a revision left it in; the revert is itself a new revision. */
  revert(id: string, revisionId: number, actor: Actor, reason: string): ChangeResult {
    const why = requireReason(reason);
    return this.change(() => {
      const current = this.mustExist(id);
      const target = getRevision(this.db, revisionId);
      if (!target || target.factId !== id) throw new KnowledgeError('not-found', `Revision #${revisionId} does not belong to "${id}". See /facts history.`);
      const fact = target.after ?? target.before ?? current.fact;
      const deleted = target.after === null;
      if (deleted === current.deleted && JSON.stringify(fact) === JSON.stringify(current.fact)) {
        throw new KnowledgeError('unchanged', `"${id}" is already in the state of revision #${revisionId}.`);
      }
      if (!deleted) this.checkRelated(fact);
      return writeFact(this.db, { id, fact, deleted, action: 'revert', actor, reason: `${why} (to revision #${revisionId})`, at: this.stamp() });
    }, id);
  }

  /** Compares a whole new fact base with the current one; facts missing from it would be removed. */
  planImport(raw: unknown): { facts: Fact[]; plan: ImportPlan } {
    const facts = validateImport(raw);
    const current = new Map(listFacts(this.db, true).map((s) => [s.fact.id, s]));
    const plan: ImportPlan = { added: [], changed: [], removed: [], unchanged: 0 };
    const incoming = new Set<string>();
    for (const fact of facts) {
      incoming.add(fact.id);
      const existing = current.get(fact.id);
      if (!existing) plan.added.push(fact.id);
      else if (existing.deleted || JSON.stringify(existing.fact) !== JSON.stringify(fact)) plan.changed.push(fact.id);
      else plan.unchanged++;
    }
    for (const [id, s] of current) if (!s.deleted && !incoming.has(id)) plan.removed.push(id);
    return { facts, plan };
  }

  /** Applies an import in one transaction, recomputing the plan inside it so nothing changed in between is lost. */
  applyImport(raw: unknown, actor: Actor, reason: string): ImportPlan {
    const why = cleanReason(reason) || 'import';
    let plan: ImportPlan | undefined;
    this.db.transaction(() => {
      const planned = this.planImport(raw);
      plan = planned.plan;
      const at = this.stamp();
      const byId = new Map(planned.facts.map((f) => [f.id, f]));
      for (const id of [...plan.added, ...plan.changed]) {
        writeFact(this.db, { id, fact: byId.get(id)!, deleted: false, action: 'import', actor, reason: why, at });
      }
      for (const id of plan.removed) {
        writeFact(this.db, { id, fact: getFactRow(this.db, id)!.fact, deleted: true, action: 'import', actor, reason: why, at });
      }
    })();
    this.refresh();
    return plan!;
  }

  private change(write: () => Revision, id: string): ChangeResult {
    const revision = this.db.transaction(write)();
    this.refresh();
    return { stored: getFactRow(this.db, id)!, revision };
  }

  private mustExist(id: string): StoredFact {
    const current = getFactRow(this.db, id);
    if (!current) throw new KnowledgeError('not-found', `There is no fact with id "${id}".`);
    return current;
  }

  private validate(input: unknown): Fact {
    const parsed = Fact.safeParse(input);
    if (!parsed.success) {
      const problems = describeIssues(parsed.error);
      throw new KnowledgeError('invalid', `The fact is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}).`, problems);
    }
    this.checkRelated(parsed.data);
    return parsed.data;
  }

  private checkRelated(fact: Fact): void {
    const missing = fact.related.filter((r) => r !== fact.id && !this.get(r));
    if (missing.length) {
      throw new KnowledgeError('invalid', 'The fact refers to facts that do not exist.', missing.map((r) => `related: unknown fact id "${r}"`));
    }
  }

  private stamp(): string {
    return this.now().toISOString();
  }
}

function validateImport(raw: unknown): Fact[] {
  const list = Array.isArray(raw) ? raw : typeof raw === 'object' && raw !== null && Array.isArray((raw as { facts?: unknown }).facts) ? (raw as { facts: unknown[] }).facts : null;
  if (!list) throw new KnowledgeError('invalid', 'The file must be a JSON array of facts (or an object with a "facts" array).');
  const { facts, problems } = parseFacts(list, 'import');
  if (!problems.length) problems.push(...crossCheck(facts, 'import'));
  if (problems.length) throw new KnowledgeError('invalid', `The import has ${problems.length} problem(s); nothing was changed.`, problems);
  if (facts.length === 0) throw new KnowledgeError('invalid', 'The import holds no facts; refusing to remove the whole base.');
  return facts;
}

function cleanReason(reason: string): string {
  return reason.trim().slice(0, MAX_REASON);
}

function requireReason(reason: string): string {
  const why = cleanReason(reason);
  if (!why) throw new KnowledgeError('invalid', 'Please give a reason: it is kept in the fact history.');
  return why;
}
