import type { Fact } from '../schema.js';
import { askingClause, coverageWith } from './asking.js';
import { tokenizeQuery } from './normalize.js';
import type { FactSearch, SearchHit } from './engine.js';
import { articleOf } from './fact-groups.js';
import { hitFirst, type Ranked } from './hit-order.js';
import { isChinese } from './chinese-clauses.js';

/** Tags that mark a fact as an opinion piece's own view (as column-points.ts reads them). */
const OPINION_TAGS: readonly string[] = ['opinion', 'commentary'];
/** A question that asks what an opinion piece says ("how does the commentary describe …", "the columnist's view"). */
const NAMES_PIECE = /\b(?:commentary|column|columnist|op-?eds?|opinion\s+pieces?)\b/i;
/** A fact drawn from the piece comes first when it scores at least this share of the best fact. */
export const PIECE_CLOSE = 0.5;

/** The articles of the base's opinion pieces. */
function opinionArticles(search: FactSearch): Set<string> {
  const urls = new Set<string>();
  for (const tag of OPINION_TAGS)
    for (const f of search.byTag.get(tag) ?? []) {
      const url = articleOf(f);
      if (url) urls.add(url);
    }
  return urls;
}

/**
 * "How does the commentary describe free trade today": what an opinion piece says is asked, so a close fact that
 * draws on the piece (among its sources) answers it, not a fact from a news report that shares the words (RCEP's size).
 */
export function pieceFirst(
  search: FactSearch,
  question: string,
  ranked: Ranked,
  fits: (hit: SearchHit) => boolean,
): Ranked {
  const best = ranked.analysis.hits[0];
  if (!best || isChinese(question) || !NAMES_PIECE.test(askingClause(question))) return ranked;
  const urls = opinionArticles(search);
  const fromPiece = (f: Fact) => f.sources.some((s) => s.url !== undefined && urls.has(s.url));
  if (urls.size === 0 || fromPiece(best.fact)) return ranked;
  const chosen = ranked.analysis.hits.findIndex(
    (h, i) => i > 0 && fromPiece(h.fact) && fits(h) && h.score >= best.score * PIECE_CLOSE,
  );
  if (chosen <= 0) return ranked;
  // The words that name the piece are covered by a fact drawn from it, as a stage fact covers the stage's verb.
  const named = new Set(tokenizeQuery(NAMES_PIECE.exec(question)?.[0] ?? '').map((t) => t.token));
  const { analysis, coverage } = ranked;
  const terms = analysis.terms.map((t) => t.text).filter((t) => named.has(t));
  const { covered, coverage: own } = coverageWith(question, analysis, coverage, chosen, terms);
  return hitFirst(ranked, chosen, { covered, coverage: own });
}
