/**
 * Live fact updates across processes on one SQLite file. `PRAGMA data_version` changes when ANOTHER connection
 * commits (any table), and reading it is nearly free, so it is polled often; only then is the newest revision id
 * compared (a guild setting or a ledger write changes data_version too, but must not rebuild the search index).
 */
import type { Db } from './store/db.js';
import type { KnowledgeBase } from './knowledge-base.js';

export const FACT_POLL_MS = 500;

export interface FactWatch {
  /** Polls once; true when the knowledge base was refreshed. */
  check(): boolean;
  stop(): void;
}

export interface FactWatchOptions {
  db: Db;
  kb: KnowledgeBase;
  intervalMs?: number;
  /** Poll on a timer (default true); tests call `check()` themselves. */
  timer?: boolean;
  onRefresh?: (ms: number) => void;
  onError?: (error: unknown) => void;
}

export function watchFacts(options: FactWatchOptions): FactWatch {
  const { db, kb } = options;
  let seen = db.pragma('data_version', { simple: true }) as number;
  const check = (): boolean => {
    try {
      const version = db.pragma('data_version', { simple: true }) as number;
      if (version === seen) return false;
      seen = version;
      const started = performance.now();
      const refreshed = kb.refreshIfChanged();
      if (refreshed) options.onRefresh?.(performance.now() - started);
      return refreshed;
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
    stop: () => {
      if (timer) clearInterval(timer);
    },
  };
}
