import type { Fact } from '../schema.js';
import { toSimplified } from './chinese.js';
import { tokenizeQuery } from './normalize.js';

/**
 * 除了X，还有… / 除了X以外…其他… / 除X外: what follows 除 (up to 以外 / 之外 / 外, a comma, 还 or 也) is what the
 * question already knows, not what it asks for. Not the 除 of a verb (消除, 排除, 解除, 废除 …).
 */
const NOT_VERB = '(?<![消排解废去清扣免拆删剔革根破])';
const STOP = '[，,。？?！!；;：:]';
const EXCEPT_SOURCES = [
  `${NOT_VERB}除(?:了|开)([^，,。？?！!；;：:]+?)(?:以外|之外|${STOP}|还|也|$)`,
  `${NOT_VERB}除([^，,。？?！!；;：:]+?)(?:以外|之外|外)`,
];
const EXCEPT = EXCEPT_SOURCES.map((source) => new RegExp(source, 'u'));
const EXCEPT_ALL = EXCEPT_SOURCES.map((source) => new RegExp(source, 'gu'));

/** The words a Chinese question sets aside with 除了 (除了公路铁路，还有… → 公路, 铁路), as index tokens. */
export function chineseExcepted(question: string): string[] {
  const simple = toSimplified(question);
  const m = EXCEPT.map((re) => re.exec(simple)).find((found) => found !== null);
  return m ? tokenizeQuery(m[1]!).map((t) => t.token) : [];
}

/**
 * True when the fact's Chinese text states every word of `words` as its own matter (铁路、公路、港口…), not as what it
 * sets aside itself (除公路和铁路外，…还在港口…): that fact answers the part the question already knows.
 */
export function statesExcepted(fact: Fact, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const tokens = ownChineseTokens(fact);
  return tokens !== undefined && words.every((w) => tokens.has(w));
}

const asides = new WeakMap<Fact, boolean>();

/**
 * True when the fact's Chinese text sets something aside itself (除公路和铁路外，…还在港口…): it answers "besides X,
 * what else" even when the question calls X by a word of its own (陆路 for 公路和铁路).
 */
export function setsAsideItself(fact: Fact): boolean {
  let found = asides.get(fact);
  if (found === undefined) {
    const zh = fact.i18n?.['zh-CN'];
    const text = zh ? toSimplified(`${zh.summary}。${zh.details ?? ''}`) : '';
    found = EXCEPT.some((re) => re.test(text));
    asides.set(fact, found);
  }
  return found;
}

/** The words the fact's Chinese text sets aside itself (除公路和铁路外 → 公路, 铁路), as index tokens. */
export function asideWords(fact: Fact): string[] {
  const zh = fact.i18n?.['zh-CN'];
  return zh ? chineseExcepted(`${zh.summary}。${zh.details ?? ''}`) : [];
}

const ownTokens = new WeakMap<Fact, Set<string> | undefined>();

/** The tokens of the fact's Chinese text without what it sets aside itself; undefined without Chinese text. */
function ownChineseTokens(fact: Fact): Set<string> | undefined {
  if (ownTokens.has(fact)) return ownTokens.get(fact);
  const zh = fact.i18n?.['zh-CN'];
  const own = zh
    ? [zh.title, ...zh.aliases, zh.summary, zh.details ?? '']
        .map((t) => EXCEPT_ALL.reduce((text, re) => text.replace(re, ''), toSimplified(t)))
        .join('。')
    : undefined;
  const tokens = own === undefined ? undefined : new Set(tokenizeQuery(own).map((t) => t.token));
  ownTokens.set(fact, tokens);
  return tokens;
}
