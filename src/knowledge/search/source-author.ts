/**
 * Who wrote a fact's source. A fact drawn first from a signed piece ("Column by Jane Doe") whose own text names that
 * writer states who wrote it, so "who is the author", "who penned the op-ed" and 作者是谁 are asked of it, although
 * the base says "columnist" or "writing for" rather than "author".
 */
import type { Fact } from '../schema.js';
import { tokenizeQuery } from './normalize.js';

/** The writer's name in a source title that credits one: "Column by Jane Doe on …", "Analysis by J. Doe". */
const SIGNED = /\bby\s+((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*)/;

const cache = new WeakMap<Fact, boolean>();

/** Whether the fact's text (in English) names the writer its first source is credited to. */
export function namesAuthor(fact: Fact): boolean {
  let known = cache.get(fact);
  if (known === undefined) {
    const writer = SIGNED.exec(fact.sources[0]?.title ?? '')?.[1];
    known = writer !== undefined && `${fact.title} ${fact.summary}`.includes(writer);
    cache.set(fact, known);
  }
  return known;
}

/** The words people ask about a piece's writer with (English and Chinese), indexed for the facts that name one. */
export const AUTHOR_WORDS = 'author authored writer wrote penned byline 作者 撰写 写';

/** Whether the fact's text names the outlet of its first source ("writing for China Economic Net"). */
export function namesOutlet(fact: Fact): boolean {
  const publisher = fact.sources[0]?.publisher;
  return publisher !== undefined && `${fact.title} ${fact.summary}`.includes(publisher);
}

/** The words people ask which outlet published a piece with, indexed for the facts that name it. */
export const OUTLET_WORDS = 'outlet publication published publisher media 媒体 发表 刊登 刊发';

/** Role words ("who is the author of …") a fact that names its source's writer answers. */
export const AUTHOR_ROLES: ReadonlySet<string> = new Set(['author', 'writer', 'columnist']);

/** A piece named by the words before its noun: "the Xinhua commentary", "that TROIB News report". */
const PIECE_NAMED =
  /\b(?:the|that|this|a|an)\s+((?:[\w.'-]+\s+){1,3}?)(?:commentary|commentaries|columns?|opinion|op-?eds?|articles?|reports?|pieces?|editorials?)\b/gi;

/**
 * "Who wrote the Xinhua commentary": a piece named by the outlet of another fact's source (`others`, the facts ranked
 * for the question) is not the one a fact credits to its writer, unless the fact's own sources are that outlet's too.
 */
export function namesOtherPiece(fact: Fact, asking: string, others: readonly Fact[]): boolean {
  if (!namesAuthor(fact)) return false;
  const own = publisherTokens(fact);
  const outlets = new Set(others.flatMap((f) => [...publisherTokens(f)]));
  return [...asking.matchAll(PIECE_NAMED)].some((m) =>
    tokenizeQuery(m[1]!).some((t) => outlets.has(t.token) && !own.has(t.token)),
  );
}

const tokenCache = new WeakMap<Fact, Set<string>>();

/** The index tokens of the publishers of the fact's sources. */
function publisherTokens(fact: Fact): Set<string> {
  let tokens = tokenCache.get(fact);
  if (!tokens) {
    tokens = new Set(tokenizeQuery(fact.sources.map((s) => s.publisher).join(' ')).map((t) => t.token));
    tokenCache.set(fact, tokens);
  }
  return tokens;
}

/**
 * "Who contributed to the TROIB report", "who's behind the piece", "who wrote the article": the piece's writer is
 * asked, which only a fact that names the writer of its source states (a fact drawn from an unsigned report names
 * people of its own, not who wrote it).
 */
const ASKS_WRITER =
  /^\s*who(?:['’]?s|\s+is|\s+was|\s+are)?\s+(?:the\s+)?(?:contri\w*|wrote|writes|written|penned|authored|behind|credited)\b.*\b(?:pieces?|pice|articles?|artical|rep\w*rt|columns?|op-?eds?|story|commentary)\b/i;

export function asksWriter(asking: string): boolean {
  return ASKS_WRITER.test(asking);
}
