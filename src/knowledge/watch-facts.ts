/**
 * Live fact updates across processes: the store says when facts changed (PostgreSQL LISTEN/NOTIFY; on SQLite a poll
 * of `PRAGMA data_version`, nearly free, then the newest revision id, since any table's commit moves data_version),
 * and only the facts changed by the revisions written since the last look go into the index (KnowledgeBase.catchUp):
 * one edit at once, a large import in slices between which the bot keeps answering.
 */
import type { KnowledgeBase } from './knowledge-base.js';
import type { Store } from './store/store.js';

export interface FactWatch {
  /** Looks now; true when facts changed (a small change set is then in the index; a large one by `settled`). */
  check(): Promise<boolean>;
  /** Resolves once every change found so far is in the index. */
  settled(): Promise<void>;
  stop(): void;
}

export interface FactWatchOptions {
  store: Store;
  kb: KnowledgeBase;
  /** Follow the store's change notifications (default true); tests call `check()` themselves. */
  subscribe?: boolean;
  /** After a change set found by a look is all in the index: how long that took (ms, slices and pauses included). */
  onRefresh?: (ms: number) => void;
  onError?: (error: unknown) => void;
}

/** Resolves once listening (a PostgreSQL LISTEN is set up), so no change committed after it is missed. */
export async function watchFacts(options: FactWatchOptions): Promise<FactWatch> {
  const { store, kb } = options;
  let last: Promise<void> = Promise.resolve();
  const check = async (): Promise<boolean> => {
    try {
      const started = performance.now();
      const { changed, done } = await kb.catchUp();
      if (changed) {
        last = done.then(
          () => options.onRefresh?.(performance.now() - started),
          (error: unknown) => options.onError?.(error),
        );
      }
      return changed;
    } catch (error) {
      // A busy or unreachable database: the next notification (or poll) tries again.
      options.onError?.(error);
      return false;
    }
  };
  // Deferred a turn: after this process's own write, its change() takes the change in first (not logged as another's).
  const unsubscribe =
    options.subscribe === false ? undefined : await store.onFactsChanged(() => void setImmediate(() => void check()));
  // A change committed before the subscription was in place (between opening and now) is taken in too.
  if (unsubscribe) await check();
  return {
    check,
    settled: () => last,
    stop: () => unsubscribe?.(),
  };
}
