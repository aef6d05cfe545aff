import type { Fact } from '../schema.js';
import { askingClause, coverageWith } from './asking.js';
import { isEnglishWord } from './english-words.js';
import type { Analysis, SearchHit } from './engine.js';
import { chineseAskedStage } from './chinese-stage.js';
import { isSlip } from './filler.js';
import { MEMBERSHIP, tokenizeQuery } from './normalize.js';
import { ASKED_PHRASES, ASKED_WORDS, type Stage } from './stage-words.js';
import { hitFirst } from './hit-order.js';
import { isChinese } from './chinese-clauses.js';

export type { Stage } from './stage-words.js';

/** What a fact's title says happened, read off its verb. */
const FACT_STAGE: [Stage, RegExp][] = [
  ['signing', /\bsigned\b/i],
  ['end', /\b(?:concluded|completed|finished|ended)\b/i],
  [
    'start',
    /\b(?:opens|opened|begins?|began|starts|started|launched|enters\s+into\s+force|in\s+force|takes\s+effect|established)\b/i,
  ],
];

const stageCache = new WeakMap<Fact, Stage[]>();

/** The stages a fact states: its title's verb, and an agreement's own signing and entry-into-force dates. */
export function factStages(fact: Fact): Stage[] {
  let stages = stageCache.get(fact);
  if (stages === undefined) {
    stages = FACT_STAGE.filter(([, said]) => said.test(fact.title)).map(([stage]) => stage);
    if (fact.kind === 'agreement') {
      if (fact.signed) stages.push('signing');
      if (fact.inForce) stages.push('start');
    }
    stageCache.set(fact, stages);
  }
  return stages;
}

/**
 * "Ridership when it started", "growth since it opened": a stage of a subject already named dates what is asked, it
 * is not itself asked.
 */
const AT_ITS_STAGE = /\b(?:when|since|after|before|once|until)\s+(?:it|they|this|that)\b.*$/;

/** "At the start of 2025", "by the end of the year": a time, not the start or end of what is asked about. */
const YEAR_START_OR_END = /\b(?:the\s+)?(?:start|beginning|end)\s+of\s+(?:\d{4}|the\s+year|this\s+year|last\s+year)\b/g;

/** The one stage an English asking clause asks about, with the words that ask it; none when it asks two or none. */
export function askedStage(question: string): { stage: Stage; words: string[] } | undefined {
  if (isChinese(question)) return chineseAskedStage(question);
  // "Signed up to" is membership (as the index reads it, normalize.ts), not the signing stage.
  const asking = askingClause(question)
    .toLowerCase()
    .replace(AT_ITS_STAGE, ' ')
    .replace(MEMBERSHIP, ' ')
    .replace(YEAR_START_OR_END, ' ');
  const words = asking.match(/[a-z]+/g) ?? [];
  const found: { stage: Stage; words: string[] }[] = [];
  for (const stage of Object.keys(ASKED_WORDS) as Stage[]) {
    const list = ASKED_WORDS[stage];
    const said = words.filter((w) => list.includes(w) || (list.some((s) => isSlip(w, s)) && !isEnglishWord(w)));
    const phrase = ASKED_PHRASES[stage].exec(asking);
    if (phrase) said.push(...(phrase[0].match(/[a-z]+/g) ?? []));
    if (said.length > 0) found.push({ stage, words: said });
  }
  return found.length === 1 ? found[0] : undefined;
}

/** A fact of the asked stage is preferred when it scores at least this share of the best fact. */
const STAGE_CLOSE = 0.7;
/** …or this share when it covers more of the question than the best fact (even half flat from 0.3 to 0.7). */
const STAGE_FAR = 0.5;

/**
 * The question asks one stage and the best fact does not state it: the best close fact that does comes first (the
 * opening of the railway, not its length; RCEP's entry into force, not its signing). The stage words count
 * as covered by a fact that states the stage in other words ("kicked off" for "opens").
 */
export function stageFirst(
  question: string,
  analysis: Analysis,
  coverage: number[],
  fits: (hit: SearchHit) => boolean,
): { analysis: Analysis; coverage: number[] } {
  const asked = askedStage(question);
  const best = analysis.hits[0];
  if (!asked || !best) return { analysis, coverage };
  const states = (h: SearchHit) => factStages(h.fact).includes(asked.stage);
  const stageTokens = new Set(tokenizeQuery(asked.words.join(' ')).map((t) => t.token));
  const stageTerms = analysis.terms.map((t) => t.text).filter((t) => stageTokens.has(t));
  // What a fact covers with the stage words counted.
  const withStage = (i: number) => coverageWith(question, analysis, coverage, i, stageTerms);
  const close = (h: SearchHit) => h.score >= best.score * STAGE_CLOSE;
  // Of two close facts that state the stage (a railway's opening, its through trains' start), the one whose whole
  // name the question gives is the stage of what it asks about.
  const namedInstead = () =>
    best.named < 1 ? analysis.hits.findIndex((h) => states(h) && fits(h) && close(h) && h.named >= 1) : -1;
  const stageCandidate = (h: SearchHit, i: number) => {
    if (!states(h) || !fits(h)) return false;
    const own = withStage(i).coverage;
    // Close to the best, or further off but covering more of the question (it answers the stage and the rest).
    // (or as much, when the question names it more fully than the best fact: an agreement's own entry into force, not
    // the start of the talks that its signing fact mentions).
    const more = own > coverage[0]! || (own === coverage[0]! && h.named > best.named);
    if (!close(h) && !(h.score >= best.score * STAGE_FAR && more)) return false;
    // In Chinese the facts say the stage in the question's own words, so a stage fact that leaves more of the
    // question open than the best fact answers another question about the stage (商务部对谈判完成怎么评价).
    return !(isChinese(question) && own < coverage[0]!);
  };
  // Of two facts of the stage (talks concluded by leaders at a summit, then by ministers online), the one that also
  // covers who or how the question says it happened.
  const otherStage = () => {
    let chosen = -1;
    let most = -1;
    analysis.hits.forEach((h, i) => {
      if (!stageCandidate(h, i)) return;
      const own = withStage(i).coverage;
      // A tie keeps the better-ranked fact.
      if (own > most) [chosen, most] = [i, own];
    });
    return chosen;
  };
  // The best fact states the stage too: a close one that covers all it covers and more of the question (the leaders
  // who announced it) comes first.
  const coversMore = () => {
    const own = withStage(0);
    return analysis.hits.findIndex((h, i) => {
      if (i === 0 || !states(h) || !fits(h) || !close(h)) return false;
      const other = withStage(i);
      return other.coverage > own.coverage && [...own.covered].every((t) => other.covered.has(t));
    });
  };
  // Chinese facts say the stage in the question's own words (see stageCandidate); measured, the rule gained nothing on
  // the Chinese half it was chosen on.
  const more = states(best) && !isChinese(question) ? coversMore() : -1;
  const found = Math.max(more > 0 ? more : states(best) ? namedInstead() : otherStage(), 0);
  let foundCoverage: number | undefined;
  const chosen = wholeInstead(question, analysis, asked.stage, found, (h, i) => {
    if (!states(h) || !fits(h) || !close(h)) return false;
    foundCoverage ??= withStage(found).coverage;
    return withStage(i).coverage >= foundCoverage;
  });
  if (chosen <= 0) return { analysis, coverage };
  return hitFirst({ analysis, coverage }, chosen, withStage(chosen));
}

/** A stage reached only in part ("substantially concluded", "agreed in principle"). */
const IN_PART = /\b(?:substantial(?:ly)?|in\s+principle|largely|mostly|partly|partially|broadly)\b/i;

/**
 * Of two facts of a stage, one reached in part (talks substantially concluded) and one outright (fully concluded), a
 * question that says nothing of a part asks for the outright one, unless the part fact covers more of it (the leaders
 * who announced it); one that says "substantially" asks for the part one.
 */
function wholeInstead(
  question: string,
  { hits }: Analysis,
  stage: Stage,
  chosen: number,
  candidate: (h: SearchHit, i: number) => boolean,
): number {
  const hit = hits[chosen];
  const inPart = IN_PART.test(question);
  if (stage !== 'end' || !hit || IN_PART.test(hit.fact.title) === inPart) return chosen;
  const other = hits.findIndex((h, i) => candidate(h, i) && IN_PART.test(h.fact.title) === inPart);
  return other >= 0 ? other : chosen;
}
