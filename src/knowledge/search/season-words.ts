/**
 * "In autumn 2024", "the spring of 2025": a season only narrows the year it stands by, and the base dates its facts by
 * day, month or year, never by season. Left in, the season is a word the base has never seen and counts against the
 * fact of that year (or, for "fall", reads as a fall in trade).
 */
const SEASON_OF_YEAR =
  /\b(?:(?:in|during)\s+)?(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of)?[\s-]+(?=(?:19|20)\d\d\b)/gi;

/** The question with a season before a year dropped, "in" kept: "agreed in autumn 2024" → "agreed in 2024". */
export function withoutSeasons(question: string): string {
  return question.replace(SEASON_OF_YEAR, (m) => (/^\s*(?:in|during)\b/i.test(m) ? 'in ' : ''));
}
