/** Dates and periods: the rate, stretch of months, year or time ahead a question asks about, which the fact must state. */
import type { Fact } from '../schema.js';
import type { FactCheck } from './asked-attribute.js';
import { factText } from './english-fact-text.js';
import { yearsIn } from './period.js';

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month's name, short or in full ("Jan", "January"). */
export const MONTH = String.raw`(?:${MONTH_NAMES.join('|')})[a-z]*`;
/** A stretch from one month to another ("January-April", "Jan to Apr"), each month captured. */
const MONTH_RANGE = String.raw`\b(${MONTH})\s*(?:-|–|to|through|thru)\s*(${MONTH})\b`;

/**
 * "Per day", "a month", "every year", "how often", "the first four months": the rate or part of a year a question
 * asks about, which the fact (its text, period or unit) must state too. A daily average is no yearly figure, and a
 * calendar-year total is no figure for January-April.
 */
const DAILY = /\b(?:per|a|each|every|one|single)\s+day\b|\bdaily\b|\/\s*day\b/i;
const WEEKLY = /\b(?:per|a|each|every)\s+week\b|\bweekly\b/i;
const MONTHLY = /\b(?:per|a|each|every)\s+month\b|\bmonthly\b/i;
const RATES: [RegExp, RegExp][] = [
  [DAILY, DAILY],
  [WEEKLY, WEEKLY],
  [MONTHLY, MONTHLY],
  [
    /\b(?:per|a|each|every)\s+year\b|\bannual(?:ly)?\b|\byearly\b/i,
    /\b(?:per|a|each|every)\s+year\b|\bannual(?:ly)?\b|\byearly\b|\bcalendar\s+year\b|\bfull[-\s]year\b/i,
  ],
  [
    /\bhow\s+(?:often|frequently)\b|\bfrequenc(?:y|ies)\b|\btimetables?\b/i,
    new RegExp(
      [
        DAILY.source,
        String.raw`\b(?:per|a|each|every)\s+(?:week|month|hour)\b|\b(?:weekly|hourly)\b`,
        String.raw`\bevery\s+\w+\s+(?:minutes|hours|days)\b|\d:\d\d`,
      ].join('|'),
      'i',
    ),
  ],
  [
    new RegExp(
      [String.raw`\b(?:first|last|past|opening)\s+(?:\w+\s+)?(?:months|quarters?|half)\b|\bq[1-4]\b`, MONTH_RANGE].join(
        '|',
      ),
      'i',
    ),
    new RegExp(String.raw`${MONTH_RANGE}|\bmonths\b|\bquarters?\b|\bhalf\b`, 'i'),
  ],
  // "In its first month of operation": a count for the opening day, week, month or year, which a figure over the first
  // two years (or a daily average) does not give. "The first year of the FTA" names a year instead.
  ...(['day', 'week', 'month', 'year'] as const).map((unit): [RegExp, RegExp] => [
    new RegExp(
      String.raw`\b(?:in|on|during|over|within|for)\s+(?:its|the|their)\s+(?:very\s+)?(?:first|opening|initial)\s+${unit}\b`,
      'i',
    ),
    new RegExp(String.raw`\b(?:first|opening|initial)\s+${unit}\b`, 'i'),
  ]),
];

/** The rates an asking clause names, as a test that the fact states every one of them. */
export function ratesCheck(asking: string): FactCheck | undefined {
  const wanted = RATES.filter(([asked]) => asked.test(asking)).map(([, stated]) => stated);
  if (wanted.length === 0) return undefined;
  return (fact) => wanted.every((stated) => stated.test(`${factText(fact).text} ${factPeriod(fact)}`));
}

const factPeriod = (fact: Fact) => (fact.kind === 'figure' ? `${fact.period} ${fact.unit}` : '');

/**
 * How many months a stretch of a year names: "the first four months", "first half", "Q1", "January-April". A
 * figure for January-April does not answer for the first half, nor the reverse.
 */
const SMALL_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
const FIRST_MONTHS = /\b(?:first|opening)\s+(\d{1,2}|[a-z]+)\s+months\b/i;
const RANGE = new RegExp(MONTH_RANGE, 'i');

export function monthSpan(text: string): number | undefined {
  const first = FIRST_MONTHS.exec(text);
  if (first) {
    const n = /^\d/.test(first[1]!) ? Number(first[1]) : SMALL_NUMBERS.indexOf(first[1]!.toLowerCase()) + 1;
    if (n > 0) return n;
  }
  if (/\b(?:first|second)\s+half\b|\bh[12]\b/i.test(text)) return 6;
  if (/\b(?:first|second|third|fourth|last)\s+quarter\b|\bq[1-4]\b/i.test(text)) return 3;
  const range = RANGE.exec(text);
  if (range) {
    const [from, to] = [range[1]!, range[2]!].map((m) => MONTH_NAMES.indexOf(m.slice(0, 3).toLowerCase()));
    if (from! >= 0 && to! >= from!) return to! - from! + 1;
  }
  return undefined;
}

/** Whether a figure's period spans the months the asking clause asks about, when both name a span. */
const MONTH_NAMED = new RegExp(String.raw`\b${MONTH}\b`, 'i');

const SO_FAR = /\b(?:this|the\s+current)\s+year\b|\bso\s+far\b|\byear[-\s]to[-\s]date\b|\bytd\b/i;
/** "Early 2025", "the first months of 2025": the opening part of the year, of unsaid length, not the whole of it. */
const PART_OF_YEAR =
  /\b(?:early|(?:the\s+)?(?:start|beginning)\s+of|(?:the\s+)?first\s+(?:few\s+)?months\s+of)[\s-]+\d{4}\b/i;

export function spanCheck(asking: string): FactCheck | undefined {
  const asked = monthSpan(asking);
  // "Trade in 2025" asks for the whole year: a January-April figure is a part of it, not the answer. "This year" and
  // "so far" ask for the year under way, of which the base knows only the months it reports.
  const whole =
    asked === undefined &&
    yearsIn(asking).length > 0 &&
    !MONTH_NAMED.test(asking) &&
    !SO_FAR.test(asking) &&
    !PART_OF_YEAR.test(asking);
  if (asked === undefined && !whole) return undefined;
  return (fact) => {
    if (fact.kind !== 'figure') return true;
    const stated = monthSpan(fact.period);
    return stated === undefined || stated === asked;
  };
}

/**
 * "Projected", "forecast", "next year": a question about the future is answered only by a fact that looks ahead
 * (will, expected, aims to, target); a past figure is a near miss.
 */
const ASKS_FORECAST =
  /\b(?:forecasts?|projected|projections?|predict(?:ed|ions?)?|expected\s+to|next\s+year|in\s+the\s+future|by\s+20[3-9]\d)\b/i;
const LOOKS_AHEAD =
  /\b(?:will|would|expects?|expected|forecasts?|projected|projections?|aims?\s+to|targets?|outlook|set\s+to|likely|plans?\s+to)\b/i;

export function forecastCheck(asking: string): FactCheck | undefined {
  return ASKS_FORECAST.test(asking) ? (fact) => LOOKS_AHEAD.test(factText(fact).text) : undefined;
}

/**
 * "When will …", "how will … affect", "what is planned", "when is the next …": a question about what is still to come is answered by a fact
 * that looks ahead, or by one whose own example questions ask what is to come ("when will FTA 3.0 enter into force"
 * for a fact that says it takes effect once ratified).
 */
const ASKS_COMING =
  /\b(?:when|how|what|which|who|where)\s+will\b|\b(?:planned|upcoming)\b|\b(?:when|where|who)(?:['’]?s|\s+is|\s+are)\s+(?:the\s+)?next\b/i;

export function comingCheck(asking: string): FactCheck | undefined {
  if (!ASKS_COMING.test(asking)) return undefined;
  return (fact) => LOOKS_AHEAD.test(factText(fact).text) || fact.questions.some((q) => ASKS_COMING.test(q));
}

/**
 * "What comes after the Vision 2025", "what's the next plan called", "its successor", "the plan that follows Vision
 * 2025", "ASEAN's follow-up plan": what follows a thing is stated
 * only by a fact that looks ahead or names a successor; one that says the thing ended is a near miss. "Next week" and
 * the like date the question instead.
 */
const ASKS_SUCCESSOR =
  /\b(?:what|which)\s+(?:[a-z-]+\s+)?(?:comes|will\s+come|follows|will\s+follow|replaces|will\s+replace|succeeds|will\s+succeed)\b|\b(?:what|which)(?:'s|s|\s+(?:is|are|will\s+be))\s+(?:the\s+)?next\s+(?!(?:days?|weeks?|months?|years?|decades?|times?|steps?)\b)[a-z]|\bsuccessor\b|\b(?:that|which)\s+(?:follows|succeeds|replaces|comes\s+after)\b|\bfollow[-\s]?up\b/i;
const NAMES_SUCCESSOR = /\b(?:next|successor|succeed(?:s|ed)?|replac(?:e|es|ed|ing)|follow(?:ed|s)?\s+(?:by|on|up))\b/i;

export function successorCheck(asking: string): FactCheck | undefined {
  if (!ASKS_SUCCESSOR.test(asking)) return undefined;
  return (fact) => LOOKS_AHEAD.test(factText(fact).text) || NAMES_SUCCESSOR.test(factText(fact).text);
}

/**
 * "Who chaired the 2024 summit": a wh-question that names a year asks about that year, and a dated fact that never
 * mentions it (a 2021 summit) is a near miss. Yes/no questions are left alone: they may carry a wrong year to
 * correct ("rcep became effective in 2023 right?"). Figures are judged by their period instead (period.ts).
 */
const WH_START = /^\s*(?:who|whom|whose|what|which|where|how)\b/i;

export function yearCheck(asking: string): FactCheck | undefined {
  const years = WH_START.test(asking) ? yearsIn(asking) : [];
  if (years.length === 0) return undefined;
  return (fact) => {
    if (fact.kind === 'figure') return true;
    const stated = new Set(yearsIn(`${factText(fact).text} ${'date' in fact ? fact.date : ''}`));
    return years.some((y) => stated.has(y));
  };
}

/**
 * "How many passengers in 2023", "how many in total since it opened": a count for a year or a running total asks for
 * a sum, which a daily figure (a peak or an average per day) does not give.
 */
const PER_DAY = /\bper\s+day\b|\ba\s+day\b|\bdaily\b/i;
const TOTAL =
  /\b(?:in\s+total|total|altogether|all\s+told|cumulative(?:ly)?|so\s+far|to\s+date|since\s+(?:it|they)\s+opened)\b/i;

export function yearTotalCheck(asking: string): FactCheck | undefined {
  const years = yearsIn(asking);
  const sum = years.length > 0 || TOTAL.test(asking);
  if (!/\bhow\s+(?:many|much)\b/i.test(asking) || !sum || DAILY.test(asking)) return undefined;
  // "In 2023 alone": one year's sum, which a running total over several years (October 2022 to late 2024) is not.
  const oneYear = years.length === 1 && !SPAN_ASKED.test(asking);
  return (fact) =>
    fact.kind !== 'figure' ||
    (!PER_DAY.test(`${fact.unit} ${fact.title}`) && !(oneYear && spansYears(fact) && !PER_YEAR.test(fact.unit)));
}

/** "Since 2022", "from 2022 to 2024", "by 2024", "over 2022-2024": a question that asks about more than one year. */
const SPAN_ASKED =
  /\b(?:since|from|between|until|till|by|through|over|after|before)\s+(?:the\s+)?(?:end\s+of\s+)?(?:19|20)\d\d\b|(?:19|20)\d\d\s*(?:-|–|to)\s*(?:19|20)?\d\d\b/i;
const PER_YEAR = /\b(?:per|a|each)\s+year\b|\bannual(?:ly)?\b|\/\s*year\b/i;

/** A figure whose period runs over more than one calendar year. */
function spansYears(fact: Fact): boolean {
  if (fact.kind !== 'figure') return false;
  return new Set(yearsIn(fact.period)).size > 1;
}
