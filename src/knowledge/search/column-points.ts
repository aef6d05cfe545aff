/** "The benefits the columnist lays out": the points an opinion piece makes, each a fact drawn first from it. */
import { isEvent } from '../lists.js';
import type { Fact } from '../schema.js';
import type { AskedThing } from './asked-plural.js';
import type { Analysis, FactSearch } from './engine.js';
import { articleOf } from './fact-groups.js';
import { ownEnglishTokens } from './english-except.js';
import { tokenizeQuery, WEAK_TOKENS } from './normalize.js';

/** Tags that mark a fact as an opinion piece's own view (its thesis), whose article other facts draw points from. */
const OPINION_TAGS: readonly string[] = ['opinion', 'commentary'];
/** The piece must rank this high: a question about its points names it ("the columnist", "the op-ed"). */
const COLUMN_RANKS = 3;
/** An article more facts are drawn from than a list shows surveys the field rather than making points of one view. */
const MAX_POINTS = 8;

/**
 * The points of the opinion piece a group question names, or undefined. The points are the facts drawn first from
 * the piece's article, on one of its topics, that are views rather than events or figures. The question must name
 * the piece by a word none of the points holds ("the columnist"), name the points' subject by a word two of them
 * hold ("3.0"), and ask for things the points are: what it asks for ("benefits", "upsides") is a word a point holds
 * or one the base has never seen, not one only other facts hold ("barriers", "sectors"), nor the piece alone ("new
 * frontiers").
 */
export function columnPoints(
  search: FactSearch,
  { hits, covered, unseen, terms }: Analysis,
  thing: AskedThing | undefined,
): Fact[] | undefined {
  const at = hits.slice(0, COLUMN_RANKS).findIndex((h) => h.fact.tags.some((t) => OPINION_TAGS.includes(t)));
  if (at < 0) return undefined;
  const column = hits[at]!.fact;
  const url = articleOf(column);
  if (!url || (search.drawnFrom.get(url) ?? 0) > MAX_POINTS) return undefined;
  const points = new Set<Fact>();
  for (const tag of column.tags)
    for (const f of search.byTag.get(tag) ?? [])
      if (f !== column && articleOf(f) === url && f.kind !== 'figure' && !isEvent(f)) points.add(f);
  if (points.size < 2) return undefined;
  const held = (t: string) => [...points].filter((p) => ownEnglishTokens(p).has(t)).length;
  const namesPiece = [...covered[at]!].some((t) => held(t) === 0);
  const namesSubject = terms.some((t) => !WEAK_TOKENS.has(t.text) && held(t.text) >= 2);
  const head = tokenizeQuery(thing?.words.at(-1) ?? '')[0]?.token;
  const asksPoints = head !== undefined && (unseen.includes(head) || held(head) > 0);
  return namesPiece && namesSubject && asksPoints ? [...points] : undefined;
}
