/**
 * "Did A happen before or after B?", "which came first, A or B?", "how long passed between A and B?": the order of
 * (or the time between) two events is read off each one's date, so the question asks when each happened. No single
 * fact holds both dates, so the two are answered side by side, or else the question is read whole.
 */
const AUX = String.raw`(?:did|was|were|is|are|has|have|had|do|does)`;
const ORDER_WORD = String.raw`(?:before|after|earlier\s+than|later\s+than|sooner\s+than)`;
const BEFORE_OR_AFTER = new RegExp(
  String.raw`^\s*${AUX}\s+(.+?)\s+${ORDER_WORD}(?:\s+or\s+${ORDER_WORD})?\s+(.+?)[?.!]*\s*$`,
  'i',
);
const WHICH_FIRST =
  /\b(?:which|what)(?:\s+(?:one|event|happened|thing))?\s+(?:came|come|happened|was|took\s+place|occurred)\s+(?:first|earlier|sooner)\s*[,:\-–—]?\s*(?:the\s+)?(.+?)\s+or\s+(?:the\s+)?(.+?)[?.!]*\s*$/i;
const SPAN_BETWEEN =
  /\bhow\s+(?:long|much\s+time|many\s+(?:years|months|weeks|days))\s+(?:passed|elapsed|went\s+by|was\s+there|were\s+there|is\s+there|are\s+there|separated?|lay|lies|came)?\s*between\s+(?:the\s+)?(.+?)\s+(?:and|&)\s+(?:the\s+)?(.+?)[?.!]*\s*$/i;
const SPAN_AFTER =
  /\bhow\s+(?:long|much\s+time|many\s+(?:years|months|weeks|days))\s+after\s+(?:the\s+)?(.+?)\s+(?:did|was|were|had|has)\s+(.+?)[?.!]*\s*$/i;

/** The two events whose order or distance in time is asked, each as a "when" question. */
export function orderedEvents(question: string): [string, string] | undefined {
  const m =
    BEFORE_OR_AFTER.exec(question) ??
    WHICH_FIRST.exec(question) ??
    SPAN_BETWEEN.exec(question) ??
    SPAN_AFTER.exec(question);
  if (!m) return undefined;
  const [a, b] = [m[1]!.trim(), m[2]!.trim()];
  // A year or a bare date is a point in time, not an event with a date of its own to look up.
  const event = (s: string) => /[a-z]{3,}/i.test(s.replace(/\b(?:19|20)\d\d\b/g, ''));
  if (!event(a) || !event(b)) return undefined;
  return [`when did ${a}`, `when did ${b}`];
}
