/**
 * Live fact updates across processes on one SQLite file. `PRAGMA data_version` changes when ANOTHER connection
 * commits (any table), and reading it is nearly free, so it is polled often; only then is the newest revision id
 * compared (a guild setting or a ledger write changes data_version too, but must not touch the search index), and
 * only the facts changed by the revisions written since the last look go into the index (KnowledgeBase.catchUp):
 * one edit at once, a large import in slices between which the bot keeps answering.
 */
import type { Db } from './store/db.js';
import type { KnowledgeBase } from './knowledge-base.js';

export const FACT_POLL_MS = 500;

export interface FactWatch {
  /** Polls once; true when facts changed (a small change set is then in the index; a large one by `settled`). */
  check(): boolean;
  /** Resolves once every change found so far is in the index. */
  settled(): Promise<void>;
  stop(): void;
}

export interface FactWatchOptions {
  db: Db;
  kb: KnowledgeBase;
  intervalMs?: number;
  /** Poll on a timer (default true); tests call `check()` themselves. */
  timer?: boolean;
  /** After a change set found by a poll is all in the index: how long that took (ms, slices and pauses included). */
  onRefresh?: (ms: number) => void;
  onError?: (error: unknown) => void;
}

export function watchFacts(options: FactWatchOptions): FactWatch {
  const { db, kb } = options;
  let seen = db.pragma('data_version', { simple: true }) as number;
  let last: Promise<void> = Promise.resolve();
  const check = (): boolean => {
    try {
      const version = db.pragma('data_version', { simple: true }) as number;
      if (version === seen) return false;
      seen = version;
      const started = performance.now();
      const { changed, done } = kb.catchUp();
      if (changed) {
        last = done.then(
          () => options.onRefresh?.(performance.now() - started),
          (error: unknown) => options.onError?.(error),
        );
      }
      return changed;
    } catch (error) {
      // A busy or closed database: the next poll tries again.
      options.onError?.(error);
      return false;
    }
  };
  const timer = options.timer === false ? undefined : setInterval(check, options.intervalMs ?? FACT_POLL_MS);
  timer?.unref();
  return {
    check,
    settled: () => last,
    stop: () => {
      if (timer) clearInterval(timer);
    },
  };
}
