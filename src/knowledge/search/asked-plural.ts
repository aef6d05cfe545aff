import { isSlip } from './filler.js';
import { isEnglishWord } from './english-words.js';
import { isFiller } from './normalize.js';
import { canBeVerb, firstTag } from './tagger-lexicon.js';

/**
 * What a "which / what / name / list" question asks for: the noun phrase the question word governs ("which two
 * cities", "what percent of …", "name the zones"). Only a plural one asks for several things; a plural noun
 * elsewhere in the question ("over what time span did it log 10 million vehicles") does not.
 */
export interface AskedThing {
  /** Whether the governed phrase's head is plural. */
  plural: boolean;
  /** The phrase's words up to its plural head, lower case as typed ("industrial", "zones", "and", "parks"). */
  words: string[];
}

const WH = ['which', 'what', 'whats'];
const REQUEST = ['name', 'list'];
const BE = new Set(['is', 'are', 'was', 'were', "what's", 'whats']);
/** Words that open a noun phrase without being part of its head: skipped before it ("all the", "the two", "some"). */
const OPENERS = /^(?:DT|PDT|PRP\$|PRP|CD)$/;
/** A phrase is read this far at most: a head comes early or not at all. */
const MAX_PHRASE = 6;

const wordsOf = (clause: string) => clause.toLowerCase().match(/[a-z]+(?:-[a-z]+)*(?:'[a-z]+)?|\d[\d.,]*|[%$]/g) ?? [];

/**
 * A hyphenated word is tagged as its last part, and one that ends in a participle or an adjective ("China-linked",
 * "state-owned", "export-led") modifies the noun after it, as an adjective does.
 */
function tagOf(word: string): string | undefined {
  if (!word.includes('-')) return firstTag(word);
  const tag = firstTag(word.slice(word.lastIndexOf('-') + 1));
  return tag === 'VBN' || tag === 'VBD' || tag?.startsWith('JJ') ? 'JJ' : tag;
}

/** The word the question asks with, read through slips of "which" and "list" ("wich", "lsit"). */
function askWord(word: string): string | undefined {
  if (WH.includes(word) || REQUEST.includes(word)) return word === 'whats' ? 'what' : word;
  if (isSlip(word, 'which')) return 'which';
  // "The columnist lists": a word of its own is no slip ("lists", "lust").
  if (isSlip(word, 'list') && !isEnglishWord(word)) return 'list';
  return undefined;
}

/**
 * The asked thing of an English asking clause (no words when the question word governs no noun), or undefined when
 * the clause has no question word.
 */
export function askedThing(clause: string): AskedThing | undefined {
  const list = wordsOf(clause).map((w) => w.replace(/'s$/, ''));
  const at = list.findIndex((w) => askWord(w) !== undefined);
  if (at < 0) return undefined;
  let i = at + 1;
  if (REQUEST.includes(askWord(list[at]!)!)) {
    // "Name (me) all the zones", "list which countries …": the phrase (or the question word) after the request.
    while (i < list.length && (isOpener(list[i]!) || list[i] === 'of')) i++;
    const next = list[i] && askWord(list[i]!);
    if (next && WH.includes(next)) i++;
    // "…zones built with China, name some pls", "list them": a request that names nothing governs no phrase of its own.
    if (i > at + 1 && list.slice(i).every((w) => isFiller(w))) return undefined;
  } else if (BE.has(list[i] ?? '')) {
    // "What are the two types of …": the subject after the copula is what is asked.
    i++;
    while (i < list.length && isOpener(list[i]!)) i++;
    const subject = nounPhrase(list, i);
    // "What are members using it for": the copula is an auxiliary, and the question word the verb's object.
    const after = list[i + (subject?.words.length ?? 0)];
    return subject && firstTag(after ?? '') !== 'VBG' ? subject : { plural: false, words: [] };
  } else if (list[i] !== undefined && isVerbFirst(list[i]!)) {
    // "What does it do for …", "what happened": the question word is the thing asked, and a pronoun is no list.
    return { plural: false, words: [] };
  } else if (list[i] === 'of') {
    // "Which of the parks …" asks among the things named.
    i++;
  }
  while (i < list.length && isOpener(list[i]!)) i++;
  return nounPhrase(list, i) ?? { plural: false, words: [] };
}

function nounPhrase(list: readonly string[], start: number): AskedThing | undefined {
  const words: string[] = [];
  let nouns = 0;
  for (let i = start; i < list.length && i < start + MAX_PHRASE; i++) {
    const word = list[i]!;
    const tag = tagOf(word);
    words.push(word);
    if (tag?.startsWith('JJ') || word === 'other' || (nouns === 0 && tag === 'CD')) continue;
    // "Industrial or economic zones": adjectives joined by "or" / "and" modify the one noun after them.
    if (nouns === 0 && /^(?:or|and)$/.test(word) && tagOf(list[i - 1] ?? '')?.startsWith('JJ')) continue;
    words.pop();
    if (!isNounish(word, tag)) break;
    // "Which year counts as …": after a noun, a word that can be a verb is one unless a verb follows it.
    if (nouns > 0 && canBeVerb(word) && !isVerbFirst(list[i + 1] ?? '')) break;
    words.push(word);
    nouns++;
    if (isPlural(word, tag)) {
      // "Parks and economic zones", "zones / parks": a plural joined to another asks for things of both kinds.
      const joined = /^(?:and|or)$/.test(list[i + 1] ?? '') ? nounPhrase(list, i + 2) : undefined;
      return { plural: true, words: joined?.plural ? [...words, list[i + 1]!, ...joined.words] : words };
    }
  }
  return nouns > 0 ? { plural: false, words } : undefined;
}

function isOpener(word: string): boolean {
  return OPENERS.test(firstTag(word) ?? '') || /^\d/.test(word);
}

/** Nouns, and words the lexicon lacks (names such as ASEAN, RCEP; slips such as "countrys"). */
function isNounish(word: string, tag: string | undefined): boolean {
  if (!/^[a-z]/.test(word)) return false;
  return tag === undefined || tag.startsWith('NN');
}

function isPlural(word: string, tag: string | undefined): boolean {
  if (tag !== undefined) return tag === 'NNS' || tag === 'NNPS';
  return word.length > 3 && /[^s]s$/.test(word) && !/(us|is)$/.test(word);
}

function isVerbFirst(word: string): boolean {
  const tag = firstTag(word);
  return tag !== undefined && (tag.startsWith('VB') || tag === 'MD');
}

/** Counts above one, as words or digits: "the three advantages", "3 main benefits". */
const SEVERAL = /^(?:two|three|four|five|six|seven|eight|nine|ten|[2-9])$/;

/**
 * "(Give me) the three advantages of …": a count above one before a plural noun phrase asks for that many things,
 * with or without a question word. Undefined when the clause counts no plural.
 */
export function countedThing(clause: string): AskedThing | undefined {
  const list = wordsOf(clause);
  for (const [i, word] of list.entries()) {
    if (!SEVERAL.test(word)) continue;
    const phrase = nounPhrase(list, i + 1);
    if (phrase?.plural) return phrase;
  }
  return undefined;
}
