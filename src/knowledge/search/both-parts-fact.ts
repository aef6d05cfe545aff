/** A fact close behind a two-part question's first answer that also states what the second part asks answers both. */
import type { Fact } from '../schema.js';
import { ANSWER_COVERAGE } from './answer-bar.js';
import { answersWhatIsAsked } from './asked-for.js';
import { askCoverages } from './asking.js';
import { areConverses } from './converses.js';
import type { Analysis, FactSearch } from './engine.js';

/** How close to the first part's top fact (in `own`, the part's own search) another must score. */
const BOTH_CLOSE = 0.7;
/** How far down the whole question's ranking such a fact is looked for. */
const WHOLE_RANKS = 8;
/**
 * A second part whose own top fact it names less than this ("how many nations were in on it", 东盟有几个国家参与)
 * names no subject of its own: that fact is found through the first part's subject and may answer both (any value
 * from 0.3 to 1 scores the same on both halves; half a name is the evidence a part names its own thing).
 */
const OWN_NAMED = 0.5;

/**
 * "When were the talks concluded, and how many countries took part?": of two facts that both answer the first part
 * (the talks concluded in two steps), the one that also states what the second part asks (a count of countries)
 * answers the whole question, where the first part's top fact does not. Undefined when the top fact does, or none of
 * those close behind it does.
 */
export function answersBoth(
  search: FactSearch,
  own: Analysis,
  left: string,
  right: string,
  first: Fact,
  second: Fact | undefined,
): Fact | undefined {
  const top = own.hits[0];
  if (top?.fact.id !== first.id) return undefined;
  const coverage = askCoverages(left, own);
  const fitsLeft = answersWhatIsAsked(left, own, { part: true });
  // Facts that answer the first part as fully as its top one, other than converses ("and the other way round" is
  // the other direction, never both); most questions have none, and need not be read further.
  const candidates = own.hits.filter(
    (h, i) =>
      i > 0 &&
      h.score >= top.score * BOTH_CLOSE &&
      coverage[i]! >= Math.max(ANSWER_COVERAGE, coverage[0]!) &&
      fitsLeft(h) &&
      !areConverses(h.fact, first),
  );
  if (candidates.length === 0) return undefined;
  const whole = search.analyze(`${right} ${left}`, { limit: WHOLE_RANKS });
  const fitsRight = answersWhatIsAsked(right, whole, { part: true });
  const alone = search.analyze(right, { limit: 1 });
  const rightTerms = new Set(alone.terms.map((t) => t.text));
  const at = (fact: Fact) => whole.hits.findIndex((h) => h.fact.id === fact.id);
  const statesRight = (fact: Fact) => {
    const j = at(fact);
    return j >= 0 && fitsRight(whole.hits[j]!) && [...whole.covered[j]!].some((t) => rightTerms.has(t));
  };
  if (statesRight(first)) return undefined;
  // A second fact on the first part's subject answers the second part already; one on another subject may not.
  const leftTerms = new Set(own.terms.map((t) => t.text));
  const k = second ? at(second) : -1;
  const onSubject = k >= 0 && [...whole.covered[k]!].some((t) => leftTerms.has(t));
  const rank = (fact: Fact) => {
    const j = at(fact);
    return j < 0 ? whole.hits.length : j;
  };
  return candidates.find(
    (h) =>
      statesRight(h.fact) &&
      // Read with both parts, it must outrank the second part's own fact: it answers the whole question better.
      (!second || rank(h.fact) <= rank(second)) &&
      // The second part's own answer ("and the daily average on the expressway") answers that part, not both, when
      // the part names it.
      (h.fact.id !== alone.hits[0]?.fact.id || alone.hits[0].named < OWN_NAMED) &&
      (!onSubject || h.fact.id === second?.id),
  )?.fact;
}
