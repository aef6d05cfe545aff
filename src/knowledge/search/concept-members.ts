/** "Which projects does hard connectivity include": the facts a concept's own tag files under it, not the concept. */
import type { Fact } from '../schema.js';
import type { Analysis, FactSearch } from './engine.js';

/** The tag that marks a fact as a concept (a term the base defines), whose instances other facts are tagged with. */
const CONCEPT_TAG = 'concept';
/** A group of more facts than a list shows is a topic, not the concept's instances. */
const MAX_MEMBERS = 8;

/**
 * "Besides land routes, which projects does hard connectivity include": the instances of the concept a group question
 * names in full, when it sets some aside, best-ranked first, or undefined. The concept's definition is what such a
 * question already knows (it lists the kinds, those set aside among them); without a thing set aside, the
 * definition answers what the concept covers. The instances are the facts filed under the concept's own tag: one no
 * other concept carries ("connectivity" is hard and soft connectivity's both), the one with most facts the search
 * ranked, then the largest; less those stating what is set aside (`aside`).
 */
export function conceptMembers(
  search: FactSearch,
  { hits }: Analysis,
  aside: (fact: Fact) => boolean,
): Fact[] | undefined {
  const best = hits[0];
  if (!best || best.named < 1 || !best.fact.tags.includes(CONCEPT_TAG)) return undefined;
  const concept = best.fact;
  const concepts = search.byTag.get(CONCEPT_TAG) ?? [];
  const ranked = (group: readonly Fact[]) => group.filter((f) => hits.some((h) => h.fact === f)).length;
  let members: Fact[] | undefined;
  for (const tag of concept.tags) {
    if (tag === CONCEPT_TAG || concepts.some((c) => c !== concept && c.tags.includes(tag))) continue;
    const group = (search.byTag.get(tag) ?? []).filter((f) => f !== concept && !aside(f));
    if (group.length < 2 || group.length > MAX_MEMBERS) continue;
    const [now, was] = [ranked(group), members ? ranked(members) : -1];
    if (now > was || (now === was && group.length > members!.length)) members = group;
  }
  if (!members) return undefined;
  const rank = (f: Fact) => {
    const i = hits.findIndex((h) => h.fact === f);
    return i < 0 ? hits.length : i;
  };
  return [...members].sort((a, b) => rank(a) - rank(b));
}
