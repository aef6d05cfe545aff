import type { Fact } from '../schema.js';
import { answersWhatIsAsked } from './asked-for.js';
import { askCoverages, askingClause } from './asking.js';
import { withoutAsker } from './chinese-asking.js';
import { isChinese } from './chinese-clauses.js';
import { chineseExcepted, statesExcepted } from './chinese-except.js';
import { chineseClaimElsewhere, chineseGuessDespiteUnseen } from './chinese-guess.js';
import { refersBack, splitCompound, type CompoundSplit } from './compound.js';
import type { Analysis, FactSearch, SearchHit } from './engine.js';
import { isSlip } from './filler.js';
import { isFiller, tokenizeQuery, WEAK_TOKENS } from './normalize.js';
import { PLACE_NAMES } from './place-names.js';

/** What the bot says to a question: one fact, a group, several facts, a marked best guess, or that it does not know. */
export type Answer =
  | { kind: 'fact'; fact: Fact; others: Fact[] }
  | { kind: 'list'; tag: string; facts: Fact[] }
  /**
   * `guessed`: the ids among `facts` that answer their part only as a best guess (see isGuess), to be marked so.
   * `missing`: the parts of a two-part question no fact answers (as asked), said plainly beside the part that has one.
   */
  | { kind: 'facts'; facts: Fact[]; guessed: string[]; missing: string[] }
  | { kind: 'guess'; fact: Fact; others: Fact[] }
  | { kind: 'none'; nearest: Fact[] };

/** A group answer lists at most this many facts (a tag shared by more is a topic, not a list). */
const MAX_GROUP = 8;
/** A group is meant when at least two of its facts rank close to the best one. */
const GROUP_CLOSE = 0.6;
/** A best guess needs the question to name the fact this much, and to lead the next fact by this factor. */
const GUESS_NAMED = 0.5;
const GUESS_LEAD = 1.5;
/** Answer when the best fact covers this share of the asking clause (chosen on the development sets). */
export const ANSWER_COVERAGE = 0.55;

const LIST_WORD = /\b(which|what|name|list)\b/i;
const LIST_SLIPS = ['which', 'list'];
/** Chinese asks for several things with 哪些 / 哪几 ("which ones") or 列出 / 列举 ("list"). */
const LIST_WORD_ZH = /哪些|哪几|列出|列举/;
/** Where an "X and Y" question splits into its two questions. */
const JOIN = /\s(?:and|&|plus|as well as)\s/i;
const BETWEEN = /\bbetween\s+([a-z-]+)\s(?:and|&)\s([a-z-]+)\b/gi;
const PARTIES = /\b([a-z]+)\s(?:and|&)\s([a-z]+)\b/gi;
/**
 * Chinese joins two questions with 和 / 与 / 以及 (no spaces), but those also join the parties of one fact (中国和东盟),
 * so only a question that says 分别 ("each, respectively") is split.
 */
const JOIN_ZH = /和|与|以及|、/;
const RESPECTIVELY_ZH = /分别/;
/** How much of a fact's name each half of a Chinese "X 和 Y" must hold to be split without 分别. */
const PAIR_NAMED_ZH = 0.75;
/** A question word opening each half of "X, and Y" says it asks two things. */
const WH_START = /^(?:what|whats|what's|when|which|who|whose|why|where|how)\b/i;

export function answerQuestion(search: FactSearch, asked: string): Answer {
  // Full-width digits, letters and punctuation (２０１９年, ？) read as their ASCII forms, so the rules that look for
  // years, figures or question marks see the same question however it was typed.
  // Who asks (作为一名记者，…) says nothing about what is asked.
  const question = withoutAsker(search.correctChinese(asked.normalize('NFKC')));
  const ranked = search.analyze(question, { limit: 8 });
  const fits = answersWhatIsAsked(question, ranked);
  const { analysis, coverage } = besidesExcepted(question, ranked, fits);
  const { hits } = analysis;
  const best = hits[0];
  // Two questions asked outright (a second question mark, "also", 另外 …) are answered part by part before any list.
  const parts = splitCompound(question);
  const answered = parts && answerParts(search, parts);
  if (answered) return answered;
  // A group or a pair answers only what the best fact could: "the average speed of trains" lists no railway facts.
  const list = listIntent(question) && best && fits(best) ? groupFor(search, analysis, coverage, fits) : undefined;
  if (list) return list;
  const pair = pairFor(search, question);
  if (pair) return pair;
  const confident = hits.filter((h, i) => coverage[i]! >= ANSWER_COVERAGE && fits(h));
  if (best && confident[0] === best)
    return { kind: 'fact', fact: best.fact, others: confident.slice(1, 4).map((h) => h.fact) };
  if (best && fits(best) && isGuess(analysis, question))
    return { kind: 'guess', fact: best.fact, others: hits.slice(1, 3).map((h) => h.fact) };
  return { kind: 'none', nearest: search.nearest(question, 3) };
}

/** The fact ids an answer shows, in order (empty for "I don't know"). */
export function answerIds(answer: Answer): string[] {
  switch (answer.kind) {
    case 'fact':
    case 'guess':
      return [answer.fact.id];
    case 'list':
    case 'facts':
      return answer.facts.map((f) => f.id);
    case 'none':
      return [];
  }
}

/** "Which …s", "name the …", "list …": asks for several things of one kind. */
function listIntent(question: string): boolean {
  const asking = askingClause(question);
  if (LIST_WORD_ZH.test(asking)) return true;
  const words = asking.toLowerCase().split(/[^a-z]+/);
  // A slip of the list word ("wich", "lsit") still asks for a list.
  if (!LIST_WORD.test(asking) && !words.some((w) => LIST_SLIPS.some((l) => isSlip(w, l)))) return false;
  return words.some((w) => w.length > 4 && /[^s]s$/.test(w) && !/(ss|us|is|ous)$/.test(w) && !isFiller(w));
}

/** The tag whose facts rank together at the top: listed whole, best-ranked first. */
function groupFor(
  search: FactSearch,
  { hits }: Analysis,
  coverage: readonly number[],
  fits: (hit: SearchHit) => boolean,
): Answer | undefined {
  const best = hits[0];
  const covers = (i: number) => coverage[i]! >= ANSWER_COVERAGE * 0.8;
  if (!best || !covers(0)) return undefined;
  // Only facts that state what is asked ("what percentage …" needs percentages) make a group.
  const close = hits.filter((h, i) => h.score >= best.score * GROUP_CLOSE && covers(i) && fits(h));
  let chosen: { tag: string; facts: Fact[]; count: number } | undefined;
  for (const tag of new Set(close.flatMap((h) => h.fact.tags))) {
    const facts = search.byTag.get(tag) ?? [];
    if (facts.length < 2 || facts.length > MAX_GROUP) continue;
    const count = close.filter((h) => h.fact.tags.includes(tag)).length;
    if (count < 2 || !best.fact.tags.includes(tag)) continue;
    if (!chosen || count > chosen.count || (count === chosen.count && facts.length < chosen.facts.length))
      chosen = { tag, facts, count };
  }
  if (!chosen) return undefined;
  const rank = new Map(hits.map((h, i) => [h.fact.id, i]));
  const facts = [...chosen.facts].sort((a, b) => (rank.get(a.id) ?? 99) - (rank.get(b.id) ?? 99));
  return { kind: 'list', tag: chosen.tag, facts };
}

/**
 * "X and Y": each half answered on its own (the second with the first as context, for "when did RCEP start and how
 * many members does it have"), when both halves name something and get different facts.
 */
function pairFor(search: FactSearch, question: string): Answer | undefined {
  const zh = RESPECTIVELY_ZH.test(question);
  // Without 分别, a Chinese 和 / 与 joins two questions only when each half nearly names a fact of its own
  // (Rayong Industrial Zone 和 Long Jiang Industrial Park 这类园区…); 中国和东盟 names no fact in either half.
  const named = !zh && isChinese(question) ? PAIR_NAMED_ZH : 0;
  const parts = zh || named > 0 ? question.split(JOIN_ZH) : splitEnglish(question);
  if (parts.length !== 2) return undefined;
  const [left, right] = parts as [string, string];
  // A one-word left half ("how many countries and regions …") coordinates two nouns of one question (分别 has
  // already said there are two: RCEP和中老铁路分别…).
  if (!zh && tokenizeQuery(left).length < 2) return undefined;
  // "How long is the railway, and who is its chief engineer?" asks two things, so a gap in the second may be said.
  // Without a question word opening each half, the halves may share a subject only one of them names, and a fact
  // found for the other half alone is no answer to show on its own (measured: out-of-scope questions answered).
  const partial = !zh && named === 0 && WH_START.test(left.trim()) && WH_START.test(right.trim()) ? 'second' : 'none';
  return bothParts(search, left, right, { named, context: named === 0, guess: false, partial });
}

/**
 * Two questions asked outright ("…? …?", "also …", 另外 …), each answered on its own. A part may be a marked best
 * guess's worth of sure, as a whole question may (isGuess).
 */
function answerParts(search: FactSearch, { parts: [left, right], named }: CompoundSplit): Answer | undefined {
  return bothParts(search, left, right, { named, context: true, guess: true, partial: 'either' });
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
  const alone = () => bestFor(search, right, first?.fact, named, guess);
  const withContext = () =>
    context ? bestFor(search, `${right} ${left}`, first?.fact, named, guess, right) : undefined;
  const second = refersBack(right) ? (withContext() ?? alone()) : (alone() ?? withContext());
  if (first && second) {
    const guessed = [first, second].filter((p) => p.guess).map((p) => p.fact.id);
    return { kind: 'facts', facts: [first.fact, second.fact], guessed, missing: [] };
  }
  const known = first ?? second;
  if (!known || known.guess || partial === 'none' || (partial === 'second' && !first)) return undefined;
  const [part, other] = first ? [right, left] : [left, right];
  // The known fact may answer both parts (one fact on a zone says who runs it and when it opened): then the whole
  // question has one answer, not a gap.
  const again =
    bestFor(search, part, undefined, named, true) ?? bestFor(search, `${part} ${other}`, undefined, named, true, part);
  if (again?.fact.id === known.fact.id) return undefined;
  return { kind: 'facts', facts: [known.fact], guessed: [], missing: [part.replace(/[\s?？.。!！,，;；:：]+$/u, '')] };
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
  const party = (w: string) => WEAK_TOKENS.has(w.toLowerCase()) || PLACE_NAMES.has(w.toLowerCase());
  // An "and" in a sentence before the one that asks joins context, not two questions: "Heading to Cambodia and will
  // drive to Sihanoukville. How busy is the expressway?" asks one thing.
  const asking = question.split(/(?<=[.?!])\s+(?=[a-z])/i).at(-1)!;
  if (!JOIN.test(asking)) return [question];
  // "Between Kunming and Vientiane" names the two ends of one thing, whatever the two words are.
  const kept = question
    .replace(BETWEEN, (m, a: string, b: string) => `between ${a}\u0000${b}`)
    .replace(PARTIES, (m, a: string, b: string) => (party(a) && party(b) ? `${a}\u0000${b}` : m));
  return kept.split(JOIN).map((p) => p.replace(/\u0000/g, ' and '));
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
): { fact: Fact; guess: boolean } | undefined {
  const analysis = search.analyze(question, { limit: 3 });
  const strong = analysis.terms.some((t) => !WEAK_TOKENS.has(t.text) && !analysis.unseen.includes(t.text));
  if (!strong) return undefined;
  const fits = answersWhatIsAsked(asked, analysis, { part: true });
  const i = analysis.hits.findIndex((h) => h.fact.id !== exclude?.id);
  if (i < 0 || analysis.hits[i]!.named < named) return undefined;
  if (askCoverages(question, analysis)[i]! >= ANSWER_COVERAGE)
    return fits(analysis.hits[i]!) ? { fact: analysis.hits[i]!.fact, guess: false } : undefined;
  // A part of a question asked outright may name its fact without covering it, as a whole question may (isGuess).
  const rest = analysis.hits.filter((h) => h.fact.id !== exclude?.id);
  return guess && isGuess({ ...analysis, hits: rest }, question) && fits(rest[0]!)
    ? { fact: rest[0]!.fact, guess: true }
    : undefined;
}

/** No fact clears the bar, but the question names one, asks nothing the base has never heard of, and one fact leads. */
function isGuess(analysis: Analysis, question: string): boolean {
  const { hits, unseen } = analysis;
  const [best, second] = hits as [SearchHit, SearchHit | undefined];
  if (best.named < GUESS_NAMED) return false;
  if (unseen.length > 0 && !chineseGuessDespiteUnseen(question, best.named, unseen)) return false;
  if (chineseClaimElsewhere(question, analysis)) return false;
  return !second || best.score >= second.score * GUESS_LEAD;
}

/**
 * 除了X，还有…: a fact that states X itself answers what the question already knows. It gives first place to the
 * best fact that does not and still clears the bar (the rest of the question is covered and asked for).
 */
function besidesExcepted(
  question: string,
  analysis: Analysis,
  fits: (hit: SearchHit) => boolean,
): { analysis: Analysis; coverage: number[] } {
  const coverage = askCoverages(question, analysis);
  const excepted = isChinese(question) ? chineseExcepted(question) : [];
  const known = excepted.filter((w) => analysis.terms.some((t) => t.text === w));
  const best = analysis.hits[0];
  if (!best || known.length === 0 || !statesExcepted(best.fact, known)) return { analysis, coverage };
  const other = analysis.hits.findIndex(
    (h, i) => i > 0 && coverage[i]! >= ANSWER_COVERAGE && fits(h) && !statesExcepted(h.fact, known),
  );
  if (other < 0) return { analysis, coverage };
  const first = <T>(list: readonly T[]) => [list[other]!, ...list.filter((_, i) => i !== other)];
  return {
    analysis: {
      ...analysis,
      hits: first(analysis.hits),
      covered: first(analysis.covered),
      partial: first(analysis.partial),
    },
    coverage: first(coverage),
  };
}
