import { isFiller, QUESTION_WORDS } from './normalize.js';

const BY_LENGTH = new Map<number, string[]>();
for (const w of QUESTION_WORDS) {
  const list = BY_LENGTH.get(w.length);
  if (list) list.push(w);
  else BY_LENGTH.set(w.length, [w]);
}

/**
 * Everyday phrasing, or a slip of a question word ("dose", "wen"): never evidence for or against a fact. Only slips
 * that keep the first letter count, and a changed letter only in longer words, so "toll" never becomes "tell".
 */
export function isFillerOrTypo(word: string): boolean {
  if (isFiller(word)) return true;
  if (word.length < 3 || /\d/.test(word)) return false;
  for (const len of [word.length - 1, word.length, word.length + 1]) {
    for (const candidate of BY_LENGTH.get(len) ?? []) if (isSlip(word, candidate)) return true;
  }
  return false;
}

/** One swap of neighbours, one letter added or dropped, or (in words of 5+ letters) one letter changed; never the first. */
export function isSlip(typed: string, word: string): boolean {
  if (typed === word || typed[0] !== word[0]) return false;
  let i = 0;
  while (i < typed.length && i < word.length && typed[i] === word[i]) i++;
  if (typed.length === word.length) {
    const swapped = typed[i] === word[i + 1] && typed[i + 1] === word[i] && typed.slice(i + 2) === word.slice(i + 2);
    return swapped || (typed.length >= 5 && typed.slice(i + 1) === word.slice(i + 1));
  }
  if (Math.abs(typed.length - word.length) !== 1) return false;
  return typed.length > word.length ? typed.slice(i + 1) === word.slice(i) : typed.slice(i) === word.slice(i + 1);
}
