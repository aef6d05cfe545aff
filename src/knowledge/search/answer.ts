import type { Fact } from '../schema.js';
import { ANSWER_COVERAGE, clearsBarBehind, fitsBehindMisfit, isGuess } from './answer-bar.js';
import { answerParts } from './answer-parts.js';
import { answersWhatIsAsked } from './asked-for.js';
import { pieceFirst } from './asked-piece.js';
import { stageFirst } from './asked-stage.js';
import { unitFirst } from './asked-unit.js';
import { writerFirst } from './asked-writer.js';
import { yearFirst } from './asked-year.js';
import { besidesExcepted } from './besides-excepted.js';
import { bothNamed } from './both-named.js';
import { withoutAsker } from './asker.js';
import { namesOtherSubject } from './chinese-named-subject.js';
import { namesOtherEnglishSubject } from './english-named-subject.js';
import { everydayOnly } from './everyday-only.js';
import { placeOnly, unitsOnly } from './place-or-unit-only.js';
import { askedClauseFirst } from './context-lead.js';
import { splitCompound } from './compound.js';
import { bothWays, ownerFirst } from './converses.js';
import type { Analysis, FactSearch, SearchHit } from './engine.js';
import { listAnswer } from './list-answer.js';
import { seriesYears } from './series-years.js';
import { numberBeside, premiseFacts, yearBeside } from './premise-correction.js';
import { withRelativeYears, withShortFormsSpelt } from './relative-period.js';
import { withoutFrame } from './asking.js';
import { withoutSeasons } from './season-words.js';
import { placeNamedFirst, widerFirst } from './wider-tie.js';

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

/** How far down a question about a year looks for the year's own fact. */
const YEAR_SEARCH_LIMIT = 16;

/** Diagnostics only: a hook that sees the final ranking, its coverage and the fit test before the answer is chosen. */
export const answerTrace: {
  hook?: (seen: {
    question: string;
    analysis: Analysis;
    coverage: readonly number[];
    fits: (hit: SearchHit) => boolean;
  }) => void;
} = {};

export function answerQuestion(search: FactSearch, asked: string): Answer {
  return search.remembering(() => answerOnce(search, asked));
}

function answerOnce(search: FactSearch, asked: string): Answer {
  // Full-width digits, letters and punctuation (２０１９年, ？) read as their ASCII forms, so the rules that look for
  // years, figures or question marks see the same question however it was typed.
  // Who asks (作为一名记者，…) says nothing about what is asked.
  // "Last year" is read as the year it means in the base's present, "yr" as "year", "pct" as "percent" (relative-period.ts).
  const question = withRelativeYears(
    withoutAsker(withoutFrame(withoutSeasons(withShortFormsSpelt(search.correctChinese(asked.normalize('NFKC')))))),
    search.presentYear,
  );
  const ranked = search.analyze(question, { limit: 8 });
  const fits = answersWhatIsAsked(question, ranked);
  const excepted = besidesExcepted(question, ranked, fits);
  const { known } = excepted;
  const owned = ownerFirst(question, excepted.analysis, excepted.coverage);
  const staged = stageFirst(question, owned.analysis, owned.coverage, fits);
  const wider = () => search.analyze(question, { limit: YEAR_SEARCH_LIMIT });
  const dated = yearFirst(question, staged.analysis, staged.coverage, fits, wider);
  const { analysis, coverage } = placeNamedFirst(
    question,
    widerFirst(
      askedClauseFirst(
        question,
        writerFirst(question, pieceFirst(search, question, unitFirst(question, dated, fits), fits), fits),
        fits,
      ),
      fits,
    ),
    fits,
  );
  const { hits } = analysis;
  const best = hits[0];
  answerTrace.hook?.({ question, analysis, coverage, fits });
  // Two questions asked outright (a second question mark, "also", 另外 …) are answered part by part before any list.
  const parts = splitCompound(question);
  const answered = parts && answerParts(search, parts);
  if (answered) return answered;
  // "How do they rank as partners for each other": a relation and its converse.
  const both = best && fits(best) && coverage[0]! >= ANSWER_COVERAGE ? bothWays(question, analysis) : undefined;
  if (both) return { kind: 'facts', facts: both, guessed: [], missing: [] };
  const named = bothNamed(analysis, coverage, fits);
  if (named) return { kind: 'facts', facts: named, guessed: [], missing: [] };
  // One measure asked for several years ("trade in 2020 vs 2024"): each year's figure.
  const yearly = seriesYears(question, analysis, fits);
  if (yearly) return { kind: 'facts', facts: yearly, guessed: [], missing: [] };
  // Several things asked for ("which cities", "the three upsides", "X and Y") before one fact.
  const several = listAnswer(search, question, analysis, coverage, fits, known);
  if (several) return several;
  // A wrong year or country stated as given: the fact about the thing named states the true one (premise-correction.ts).
  const corrected = premiseFacts(question, analysis, coverage);
  if (corrected?.length === 1) return { kind: 'fact', fact: corrected[0]!, others: [] };
  if (corrected) return { kind: 'facts', facts: corrected, guessed: [], missing: [] };
  const otherChinese = namesOtherSubject(question, analysis, coverage, fits);
  const otherEnglish = namesOtherEnglishSubject(question, analysis);
  const otherSubject = (i: number) =>
    otherChinese(i) ||
    otherEnglish(i) ||
    everydayOnly(analysis, i) ||
    placeOnly(question, analysis, i) ||
    unitsOnly(analysis, i);
  const confident = hits.filter((h, i) => coverage[i]! >= ANSWER_COVERAGE && fits(h) && !otherSubject(i));
  if (best && confident[0] === best) {
    // A year the asker gives that is another stage's of the same thing is shown beside it (premise-correction.ts).
    const beside = yearBeside(question, analysis, best.fact) ?? numberBeside(question, analysis, best.fact);
    if (beside) return { kind: 'facts', facts: [best.fact, beside], guessed: [], missing: [] };
    return { kind: 'fact', fact: best.fact, others: confident.slice(1, 4).map((h) => h.fact) };
  }
  // A fact that ties with the best, or clears the bar just behind a best that falls short of it or does not answer
  // what is asked (answer-bar.ts).
  const first = confident[0];
  if (
    best &&
    first &&
    (tiedWithBest(analysis, first) ||
      clearsBarBehind(analysis, coverage, first) ||
      fitsBehindMisfit(question, analysis, coverage, first, fits))
  )
    return { kind: 'fact', fact: first.fact, others: confident.slice(1, 4).map((h) => h.fact) };
  if (best && fits(best) && isGuess(analysis, question))
    return { kind: 'guess', fact: best.fact, others: hits.slice(1, 3).map((h) => h.fact) };
  return { kind: 'none', nearest: search.nearest(question, 3) };
}

/** A tie allows the best this share of the question's weight more, at this share of its score (0.9-0.97 the same). */
const TIE_SLACK = 0.15;
const TIE_SCORE = 0.95;

/**
 * A fact ranked next to the best on the very same evidence (the same words of the question, named as much) ties with
 * it: the scores differ only by the length of their texts. When only it states what is asked (a total, not a daily
 * rate), it is the answer.
 */
function tiedWithBest({ hits, covered, terms }: Analysis, other: SearchHit): boolean {
  const [best, second] = hits;
  // Facts the question does not name (a person they both mention) tie on no evidence about themselves.
  if (!best || second !== other || best.named === 0 || best.named !== other.named) return false;
  const [a, b] = [covered[0]!, covered[1]!];
  if (a.size === b.size && [...a].every((t) => b.has(t))) return true;
  // "Since the railway opened …": a light word only the best covers ("since") is no evidence that splits them.
  if (![...b].every((t) => a.has(t)) || other.score < best.score * TIE_SCORE) return false;
  const extra = terms.filter((t) => a.has(t.text) && !b.has(t.text)).reduce((sum, t) => sum + t.share, 0);
  return extra <= TIE_SLACK;
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
