import { isChineseStopword, toSimplified } from './chinese.js';
import { isNotNominal } from './chinese-pos.js';

const HAN = /\p{Script=Han}/u;
/** A pronoun or demonstrative points elsewhere (当它头号伙伴, 他们的): it names no owner. */
const POINTER = /[它他她我你咱其此这那该]/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * What follows an owner in Chinese: 的 before a noun (东盟的贸易伙伴), or a rank straight after the name
 * (东盟最大贸易伙伴, 中国第一大贸易伙伴, 东盟头号伙伴), the possessive that needs no 的.
 */
const OWNED = /的(?=[^\P{Script=Han}吗呢吧啊了么])|最|第[一二三四五六七八九十几\d]+大|头号/gu;
/** 对东盟来说 / 对于东盟而言 / 在东盟看来: whose point of view the question takes. */
const VIEWPOINT = /(?:对于|对|在)(\p{Script=Han}{1,6}?)(?:来说|而言|看来)/gu;
/** Everything up to the last punctuation or space: an owner stands in the same clause as what it owns. */
const TAIL = 8;
const EARLIER_CLAUSES = /^[^]*[^\p{Script=Han}\p{N}]/u;

/**
 * The last word of `text` (a 的 before a rank, 东盟的头号, left out). The segmenter cuts names it lacks into single
 * characters and may join one to the word before (做东/盟): a last word of one character is read with the character
 * before it.
 */
function wordBefore(text: string): string | undefined {
  const plain = text.replace(/的$/u, '');
  const last = [...segmenter.segment(plain)].at(-1)?.segment;
  if (last === undefined || !HAN.test(last)) return undefined;
  const word = Array.from(last).length === 1 ? Array.from(plain).slice(-2).join('') : last;
  // A pronoun (它, 他们), a particle or a verb (互为, 成为) owns nothing.
  if (!/^\p{Script=Han}{2,}$/u.test(word) || isChineseStopword(word) || POINTER.test(word) || isNotNominal(word))
    return undefined;
  return word;
}

/** The owners a Chinese text names (东盟最大贸易伙伴 → 东盟; 中国的头号贸易伙伴 → 中国; 对东盟来说 → 东盟). */
export function chineseOwners(text: string): string[] {
  if (!HAN.test(text)) return [];
  const simple = toSimplified(text);
  const owners = new Set<string>();
  for (const m of simple.matchAll(OWNED)) {
    // A name is a few characters: the tail of the clause is enough to segment (and keeps long questions cheap).
    const owner = wordBefore(simple.slice(Math.max(0, m.index - TAIL), m.index).replace(EARLIER_CLAUSES, ''));
    if (owner) owners.add(owner);
  }
  for (const m of simple.matchAll(VIEWPOINT)) {
    const owner = wordBefore(m[1]!);
    if (owner) owners.add(owner);
  }
  return [...owners];
}
