import type { ListFooter } from '../../render/list-embed.js';
import { TtlMap } from './ttl-map.js';

export interface ListSession {
  ownerId: string;
  title: string;
  lines: string[];
  footer: ListFooter;
  /** The attached chart the list's embed shows, kept across page turns. */
  imageName?: string;
  /** The language the list was made in, kept for its page turns. */
  lang?: string;
}

/** Enough for anyone paging a few lists at once; a member's 21st list drops their own oldest, never someone else's. */
export const LIST_SESSIONS_PER_USER = 20;

/** Paged lists live in memory for a while; an expired or restarted one answers "run the command again". */
export class ListSessions extends TtlMap<ListSession> {
  constructor(ttlMs = 15 * 60_000, max = 1000, clock: () => number = Date.now, perUser = LIST_SESSIONS_PER_USER) {
    super(ttlMs, max, clock, { max: perUser, ownerOf: (s) => s.ownerId });
  }
}
