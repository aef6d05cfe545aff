import type { FactCheck } from './asked-attribute.js';
import { ownText } from './asked-attribute.js';
import { isEnglishWord } from './english-words.js';
import { isFiller, WEAK_TOKENS } from './normalize.js';
import { PLACE_NAMES } from './place-names.js';
import { firstTag } from './tagger-lexicon.js';

/**
 * "Nickel trade", "durian imports": the word before a flow of trade or money names the goods or kind of flow asked
 * about. A fact that names the partners and the trade but not that word (the total trade of a country the question
 * names in passing) states another flow. Only a singular noun is read ("countries trade" is a
 * subject and its verb; "overseas trade" an adjective a synonym may state). Each part of a hyphened word ("cross-border") must be named.
 */
const FLOW = /\b([a-z][a-z-]+)\s+(?:trade|exports?|imports?|investments?|shipments?)\b/gi;
/** Two forms of one word share this long a beginning (durians / durian, investors / investment). */
const STEM = 4;

/** A singular noun (or a word the tagger lacks, as it lacks most goods) that is English, not a slip. */
function namesGoods(word: string): boolean {
  const tag = firstTag(word);
  return (tag === undefined || tag === 'NN') && isEnglishWord(word);
}

/**
 * The goods word itself, or its singular when that is a noun too: "electronics" is not "electronic" (an adjective a
 * fact may use of documents), "durians" is "durian".
 */
function goodsWord(word: string): RegExp {
  const one = word.replace(/s$/, '');
  const tag = firstTag(one);
  const singular = one !== word && (tag === undefined || tag.startsWith('NN'));
  return new RegExp(`\\b${singular ? `${one}s?` : word}\\b`);
}

/** A noun, singular or plural ("electronics", "durians"), that is English and no place or party. */
function namesAnyGoods(word: string): boolean {
  const tag = firstTag(word);
  return (
    (tag === undefined || /^NNS?$/.test(tag)) && isEnglishWord(word) && !PLACE_NAMES.has(word) && !WEAK_TOKENS.has(word)
  );
}

/**
 * "The multimodal trade route", "a new export port": a noun after the flow is what is asked of, and the word before
 * says which route or port, not which goods. A word for an amount of the flow ("nickel trade volume") still asks of it.
 */
const HEAD_AFTER = /^\s+([a-z]+)/i;
const AMOUNTS =
  /^(?:volumes?|values?|figures?|totals?|growth|data|numbers?|surplus(?:es)?|deficits?|balances?|flows?|stats?|statistics|levels?|amounts?|shares?|rises?|falls?)$/i;

function namesAnotherThing(asking: string, end: number): boolean {
  const next = HEAD_AFTER.exec(asking.slice(end))?.[1];
  return next !== undefined && !AMOUNTS.test(next) && /^NNS?$/.test(firstTag(next.toLowerCase()) ?? '');
}

/**
 * "Tariff cuts for electronics", "duties on rice": the goods a tariff is asked of, the phrase's last noun before the
 * clause ends or goes on to a route ("… going into Indonesia"). A fact about tariffs that never names them is about
 * other goods.
 */
const TARIFF_ON =
  /\b(?:tariffs?|duty|duties)\b[^?!]*?\b(?:on|for)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?([a-z-]+)(?=\s*[?.!]|\s*$|\s+(?:from|into|going|to|under|in)\b)/gi;

export function goodsCheck(asking: string): FactCheck | undefined {
  const tariffed = [...asking.matchAll(TARIFF_ON)].map((m) => m[1]!.toLowerCase()).filter(namesAnyGoods);
  const words = [...asking.matchAll(FLOW)]
    .filter((m) => !namesAnotherThing(asking, m.index + m[0].length))
    .flatMap((m) => m[1]!.toLowerCase().split('-'))
    .filter((w) => w.length > 2 && !isFiller(w) && namesGoods(w));
  if (words.length === 0 && tariffed.length === 0) return undefined;
  const patterns = [
    ...words.map((w) => new RegExp(`\\b${w.slice(0, Math.max(STEM, w.length - 2))}`)),
    ...tariffed.map(goodsWord),
  ];
  return (fact) => patterns.every((p) => p.test(ownText(fact)));
}
