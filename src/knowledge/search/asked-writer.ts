/**
 * Questions about the writer of a piece rather than what it says: "who is the guy who wrote it", "where is the
 * columnist based", "the Pakistani author", "Jane Doe wrote that op-ed, right?". The words that describe the writer
 * (their nationality, what they do, a name given for them) are asked of the fact that names the writer, which
 * answers them with who the writer is, even where the base never uses those words.
 */
import { coverageWith } from './asking.js';
import { ANSWER_COVERAGE } from './answer-bar.js';
import type { Analysis, SearchHit } from './engine.js';
import { hitFirst, type Ranked } from './hit-order.js';
import { tokenizeQuery } from './normalize.js';
import { namesAuthor } from './source-author.js';
import { PIECE_CLOSE } from './asked-piece.js';

/** How far down the ranking the writer's fact may stand. */
const WRITER_DEPTH = 3;

/** Phrases that describe the writer of a piece, each word of which the writer's fact answers. */
const DESCRIBES_WRITER: readonly RegExp[] = [
  // "the guy who wrote it", "the person who penned the op-ed"
  /\b(?:guy|man|woman|person|bloke|chap|fellow|someone|one)\s+who\s+(?:wrote|penned|authored|writes)\b/gi,
  // "what does he do": the fact says what the writer is (a columnist). Where they are based it does not say.
  /\bwhat\s+(?:does|did)\s+(?:he|she|the\s+(?:author|writer|columnist))\s+do(?:\s+for\s+a\s+living)?\b/gi,
  // "the Pakistani writer", "the author's nationality"
  /\b(?:the|that|this|a|an)\s+(?:[\w-]+\s+){0,2}?(?:author|writer|columnist|commentator)(?:'s\s+(?:nationality|background|job|profession|name))?\b/gi,
  // "Jane Doe wrote that op-ed", "did Jane Doe write it"
  /\b(?:[A-Z][\w'-]*\s+){1,3}(?:wrote|penned|authored)\b/g,
  /\bdid\s+(?:[A-Z][\w'-]*\s+){1,3}(?:write|pen|author)\b/g,
  // 巴基斯坦作者, 那位作者叫什么
  /\p{Script=Han}{0,4}?(?:作者|撰稿人|专栏作家)(?:叫什么|叫啥|是谁|是哪国人|是哪里人)?/gu,
];

/**
 * The writer's fact first, credited with the words that describe the writer, when the question describes one and the
 * fact ranks close to the best (its piece is the one asked about).
 */
export function writerFirst(question: string, ranked: Ranked, fits: (hit: SearchHit) => boolean): Ranked {
  const { analysis, coverage } = ranked;
  const best = analysis.hits[0];
  if (!best) return ranked;
  const phrases = DESCRIBES_WRITER.flatMap((re) => [...question.matchAll(re)].map((m) => m[0]));
  if (phrases.length === 0) return ranked;
  const chosen = analysis.hits.findIndex(
    (h, i) => i < WRITER_DEPTH && namesAuthor(h.fact) && fits(h) && h.score >= best.score * PIECE_CLOSE,
  );
  if (chosen < 0) return ranked;
  const described = new Set(phrases.flatMap((p) => tokenizeQuery(p).map((t) => t.token)));
  const terms = analysis.terms.map((t) => t.text).filter((t) => described.has(t));
  if (terms.length === 0 || !findsPiece(analysis, chosen, described)) return ranked;
  const { covered, coverage: own } = coverageWith(question, analysis, coverage, chosen, terms);
  // A question whose asking clause names nothing ("…, correct?") is covered by its words throughout.
  const whole = analysis.terms.reduce((sum, t) => sum + (covered.has(t.text) ? t.share : 0), 0);
  return hitFirst(ranked, chosen, { covered, coverage: Math.max(own, whole) });
}

/**
 * The rest of the question (what names the piece: "that op-ed calling it an export renaissance") must find the fact as
 * any question must clear the bar: a writer's name next to a piece the base does not hold is no question about it.
 */
function findsPiece(analysis: Analysis, i: number, described: ReadonlySet<string>): boolean {
  const rest = analysis.terms.filter((t) => !described.has(t.text));
  const weight = rest.reduce((sum, t) => sum + t.share, 0);
  if (weight === 0) return true;
  const covered = analysis.covered[i]!;
  return rest.reduce((sum, t) => sum + (covered.has(t.text) ? t.share : 0), 0) / weight >= ANSWER_COVERAGE;
}
