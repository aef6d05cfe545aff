import type { Fact } from '../schema.js';

/**
 * "Last year", "this year", 去年: a period relative to now means the base's now, which is when its newest source was
 * published (the base says nothing later, whatever the clock reads). Resolved to a year, the period is judged as a
 * named year is: trade "in the first four months of last year" is not a January-April figure for the base's own year.
 */
const ENGLISH: [RegExp, number][] = [
  [/\b(?:the\s+)?year\s+before\s+last\b/gi, -2],
  [/\b(?:last|previous)\s+year(?:['’]s)?\b/gi, -1],
  [/\b(?:this|the\s+current)\s+year(?:['’]s)?\b/gi, 0],
  [/\b(?:next|the\s+coming)\s+year(?:['’]s)?\b/gi, 1],
];
/** After a number, 前 closes "… years ago" (三十年前年均…) and 前年 is no year before last. */
const CHINESE: [RegExp, number][] = [
  [/(?<![\d〇一二三四五六七八九十百千几多年])前年/g, -2],
  [/去年/g, -1],
  [/今年|本年度/g, 0],
  [/明年/g, 1],
];

/** The year of the base's newest source, or undefined for a base without dated sources. */
export function presentYear(facts: readonly Fact[]): number | undefined {
  let latest: number | undefined;
  for (const fact of facts)
    for (const source of fact.sources) {
      const year = Number(source.date.slice(0, 4));
      if (latest === undefined || year > latest) latest = year;
    }
  return latest;
}

/**
 * The question with each relative year followed by the year it means ("last year (2024)", "去年（2024年）"), so the
 * checks that judge a named year (period.ts, period-checks.ts) judge it too. The words themselves are kept.
 */
export function withRelativeYears(question: string, present: number | undefined): string {
  if (present === undefined) return question;
  let out = question;
  for (const [pattern, offset] of ENGLISH) out = out.replace(pattern, (m) => `${m} (${present + offset})`);
  for (const [pattern, offset] of CHINESE) out = out.replace(pattern, (m) => `${m}(${present + offset}年)`);
  return out;
}

/**
 * "This yr", "30 yrs", "what pct of": words typed short, spelt out for every rule that reads years, spans of them or
 * shares.
 */
export function withShortFormsSpelt(question: string): string {
  return question.replace(/\byr(s?)\b/gi, 'year$1').replace(/\bpct\b/gi, 'percent');
}
