import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { FactId, type Fact } from './schema.js';

/**
 * Why a shipped fact changed: one note per corrected fact, tied to the exact shipped version by its content hash,
 * so a database re-seeded with that version records the correction and its source instead of "updated seed data".
 * A note whose hash no longer matches the shipped fact is stale (tests/unit/seed-notes.test.ts says so).
 */
export const SeedNote = z.object({
  id: FactId,
  /** statementHash() of the shipped version this note explains. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  reason: z.string().trim().min(10).max(500),
});
export type SeedNote = z.infer<typeof SeedNote>;

/**
 * A hash of what a fact states, leaving out its search aids and translations (`questions`, `i18n`): adding an example
 * question or a translation is not a correction, and must not make a correction's note stale.
 */
export function statementHash(fact: Fact): string {
  const { questions: _questions, i18n: _i18n, ...statement } = fact;
  return createHash('sha256').update(JSON.stringify(statement)).digest('hex');
}

export const SEED_NOTES_FILE = new URL('./seed-notes.json', import.meta.url);

export function loadSeedNotes(file: URL | string = SEED_NOTES_FILE): SeedNote[] {
  return z.array(SeedNote).parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The reason for refreshing `id` to the version with `hash`, or undefined when no note explains it. */
export function noteFor(notes: readonly SeedNote[], id: string, hash: string): string | undefined {
  return notes.find((n) => n.id === id && n.hash === hash)?.reason;
}
