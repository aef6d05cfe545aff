import { describeIssues, Fact, type FactKind } from './schema.js';
import { ImportRefused, importWrites, prepareImport, stillCurrent, type ImportPlan } from './import-plan.js';
import { DEFAULT_CHUNK, yieldToEventLoop, type ChunkLimits } from './chunks.js';
import { lowerBoundBy } from './sorted.js';
import { answerQuestion, type Answer } from './search/answer.js';
import { FactSearch, type SearchHit, type SearchOptions } from './search/engine.js';
import type { Actor, Revision, StoredFact } from './store/facts.js';
import type { FactWrite, Store } from './store/store.js';

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

export type { ImportPlan };

export interface ChangeResult {
  stored: StoredFact;
  revision: Revision;
}

const MAX_REASON = 300;
/**
 * Above this share of the base, a change set taken in at once (refreshIfChanged) rebuilds the index instead. An update
 * in place costs about 4 times what the same fact costs in a rebuild (reading its row, indexing it, keeping lists in
 * order: about 1 ms against 0.2–0.3 ms at 10,000 facts, see bench/results.md), so past about a quarter of the base
 * the rebuild is the cheaper. Taken in slices (catchUp) a change set is never rebuilt: at that size a rebuild would
 * block the event loop for seconds, the slices never for long.
 */
export const REBUILD_SHARE = 0.25;
/** Below this many changes, updating in place always wins (a rebuild of a small base is cheap, but so are they). */
const REBUILD_MIN = 50;

/** What `catchUp` did: whether any change was found, and when the last of them is in the index. */
export interface CatchUp {
  changed: boolean;
  done: Promise<void>;
}

const STALE_IMPORT =
  'The fact base kept changing while the import was being saved, so nothing was changed. Try the import again.';
/** How often a check-then-write is tried again after another process saved the same fact in between. */
const MAX_ATTEMPTS = 10;

/**
 * The fact base as the bot sees it: the store (SQLite or PostgreSQL) plus a search index kept up to date change by
 * change. Searching is synchronous (the index is in memory); everything that reads or writes the store is async.
 */
export class KnowledgeBase {
  private index: FactSearch;
  /** The live facts in the store's order (by id). */
  private active: Fact[];
  private byId = new Map<string, Fact>();
  private readonly now: () => Date;
  /** The newest fact revision the index fully includes: every fact change writes one. */
  private seenRevision = 0;
  /** Changes are collected up to this revision (and its fingerprint, see collect)… */
  private collectedRevision = 0;
  private collectedStamp: string | undefined;
  /** …and these facts changed by them are not in the index yet. */
  private readonly pending = new Set<string>();
  private draining: Promise<void> | undefined;
  /** Reading the store is async: collecting and applying changes run one at a time, in order. */
  private queue: Promise<unknown> = Promise.resolve();
  private rebuildCount = 0;

  private constructor(
    readonly store: Store,
    options: { now?: () => Date } = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.active = [];
    this.index = new FactSearch([]);
  }

  /** Reads the whole store and builds the index. */
  static async open(store: Store, options: { now?: () => Date } = {}): Promise<KnowledgeBase> {
    const kb = new KnowledgeBase(store, options);
    await kb.refresh();
    return kb;
  }

  /** Re-reads the whole store and rebuilds the index (see refreshIfChanged and catchUp for taking in changes). */
  refresh(): Promise<void> {
    return this.serial(() => this.reload());
  }

  /** How many times the whole index was built (refresh, or a change set too large to take in fact by fact). */
  get rebuilds(): number {
    return this.rebuildCount;
  }

  private async reload(): Promise<void> {
    this.rebuildCount++;
    // Read first: a change committed while the index builds is then seen as new by the next refreshIfChanged.
    const latest = await this.store.facts.latestRevisionId();
    const stamp = await this.stampOf(latest);
    const facts = (await this.store.facts.list()).map((s) => s.fact);
    this.seenRevision = this.collectedRevision = latest;
    this.collectedStamp = stamp;
    this.pending.clear();
    this.active = facts;
    this.byId = new Map(this.active.map((f) => [f.id, f]));
    this.index = new FactSearch(this.active);
  }

  /**
   * Takes in every fact change written since the last look (by any process), updating the index in place; true if
   * there was any. A change set above REBUILD_SHARE of the base rebuilds the index instead.
   */
  refreshIfChanged(): Promise<boolean> {
    return this.serial(async () => {
      const changed = (await this.collect()) || this.pending.size > 0;
      if (this.pending.size > Math.max(REBUILD_MIN, REBUILD_SHARE * this.active.length)) await this.reload();
      else await this.applyPending({ items: Infinity, ms: Infinity });
      return changed;
    });
  }

  /**
   * Takes in changes like refreshIfChanged, but a slice at a time with a turn of the event loop between slices, so
   * a large change set never blocks the bot: the first slice by the time this resolves (a small change set is then
   * already in), the rest by `done`. Searches in between see the changes taken in so far.
   */
  async catchUp(limits: ChunkLimits = DEFAULT_CHUNK): Promise<CatchUp> {
    const changed = await this.serial(async () => {
      const found = await this.collect();
      await this.applyPending(limits);
      return found;
    });
    if (this.pending.size > 0) this.draining ??= this.drain(limits).finally(() => (this.draining = undefined));
    return { changed, done: this.draining ?? Promise.resolve() };
  }

  private async drain(limits: ChunkLimits): Promise<void> {
    while (this.pending.size > 0) {
      await yieldToEventLoop();
      await this.serial(async () => {
        await this.collect();
        await this.applyPending(limits);
      });
    }
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** A fingerprint of one revision (its fact and time), to tell whether the store was swapped for another since. */
  private async stampOf(revisionId: number): Promise<string | undefined> {
    if (revisionId === 0) return undefined;
    const r = await this.store.facts.revision(revisionId);
    return r ? `${r.factId} ${r.at}` : undefined;
  }

  /**
   * Notes which facts revisions written since the last look changed; true if there were any. A store that is no
   * longer the one looked at (restored from a backup: the last seen revision is gone or different) is re-read whole.
   */
  private async collect(): Promise<boolean> {
    const latest = await this.store.facts.latestRevisionId();
    if (latest === this.collectedRevision) return false;
    if (latest < this.collectedRevision || (await this.stampOf(this.collectedRevision)) !== this.collectedStamp) {
      await this.reload();
      return true;
    }
    const changed = await this.store.facts.changedSince(this.collectedRevision, latest);
    const stamp = await this.stampOf(latest);
    for (const id of changed) this.pending.add(id);
    this.collectedRevision = latest;
    this.collectedStamp = stamp;
    return true;
  }

  /** Puts pending facts into the index (their state in the store now), within the limits of one slice. */
  private async applyPending(limits: ChunkLimits): Promise<void> {
    const started = performance.now();
    let done = 0;
    for (const id of [...this.pending]) {
      if (done >= limits.items || performance.now() - started >= limits.ms) break;
      const row = await this.store.facts.get(id);
      this.place(id, row && !row.deleted ? row.fact : undefined);
      // Only once it is in: a read that fails (a busy store) leaves it pending for the next try.
      this.pending.delete(id);
      done++;
    }
    if (this.pending.size === 0) this.seenRevision = this.collectedRevision;
  }

  /** One fact's new state (undefined: gone) in the lists and the index. */
  private place(id: string, fact: Fact | undefined): void {
    const at = lowerBoundBy(this.active, id, (f) => f.id);
    const present = this.active[at]?.id === id;
    if (fact) {
      if (present) this.active[at] = fact;
      else this.active.splice(at, 0, fact);
      this.byId.set(id, fact);
    } else {
      if (!present) return;
      this.active.splice(at, 1);
      this.byId.delete(id);
    }
    this.index.apply([{ id, fact }]);
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

  stored(id: string): Promise<StoredFact | undefined> {
    return this.store.facts.get(id);
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

  history(id: string): Promise<Revision[]> {
    return this.store.facts.revisions(id);
  }

  revision(id: number): Promise<Revision | undefined> {
    return this.store.facts.revision(id);
  }

  async add(input: unknown, actor: Actor, reason: string): Promise<ChangeResult> {
    const fact = this.validate(input);
    return this.change(fact.id, async () => {
      if (await this.store.facts.get(fact.id)) {
        throw new KnowledgeError(
          'exists',
          `A fact with id "${fact.id}" already exists (it may be removed: try restore).`,
        );
      }
      return {
        id: fact.id,
        fact,
        deleted: false,
        action: 'add',
        actor,
        reason: cleanReason(reason),
        at: this.stamp(),
        expectedVersion: 0,
      };
    });
  }

  /** `expectedVersion` is the version the moderator started from; a newer one means someone saved in between. */
  async edit(id: string, input: unknown, expectedVersion: number, actor: Actor, reason: string): Promise<ChangeResult> {
    const fact = this.validate(input);
    if (fact.id !== id)
      throw new KnowledgeError('invalid', `The id cannot change in an edit ("${id}" → "${fact.id}").`);
    const why = requireReason(reason);
    return this.change(id, async () => {
      const current = await this.mustExist(id);
      if (current.deleted) throw new KnowledgeError('deleted', `"${id}" is removed; restore it before editing.`);
      if (current.version !== expectedVersion) {
        throw new KnowledgeError(
          'stale',
          `"${id}" was changed by someone else since you opened it (now version ${current.version}, yours ` +
            `${expectedVersion}). Open it again and redo your edit.`,
        );
      }
      if (JSON.stringify(current.fact) === JSON.stringify(fact))
        throw new KnowledgeError('unchanged', 'Nothing changed: the fact is already exactly like that.');
      return {
        id,
        fact,
        deleted: false,
        action: 'edit',
        actor,
        reason: why,
        at: this.stamp(),
        expectedVersion: current.version,
      };
    });
  }

  async remove(id: string, actor: Actor, reason: string): Promise<ChangeResult> {
    const why = requireReason(reason);
    return this.change(id, async () => {
      const current = await this.mustExist(id);
      if (current.deleted) throw new KnowledgeError('deleted', `"${id}" is already removed.`);
      return {
        id,
        fact: current.fact,
        deleted: true,
        action: 'remove',
        actor,
        reason: why,
        at: this.stamp(),
        expectedVersion: current.version,
      };
    });
  }

  async restore(id: string, actor: Actor, reason: string): Promise<ChangeResult> {
    return this.change(id, async () => {
      const current = await this.mustExist(id);
      if (!current.deleted)
        throw new KnowledgeError('not-deleted', `"${id}" is not removed, so there is nothing to restore.`);
      this.checkRelated(current.fact);
      return {
        id,
        fact: current.fact,
        deleted: false,
        action: 'restore',
        actor,
        reason: cleanReason(reason),
        at: this.stamp(),
        expectedVersion: current.version,
      };
    });
  }

  /** Puts a fact back to the state a revision left it in; the revert is itself a new revision. */
  async revert(id: string, revisionId: number, actor: Actor, reason: string): Promise<ChangeResult> {
    const why = requireReason(reason);
    return this.change(id, async () => {
      const current = await this.mustExist(id);
      const target = await this.store.facts.revision(revisionId);
      if (!target || target.factId !== id)
        throw new KnowledgeError(
          'not-found',
          `Revision #${revisionId} does not belong to "${id}". See /facts history.`,
        );
      const fact = target.after ?? target.before ?? current.fact;
      const deleted = target.after === null;
      if (deleted === current.deleted && JSON.stringify(fact) === JSON.stringify(current.fact)) {
        throw new KnowledgeError('unchanged', `"${id}" is already in the state of revision #${revisionId}.`);
      }
      if (!deleted) this.checkRelated(fact);
      return {
        id,
        fact,
        deleted,
        action: 'revert',
        actor,
        reason: `${why} (to revision #${revisionId})`,
        at: this.stamp(),
        expectedVersion: current.version,
      };
    });
  }

  /** Compares a whole new fact base with the current one; facts missing from it would be removed. */
  async planImport(raw: unknown): Promise<{ facts: Fact[]; plan: ImportPlan }> {
    const { facts, plan } = await refusingAsync(prepareImport(this.store.facts, raw, 'at-once'));
    return { facts, plan };
  }

  /** planImport a slice per turn of the event loop: a large import's preview does not block the bot. */
  async planImportInSlices(raw: unknown): Promise<ImportPlan> {
    return (await refusingAsync(prepareImport(this.store.facts, raw))).plan;
  }

  /**
   * Applies an import as one all-or-nothing write, and resolves once the index has taken in every change (in slices,
   * see catchUp). Validating and comparing run in slices before the write. Each write carries the version the plan
   * saw, so a fact changed in between (by any process) fails the whole write; the plan is then made again, at once,
   * and nothing changed meanwhile is lost.
   */
  async applyImport(raw: unknown, actor: Actor, reason: string): Promise<ImportPlan> {
    const why = cleanReason(reason) || 'import';
    let prepared = await refusingAsync(prepareImport(this.store.facts, raw));
    for (let attempt = 1; ; attempt++) {
      if (!(await stillCurrent(this.store.facts, prepared)))
        prepared = await refusingAsync(prepareImport(this.store.facts, raw, 'at-once'));
      const writes = importWrites(prepared, { action: 'import', actor, reason: why, at: this.stamp() });
      if (writes.length === 0 || (await this.store.facts.writeMany(writes))) break;
      if (attempt >= MAX_ATTEMPTS) throw new KnowledgeError('stale', STALE_IMPORT);
      prepared = await refusingAsync(prepareImport(this.store.facts, raw, 'at-once'));
    }
    // A turn between the write and the first slice, so the two do not add up to one longer block.
    await yieldToEventLoop();
    await (
      await this.catchUp()
    ).done;
    return prepared.plan;
  }

  /**
   * Checks and writes as one atomic step: `plan` reads the fact and decides (or refuses), and the write carries the
   * version it saw, so if another process saved in between nothing is written and `plan` runs again on the new state
   * (refusing then as it would have, had that save come first).
   */
  private async change(
    id: string,
    plan: () => Promise<FactWrite & { expectedVersion: number }>,
  ): Promise<ChangeResult> {
    for (let attempt = 1; ; attempt++) {
      const write = await plan();
      const revision = await this.store.facts.write(write);
      if (revision) {
        await this.refreshIfChanged();
        return { stored: (await this.store.facts.get(id))!, revision };
      }
      if (attempt >= MAX_ATTEMPTS) {
        const now = (await this.store.facts.get(id))?.version ?? 0;
        throw new KnowledgeError(
          'stale',
          `"${id}" was changed by someone else since you opened it (now version ${now}, yours ` +
            `${write.expectedVersion}). Open it again and redo your edit.`,
        );
      }
    }
  }

  private async mustExist(id: string): Promise<StoredFact> {
    const current = await this.store.facts.get(id);
    if (!current) throw new KnowledgeError('not-found', `There is no fact with id "${id}".`);
    return current;
  }

  private validate(input: unknown): Fact {
    const parsed = Fact.safeParse(input);
    if (!parsed.success) {
      const problems = describeIssues(parsed.error);
      throw new KnowledgeError(
        'invalid',
        `The fact is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}).`,
        problems,
      );
    }
    this.checkRelated(parsed.data);
    return parsed.data;
  }

  private checkRelated(fact: Fact): void {
    const missing = fact.related.filter((r) => r !== fact.id && !this.get(r));
    if (missing.length) {
      throw new KnowledgeError(
        'invalid',
        'The fact refers to facts that do not exist.',
        missing.map((r) => `related: unknown fact id "${r}"`),
      );
    }
  }

  private stamp(): string {
    return this.now().toISOString();
  }
}

/** An import refused as a whole, as the moderator sees it. */
async function refusingAsync<T>(plan: Promise<T>): Promise<T> {
  return plan.catch((error: unknown) => {
    throw error instanceof ImportRefused ? new KnowledgeError('invalid', error.message, error.problems) : error;
  });
}

function cleanReason(reason: string): string {
  return reason.trim().slice(0, MAX_REASON);
}

function requireReason(reason: string): string {
  const why = cleanReason(reason);
  if (!why) throw new KnowledgeError('invalid', 'Please give a reason: it is kept in the fact history.');
  return why;
}
