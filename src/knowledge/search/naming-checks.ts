/** Words and names: whether a fact says the act, the person, the names, which ones, both sides or the trade asked. */
import type { Fact } from '../schema.js';
import { LISTS, type FactCheck } from './asked-attribute.js';
import { factText, saysWord, textNear } from './english-fact-text.js';
import { isEnglishWord } from './english-words.js';
import { isSlip } from './filler.js';
import { isFiller, MEMBERSHIP, stem, tokenizeQuery, WEAK_TOKENS } from './normalize.js';
import { PLACE_NAMES } from './place-names.js';
import { isWritingAct, sameAct } from './same-acts.js';
import { namesAuthor } from './source-author.js';
import { firstTag } from './tagger-lexicon.js';

/**
 * "Who built / owns / manages / chaired X" ("which company operates X") asks for an agent: the fact must say that
 * act (any form of the verb: "built and financed by", "operates and manages"). Naming some other act ("developed
 * by") answers nothing asked.
 */
const WHO_VERB =
  /\b(?:who|(?:which|what)\s+(?:[a-z]+\s+)?(?:compan(?:y|ies)|firms?|organi[sz]ations?|groups?|bod(?:y|ies)|agenc(?:y|ies)|operators?|countr(?:y|ies)|governments?))\s+(?:(?:is|was|are|were|has|have|had|did|does|do)\s+)?(?:been\s+)?(?:(?:actually|really|already|still|also|now)\s+)?([a-z]{3,})\b/i;

export function actCheck(asked: string): FactCheck | undefined {
  // "Which countries signed up to it" asks who is a member (as the index reads it, normalize.ts), not who signed.
  const asking = asked.replace(MEMBERSHIP, ' member of ');
  const match = WHO_VERB.exec(asking);
  const verb = match?.[1]?.toLowerCase();
  if (!verb || relativeWho(asking, match!.index)) return undefined;
  const lemma = stem(verb);
  // Only verb forms: "-ed", "-s", "-ing" or an irregular past (built → build); "who is the CEO" is a role question.
  const verbal = /(?:ed|es|ing)$/.test(verb) || (/[^s]s$/.test(verb) && lemma !== verb) || !verb.startsWith(lemma);
  if (!verbal || tokenizeQuery(verb).length === 0) return undefined;
  // A slip of the verb ("anounced") that is no English word still names the act.
  const slip = !isEnglishWord(verb.toLowerCase());
  // "Who penned / wrote it": a fact that names its source's writer says that act in its own words ("columnist X").
  const writing = isWritingAct(lemma);
  const acts = sameAct(lemma);
  return (fact) =>
    (writing && namesAuthor(fact)) ||
    factText(fact).tokens.some((t) => acts.includes(t.token) || (slip && isSlip(lemma, t.token)));
}

/**
 * "The minister who called it a signal": a "who" after a noun opens a clause that says which person is meant, not a
 * question about who did the act.
 */
function relativeWho(asking: string, at: number): boolean {
  if (!/^who\b/i.test(asking.slice(at))) return false;
  const before = lastWord(asking.slice(0, at));
  return before !== undefined && (firstTag(before)?.startsWith('NN') ?? false);
}

/** The last word of a stretch of text, lower case ("the minister " → "minister"). */
function lastWord(text: string): string | undefined {
  return text.toLowerCase().match(/([a-z]+)\s*$/)?.[1];
}

/** The question's own words, stemmed: a name among them is one the asker already gives. */
const askedTokens = (asking: string) => new Set(tokenizeQuery(asking).map((t) => t.token));

/**
 * "Who was China's largest partner before ASEAN": who is asked is someone the question does not name already. A fact
 * whose every name (a capitalised word) the question gives (ASEAN, China) says nobody else, so it cannot answer.
 */
const WHO = /^\s*(?:who|whom|whose)\b/i;

export function whoCheck(asking: string): FactCheck | undefined {
  if (!WHO.test(asking)) return undefined;
  const asked = askedTokens(asking);
  return (fact) =>
    [...factText(fact).text.matchAll(/\b[A-Z][A-Za-z]*/g)].some((m) => {
      const word = m[0].toLowerCase();
      return !asked.has(stem(word)) && !asked.has(word);
    });
}

/** The content words of a phrase, in the form the fact text is stemmed to (no synonyms: "GDP" must be said). */
function contentWords(phrase: string): string[] {
  return tokenizeQuery(phrase)
    .map((t) => t.raw.toLowerCase())
    .filter((w) => /^[a-z]{2,}$/.test(w) && !isFiller(w) && !WEAK_TOKENS.has(w) && !WEAK_TOKENS.has(stem(w)))
    .map(stem);
}

/**
 * "X vs Y", "compare X with Y", "the difference between X and Y": a comparison is answered only by a fact that
 * names both sides (each side's content words, one of them at least).
 */
const COMPARE = [
  /^(.*?)\s+(?:vs\.?|versus|compared?\s+(?:with|to)|against)\s+(.+)$/i,
  /\bdifferences?\s+between\s+(.+?)\s+and\s+(.+)$/i,
];

/**
 * "What does the writer compare the framework to", "what is the deal likened to": the other side is what is asked, so
 * only a fact that draws a likeness (compared with, likened, akin to, than) answers it.
 */
const ASKS_LIKENESS =
  /\b(?:what|who)\s+(?:does|did|do|is|are|was|were)\s+.+?\s+(?:compar(?:e|es|ed)|liken(?:s|ed)?)\s+(?:.+?\s+)?(?:to|with)\s*[?.!]*\s*$/i;
const STATES_LIKENESS =
  /\b(?:compar(?:e|es|ed|ing|ison)|liken(?:s|ed)?|akin|similar|resembl(?:e|es|ed|ing)|than|analog(?:y|ous))\b|\blike\s+(?:a|an|the)\b/i;

export function comparisonCheck(asking: string): FactCheck | undefined {
  if (ASKS_LIKENESS.test(asking)) return (fact) => STATES_LIKENESS.test(factText(fact).text);
  for (const pattern of COMPARE) {
    const match = pattern.exec(asking);
    if (!match || notCompared(asking, match[1]!)) continue;
    const sides = [match[1]!, match[2]!].map(contentWords).filter((s) => s.length > 0);
    return sides.length > 0 ? (fact) => namesSides(fact, sides) : undefined;
  }
  return undefined;
}

/** "Tougher against shocks", "guard against": "against" after an adjective or a verb opposes, it does not compare. */
function notCompared(asking: string, before: string): boolean {
  if (!/^\s+against\b/i.test(asking.slice(before.length))) return false;
  const tag = firstTag(lastWord(before) ?? '');
  return tag !== undefined && /^(?:JJ|VB|RB)/.test(tag);
}

function namesSides(fact: Fact, sides: readonly string[][]): boolean {
  const aliases = new Set(fact.aliases.flatMap(contentWords));
  return sides.every((side) => side.some((w) => aliases.has(w) || saysWord(fact, w)));
}

/**
 * "Names of the X" asks for names: the fact must name X and give a proper name next to it (two capitalised words
 * running, such as "Holley Group" or "China Road and Bridge Corporation").
 */
const NAMES_OF = /\bnames?\s+of\s+(?:the\s+|all\s+the\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+?s)\b/i;
const PROPER_NAME = /\b[A-Z][a-z]*[A-Za-z]\s+(?:(?:of|and|for)\s+)?[A-Z][A-Za-z]+/g;
/** A run of country names and parties ("China and ASEAN") is no name of a thing. */
const isParty = (w: string) => PLACE_NAMES.has(w.toLowerCase()) || WEAK_TOKENS.has(w.toLowerCase());

export function namesCheck(asking: string): FactCheck | undefined {
  const match = NAMES_OF.exec(asking);
  const head = match ? contentWords(match[1]!).at(-1) : undefined;
  return head === undefined ? undefined : (fact) => givesNames(fact, head);
}

/**
 * "Which ports are involved", "which pipelines have they built": asks which things of a kind. A fact that names the
 * kind must say which: a name the question does not already give next to it, or a list that is not of kinds with it
 * ("port shipping, air transport and energy pipelines" names no port). One that never names the kind may say which
 * in other words.
 */
const WHICH_ONES = /^\s*(?:which|what)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+?s)\s+(?:are|were|have|has|had|do|does|did)\b/i;
const CAPITALISED = /(?<![.!?:]\s|^)\b[A-Z][A-Za-z]+/g;

/**
 * "Which 19 countries …": the asker knows how many and asks which, so a fact that gives the count must list them;
 * naming a few things beside it is no answer.
 */
const WHICH_COUNTED =
  /^\s*(?:which|what)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+[a-z-]+s\b/i;
const NAMED_PAIR = /\b[A-Z]\w*(?:\s+and\s+|-)[A-Z]/;

export function whichOnesCheck(asking: string): FactCheck | undefined {
  const counted = WHICH_COUNTED.exec(asking);
  if (counted) {
    // Two are listed as a pair of names: "Chongqing and Singapore", "Phnom Penh-Sihanoukville".
    const two = /^(?:2|two)$/i.test(counted[1]!);
    return (fact) => {
      const text = `${fact.summary} ${fact.details ?? ''}`;
      return LISTS.test(text) || (two && NAMED_PAIR.test(text));
    };
  }
  const match = WHICH_ONES.exec(asking);
  const head = match ? contentWords(match[1]!).at(-1) : undefined;
  if (head === undefined) return undefined;
  const asked = askedTokens(asking);
  return (fact) => saysWhich(fact, head, asked);
}

function saysWhich(fact: Fact, head: string, asked: ReadonlySet<string>): boolean {
  const { text, tokens } = factText(fact);
  const at = tokens.filter((t) => t.token === head).map((t) => t.at);
  if (at.length === 0) return true;
  const named = at.some((i) =>
    [...textNear(text, i).matchAll(CAPITALISED)].some((m) => !asked.has(stem(m[0].toLowerCase()))),
  );
  if (named) return true;
  const namesHead = (sentence: string) =>
    (sentence.match(/[A-Za-z]+/g) ?? []).some((w) => stem(w.toLowerCase()) === head);
  return text.split(/(?<=[.!?])\s+/).some((sentence) => LISTS.test(sentence) && !namesHead(sentence));
}

function givesNames(fact: Fact, head: string): boolean {
  const { text, tokens } = factText(fact);
  return tokens.some(
    (t) =>
      t.token === head &&
      [...textNear(text, t.at).matchAll(PROPER_NAME)].some((m) =>
        m[0].split(/\s+/).some((w) => /^[A-Z]/.test(w) && !isParty(w)),
      ),
  );
}

/** "Imports", "exports": a question about one direction of trade needs a fact that names it, not the two-way total. */
const DIRECTION = /\b(?:import|export)(?:s|ed|ing|ers?)?\b/gi;

/**
 * "A small export business", "an export renaissance": after an indefinite article, before a noun of its own, the word
 * names a kind of thing and asks no direction of trade. A measure after it ("an export value") still asks one.
 */
const KIND_BEFORE = /\ban?\s+(?:[a-z-]+\s+){0,2}$/i;

function namesAKind(asking: string, at: number, word: string): boolean {
  const next = /^\s+([a-z]+)/i.exec(asking.slice(at + word.length))?.[1]?.toLowerCase();
  return next !== undefined && !isFiller(next) && KIND_BEFORE.test(asking.slice(0, at));
}

export function directionCheck(asking: string): FactCheck | undefined {
  const asked = [...asking.matchAll(DIRECTION)]
    .filter((m) => !namesAKind(asking, m.index, m[0]))
    .map((m) => stem(m[0].toLowerCase()));
  if (asked.length === 0) return undefined;
  return (fact) => asked.some((a) => saysWord(fact, a));
}
