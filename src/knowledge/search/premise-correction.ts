import type { Fact } from '../schema.js';
import { ANSWER_COVERAGE } from './answer-bar.js';
import { answersWhatIsAsked } from './asked-for.js';
import { ownText, ownTokens } from './asked-attribute.js';
import { claimedNumbers, statesNumberIn } from './claimed-numbers.js';
import { countriesIn, namesCountry } from './asked-places.js';
import { PREMISE as CHINESE_PREMISE, placeOf } from './chinese-checks.js';
import { isChinese } from './chinese-clauses.js';
import type { Analysis, SearchHit } from './engine.js';
import { isEnglishWord } from './english-words.js';
import { tokenizeQuery, WEAK_TOKENS } from './normalize.js';
import { yearsIn } from './period.js';
import { firstTag } from './tagger-lexicon.js';

/**
 * A question may state a wrong premise as given and ask something else ("since X came into force in 2020, how many
 * …", "the <named road> in <wrong country>", "<named road>是<wrong country>的…吧"). The fact about the thing it names
 * outright states the true year or country, and so answers and corrects it. A year or a country that is what the
 * question asks about ("what was trade in 2019", "tourists in Thailand") is no premise: the typed checks refuse it.
 */

/** The question must name the fact's title or an alias this fully for the fact to be the thing it is about. */
const PREMISE_NAMED = 0.75;
/** How far down the ranking the correcting fact may stand. */
const PREMISE_DEPTH = 4;

/** "Since / given that / now that <something happened in YEAR>, <question>": a leading clause stated as given. */
const GIVEN_CLAUSE = /^\s*(?:since|given\s+that|now\s+that|as|because|considering\s+that)\s+([^,]+),\s*\S/i;

/** A question word: the question asks something besides its premise. */
const ASKS_MORE = /\b(?:what|which|who|how|when|where|why)\b|多少|几|什么|哪|怎么|如何|为什么|谁/i;

/** The question without its premise (the leading clause, or "in <country>"), for judging what it asks. */
function withoutPremise(question: string, years: readonly number[], countries: readonly string[]): string {
  if (years.length > 0) return question.replace(/^[^,]*,\s*/, '');
  return countries.reduce(
    (q, c) => q.replace(new RegExp(String.raw`\s+in\s+(?:the\s+)?${c.replace(/[^a-z ]/g, '.')}\b`, 'gi'), ''),
    question,
  );
}

/** The years a leading clause states as given; a bare period ("since 2020, how much …") states nothing. */
function givenClause(question: string): string {
  return isChinese(question) ? '' : (GIVEN_CLAUSE.exec(question)?.[1] ?? '');
}

export function premiseYears(question: string): number[] {
  const clause = givenClause(question);
  if (!clause || /^\s*(?:the\s+(?:start|end|beginning)\s+of\s+)?(?:19|20)\d\d\b/i.test(clause)) return [];
  const words = clause.toLowerCase().match(/[a-z]+/g) ?? [];
  const happened = words.some((w) => /^VB[DN]$/.test(firstTag(w) ?? ''));
  return happened ? yearsIn(clause) : [];
}

/**
 * The countries a question places a named thing in: English "<Name> in <country>" where the name holds a word that is
 * no English word (a proper name: a road, a port, a city), or a Chinese question checking a premise (吧, 吗, 是不是 …)
 * that names a country.
 */
export function premiseCountries(question: string, words?: readonly string[]): string[] {
  if (isChinese(question)) {
    if (!CHINESE_PREMISE.test(question)) return [];
    // The search has already cut the question into words (analysis.terms); cutting it again costs more than the rest.
    const places = (words ?? tokenizeQuery(question).map((t) => t.token)).flatMap((w) => {
      const place = placeOf(w);
      return place ? [place.toLowerCase()] : [];
    });
    return [...new Set(places)];
  }
  const found: string[] = [];
  for (const m of question.matchAll(
    /([A-Za-z][\w-]*(?:\s+[\w-]+){0,2})\s+in\s+((?:the\s+)?[A-Za-z]+(?:\s+[A-Za-z]+)?)/g,
  )) {
    const before = m[1]!.split(/[\s-]+/).map((w) => w.toLowerCase());
    if (!before.some((w) => /^[a-z]{3,}$/.test(w) && !isEnglishWord(w))) continue;
    found.push(...countriesIn(m[2]!).filter((c) => !WEAK_TOKENS.has(c)));
  }
  return [...new Set(found)];
}

/** The year of the event a dated fact records (a milestone, an agreement), if it is one. */
function eventYear(fact: Fact): number | undefined {
  const date = 'date' in fact ? fact.date : undefined;
  return date ? yearsIn(date)[0] : undefined;
}

/**
 * Of the facts that correct the premise, the one whose text holds most words of the clause that states it ("signed"
 * points to the signing, "came into force" to the entry into force); the first on a tie.
 */
function mostOfClause(hits: readonly SearchHit[], clause: string): SearchHit | undefined {
  const words = new Set(tokenizeQuery(clause).map((t) => t.token));
  if (words.size === 0 || hits.length < 2) return hits[0];
  const held = (h: SearchHit) => {
    const text = ownTokens(h.fact);
    return [...words].filter((w) => text.has(w)).length;
  };
  const counts = hits.map(held);
  return hits[counts.indexOf(Math.max(...counts))];
}

const countriesCache = new WeakMap<Fact, string[]>();

/** The countries the fact's own text names, the base's own parties aside. */
function factCountries(fact: Fact): string[] {
  let found = countriesCache.get(fact);
  if (!found) {
    found = countriesIn(ownText(fact)).filter((c) => !WEAK_TOKENS.has(c));
    countriesCache.set(fact, found);
  }
  return found;
}

/** Whether the fact places its subject in a country other than the premise's, and never in the premise's. */
function placesOtherwise(fact: Fact, countries: readonly string[]): boolean {
  if (countries.some((c) => namesCountry(fact, c))) return false;
  return factCountries(fact).some((c) => !countries.includes(c));
}

/**
 * The fact that corrects a wrong premise: among the first hits, one the question names as fully as the best (and at
 * least PREMISE_NAMED) that states another year (a dated event) or country than the premise's, when none of them bears
 * the premise out. Then, when another fact answers what is asked (judged without the premise), that fact too.
 * Undefined when the question states no premise or no fact corrects it.
 */
export function premiseFacts(question: string, analysis: Analysis, coverage: readonly number[]): Fact[] | undefined {
  const { hits } = analysis;
  const best = hits[0];
  if (!best || best.named < PREMISE_NAMED) return undefined;
  const years = premiseYears(question);
  const countries =
    years.length > 0
      ? []
      : premiseCountries(
          question,
          analysis.terms.map((t) => t.text),
        );
  if (years.length === 0 && countries.length === 0) return undefined;
  const top = hits.slice(0, PREMISE_DEPTH);
  // A premise that a fact the question names bears out is no wrong premise.
  const bearsOut = (h: SearchHit) =>
    h.named >= PREMISE_NAMED &&
    (years.length > 0 ? years.includes(eventYear(h.fact) ?? 0) : countries.some((c) => namesCountry(h.fact, c)));
  if (top.some(bearsOut)) return undefined;
  const corrects = (h: SearchHit) =>
    h.named >= best.named && (years.length > 0 ? eventYear(h.fact) !== undefined : placesOtherwise(h.fact, countries));
  const correction = mostOfClause(top.filter(corrects), years.length > 0 ? givenClause(question) : '');
  if (!correction) return undefined;
  // "Isn't X in Laos?" asks the premise alone: its correction is the whole answer.
  if (!ASKS_MORE.test(question)) return [correction.fact];
  const fits = answersWhatIsAsked(withoutPremise(question, years, countries), analysis);
  const asked = top.find(
    (h, i) => h !== correction && h.named >= PREMISE_NAMED && coverage[i]! >= ANSWER_COVERAGE && fits(h),
  );
  return asked ? [correction.fact, asked.fact] : [correction.fact];
}

/** How much of its name the question must give for a fact of the year asked to be shown beside the answer. */
const BESIDE_NAMED = 0.5;

/** An English question that checks a claim ("did X start in 2020?", "X kicked off in 2020, right?"). */
const CHECKS_CLAIM =
  /^\s*(?:is|are|was|were|does|do|did|has|have|had)\b|\bis\s+(?:it|that)\s+(?:true|right|correct)\b|\b(?:right|correct|true)\s*\?*\s*$/i;
/** "Why has ASEAN been … for 15 years?", "What made …": a question that takes a claim as given checks it too. */
const TAKES_AS_GIVEN = /^\s*(?:why|how\s+come|what\s+(?:made|makes|has\s+made))\b/i;

/**
 * A Chinese question that checks a claim: it ends asking for agreement (…对吧, …是吗, …了吧, …吧？) or asks about what
 * the asker heard (听说…？), not a request softened with 吧 (给我讲讲吧).
 */
const CHECKS_CLAIM_ZH =
  /(?:(?:对|是|没错|了|的)吧|是吗|对吗|对不对|是不是)\s*[?？]*\s*$|吧\s*[?？]+\s*$|^\s*(?:听说|据说|我记得)[^?？]*[?？]+\s*$/;

const checksClaim = (question: string) =>
  isChinese(question) ? CHECKS_CLAIM_ZH.test(question) : CHECKS_CLAIM.test(question) || TAKES_AS_GIVEN.test(question);

/**
 * "RCEP kicked off back in 2020, right?": the fact asked (its entry into force, 2022) answers, and a fact of the same
 * thing dated the year the asker gives (its signing, 2020) shows where that year comes from. Undefined when the
 * question checks no one year, the answer is of that year already, or no named fact of the same thing is.
 */
export function yearBeside(question: string, { hits }: Analysis, answer: Fact): Fact | undefined {
  if (!checksClaim(question)) return undefined;
  const years = yearsIn(question);
  const asked = eventYear(answer);
  if (years.length !== 1 || asked === undefined || asked === years[0]) return undefined;
  return besideAnswer(hits, answer, (fact) => eventYear(fact) === years[0]);
}

/** Beside an answer the question names, a fact among the first hits, named half as much, that states the claim. */
function besideAnswer(hits: readonly SearchHit[], answer: Fact, states: (fact: Fact) => boolean): Fact | undefined {
  const own = hits.find((h) => h.fact === answer);
  if (!own || own.named < PREMISE_NAMED) return undefined;
  return hits.slice(0, PREMISE_DEPTH).find((h) => h.fact !== answer && h.named >= BESIDE_NAMED && states(h.fact))?.fact;
}

const statesNumber = (fact: Fact, n: string) => statesNumberIn(ownText(fact), n);

/**
 * "ASEAN has been China's largest trading partner for 15 years, right?": the fact asked (ASEAN first for 4 years)
 * answers, and a fact of the same subject that states the asker's number (China first for 15 years, the converse)
 * shows where that number comes from. Undefined when the question checks no number, or the answer states it.
 */
export function numberBeside(question: string, { hits }: Analysis, answer: Fact): Fact | undefined {
  if (!checksClaim(question)) return undefined;
  const numbers = claimedNumbers(question);
  if (numbers.length === 0 || numbers.some((n) => statesNumber(answer, n))) return undefined;
  return besideAnswer(hits, answer, (fact) => numbers.some((n) => statesNumber(fact, n)));
}
