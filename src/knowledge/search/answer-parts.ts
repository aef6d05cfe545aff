/** Two questions in one ("X and Y", "…? …?"): each part answered on its own, or named as missing beside the other. */
import type { Fact } from '../schema.js';
import { ANSWER_COVERAGE, isGuess } from './answer-bar.js';
import type { Answer } from './answer.js';
import { answersWhatIsAsked } from './asked-for.js';
import { askCoverages } from './asking.js';
import { stageFirst } from './asked-stage.js';
import { unitFirst } from './asked-unit.js';
import { answersBoth } from './both-parts-fact.js';
import { isChinese } from './chinese-clauses.js';
import { headAfterModifier, refersBack, type CompoundSplit } from './compound.js';
import type { Analysis, FactSearch, SearchHit } from './engine.js';
import { tokenizeQuery, WEAK_TOKENS } from './normalize.js';
import { aboutSubject, answeredByFirst, holdsPartWord, onFirstSubject } from './part-subject.js';
import { markAsideJoins } from './english-except.js';
import { PLACE_NAMES } from './place-names.js';
import { respectiveHalves, sharedLead, withSubject } from './respective-parts.js';
import { firstTag } from './tagger-lexicon.js';

/** A fact this share of a part's top score may answer the part when the top fact does not (chosen on the even half). */
const PART_CLOSE = 0.7;
/** How many of a part's facts are weighed. */
const PART_CANDIDATES = 3;
/** Where an "X and Y" question splits into its two questions. */
const JOIN = /\s(?:and|&|plus|as well as)\s/i;
const BETWEEN = /\bbetween\s+((?:the\s|[a-z-]+['’]s\s)?[a-z-]+)\s(?:and|&)\s([a-z-]+)\b/gi;
/** Two places or parties joined ("China and ASEAN", "China plus ASEAN") are one thing of a question, not two. */
const PARTIES = /\b([a-z]+)\s(?:and|&|plus)\s([a-z]+)\b/gi;
const PROPER = /^[A-Z][a-z]+$/;
const VERB = /^VB[DNPZ]?$/;
/**
 * Chinese joins two questions with 和 / 与 / 以及 (no spaces), but those also join the parties of one fact (中国和东盟),
 * so only a question that says 分别 ("each, respectively") is split.
 */
const JOIN_ZH = /和|与|以及|、/;
const RESPECTIVELY_ZH = /分别/;
/** How much of a fact's name each half of a Chinese "X 和 Y" must hold to be split without 分别. */
const PAIR_NAMED_ZH = 0.75;
/** How much of a fact's name each modifier with the shared head must hold (see sharedHead). */
const SHARED_HEAD_NAMED = 0.75;
/** A part that asks for a date or time. */
const ASKS_WHEN = /\bwhen\b|什么时候|啥时候|何时|哪年|哪一年|哪天|几月|时间/i;
/** A question word opening each half of "X, and Y" says it asks two things. */
const WH_START = /^(?:what|whats|what's|when|which|who|whose|why|where|how)\b/i;
/** Two things named first, then one question about each of them ("…, when did each happen?"). */
const BOTH_WORD = /\b(?:each(?:\s+of\s+them)?|both(?:\s+of\s+them)?|they|them|their)\b/i;
const EACH_EN =
  /^\s*([^,:?]+?)\s+(?:and|&)\s+([^,:?]+?)\s*[,:]\s*((?:what|when|where|who|how|which)\b[^?]*\b(?:each|both|they|them|their)\b[^?]*)\??\s*$/i;

/**
 * "X and Y": each half answered on its own (the second with the first as context, for "when did RCEP start and how
 * many members does it have"), when both halves name something and get different facts.
 */
export function pairFor(search: FactSearch, question: string): Answer | undefined {
  // "RCEP and CAFTA 3.0, when did each happen?", "X and Y: what effect have they had?": one question asked of two.
  const each = EACH_EN.exec(question);
  if (each) {
    const [, x, y, ask] = each as unknown as [string, string, string, string];
    // Each thing takes the place of the word that points to both ("when did RCEP happen").
    const of = (thing: string) => ask.replace(BOTH_WORD, (w) => (/^their$/i.test(w) ? `${thing}'s` : thing));
    const answered = bothParts(search, of(x), of(y), {
      named: 0,
      context: false,
      guess: false,
      partial: 'none',
    });
    if (answered) return answered;
  }
  const zh = RESPECTIVELY_ZH.test(question);
  // Without 分别, a Chinese 和 / 与 joins two questions only when each half nearly names a fact of its own
  // (Rayong Industrial Zone 和 Long Jiang Industrial Park 这类园区…); 中国和东盟 names no fact in either half.
  const named = !zh && isChinese(question) ? PAIR_NAMED_ZH : 0;
  const parts = zh || named > 0 ? question.split(JOIN_ZH) : splitEnglish(question);
  if (parts.length !== 2) return undefined;
  const [left, said] = parts as [string, string];
  // "Heading to Laos next month and just curious, how many …": a left half that tells what the asker is doing asks
  // nothing; the question is the right half's, read whole as one.
  if (!zh && tellsAboutAsker(left)) return undefined;
  const right = zh ? withSubject(search, left, said) : said;
  // A one-word left half, a number aside ("how many countries and regions …", "which 19 countries and regions …"),
  // coordinates two nouns of one question (分别 has already said there are two: RCEP和中老铁路分别…).
  const words = (half: string) => tokenizeQuery(half).filter((t) => !/^\d/.test(t.token)).length;
  if (!zh && words(left) < 2)
    return named === 0 && !zh ? (sharedSubject(search, left, right) ?? sharedHead(search, left, right)) : undefined;
  // So does a one-word right half that asks nothing ("… in both yuan and dollars", "… countries and regions").
  if (!zh && words(right) < 2 && !WH_START.test(right.trim())) return undefined;
  // "How long is the railway, and who is its chief engineer?" asks two things, so a gap in the second may be said.
  // Without a question word opening each half, the halves may share a subject only one of them names, and a fact
  // found for the other half alone is no answer to show on its own (measured: out-of-scope questions answered).
  if (zh) {
    const shared = respectively(search, left, right);
    if (shared) return shared;
  }
  const partial = !zh && named === 0 && WH_START.test(left.trim()) && WH_START.test(right.trim()) ? 'second' : 'none';
  return bothParts(search, zh ? left : withTrailingSubject(left, right), right, {
    named,
    context: named === 0,
    guess: false,
    partial,
  });
}

/** A half with no question word that opens on a verb's -ing form or on the asker ("Heading to …", "I'm off to …"). */
const ASKER_OPENS = /^\s*(?:i|i['’]m|im|i['’]ll|we|we['’]re|my|our)\b/i;
const ASKS_ANYTHING = /\b(?:what|whats|when|which|who|whose|why|where|how)\b|\?/i;

function tellsAboutAsker(half: string): boolean {
  if (ASKS_ANYTHING.test(half)) return false;
  const first = /^\s*([a-z]+)/i.exec(half)?.[1]?.toLowerCase();
  return ASKER_OPENS.test(half) || (first !== undefined && firstTag(first) === 'VBG');
}

/**
 * 分别 halves read with what the other half writes for both; when one fact leads both (and both clear the bar),
 * the halves share it out (respective-parts.ts).
 */
function respectively(search: FactSearch, left: string, right: string): Answer | undefined {
  const [l, r] = respectiveHalves(left, right);
  const [a, b] = [bestFor(search, l), bestFor(search, r)];
  if (!a || !b || a.fact.id !== b.fact.id) return undefined;
  const facts = sharedLead(search, l, r);
  if (!facts) return undefined;
  return facts.length === 1
    ? { kind: 'fact', fact: facts[0]!, others: [] }
    : { kind: 'facts', facts, guessed: [], missing: [] };
}

/** "… on / of / for the expressway": the phrase that names what a noun before it measures. */
const OF_SUBJECT = /\s(?:on|of|for|at)\s+(?:the\s+)?[^\s?]+.*$/i;

/**
 * "Digital economy and green industries: are both part of 3.0?": the subject the right half names after "of" is the
 * left half's too, when the left half names none of its own.
 */
function withTrailingSubject(left: string, right: string): string {
  const subject = OF_SUBJECT.exec(right);
  if (!subject || subject.index === 0 || OF_SUBJECT.test(left)) return left;
  return `${left.trim()}${subject[0].replace(/[?!.]+\s*$/, '')}`;
}

/**
 * "Total traffic and daily average on the expressway": two measures of one subject the second half names. Each
 * measure, with the subject, is its own question when each finds a different fact alone (not one fact that holds
 * both nouns, as "countries and regions" of one count do).
 */
function sharedSubject(search: FactSearch, left: string, right: string): Answer | undefined {
  const subject = OF_SUBJECT.exec(right);
  if (!subject || subject.index === 0) return undefined;
  // "The total and the daily average traffic on …": a left half that ends on a modifier measures the noun the
  // right half writes once, before the subject.
  const modifier = /([a-z]+)\s*$/i.exec(left)?.[1];
  const head = /([a-z]+)\s*$/i.exec(right.slice(0, subject.index))?.[1];
  const shared = modifier && head && firstTag(modifier.toLowerCase()) === 'JJ' ? ` ${head}` : '';
  const own = `${left.trim()}${shared}${subject[0]}`;
  if (tokenizeQuery(`${left}${shared}`).length === 0) return undefined;
  const first = bestFor(search, own);
  const second = bestFor(search, right);
  if (!first || !second || first.fact.id === second.fact.id) return undefined;
  return { kind: 'facts', facts: [first.fact, second.fact], guessed: [], missing: [] };
}

/**
 * "What are hard and soft connectivity": a one-word left half modifies the head noun the right half writes once
 * after its own modifier, so each modifier with the head is a question. Only when each names a fact of its own
 * (SHARED_HEAD_NAMED): "China and ASEAN trade" is one thing, not China's trade and ASEAN's.
 */
function sharedHead(search: FactSearch, left: string, right: string): Answer | undefined {
  const head = headAfterModifier(right);
  if (!head) return undefined;
  return bothParts(search, `${left.trim()} ${head}`, right, {
    named: SHARED_HEAD_NAMED,
    context: false,
    guess: false,
    partial: 'none',
  });
}

/**
 * Two questions asked outright ("…? …?", "also …", 另外 …), each answered on its own. A part may be a marked best
 * guess's worth of sure, as a whole question may (isGuess).
 */
export function answerParts(
  search: FactSearch,
  { parts: [left, right], named, bothOrWhole }: CompoundSplit,
): Answer | undefined {
  // A comparison ("X vs Y", "the difference between X and Y") is no answer with one side missing.
  const partial = named > 0 || bothOrWhole ? 'none' : 'either';
  return bothParts(search, left, right, { named, context: true, guess: !bothOrWhole, partial });
}

/**
 * Each part's fact, the second read with the first as context when it has too little of its own ("when did RCEP
 * start and how many members does it have"), or first of all when it points back (它 / it). A part no fact answers
 * (as `partial` allows) is named as missing beside the other part's fact, which must clear the bar (no guess): the
 * member learns what is known and what is not, rather than "I don't know" for both or a near miss for one.
 */
function bothParts(
  search: FactSearch,
  left: string,
  right: string,
  { named, context, guess, partial }: PartOptions,
): Answer | undefined {
  const first = bestFor(search, left, undefined, named, guess);
  if (!first && partial !== 'either') return undefined;
  // A part that points back (it, its, the other one) asks about the first part's subject: a fact for it must be one
  // of that subject's. Any fact for a part must hold a word of the part, and outrank the first part's fact for it.
  const back = pointsBack(right);
  // "The FTA" after a part on CAFTA is CAFTA, not another FTA.
  const own = onFirstSubject(left, right);
  const queries = [own, ...(context ? [`${own} ${left}`] : [])];
  if (refersBack(right)) queries.reverse();
  let second: ReturnType<typeof bestFor>;
  for (const query of queries) {
    second = bestFor(search, query, first?.fact, named, guess, own);
    if (!second) continue;
    if (query !== own && !holdsPartWord(search, query, own, second.fact)) second = undefined;
    else if (first && back && !aboutSubject(search, left, first.fact, second.fact, right)) second = undefined;
    else if (first && answeredByFirst(search, right, first.fact, second.fact)) second = undefined;
    else break;
  }
  // One fact close behind the first part's that also states what the second asks answers both: it leads.
  const both =
    first && !first.guess && (second || partial !== 'none')
      ? answersBoth(search, first.analysis, left, right, first.fact, second?.fact)
      : undefined;
  if (first && both) return { kind: 'facts', facts: [both, first.fact], guessed: [], missing: [] };
  if (first && second) {
    const guessed = [first, second].filter((p) => p.guess).map((p) => p.fact.id);
    return { kind: 'facts', facts: [first.fact, second.fact], guessed, missing: [] };
  }
  const known = first ?? second;
  if (!known || known.guess || partial === 'none' || (partial === 'second' && !first)) return undefined;
  const [part, other] = first ? [right, left] : [left, right];
  // The known fact may answer both parts (one fact on a zone says who runs it and when it opened): then the whole
  // question has one answer, not a gap. A part that points back is read with the other part's subject, not alone.
  const again =
    (back && first ? undefined : bestFor(search, part, undefined, named, true)) ??
    bestFor(search, `${part} ${other}`, undefined, named, true, part);
  if (again?.fact.id === known.fact.id) return undefined;
  return { kind: 'facts', facts: [known.fact], guessed: [], missing: [part.replace(/[\s?？.。!！,，;；:：]+$/u, '')] };
}

/** A pronoun anywhere in a part ("which outlet ran it", "what's the other one") refers to the other part's subject. */
const POINTS_BACK = /\b(?:it|its|they|their|them|he|his|him|she|her)\b|\bthe other one\b|它/i;

function pointsBack(part: string): boolean {
  return refersBack(part) || POINTS_BACK.test(part);
}

interface PartOptions {
  named: number;
  context: boolean;
  guess: boolean;
  /** Which part may be said to be missing when the other has a fact. */
  partial: 'either' | 'second' | 'none';
}

/** "X and Y" split into its two questions, except where "and" joins two parties ("china and asean", "china and laos"). */
function splitEnglish(question: string): string[] {
  const place = (w: string) => WEAK_TOKENS.has(w.toLowerCase()) || PLACE_NAMES.has(w.toLowerCase());
  // A place written as a name beside another name (capitalised, not an acronym) the place list lacks: "Bangkok and
  // Chongqing".
  const party = (a: string, b: string) =>
    (place(a) && place(b)) ||
    (PROPER.test(a) && PROPER.test(b) && (PLACE_NAMES.has(a.toLowerCase()) || PLACE_NAMES.has(b.toLowerCase())));
  // "Who built and runs the line": two verbs side by side share one subject and one object, so one question; the
  // time of two acts ("signed and took effect when") is two times.
  const verbs = (a: string, b: string) =>
    !ASKS_WHEN.test(question) &&
    VERB.test(firstTag(a.toLowerCase()) ?? '') &&
    VERB.test(firstTag(b.toLowerCase()) ?? '');
  // An "and" in a sentence before the one that asks joins context, not two questions: "Heading to Cambodia and will
  // drive to Sihanoukville. How busy is the expressway?" asks one thing.
  const asking = question.split(/(?<=[.?!])\s+(?=[a-z])/i).at(-1)!;
  if (!JOIN.test(asking)) return [question];
  // "Between Kunming and Vientiane" names the two ends of one thing, whatever the two words are; "more and more" says
  // one thing twice.
  const kept = markAsideJoins(question, '\u0000')
    .replace(BETWEEN, (m, a: string, b: string) => `between ${a}\u0000${b}`)
    .replace(PARTIES, (m, a: string, b: string) =>
      party(a, b) || verbs(a, b) || a.toLowerCase() === b.toLowerCase() ? `${a}\u0000${b}` : m,
    );
  return kept.split(JOIN).map((p) => p.replace(/\u0000(and|&)?\u0000|\u0000/g, (m, j?: string) => ` ${j ?? 'and'} `));
}

/**
 * The one fact that answers a question (not the excluded one), if any, and whether only as a best guess. It must
 * state what `asked` (the part itself, when `question` adds the other part as context) asks for: a near miss is no
 * answer to a part, as to a whole question.
 */
function bestFor(
  search: FactSearch,
  question: string,
  exclude?: Fact,
  named = 0,
  guess = false,
  asked = question,
): { fact: Fact; guess: boolean; analysis: Analysis } | undefined {
  const ranked = search.analyze(question, { limit: PART_CANDIDATES });
  const strong = ranked.terms.some((t) => !WEAK_TOKENS.has(t.text) && !ranked.unseen.includes(t.text));
  if (!strong) return undefined;
  const fits = answersWhatIsAsked(asked, ranked, { part: true });
  // A part that asks when a stage came (RCEP 何时启动: in force, not signed) gets that stage's fact first, as a
  // whole question does; a part asking a count at a stage ("how many passengers did it start with") asks no date.
  const coverages = askCoverages(question, ranked);
  const staged = ASKS_WHEN.test(asked)
    ? stageFirst(asked, ranked, coverages, fits)
    : { analysis: ranked, coverage: coverages };
  // A part that asks a value of a type ("how long is it") gets a close figure of that type first, as a whole question.
  const { analysis, coverage } = unitFirst(asked, staged, fits);
  const i = analysis.hits.findIndex((h) => h.fact.id !== exclude?.id);
  if (i < 0 || analysis.hits[i]!.named < named) return undefined;
  const top = analysis.hits[i]!;
  if (coverage[i]! >= ANSWER_COVERAGE) {
    if (fits(top)) return { fact: top.fact, guess: false, analysis };
    const close = closeAnswer(analysis, coverage, i, fits, question === asked ? named : undefined);
    return close ? { fact: close, guess: false, analysis } : undefined;
  }
  // A part of a question asked outright may name its fact without covering it, as a whole question may (isGuess).
  const rest = analysis.hits.filter((h) => h.fact.id !== exclude?.id);
  return guess && isGuess({ ...analysis, hits: rest }, question) && fits(rest[0]!)
    ? { fact: rest[0]!.fact, guess: true, analysis }
    : undefined;
}

/**
 * The top fact may name a part's subject yet not state what the part asks ("how many years running": the railway's
 * length): a fact close behind it that names the subject as fully, states what is asked and clears the bar answers
 * the part. Only a part read alone (`named` given) is so read: with the other part as context, a fact close behind
 * may rank there by the context's words alone.
 */
function closeAnswer(
  { hits }: Analysis,
  coverage: readonly number[],
  i: number,
  fits: (hit: SearchHit) => boolean,
  named: number | undefined,
): Fact | undefined {
  const top = hits[i]!;
  if (named === undefined || top.named === 0) return undefined;
  return hits.find(
    (h, j) =>
      j > i &&
      h.score >= top.score * PART_CLOSE &&
      h.named >= Math.max(named, top.named) &&
      coverage[j]! >= ANSWER_COVERAGE &&
      fits(h),
  )?.fact;
}
