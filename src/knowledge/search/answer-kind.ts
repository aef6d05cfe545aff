import { isEnglishWord } from './english-words.js';
import { tokenizeQuery, WEAK_TOKENS } from './normalize.js';
import { canBeVerb, firstTag } from './tagger-lexicon.js';

/**
 * The nouns that name the kind of answer a question wants ("which outlet ran it", "what title did it win", "how
 * big a slice of the economy"): the answer is an instance of the kind, and a fact gives the instance (China
 * Economic Net, the world's largest free trade area) without the kind's word. "What is the toll / population of X"
 * and "how many tonnes" are not of this form: there the noun is the attribute asked, which the fact must state.
 */
const OPENERS = /^(?:what|which)$/;
/** A question phrase holds at most this many words after its opener ("what regional bodies or goals"). */
const MAX_WORDS = 4;
const COPULA = /^(?:is|are|was|were|be|been|means?|meant)$/;

/** Whether a word may stand in the question phrase: an adjective, a noun, a number, "or", or a word the lexicon lacks. */
function inPhrase(word: string): boolean {
  if (/^\d/.test(word)) return true;
  const tag = firstTag(word);
  if (tag === undefined) return word.length > 2;
  return /^(?:JJ|NN|CD|CC)/.test(tag) && !/^NNP/.test(tag);
}

const isNoun = (word: string) => !/^\d/.test(word) && (firstTag(word)?.startsWith('NN') ?? true);

/** The tokens (in index form) of the nouns that name the kind of answer an English asking clause wants. */
export function answerKindTokens(asking: string): Set<string> {
  const words = asking.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];
  const kinds = new Set<string>();
  words.forEach((word, i) => {
    let start: number;
    // A direct question opens its clause with the phrase ("in which fields", "and which outlet"); "explain what
    // inflation is" asks about the noun after it.
    const opens = i === 0 || /^(?:IN|CC)$/.test(firstTag(words[i - 1]!) ?? '');
    if (!opens) return;
    if (OPENERS.test(word)) start = i + 1;
    // "How big a slice", "how large a share"; not "how does a black hole form", where the noun is what is asked.
    else if (
      word === 'how' &&
      /^(?:JJ|RB)/.test(firstTag(words[i + 1] ?? '') ?? '') &&
      /^(?:an?)$/.test(words[i + 2] ?? '')
    )
      start = i + 3;
    else return;
    let end = start;
    while (end < Math.min(words.length, start + MAX_WORDS) && inPhrase(words[end]!)) end++;
    // "What colour are the trains" asks an attribute of its subject, as "what is the colour of" does: only a phrase
    // that a verb of its own acts on or with ("which outlet ran it", "what title did it win") names a kind.
    if (COPULA.test(words[end] ?? '')) return;
    // The phrase's last word before the verb is its head; nouns before it ("time span") name the kind too.
    for (const word of words.slice(start, end).filter(isNoun)) for (const t of tokenizeQuery(word)) kinds.add(t.token);
  });
  return kinds;
}

/** Particles that make the word before them a verb ("hook into", "shore up", "stretch across"). */
const PARTICLE = /^(?:up|into|across|out|off|down|back|together)$/;
const OBJECT = /^(?:it|them|this|that|these|those)$/;

/**
 * The words of an English clause used as verbs of a phrasal verb, by their tokens (in index form): mostly nouns
 * ("hook", "shore"), here they rephrase what is asked rather than name it.
 */
export function phrasalVerbs(asking: string): Map<string, string> {
  const words = asking.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];
  const verbs = new Map<string, string>();
  words.forEach((word, i) => {
    // A pronoun may stand between the verb and its particle ("sum them up", "break it down").
    const particle = OBJECT.test(words[i + 1] ?? '') ? words[i + 2] : words[i + 1];
    if (!PARTICLE.test(particle ?? '') || !canBeVerb(word)) return;
    // The particle is part of the verb, and weighs as it does.
    for (const t of tokenizeQuery(`${word} ${particle!}`)) verbs.set(t.token, word);
  });
  return verbs;
}

const DO = /^(?:do|does|did)$/;
/** What may follow a main verb: its object's determiner, a number, a preposition, "anything", or the clause's end. */
const AFTER_VERB = /^(?:the|a|an|its|their|any|anything|more|over|to|with|for|in|on|at|by|\d.*)$/;
const NOUN_DETERMINER = /^(?:the|a|an|its|their|this|that|these|those|of|in|on|for|to|with|by|at)$/;

/**
 * "When did they seal the 3.0 talks", "does the upgrade touch anything green": after "do" and its subject, the word
 * the lexicon knows as a verb, with its object or the clause's end after it, is the clause's verb, by its token.
 */
export function invertedVerbs(asking: string): Map<string, string> {
  const words = asking.toLowerCase().match(/[a-z0-9.]+(?:['’][a-z]+)?/g) ?? [];
  const verbs = new Map<string, string>();
  const aux = words.findIndex((w) => DO.test(w));
  if (aux < 0) return verbs;
  for (let i = aux + 2; i < words.length; i++) {
    const word = words[i]!;
    if (!canBeVerb(word) || NOUN_DETERMINER.test(words[i - 1]!)) continue;
    const next = words[i + 1];
    // An adjective after it opens its object ("touch digital economy", "cover green industries").
    if (next !== undefined && !AFTER_VERB.test(next) && firstTag(next) !== 'JJ') continue;
    for (const t of tokenizeQuery(word)) verbs.set(t.token, word);
    break;
  }
  return verbs;
}

/** "How many areas does the deal span": a count asked of a subject, its verb at the clause's end. */
const COUNT_ASKED = /^(?:(?:and|so|but)\s+)?how\s+many\b/i;

/**
 * The verb that ends "how many N does S V" when the lexicon lacks it ("span"), by its token. It only links the count
 * to its subject, and a fact must state a number of N to answer (asked-for.ts), which says more than the verb could.
 */
export function countingVerb(asking: string): string | undefined {
  if (!COUNT_ASKED.test(asking.trim())) return undefined;
  const words = asking.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];
  const aux = words.findIndex((w) => DO.test(w));
  const last = words.at(-1)!;
  if (aux < 0 || words.length < aux + 3 || firstTag(last) !== undefined || !isEnglishWord(last)) return undefined;
  return tokenizeQuery(last)[0]?.token;
}

const HOW_MANY_MODIFIED = /\bhow\s+many\s+([a-z]+)\s+([a-z]+)/i;

/**
 * "How many ASEAN nations": the thing counted after a common name of the base. A fact answers only when a number
 * stands right before that name ("the ten ASEAN countries", asked-for.ts), whatever it calls the things counted, so
 * the word for them names the kind of answer: the base's never having seen it says nothing against a fact.
 */
export function countedAfterModifier(asking: string): string | undefined {
  const match = HOW_MANY_MODIFIED.exec(asking);
  const [modifier, counted] = [tokenizeQuery(match?.[1] ?? '')[0], tokenizeQuery(match?.[2] ?? '')[0]];
  return modifier && counted && WEAK_TOKENS.has(modifier.token) ? counted.token : undefined;
}
