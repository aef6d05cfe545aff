import { isEnglishWord } from './english-words.js';
import { isLikelyNoun } from './likely-nouns.js';
import { canBeVerb, firstTag } from './tagger-lexicon.js';
import { commonWordNear, frequencyRank, KEPT } from './word-frequency.js';

/**
 * How much an English word the base has never seen counts against a fact, by what the word is. A noun (a ticket,
 * the weather, a minister) names what is asked, and so does a rare word of any kind: they count in full. A common
 * verb, adjective or adverb ("hop", "single", "pulled") mostly rephrases a question the base may well answer: the
 * more common, the less it counts, down to FLOOR for the most common. Chosen on the even half of the English
 * development sets: the share falls from 1 at rank KEPT to FLOOR at rank COMMON (log scale).
 *
 * (A synonym bridge through CC-CEDICT as a pivot, English words glossing one Chinese entry, norm and standard by 规范,
 * was measured and dropped: 2 more good answers on the even halves, none on the odd; broader caps answered out-of-scope
 * questions on the odd half.)
 */
const COMMON = 1000;
export const FLOOR = 0.1;
/** Shorter unknown words are chat noise (see isChatNoise in engine.ts), not typos worth reading. */
export const MIN_TYPO = 5;

/** The English word an unseen token stands for: itself, or the common word it is a typo of; undefined for a name. */
export function englishReading(raw: string): string | undefined {
  if (isEnglishWord(raw)) return raw;
  if (raw.length < MIN_TYPO || /\d/.test(raw)) return undefined;
  const near = commonWordNear(raw);
  return near !== undefined && isEnglishWord(near) ? near : undefined;
}

/** The share of the unseen-word weight an English word (see englishReading) carries, in [FLOOR, 1]. */
export function englishUnseenShare(word: string): number {
  return isLikelyNoun(word) ? 1 : commonWordShare(word);
}

/** The share by frequency alone: what a word used as a verb ("hook into", "shore up") carries, whatever it mostly is. */
export function commonWordShare(word: string): number {
  const rank = verbRank(word);
  if (rank === undefined) return 1;
  const rarity = Math.log(rank / COMMON) / Math.log(KEPT / COMMON);
  return Math.min(1, Math.max(FLOOR, FLOOR + (1 - FLOOR) * rarity));
}

/** Endings of a regular verb form, each with what may replace it to give the base ("teaming" → "team", "tied" → "tie"). */
const ENDINGS: [RegExp, string[]][] = [
  [/ing$/, ['', 'e']],
  [/ied$/, ['y']],
  [/ed$/, ['', 'e']],
  [/ies$/, ['y']],
  [/e?s$/, ['', 'e']],
];

/**
 * How common a word is, read for a verb form by its verb: an inflection is rarer than the verb it is a form of
 * ("teaming" against "team"), yet rephrases a question as much.
 */
function verbRank(word: string): number | undefined {
  const rank = frequencyRank(word);
  const tag = firstTag(word);
  // A rare form the tagger lacks that only a verb takes ("rerouting") is read by its base too, when that is English.
  const unknownForm = tag === undefined && rank === undefined && /(?:ing|ed)$/.test(word);
  if (!unknownForm && !/^VB[DGNZ]$/.test(tag ?? '')) return rank;
  const isBase = unknownForm ? (base: string) => canBeVerb(base) || isEnglishWord(base) : canBeVerb;
  const bases = ENDINGS.flatMap(([end, adds]) => {
    if (!end.test(word)) return [];
    const stem = word.replace(end, '');
    return [...adds.map((a) => stem + a), ...undoubled(stem)];
  });
  const ranks = [rank, ...bases.filter(isBase).map(frequencyRank)].filter((r): r is number => r !== undefined);
  return ranks.length > 0 ? Math.min(...ranks) : undefined;
}

/** A doubled last consonant is the inflected form's ("planned" → "plan", "bigger" → "big"). */
function undoubled(stem: string): string[] {
  return /([b-df-hj-np-tv-z])\1$/.test(stem) ? [stem.slice(0, -1)] : [];
}

/** The adjectives an -er / -est form may be of: "smoother" → smooth, "larger" → large, "bigger" → big, "easier" → easy. */
export function adjectiveBases(word: string): string[] {
  const m = /^([a-z]{3,}?)(i?)(?:er|est)$/.exec(word);
  if (!m) return [];
  const stem = m[1]!;
  return m[2] ? [`${stem}y`] : [stem, `${stem}e`, ...undoubled(stem)];
}

/** "Frictionless" → friction: "-less" says "free of" its noun, which the base may name ("friction-free"). */
export function nounBeforeLess(word: string): string[] {
  return /^[a-z]{4,}less$/.test(word) ? [word.slice(0, -4)] : [];
}
