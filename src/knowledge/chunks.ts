/**
 * Long work in slices: the bot must keep answering while a large change set (an import of 1,000 facts) goes into
 * the search index, so such work runs a slice at a time with a turn of the event loop between slices.
 */

export interface ChunkLimits {
  /** At most this many items in one slice. */
  items: number;
  /** And no more items once a slice has taken this long (ms). */
  ms: number;
}

/**
 * About 1 ms per fact at 10,000 facts (indexing it and reading it from the store), so 10 ms slices: far under the
 * 50 ms an import may block the event loop at a time, even on a busy machine where one fact takes several times longer.
 */
export const DEFAULT_CHUNK: ChunkLimits = { items: 200, ms: 10 };

/** Lets timers, I/O and other interactions run before the next slice (setImmediate: after pending I/O callbacks). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
