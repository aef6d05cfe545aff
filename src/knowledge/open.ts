import { loadSeedFacts, SEED_DIR } from './load-facts.js';
import { KnowledgeBase } from './knowledge-base.js';
import { loadSeedNotes } from './seed-notes.js';
import type { SeedReport } from './store/facts.js';
import { openStore, type StoreConfig } from './store/open-store.js';
import type { Store } from './store/store.js';

export interface OpenedKnowledge {
  store: Store;
  kb: KnowledgeBase;
  seed: SeedReport;
}

export interface OpenKnowledgeOptions {
  seedDir?: string;
  now?: () => Date;
}

/**
 * Opens the store (PostgreSQL when `databaseUrl` is set, else the SQLite file; a bare path means SQLite), brings in
 * new seed facts (never over moderator edits) and builds the search index.
 */
export async function openKnowledge(
  where: string | StoreConfig,
  options: OpenKnowledgeOptions = {},
): Promise<OpenedKnowledge> {
  const seeds = loadSeedFacts(options.seedDir ?? SEED_DIR);
  const store = await openStore(typeof where === 'string' ? { databasePath: where } : where);
  try {
    return await knowledgeOn(store, seeds, options);
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
}

async function knowledgeOn(
  store: Store,
  seeds: ReturnType<typeof loadSeedFacts>,
  options: OpenKnowledgeOptions,
): Promise<OpenedKnowledge> {
  // Notes explain the shipped base only; a custom seed folder (tests, imports) gets the generic reason.
  const notes = options.seedDir === undefined ? loadSeedNotes() : [];
  const seed = await store.facts.seed(seeds, (options.now?.() ?? new Date()).toISOString(), notes);
  return { store, kb: await KnowledgeBase.open(store, { now: options.now }), seed };
}
