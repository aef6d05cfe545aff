import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Fact } from '../../src/knowledge/schema.js';

const milestone = loadSeedFacts().find((f) => f.kind === 'milestone')!;

/**
 * A made-up milestone, "Harbour line", holding only the given text (no aliases, no tags), so that a search rule is
 * tested on words no evaluation set asks about.
 */
export function madeUpFact(summary: string, { details = '', questions = [] as string[] } = {}): Fact {
  return { ...milestone, title: 'Harbour line', aliases: [], tags: [], summary, details, questions };
}
