import { PLACE_NAMES } from './place-names.js';

/** Words never an owner: "it's", "what's", "that's" are contractions. */
const CONTRACTIONS = new Set(['it', 'what', 'that', 'who', 'there', 'here', 'let', 'he', 'she', 'where', 'how']);
/** "China's been", "ASEAN's a": "'s" before a participle or an article is "has" or "is", not a possessive. */
const NOT_OWNED = String.raw`(?!\s+(?:been|got|gotten|become|grown|had|a|an|the|not)\b)`;
const POSSESSIVE = new RegExp(String.raw`\b([a-z][a-z0-9-]*)['’]s\b${NOT_OWNED}`, 'gi');

/**
 * "The biggest trading partner of China", "the top partner spot for ASEAN": a relation named with "of" or "for" has
 * its owner after it.
 */
const OF_OWNER =
  /\b(?:partners?|suppliers?|markets?|customers?|neighbou?rs?)(?:\s+(?:spot|position|place|slot|rank|ranking|title|status|role))?\s+(?:of|for)\s+(?:the\s+)?([a-z][a-z0-9-]*)/gi;

/**
 * "…so how long has China held that spot for ASEAN?": a position named before ("that spot", "the top place") has
 * its owner after "for" / "of", when that is a place or bloc.
 */
const SPOT_FOR =
  /\b(?:that|the|this|top|same)\s+(?:spot|position|place|slot|title|rank)\s+(?:of|for)\s+(?:the\s+)?([a-z][a-z0-9-]*)/gi;

/** "aseans biggest partner", "chinas top market": a possessive typed without its apostrophe, on a place or bloc. */
const BARE_POSSESSIVE = new RegExp(String.raw`\b([a-z]{3,})s\b${NOT_OWNED}`, 'gi');

const isPlaceOwner = (word: string) => word === 'asean' || PLACE_NAMES.has(word);

function isBareOwner(word: string): boolean {
  return isPlaceOwner(word) && !PLACE_NAMES.has(`${word}s`);
}

/** The owners a text names with a possessive ("ASEAN's largest trading partner" → asean), lower-cased. */
export function possessors(text: string): string[] {
  const bare = [...text.matchAll(BARE_POSSESSIVE)].map((m) => m[1]!.toLowerCase()).filter(isBareOwner);
  return [
    ...[...text.matchAll(POSSESSIVE), ...text.matchAll(OF_OWNER)]
      .map((m) => m[1]!.toLowerCase())
      .filter((w) => !CONTRACTIONS.has(w)),
    ...[...text.matchAll(SPOT_FOR)].map((m) => m[1]!.toLowerCase()).filter(isPlaceOwner),
    ...bare,
  ];
}
