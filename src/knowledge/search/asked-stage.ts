import type { Fact } from '../schema.js';
import { askCoverages, askingClause } from './asking.js';
import { isEnglishWord } from './english-words.js';
import type { Analysis, SearchHit } from './engine.js';
import { isSlip } from './filler.js';
import { tokenizeQuery } from './normalize.js';

/**
 * The stages of one thing's life: an agreement is signed, then starts (enters into force); talks start (are launched)
 * and end (are concluded); a railway opens. Neighbouring facts about one subject are often its stages, and the
 * question's verb says which one it asks for ("when did RCEP start" is no question about its signing).
 */
export type Stage = 'start' | 'end' | 'signing';

/** What a fact's title says happened, read off its verb. */
const FACT_STAGE: [Stage, RegExp][] = [
  ['signing', /\bsigned\b/i],
  ['end', /\b(?:concluded|completed|finished|ended)\b/i],
  [
    'start',
    /\b(?:opens|opened|begins?|began|starts|started|launched|enters\s+into\s+force|in\s+force|takes\s+effect|established)\b/i,
  ],
];

/** The words a question asks a stage with (a slip of one that is no English word, "opne", asks it too). */
const ASKED_WORDS: Record<Stage, readonly string[]> = {
  start: [
    'open',
    'opens',
    'opened',
    'opening',
    'start',
    'starts',
    'started',
    'begin',
    'began',
    'begun',
    'launch',
    'launched',
  ],
  end: [
    'conclude',
    'concluded',
    'conclusion',
    'complete',
    'completed',
    'completion',
    'finish',
    'finished',
    'finalised',
    'finalized',
  ],
  signing: ['sign', 'signed', 'signing', 'inked'],
};
/** Phrases of more than one word for a stage ("kicked off", "came into force", "been running"). */
const ASKED_PHRASES: Record<Stage, RegExp> = {
  start:
    /\b(?:kick(?:s|ed)?\s+off|(?:get|gets|got|getting)\s+going|(?:been|started|start)\s+running|(?:come|comes|came|enter(?:s|ed)?)\s+into\s+(?:force|effect)|(?:take|takes|took|taken)\s+effect|in\s+(?:force|operation))\b/i,
  end: /\b(?:wrap(?:ped)?\s+up)\b/i,
  signing: /(?!)/,
};

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

/** The one stage an English asking clause asks about, with the words that ask it; none when it asks two or none. */
export function askedStage(question: string): { stage: Stage; words: string[] } | undefined {
  if (/\p{Script=Han}/u.test(question)) return undefined;
  const asking = askingClause(question).toLowerCase().replace(AT_ITS_STAGE, ' ');
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
  const close = (h: SearchHit) => states(h) && h.score >= best.score * STAGE_CLOSE && fits(h);
  // Of two close facts that state the stage (a railway's opening, its through trains' start), the one whose whole
  // name the question gives is the stage of what it asks about.
  const named = states(best) && best.named < 1 ? analysis.hits.findIndex((h) => close(h) && h.named >= 1) : -1;
  const chosen = states(best) ? named : analysis.hits.findIndex(close);
  if (chosen <= 0) return { analysis, coverage };
  const stageTokens = new Set(tokenizeQuery(asked.words.join(' ')).map((t) => t.token));
  const covered = new Set([
    ...analysis.covered[chosen]!,
    ...analysis.terms.map((t) => t.text).filter((t) => stageTokens.has(t)),
  ]);
  const own = askCoverages(question, {
    ...analysis,
    hits: [analysis.hits[chosen]!],
    covered: [covered],
    partial: [analysis.partial[chosen]!],
  })[0]!;
  const first = <T>(list: readonly T[]) => [list[chosen]!, ...list.filter((_, i) => i !== chosen)];
  return {
    analysis: {
      ...analysis,
      hits: first(analysis.hits),
      covered: first(analysis.hits.map((_, i) => (i === chosen ? covered : analysis.covered[i]!))),
      partial: first(analysis.partial),
    },
    coverage: [Math.max(own, coverage[chosen]!), ...coverage.filter((_, i) => i !== chosen)],
  };
}
