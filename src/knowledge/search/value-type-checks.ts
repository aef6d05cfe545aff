/** Value types and units: whether a fact states the money, share, distance, speed, length of time or count asked. */
import type { Fact } from '../schema.js';
import type { FactCheck } from './asked-attribute.js';
import { factText, NEAR } from './english-fact-text.js';
import { isEnglishWord } from './english-words.js';
import { isSlip } from './filler.js';
import { stem, tokenizeQuery } from './normalize.js';
import { MONTH } from './period-checks.js';

/**
 * Answer types: what kind of value an English question asks for (money, a percentage, a distance, a speed, a
 * duration), read from its question words, head nouns and the unit it names ("in US dollars", "in hours or
 * percent"). A fact answers only when its text states a value of that type; a fact that names the asked attribute
 * ("tolls began on 1 November") without a value next to it is a near miss, not an answer.
 */
export type ValueType =
  'money' | 'percent' | 'distance' | 'speed' | 'area' | 'weight' | 'duration' | 'span' | 'quantity';

const TIME_UNIT = String.raw`(?:years?|yrs?|decades?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\b`;
/** "How many years", "for how many decades": a count of time is a length of time, not a count of things. */
const COUNTS_TIME = new RegExp(String.raw`\bhow\s+many\s+${TIME_UNIT}`, 'i');
/** A few of something in words ("three days", "a few decades"). */
const FEW = 'one|two|three|four|five|six|seven|eight|nine|ten|a few';
const NUM = String.raw`\d[\d,.]*\s*(?:(?:thousand|million|billion|trillion)\s*)?`;
/** "How much / how big / how many" asks for some amount: a count or a value of any type (not a date or a year). */
const VALUED = ['money', 'percent', 'distance', 'speed', 'area', 'weight', 'duration'] as const;
const STATES: Record<Exclude<ValueType, 'quantity'>, RegExp> = {
  money: new RegExp(String.raw`(?:usd|us\$|\$|rmb|¥|€)\s*\d|${NUM}(?:usd|dollars?|yuan|rmb|元|美元)`, 'i'),
  percent: new RegExp(String.raw`${NUM}(?:%|percent\b|per\s+cent\b)|百分之`, 'i'),
  distance: new RegExp(String.raw`${NUM}(?:km|kilomet(?:er|re)s?|miles?|公里|千米)(?![a-z])`, 'i'),
  speed: new RegExp(String.raw`${NUM}(?:km\s*/\s*h|kph|mph|kilomet(?:er|re)s?\s+(?:per|an)\s+hour)|时速`, 'i'),
  area: new RegExp(
    String.raw`${NUM}(?:square\s+(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)|sq\.?\s*km|km2|km²|hectares?|acres?)`,
    'i',
  ),
  weight: new RegExp(String.raw`${NUM}(?:(?:metric\s+)?(?:tonnes?|tons?)|kg|kilograms?|万?吨)(?![a-z])`, 'i'),
  duration: new RegExp(String.raw`(?:${NUM}|\b(?:${FEW}|an?)\s+)(?:hours?|hrs?|minutes?|mins?|days?)\b|小时|分钟`, 'i'),
  // A length of time in any unit: "how many years / decades" is answered by "more than 30 years".
  span: new RegExp(String.raw`(?:${NUM}|\b(?:${FEW})\s+)${TIME_UNIT}`, 'i'),
};

/** Nouns that name an attribute of a type: a fact that names one must give the value next to it. */
const ATTRIBUTE: Record<ValueType, readonly string[]> = {
  money: ['cost', 'costs', 'price', 'prices', 'fare', 'fares', 'toll', 'tolls', 'fee', 'fees', 'ticket', 'tickets'],
  percent: ['percentage', 'percent', 'proportion'],
  distance: ['length', 'distance'],
  speed: ['speed', 'speeds'],
  area: ['area', 'size'],
  weight: ['tonnage', 'weight'],
  duration: [],
  span: [],
  quantity: [],
};
const CHARGES = new Set(['toll', 'tolls', 'fare', 'fares', 'fee', 'fees', 'ticket', 'tickets'].map(stem));
const PRICE_WORDS = ATTRIBUTE.money.filter((w) => !w.startsWith('ticket'));

/** The unit a question asks its answer in ("in US dollars", "in hours or percent"). */
const UNIT_OF: [RegExp, ValueType][] = [
  [/^(?:us\s+)?(?:dollars?|usd|yuan|rmb|euros?)$/, 'money'],
  [/^(?:percent|percentages?|per\s+cent|%)$/, 'percent'],
  [/^(?:km|kilomet(?:er|re)s?|miles?)$/, 'distance'],
  [/^(?:km\/h|kph|mph)$/, 'speed'],
  [/^(?:hectares?|ha|acres?|km2|km²|sq\s*km|square\s+(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?))$/, 'area'],
  [/^(?:(?:metric\s+)?(?:tonnes?|tons?)|kg|kilograms?)$/, 'weight'],
  [/^(?:hours?|minutes?|days?)$/, 'duration'],
];
const IN_UNITS =
  /\bin\s+((?:us\s+|square\s+)?[a-z%/²]+(?:\s+cent)?)(?:\s+or\s+((?:us\s+|square\s+)?[a-z%/²]+(?:\s+cent)?))?(?=\s*(?:$|[?.!,]|terms\b))/i;

const ASKS: [RegExp, ValueType][] = [
  // "How long have they been partners": a length of time up to then, in any unit ("more than 30 years").
  [/\bhow\s+long\s+(?:have|has|had)\b(?!.*\bago\b)/i, 'span'],
  [
    /\bhow\s+much\s+(?:is|are|was|were|does|do)\s+(?:a|an|the|it)\b|\bhow\s+much\s+money\b|\bhow\s+much\b.*\b(?:invest(?:s|ed|ment)?|spen[dt]s?|spending|pa(?:y|ys|id)|costs?|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|earn(?:s|ed)?|worth|charg(?:e|es|ed))\b/i,
    'money',
  ],
  // "How much trade does China do with X", "how big was trade": an amount of trade is a value in money; a share of it
  // or its growth is asked in other words.
  [
    /\bhow\s+(?:much|big|large)\b(?!\s+of\b)(?!.*\b(?:share|percent|per\s*cent|proportion|chunk|grow|grew|growth|rise|rose|increase[ds]?|fall|fell|drop(?:ped)?|more|less|compared?|versus|vs)\b).*\b(?:trade[ds]?|trading|exports?|exported|imports?|imported)(?=\s+(?:in|for|with|between|from|during|of|to|come|reach|worth|volume|value|last|this|each|so|does|do|did|is|was|were|are|has|have)\b|\s*[?.!,]|\s*$)/i,
    'money',
  ],
  // "The value of e-commerce" asks what it is worth: an amount of money, not a count or a date. So do "the trade value",
  // "trade volume" and "what is the trade between X and Y".
  [/\bvalue\s+of\b/i, 'money'],
  [
    /\btrade\s+(?:value|volume)s?\b|\bwhat(?:'s|\s+(?:is|was|were|are))\s+(?:the\s+)?(?:(?:total|overall|bilateral|two-way)\s+)?trade\s+(?:between|with)\b/i,
    'money',
  ],
  [/\b(?:percentages?|per\s*cent|proportion)\b/i, 'percent'],
  [
    /\bhow\s+(?:much|big|large|many)\b|\bwhat\s+(?:is|was|were|are)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:trade|exports?|imports?|investments?|gdp|output|traffic|ridership|turnover|surplus|deficit)(?:\s+(?:in|for|during|between|with|of)\b|\s*$)/i,
    'quantity',
  ],
  [/\bhow\s+fast\b|\bspeeds?\b/i, 'speed'],
  [/\bhow\s+many\s+(?:metric\s+)?(?:tonnes|tons)\b|\btonnage\b/i, 'weight'],
  [
    /\blength\b|\bhow\s+long\s+(?:(?:is|was)\s+(?:the|a|an|it)|(?:are|were)\s+(?:the|they|these|those))\b(?!.*\b(?:journey|trip|ride|drive|flight|wait)s?\b)/i,
    'distance',
  ],
  // "Tell me how long the railway is": the same asked inside a request, the verb last.
  [
    /\bhow\s+long\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,5}?(?:is|was|are|were)\s*(?:[?.!]|$)(?<!\b(?:journey|trip|ride|drive|flight|wait)s?\b.*)/i,
    'distance',
  ],
  [
    /\bhow\s+long\s+(?:does|did|do|will|would)\b.*\btake\b|\bhow\s+long\s+(?:is|was)\s+(?:the|a)\s+(?:journey|trip|ride|drive|flight|wait)\b|\b(?:travel|journey|trip|transit|clearance|waiting)\s+times?\b/i,
    'duration',
  ],
];

/**
 * The value types an English question asks for: each entry is a set of alternatives, and a fact must give one of
 * each entry. Empty when the question asks for no typed value.
 */
export function askedTypes(clause: string): { types: ValueType[]; nouns: string[] }[] {
  const asking = clause.toLowerCase();
  const out: { types: ValueType[]; nouns: string[] }[] = [];
  const words = asking.split(/[^a-z%]+/).filter(Boolean);
  for (const [pattern, type] of ASKS) {
    if (!pattern.test(asking)) continue;
    out.push({ types: type === 'quantity' && COUNTS_TIME.test(asking) ? ['quantity', 'span'] : [type], nouns: [] });
  }
  // A price word, or a slip of one that is no English word itself ("tol", "prcie"; not "free") nor two swapped
  // letters of another word ("peice" is a piece, not a price), asks for money.
  const priceNouns = words.filter(
    (w) =>
      PRICE_WORDS.includes(w) || (PRICE_WORDS.some((p) => isSlip(w, p)) && !isEnglishWord(w) && !swapsToOtherWord(w)),
  );
  const attributes = words.filter((w) => Object.values(ATTRIBUTE).some((a) => a.includes(w)));
  if (priceNouns.length > 0) out.push({ types: ['money'], nouns: [] });
  const unit = IN_UNITS.exec(asking);
  if (unit) {
    const types = [unit[1], unit[2]]
      .filter((u): u is string => u !== undefined)
      .flatMap((u) => UNIT_OF.filter(([p]) => p.test(u.trim())).map(([, t]) => t));
    if (types.length > 0) out.push({ types, nouns: [] });
  }
  const nouns = [...new Set([...attributes, ...priceNouns.map((w) => PRICE_WORDS.find((p) => isSlip(w, p)) ?? w)])];
  return out.map((o) => ({ ...o, nouns }));
}

/** Whether swapping two neighbouring letters of the word gives an English word other than a price word. */
function swapsToOtherWord(word: string): boolean {
  for (let i = 0; i + 1 < word.length; i++) {
    const swapped = `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
    if (swapped !== word && !PRICE_WORDS.includes(swapped) && isEnglishWord(swapped)) return true;
  }
  return false;
}

/** The text within NEAR characters of a position, cut at clause ends ("USD 2 billion …; tolls began …"). */
function clauseAround(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - NEAR), at);
  const after = text.slice(at, at + NEAR);
  return `${before.split(/[;:]|\.(?!\d)|,\s/).at(-1)}${after.split(/[;:]|\.(?!\d)|,\s/)[0]}`;
}

/** Whether the fact states a value of one of the types, next to the asked attribute wherever the fact names it. */
function statesType(fact: Fact, types: readonly ValueType[], nouns: readonly string[], counts: boolean): boolean {
  const { text, tokens } = factText(fact);
  return types.some((type) => {
    if (type === 'quantity')
      // A list counts only what "how many" asks; asked-for.ts checks that it lists the thing counted.
      return statesCount(fact) || (counts && listedNouns(fact).length > 0) || VALUED.some((t) => STATES[t].test(text));
    if (!STATES[type].test(text)) return false;
    const own = nouns.filter((n) => ATTRIBUTE[type].includes(n)).map(stem);
    const named = tokens.filter((t) => own.includes(t.token));
    // A toll, fare, fee or ticket is a charge of its own: money the fact gives for something else (the cost of
    // building the road) does not answer it. A cost or price may be said in other words.
    if (named.length === 0) return !own.some((n) => CHARGES.has(n));
    // Named in the title, the attribute is what the fact is about: its value may stand anywhere in it.
    return named.some((t) => t.at < fact.title.length || STATES[type].test(clauseAround(text, t.at)));
  });
}

/** A check per value type the asking clause asks for, named by its alternatives ("type:money/percent"). */
export function valueTypeChecks(asking: string): [string, FactCheck][] {
  const counts = /\bhow\s+many\b/i.test(asking);
  return askedTypes(asking).map(({ types, nouns }) => [
    `type:${types.join('/')}`,
    (fact) => statesType(fact, types, nouns, counts),
  ]);
}

/**
 * "Exactly how much", "the precise value": a figure given only as a bound ("more than USD 100 billion") does not
 * answer a question that asks for the exact value.
 */
const EXACT = /\b(?:exact(?:ly)?|precise(?:ly)?)\b/i;
const DATE_ASKED = /\b(?:date|when)\b|\b(?:what|which)\s+(?:day|year|month)\b/i;
const BOUND = /\((?:more than|over|about|around|nearly|almost|at least|under|less than)\)/i;

export function exactCheck(asking: string): FactCheck | undefined {
  if (!EXACT.test(asking) || DATE_ASKED.test(asking)) return undefined;
  return (fact) => fact.kind !== 'figure' || !BOUND.test(fact.unit);
}

/**
 * Whether the fact counts something: a number that is not a year, a day of a month, a version ("3.0"), a size, a
 * share or an amount of money ("52 enterprises", "20,000 a day", "nine areas", "more than 10 million vehicles").
 */
const NOT_COUNTED = new RegExp(
  [
    String.raw`^(?:km|kilomet|mile|square|hectare|percent|per\s+cent|%|usd|yuan|rmb|dollar`,
    String.raw`hours?\b|minutes?\b|days?\b|weeks?\b|months?\b|years?\b|${MONTH}\b|th\b|st\b|nd\b|rd\b)`,
  ].join('|'),
  'i',
);
const COUNT =
  /(?<![\d.,$¥€])\b(\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|dozens?|hundreds|thousands)\b\s*(?:(?:thousand|million|billion)\s+)?/gi;
const countCache = new WeakMap<Fact, boolean>();

/**
 * "Rail, road, air and water transport": a list of three or more words before a noun counts that noun as surely as a
 * number does ("how many modes of transport"). The list's nouns, as tokens, or none.
 */
const LISTED = /\b[a-z]+(?:,\s+[a-z]+)+,?\s+(?:and|or)\s+[a-z]+\s+([a-z]+)/gi;
const listedCache = new WeakMap<Fact, string[]>();

function listedNouns(fact: Fact): string[] {
  let cached = listedCache.get(fact);
  if (!cached) {
    cached = [...factText(fact).text.matchAll(LISTED)].flatMap((m) => tokenizeQuery(m[1]!).map((t) => t.token));
    listedCache.set(fact, cached);
  }
  return cached;
}

/** Whether the fact lists one of the counted tokens (see LISTED). */
export function listsThing(fact: Fact, counted: readonly string[]): boolean {
  return listedNouns(fact).some((t) => counted.includes(t));
}

export function statesCount(fact: Fact): boolean {
  let cached = countCache.get(fact);
  if (cached === undefined) {
    const { text } = factText(fact);
    cached = [...text.matchAll(COUNT)].some((m) => {
      const number = m[1]!;
      // Years and versions ("3.0") count nothing.
      if (/^(?:19|20)\d\d$|^\d+\.0$/.test(number)) return false;
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (new RegExp(String.raw`(?:${MONTH}|version|usd|rmb|us\$)\s*$`, 'i').test(before)) return false;
      return !NOT_COUNTED.test(text.slice(m.index + m[0].length));
    });
    countCache.set(fact, cached);
  }
  return cached;
}

/** The types a figure's own unit may be, most specific first ("km/h" is a speed before it is a distance). */
const UNIT_ORDER = ['speed', 'area', 'money', 'percent', 'weight', 'distance', 'duration', 'span'] as const;

/** The value type of a figure's own value and unit ("1,035 kilometres" is a distance); none for other facts. */
export function figureType(fact: Fact): ValueType | undefined {
  if (fact.kind !== 'figure') return undefined;
  if (fact.currency) return 'money';
  const said = `${fact.value} ${fact.unit}`;
  return UNIT_ORDER.find((type) => STATES[type].test(said));
}

/** Whether the fact states a length of time in some unit ("more than 30 years", "10 hours"). */
export function statesTimeSpan(fact: Fact): boolean {
  return STATES.span.test(factText(fact).text);
}
