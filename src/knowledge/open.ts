import { loadSeedFacts, SEED_DIR } from './load-facts.js';
import { KnowledgeBase } from './knowledge-base.js';
import { openDb, type Db } from './store/db.js';
import { loadSeedNotes } from './seed-notes.js';
import { seedFacts, type SeedReport } from './store/facts.js';

export interface OpenedKnowledge {
  db: Db;
  kb: KnowledgeBase;
  seed: SeedReport;
}

/** Opens the store, brings in new seed facts (never over moderator edits) and builds the search index. */
export function openKnowledge(
  databasePath: string,
  options: { seedDir?: string; now?: () => Date } = {},
): OpenedKnowledge {
  const seeds = loadSeedFacts(options.seedDir ?? SEED_DIR);
  const db = openDb(databasePath);
  try {
    // Notes explain the shipped base only; a custom seed folder (tests, imports) gets the generic reason.
    const notes = options.seedDir === undefined ? loadSeedNotes() : [];
    const seed = seedFacts(db, seeds, (options.now?.() ?? new Date()).toISOString(), notes);
    return { db, kb: new KnowledgeBase(db, { now: options.now }), seed };
  } catch (err) {
    db.close();
    throw err;
  }
}
