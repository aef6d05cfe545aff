import { yearsIn } from './period.js';

/** The numbers a claim gives, years and versions aside ("for 15 years", "11 members", not "2020" or "3.0"). */
export function claimedNumbers(question: string): string[] {
  const years = new Set(yearsIn(question).map(String));
  return [...question.matchAll(/(?<![\d.,])\d+(?:[.,]\d+)*(?![\d.,]*\d)/g)]
    .map((m) => m[0].replace(/,/g, ''))
    .filter((n) => !years.has(n) && !/^\d\.0$/.test(n));
}

/** Whether a text states the number, whole (not as a piece of a longer one), commas aside. */
export function statesNumberIn(text: string, n: string): boolean {
  return new RegExp(String.raw`(?<![\d.,])${n.replace(/\./g, String.raw`\.`)}(?![\d.,]*\d)`).test(
    text.replace(/,/g, ''),
  );
}
