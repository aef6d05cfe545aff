/**
 * "Name the projects given as hard connectivity examples": a list question about a concept the base explains (a topic
 * fact) asks for its instances, the facts filed under the concept's own tag, not for the concept's explanation.
 */
import type { Fact } from '../schema.js';
import type { Analysis } from './engine.js';

/** The concept is named in full among the first few ranks (its explanation may rank below a broader text). */
const CONCEPT_RANKS = 3;
/** A concept with more instances than this is a field, not a set of examples. */
const MAX_EXAMPLES = 8;

/**
 * The concept's own tag: the longest of its tags whose words open its title ("hard-connectivity" for "Hard
 * connectivity: physical links"), or undefined. A tag named later in the title ("China and ASEAN standards
 * converge") is what the text is about, not the concept it defines.
 */
export function conceptTag(concept: Fact): string | undefined {
  const title = concept.title
    .toLowerCase()
    .replace(/^[^a-z]+/, '')
    .replace(/["“”]/g, '');
  const opens = (words: string) => title.startsWith(words) && !/[a-z0-9]/.test(title.charAt(words.length));
  const own = concept.tags.filter((t) => opens(t.replace(/-/g, ' ')));
  return own.sort((a, b) => b.length - a.length)[0];
}

/**
 * The instances of the concept the question names in full, or undefined: the other facts under its own tag, specific
 * ones (events, figures, agreements) before other explanations, best-ranked first. `asksForConcept` says whether the
 * asked thing is the concept itself ("which connectivity types"), which is no request for its instances.
 */
export function conceptExamples(
  { hits }: Analysis,
  byTag: ReadonlyMap<string, readonly Fact[]>,
  asksForConcept: (concept: Fact) => boolean,
): Fact[] | undefined {
  const concept = hits.slice(0, CONCEPT_RANKS).find((h) => h.fact.kind === 'topic' && h.named >= 1)?.fact;
  if (!concept || asksForConcept(concept)) return undefined;
  const tag = conceptTag(concept);
  if (!tag) return undefined;
  const members = (byTag.get(tag) ?? []).filter((f) => f !== concept);
  const specific = members.filter((f) => f.kind !== 'topic');
  if (specific.length < 2 || members.length > MAX_EXAMPLES) return undefined;
  const at = new Map(hits.map((h, i) => [h.fact, i]));
  const rank = (f: Fact) => at.get(f) ?? hits.length;
  const byRank = (a: Fact, b: Fact) => rank(a) - rank(b);
  return [...specific.sort(byRank), ...members.filter((f) => f.kind === 'topic').sort(byRank)];
}
