import { chineseAskForCoverage, isChinesePersonWord } from './chinese-asking.js';
import { answerKindTokens, countedAfterModifier, countingVerb, invertedVerbs, phrasalVerbs } from './answer-kind.js';
import { correctableCountries } from './asked-places.js';
import { isLikelyNoun } from './likely-nouns.js';
import { commonWordShare, FLOOR } from './unseen-english.js';
import type { Analysis } from './engine.js';
import { isFiller, isSourceWord, tokenizeQuery, type QueryToken } from './normalize.js';
import { firstTag } from './tagger-lexicon.js';

const ASKING =
  /\b(what|whats|when|which|who|whose|why|where|how|is|are|was|were|do|does|did|has|have|can|could|will|would|name|list|tell)\b/i;

const HAN = /\p{Script=Han}/u;

/** A short tail that only qualifies the answer asked for: "in tonnes", "per day", "in US dollars", "as of 2024". */
const UNIT_TAIL = /^(?:in|per|as\s+of)\s+(?:[a-z$%]+|\d{4})(?:\s+[a-z$%]+)?$/i;

/**
 * The last questions' asking clauses: the answer rules ask for the same question's clause some twenty times (each
 * check, each part), and the split allocates on every call. Bounded; cleared when full.
 */
const clauseCache = new Map<string, string>();
const CLAUSE_CACHE_SIZE = 256;

/** The clause that asks: questions often come with context before them ("I'm writing a thesis: how long is …"). */
export function askingClause(question: string): string {
  let clause = clauseCache.get(question);
  if (clause === undefined) {
    if (clauseCache.size >= CLAUSE_CACHE_SIZE) clauseCache.clear();
    clause = findAskingClause(question);
    clauseCache.set(question, clause);
  }
  return clause;
}

function findAskingClause(question: string): string {
  // A Chinese question is judged whole whatever its punctuation (its context clauses often name the subject; see
  // chinese-clauses.ts): ASCII commas and question marks must not make it an English one.
  if (HAN.test(question)) return question;
  const clauses = question
    // A full stop after a figure ends a sentence too ("… CAFTA 3.0. Could you …"), where the one inside it does not.
    .split(/(?<!\d)\.(?!\d)|\.(?=\s)|[?!;:\n]+|,\s+|\s[-—–]+\s/)
    .map((c) => c.trim())
    .filter(Boolean)
    // "Is it smooth, or are there snags?": an alternative after "or" is the same question's other half; "…, in
    // tonnes?", "…, per day?" says in what the same question wants its answer.
    .reduce<string[]>((kept, c) => {
      if ((/^or\b/i.test(c) || UNIT_TAIL.test(c)) && kept.length > 0) kept[kept.length - 1] += ` ${c}`;
      else kept.push(c);
      return kept;
    }, []);
  const aside = withoutAsides(clauses);
  if (clauses.length <= 1) return fromRequest(aside ? clauses[0]! : question);
  // A clause that asks about the source alone ("what does the article name?") leaves the asking to the one before it.
  const asking = [...clauses].reverse().filter((c) => ASKING.test(c));
  // "exact trade number? need it for a report": with no question word anywhere, the question mark says which asks.
  const marked = question.lastIndexOf('?');
  if (asking.length === 0 && marked > 0 && question.slice(marked + 1).trim()) {
    return askingClause(question.slice(0, marked));
  }
  const named = asking.find(namesSomething);
  // "…zones built with China, name some pls": a request that names nothing asks for what the clauses before it name.
  if (named === undefined && asking.length > 0 && BARE_REQUEST.test(asking[0]!)) return question;
  return fromRequest(named ?? asking[0] ?? clauses.at(-1)!);
}

/**
 * "Why did RCEP, which took effect in 2020, end up …": a clause of "which" and a verb between commas is an aside about
 * the noun before it, not a second question; the question is the clauses around it, joined again.
 */
function withoutAsides(clauses: string[]): boolean {
  const before = clauses.length;
  for (let i = clauses.length - 2; i >= 1; i--) {
    const aside = /^which\s+([a-z]+)/i.exec(clauses[i]!);
    if (aside && /^(?:VB[DZP]?|MD)$/.test(firstTag(aside[1]!.toLowerCase()) ?? '') && !ASKING.test(clauses[i + 1]!))
      clauses.splice(i - 1, 3, `${clauses[i - 1]} ${clauses[i + 1]}`);
  }
  return clauses.length < before;
}

const BARE_REQUEST = /^\s*(?:(?:pls|please)\s+)?(?:name|list)\b/i;

/** "My boss … asked me to list the parks that …": what is asked starts at the verb the asker is asked to do. */
const REQUEST = /\bto\s+((?:list|name|tell|explain|describe|summari[sz]e)\b.*)$/is;

function fromRequest(clause: string): string {
  return REQUEST.exec(clause)?.[1] ?? clause;
}

/**
 * "Could you please clarify which …", "I'd like to know when …", "do you know how …": a polite frame around a
 * question, which starts at its question word. The frame is dropped, at the start of the message or of a sentence:
 * it names nothing, and left in it would read as context around the question.
 */
const FRAMED =
  /(^|[.?!]\s+)(?:(?:could|can|would|will)\s+(?:you|someone|anyone|somebody|u)\s+|please\s+|i(?:['’]d|\s+would)\s+like\s+to\s+|i\s+(?:want|need)\s+to\s+|do\s+you\s+|i\s+wonder\s+)(?:(?:please|kindly|just)\s+)?(?:[a-z]+\s+){1,2}?(?=(?:what|which|who|whose|when|where|why|how)\b)/gi;

export function withoutFrame(question: string): string {
  return HAN.test(question) ? question : question.replace(FRAMED, '$1');
}

/**
 * A clause names something when it holds a word that is neither filler nor a word for the source. The general
 * stopword list holds some nouns ("members", "areas", "years"): a noun still names what is asked ("…, and how many
 * members does it have?"). Plural nouns only and all nouns measured the same.
 */
function namesSomething(clause: string): boolean {
  return tokenizeQuery(clause).some((t) => !isSourceWord(t.raw) && (!isFiller(t.raw) || isLikelyNoun(t.raw)));
}

/**
 * "What time period does the figure refer to", "what month and year …": a time asked for by its kind, which a fact
 * gives as a date or a span without the kind's word, whether the base holds the word or not (index form).
 */
const TIME_KINDS = new Set(['time', 'period', 'timefram', 'timespan', 'span', 'month']);

/**
 * How much of the asking clause each hit covers (same order as the hits), unseen content words counting against
 * it. Context around the question only ever helps: a context word the fact holds counts for it (a short ask such as
 * "what's the connection?" leans on the context that names the subject), one it lacks never counts against it,
 * however many words the base has never seen.
 */
export function askCoverages(question: string, analysis: Analysis): number[] {
  if (HAN.test(question)) return chineseAskCoverages(question, analysis);
  const clause = askingClause(question);
  // "…, can someone sum them up?": a request that points back asks about what the question named before it.
  const asking = pointsBack(clause) ? question : clause;
  const askTokens = tokenizeQuery(asking);
  const ask = new Set(askTokens.map((t) => t.token));
  const closed = closedClassTokens(askTokens);
  // A word the base has never seen that only names the kind of answer ("which outlet ran it") says nothing against
  // a fact: the fact gives the answer, not the kind's word (see answer-kind.ts).
  const kinds = answerKindTokens(clause);
  const counted = countedAfterModifier(clause);
  if (counted) kinds.add(counted);
  // An unseen word used as a verb ("hook into") weighs as a verb, by how common it is (see unseen-english.ts).
  const verbs = new Map([...invertedVerbs(clause), ...phrasalVerbs(clause)]);
  const linking = countingVerb(clause);
  const quoted = quotedTokens(question);
  const asked = analysis.terms
    .filter(
      (t) => ask.has(t.text) && !(kinds.has(t.text) && (analysis.unseen.includes(t.text) || TIME_KINDS.has(t.text))),
    )
    .map((t) => (quoted.has(t.text) ? { ...t, share: t.share * QUOTED } : t))
    .map((t) => (closed.has(t.text) ? { ...t, share: t.share * FLOOR } : t))
    .map((t) => {
      if (t.text === linking && analysis.unseen.includes(t.text)) return { ...t, share: t.share * FLOOR };
      const verb = verbs.get(t.text);
      if (verb === undefined || !analysis.unseen.some((u) => verbs.get(u) === verb) || !isLikelyNoun(verb)) return t;
      return { ...t, share: t.share * commonWordShare(verb) };
    });
  const context = analysis.terms.filter((t) => !ask.has(t.text) && !analysis.unseen.includes(t.text));
  const weight = asked.reduce((sum, t) => sum + t.share, 0);
  // An asking clause of words the base has never seen ("…, and what did he study?") asks nothing it holds: the
  // context that names a fact is no answer to it.
  const unknown = asked.length > 0 && asked.every((t) => analysis.unseen.includes(t.text));
  const correctable = correctableCountries(clause);
  return analysis.hits.map((hit, i) => {
    if (weight === 0) return hit.coverage;
    if (unknown) return 0;
    const help = coveredShare(context, analysis, i);
    // An unseen country a list of countries may leave out is no evidence against the list (asked-places.ts).
    const listed = correctable(hit.fact);
    const aside = asked.reduce(
      (sum, t) => sum + (listed.has(t.text) && analysis.unseen.includes(t.text) ? t.share : 0),
      0,
    );
    if (aside >= weight) return hit.coverage;
    return (coveredShare(asked, analysis, i) + help) / (weight - aside + help);
  });
}

/**
 * Determiners, prepositions and conjunctions the stoplist lets through ("each other", "beyond", "both sides", "every")
 * shape the question rather than name what it asks: they weigh as little as the most common unseen verb.
 */
const CLOSED_CLASS = /^(?:DT|PDT|IN|CC)$/;
const RECIPROCAL = /^(?:each|one)$/;

function closedClassTokens(tokens: readonly QueryToken[]): Set<string> {
  const closed = new Set<string>();
  tokens.forEach((t, i) => {
    const raw = t.raw.toLowerCase();
    const reciprocal = raw === 'other' || raw === 'another' ? tokens[i - 1]?.raw.toLowerCase() : undefined;
    if (CLOSED_CLASS.test(firstTag(raw) ?? '') || (reciprocal !== undefined && RECIPROCAL.test(reciprocal)))
      closed.add(t.token);
  });
  return closed;
}

/** A term the question puts in quotes ("the 'soft' side") is the one it asks about: it weighs this much more (even half). */
const QUOTED = 2;
const QUOTES = /(?<![a-z])['"‘“]([^'"‘’“”]+)['"’”](?![a-z])/gi;

function quotedTokens(question: string): Set<string> {
  return new Set([...question.matchAll(QUOTES)].flatMap((m) => tokenizeQuery(m[1]!).map((t) => t.token)));
}

/**
 * A pronoun that stands for something named before it, as the object of a verb ("sum them up"; "does it cover" asks
 * about it), and a question word that would ask something of its own.
 */
const BACK =
  /\b(?!(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might)\b)[a-z]+\s+(?:it|them|these|those)\b/i;
export const WH = /\b(?:what|whats|which|who|whose|whom|why|where|when|how)\b/i;

/** A request that acts on what the context names ("can someone sum them up"), asking nothing of its own. */
function pointsBack(clause: string): boolean {
  return BACK.test(clause) && !WH.test(clause);
}

/** The share of `terms` hit `i` covers; partial evidence for an unseen word counts for what it is worth. */
function coveredShare(terms: readonly { text: string; share: number }[], analysis: Analysis, i: number): number {
  const covered = analysis.covered[i]!;
  const partial = analysis.partial[i];
  return terms.reduce((sum, t) => sum + (covered.has(t.text) ? (partial?.get(t.text) ?? 1) : 0) * t.share, 0);
}

/**
 * Chinese: the asking part counts as in English, and a context word counts only for the facts that hold it (Chinese
 * context often names the subject), never against one. Who is asking (作为一名学生) counts neither way.
 */
function chineseAskCoverages(question: string, analysis: Analysis): number[] {
  const { ask, context } = chineseAskForCoverage(question);
  const asked = new Set(tokenizeQuery(ask).map((t) => t.token));
  const around = new Set(context.flatMap((c) => tokenizeQuery(c).map((t) => t.token)));
  // A word of both parts, or one the parts cut differently, is asked.
  const inContext = (t: string) => around.has(t) && !asked.has(t);
  const askTerms = analysis.terms.filter((t) => !inContext(t.text));
  const contextTerms = analysis.terms.filter((t) => inContext(t.text) && !isChinesePersonWord(t.text));
  const weight = askTerms.reduce((sum, t) => sum + t.share, 0);
  return analysis.hits.map((hit, i) => {
    if (weight === 0) return hit.coverage;
    const help = coveredShare(contextTerms, analysis, i);
    return (coveredShare(askTerms, analysis, i) + help) / (weight + help);
  });
}

/**
 * Hit `i`'s coverage with `terms` counted as covered too: the words a fact says in other words (a stage's verb, the
 * opinion piece it is drawn from). Never less than its own coverage.
 */
export function coverageWith(
  question: string,
  analysis: Analysis,
  coverage: readonly number[],
  i: number,
  terms: readonly string[],
): { covered: Set<string>; coverage: number } {
  const covered = new Set([...analysis.covered[i]!, ...terms]);
  const own = askCoverages(question, {
    ...analysis,
    hits: [analysis.hits[i]!],
    covered: [covered],
    partial: [analysis.partial[i]!],
  })[0]!;
  return { covered, coverage: Math.max(own, coverage[i]!) };
}
