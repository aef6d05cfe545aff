import type { Fact } from '../schema.js';
import { namedAttributeChecks, LISTS, type FactCheck } from './asked-attribute.js';
import { conditionCheck } from './asked-condition.js';
import { wholeCheck } from './asked-whole.js';
import { causeCheck } from './asked-cause.js';
import { goodsCheck } from './asked-goods.js';
import { growthCheck } from './asked-growth.js';
import { countryCheck, whereCheck } from './asked-places.js';
import { askingClause } from './asking.js';
import { isEnglishWord } from './english-words.js';
import { isSlip } from './filler.js';
import { yearsIn } from './period.js';
import { PLACE_NAMES } from './place-names.js';
import { firstTag } from './tagger-lexicon.js';
import { isFiller, stem, tokenizeQuery, WEAK_TOKENS } from './normalize.js';

/**
 * Answer types: what kind of value an English question asks for (money, a percentage, a distance, a speed, a
 * duration), read from its question words, head nouns and the unit it names ("in US dollars", "in hours or
 * percent"). A fact answers only when its text states a value of that type; a fact that names the asked attribute
 * ("tolls began on 1 November") without a value next to it is a near miss, not an answer.
 */
export type ValueType = 'money' | 'percent' | 'distance' | 'speed' | 'area' | 'duration' | 'span' | 'quantity';

const TIME_UNIT = String.raw`(?:years?|yrs?|decades?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\b`;
/** "How many years", "for how many decades": a count of time is a length of time, not a count of things. */
const COUNTS_TIME = new RegExp(String.raw`\bhow\s+many\s+${TIME_UNIT}`, 'i');
const NUM = String.raw`\d[\d,.]*\s*(?:(?:thousand|million|billion|trillion)\s*)?`;
/** "How much / how big / how many" asks for some amount: a count or a value of any type (not a date or a year). */
const VALUED = ['money', 'percent', 'distance', 'speed', 'area', 'duration'] as const;
const STATES: Record<Exclude<ValueType, 'quantity'>, RegExp> = {
  money: new RegExp(String.raw`(?:usd|us\$|\$|rmb|¥|€)\s*\d|${NUM}(?:usd|dollars?|yuan|rmb|元|美元)`, 'i'),
  percent: new RegExp(String.raw`${NUM}(?:%|percent\b|per\s+cent\b)|百分之`, 'i'),
  distance: new RegExp(String.raw`${NUM}(?:km|kilomet(?:er|re)s?|miles?|公里|千米)(?![a-z])`, 'i'),
  speed: new RegExp(String.raw`${NUM}(?:km\s*/\s*h|kph|mph|kilomet(?:er|re)s?\s+(?:per|an)\s+hour)|时速`, 'i'),
  area: new RegExp(
    String.raw`${NUM}(?:square\s+(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)|sq\.?\s*km|km2|km²|hectares?)`,
    'i',
  ),
  duration: new RegExp(
    String.raw`(?:${NUM}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|an?)\s+)(?:hours?|hrs?|minutes?|mins?|days?)\b|小时|分钟`,
    'i',
  ),
  // A length of time in any unit: "how many years / decades" is answered by "more than 30 years".
  span: new RegExp(
    String.raw`(?:${NUM}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a few)\s+)${TIME_UNIT}`,
    'i',
  ),
};

/** Nouns that name an attribute of a type: a fact that names one must give the value next to it. */
const ATTRIBUTE: Record<ValueType, readonly string[]> = {
  money: ['cost', 'costs', 'price', 'prices', 'fare', 'fares', 'toll', 'tolls', 'fee', 'fees', 'ticket', 'tickets'],
  percent: ['percentage', 'percent', 'proportion'],
  distance: ['length', 'distance'],
  speed: ['speed', 'speeds'],
  area: ['area', 'size'],
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
  [/^(?:hours?|minutes?|days?)$/, 'duration'],
];
const IN_UNITS =
  /\bin\s+((?:us\s+)?[a-z%/]+(?:\s+cent)?)(?:\s+or\s+((?:us\s+)?[a-z%/]+(?:\s+cent)?))?(?=\s*(?:$|[?.!,]|terms\b))/i;

const ASKS: [RegExp, ValueType][] = [
  [
    /\bhow\s+much\s+(?:is|are|was|were|does|do)\s+(?:a|an|the|it)\b|\bhow\s+much\s+money\b|\bhow\s+much\b.*\b(?:invest(?:s|ed|ment)?|spen[dt]s?|spending|pa(?:y|ys|id)|costs?|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|earn(?:s|ed)?|worth|charg(?:e|es|ed))\b/i,
    'money',
  ],
  [/\b(?:percentages?|per\s*cent|proportion)\b/i, 'percent'],
  [
    /\bhow\s+(?:much|big|large|many)\b|\bwhat\s+(?:is|was|were|are)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:trade|exports?|imports?|investments?|gdp|output|traffic|ridership|turnover|surplus|deficit)(?:\s+(?:in|for|during|between|with|of)\b|\s*$)/i,
    'quantity',
  ],
  [/\bhow\s+fast\b|\bspeeds?\b/i, 'speed'],
  [
    /\blength\b|\bhow\s+long\s+(?:(?:is|was)\s+(?:the|a|an|it)|(?:are|were)\s+(?:the|they|these|those))\b(?!.*\b(?:journey|trip|ride|drive|flight|wait)s?\b)/i,
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
function askedTypes(clause: string): { types: ValueType[]; nouns: string[] }[] {
  const asking = clause.toLowerCase();
  const out: { types: ValueType[]; nouns: string[] }[] = [];
  const words = asking.split(/[^a-z%]+/).filter(Boolean);
  for (const [pattern, type] of ASKS) {
    if (!pattern.test(asking)) continue;
    out.push({ types: type === 'quantity' && COUNTS_TIME.test(asking) ? ['quantity', 'span'] : [type], nouns: [] });
  }
  // A price word, or a slip of one that is no English word itself ("tol", "prcie"; not "free"), asks for money.
  const priceNouns = words.filter(
    (w) => PRICE_WORDS.includes(w) || (PRICE_WORDS.some((p) => isSlip(w, p)) && !isEnglishWord(w)),
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

interface FactText {
  text: string;
  /** Stemmed tokens with their character offsets in `text`. */
  tokens: { token: string; at: number }[];
}
const cache = new WeakMap<Fact, FactText>();

function factText(fact: Fact): FactText {
  let cached = cache.get(fact);
  if (!cached) {
    const text = `${fact.title}. ${fact.summary} ${fact.details ?? ''}`;
    const tokens: FactText['tokens'] = [];
    for (const m of text.matchAll(/[A-Za-z]+/g)) tokens.push({ token: stem(m[0].toLowerCase()), at: m.index });
    cached = { text, tokens };
    cache.set(fact, cached);
  }
  return cached;
}

/** How far (in characters) a value may stand from the attribute it gives ("a toll of USD 5", "fares from 50 yuan"). */
const NEAR = 60;

/** The text within NEAR characters of a position, cut at clause ends ("USD 2 billion …; tolls began …"). */
function clauseAround(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - NEAR), at);
  const after = text.slice(at, at + NEAR);
  return `${before.split(/[;:]|\.(?!\d)|,\s/).at(-1)}${after.split(/[;:]|\.(?!\d)|,\s/)[0]}`;
}

/** Whether the fact states a value of one of the types, next to the asked attribute wherever the fact names it. */
function statesType(fact: Fact, types: readonly ValueType[], nouns: readonly string[]): boolean {
  const { text, tokens } = factText(fact);
  return types.some((type) => {
    if (type === 'quantity') return statesCount(fact) || VALUED.some((t) => STATES[t].test(text));
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

/**
 * "Per day", "a month", "every year", "how often", "the first four months": the rate or part of a year a question
 * asks about, which the fact (its text, period or unit) must state too. A daily average is no yearly figure, and a
 * calendar-year total is no figure for January-April.
 */
const DAILY = /\b(?:per|a|each|every|one|single)\s+day\b|\bdaily\b|\/\s*day\b/i;
const MONTHS = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*`;
const RATES: [RegExp, RegExp][] = [
  [DAILY, DAILY],
  [/\b(?:per|a|each|every)\s+week\b|\bweekly\b/i, /\b(?:per|a|each|every)\s+week\b|\bweekly\b/i],
  [/\b(?:per|a|each|every)\s+month\b|\bmonthly\b/i, /\b(?:per|a|each|every)\s+month\b|\bmonthly\b/i],
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
      [
        String.raw`\b(?:first|last|past|opening)\s+(?:\w+\s+)?(?:months|quarters?|half)\b|\bq[1-4]\b`,
        String.raw`\b${MONTHS}\s*(?:-|–|to|through|thru)\s*${MONTHS}\b`,
      ].join('|'),
      'i',
    ),
    new RegExp(String.raw`\b${MONTHS}\s*(?:-|–|to|through|thru)\s*${MONTHS}\b|\bmonths\b|\bquarters?\b|\bhalf\b`, 'i'),
  ],
];

/** The rates an asking clause names, as a test that the fact states every one of them. */
function ratesCheck(asking: string): FactCheck | undefined {
  const wanted = RATES.filter(([asked]) => asked.test(asking)).map(([, stated]) => stated);
  if (wanted.length === 0) return undefined;
  return (fact) => wanted.every((stated) => stated.test(`${factText(fact).text} ${factPeriod(fact)}`));
}

const factPeriod = (fact: Fact) => (fact.kind === 'figure' ? `${fact.period} ${fact.unit}` : '');

/**
 * "Exactly how much", "the precise value": a figure given only as a bound ("more than USD 100 billion") does not
 * answer a question that asks for the exact value.
 */
const EXACT = /\b(?:exact(?:ly)?|precise(?:ly)?)\b/i;
const DATE_ASKED = /\b(?:date|when)\b|\b(?:what|which)\s+(?:day|year|month)\b/i;
const BOUND = /\((?:more than|over|about|around|nearly|almost|at least|under|less than)\)/i;

function exactCheck(asking: string): FactCheck | undefined {
  if (!EXACT.test(asking) || DATE_ASKED.test(asking)) return undefined;
  return (fact) => fact.kind !== 'figure' || !BOUND.test(fact.unit);
}

/**
 * "Who built / owns / manages / chaired X" ("which company operates X") asks for an agent: the fact must say that
 * act (any form of the verb: "built and financed by", "operates and manages"). Naming some other act ("developed
 * by") answers nothing asked.
 */
const WHO_VERB =
  /\b(?:who|(?:which|what)\s+(?:[a-z]+\s+)?(?:compan(?:y|ies)|firms?|organi[sz]ations?|groups?|bod(?:y|ies)|agenc(?:y|ies)|operators?|countr(?:y|ies)|governments?))\s+(?:(?:is|was|are|were|has|have|had|did|does|do)\s+)?(?:been\s+)?(?:(?:actually|really|already|still|also|now)\s+)?([a-z]{3,})\b/i;

function actCheck(asking: string): FactCheck | undefined {
  const match = WHO_VERB.exec(asking);
  const verb = match?.[1]?.toLowerCase();
  if (!verb || relativeWho(asking, match!.index)) return undefined;
  const lemma = stem(verb);
  // Only verb forms: "-ed", "-s", "-ing" or an irregular past (built → build); "who is the CEO" is a role question.
  const verbal = /(?:ed|es|ing)$/.test(verb) || (/[^s]s$/.test(verb) && lemma !== verb) || !verb.startsWith(lemma);
  if (!verbal || tokenizeQuery(verb).length === 0) return undefined;
  // A slip of the verb ("anounced") that is no English word still names the act.
  const slip = !isEnglishWord(verb.toLowerCase());
  return (fact) => factText(fact).tokens.some((t) => t.token === lemma || (slip && isSlip(lemma, t.token)));
}

/**
 * "The minister who called it a signal": a "who" after a noun opens a clause that says which person is meant, not a
 * question about who did the act.
 */
function relativeWho(asking: string, at: number): boolean {
  if (!/^who\b/i.test(asking.slice(at))) return false;
  const before = asking
    .slice(0, at)
    .toLowerCase()
    .match(/([a-z]+)\s*$/)?.[1];
  return before !== undefined && (firstTag(before)?.startsWith('NN') ?? false);
}

/**
 * Whether the fact counts something: a number that is not a year, a day of a month, a version ("3.0"), a size, a
 * share or an amount of money ("52 enterprises", "20,000 a day", "nine areas", "more than 10 million vehicles").
 */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*`;
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

/** Whether the fact states a length of time in some unit ("more than 30 years", "10 hours"). */
export function statesTimeSpan(fact: Fact): boolean {
  return STATES.span.test(factText(fact).text);
}

/**
 * "Who was China's largest partner before ASEAN": who is asked is someone the question does not name already. A fact
 * whose every name (a capitalised word) the question gives (ASEAN, China) says nobody else, so it cannot answer.
 */
const WHO = /^\s*(?:who|whom|whose)\b/i;

function whoCheck(asking: string): FactCheck | undefined {
  if (!WHO.test(asking)) return undefined;
  const asked = new Set(tokenizeQuery(asking).map((t) => t.token));
  return (fact) =>
    [...factText(fact).text.matchAll(/\b[A-Z][A-Za-z]*/g)].some((m) => {
      const word = m[0].toLowerCase();
      return !asked.has(stem(word)) && !asked.has(word);
    });
}

/** The content words of a phrase, in the form the fact text is stemmed to (no synonyms: "GDP" must be said). */
function contentWords(phrase: string): string[] {
  return tokenizeQuery(phrase)
    .map((t) => t.raw.toLowerCase())
    .filter((w) => /^[a-z]{2,}$/.test(w) && !isFiller(w) && !WEAK_TOKENS.has(w) && !WEAK_TOKENS.has(stem(w)))
    .map(stem);
}

/**
 * "X vs Y", "compare X with Y", "the difference between X and Y": a comparison is answered only by a fact that
 * names both sides (each side's content words, one of them at least).
 */
const COMPARE = [
  /^(.*?)\s+(?:vs\.?|versus|compared?\s+(?:with|to)|against)\s+(.+)$/i,
  /\bdifferences?\s+between\s+(.+?)\s+and\s+(.+)$/i,
];

function comparisonCheck(asking: string): FactCheck | undefined {
  for (const pattern of COMPARE) {
    const match = pattern.exec(asking);
    if (!match || notCompared(asking, match[1]!)) continue;
    const sides = [match[1]!, match[2]!].map(contentWords).filter((s) => s.length > 0);
    return sides.length > 0 ? (fact) => namesSides(fact, sides) : undefined;
  }
  return undefined;
}

/** "Tougher against shocks", "guard against": "against" after an adjective or a verb opposes, it does not compare. */
function notCompared(asking: string, before: string): boolean {
  if (!/^\s+against\b/i.test(asking.slice(before.length))) return false;
  const tag = firstTag(before.toLowerCase().match(/([a-z]+)\s*$/)?.[1] ?? '');
  return tag !== undefined && /^(?:JJ|VB|RB)/.test(tag);
}

function namesSides(fact: Fact, sides: readonly string[][]): boolean {
  const { tokens } = factText(fact);
  const aliases = new Set(fact.aliases.flatMap(contentWords));
  return sides.every((side) => side.some((w) => aliases.has(w) || tokens.some((t) => t.token === w)));
}

/**
 * "Names of the X" asks for names: the fact must name X and give a proper name next to it (two capitalised words
 * running, such as "Holley Group" or "China Road and Bridge Corporation").
 */
const NAMES_OF = /\bnames?\s+of\s+(?:the\s+|all\s+the\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+?s)\b/i;
const PROPER_NAME = /\b[A-Z][a-z]*[A-Za-z]\s+(?:(?:of|and|for)\s+)?[A-Z][A-Za-z]+/g;
/** A run of country names and parties ("China and ASEAN") is no name of a thing. */
const isParty = (w: string) => PLACE_NAMES.has(w.toLowerCase()) || WEAK_TOKENS.has(w.toLowerCase());

function namesCheck(asking: string): FactCheck | undefined {
  const match = NAMES_OF.exec(asking);
  const head = match ? contentWords(match[1]!).at(-1) : undefined;
  return head === undefined ? undefined : (fact) => givesNames(fact, head);
}

/**
 * "Which ports are involved", "which pipelines have they built": asks which things of a kind. A fact that names the
 * kind must say which: a name the question does not already give next to it, or a list that is not of kinds with it
 * ("port shipping, air transport and energy pipelines" names no port). One that never names the kind may say which
 * in other words.
 */
const WHICH_ONES = /^\s*(?:which|what)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+?s)\s+(?:are|were|have|has|had|do|does|did)\b/i;
const CAPITALISED = /(?<![.!?:]\s|^)\b[A-Z][A-Za-z]+/g;

/**
 * "Which 19 countries …": the asker knows how many and asks which, so a fact that gives the count must list them;
 * naming a few things beside it is no answer.
 */
const WHICH_COUNTED =
  /^\s*(?:which|what)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+[a-z-]+s\b/i;
const NAMED_PAIR = /\b[A-Z]\w*(?:\s+and\s+|-)[A-Z]/;

function whichOnesCheck(asking: string): FactCheck | undefined {
  const counted = WHICH_COUNTED.exec(asking);
  if (counted) {
    // Two are listed as a pair of names: "Chongqing and Singapore", "Phnom Penh-Sihanoukville".
    const two = /^(?:2|two)$/i.test(counted[1]!);
    return (fact) => {
      const text = `${fact.summary} ${fact.details ?? ''}`;
      return LISTS.test(text) || (two && NAMED_PAIR.test(text));
    };
  }
  const match = WHICH_ONES.exec(asking);
  const head = match ? contentWords(match[1]!).at(-1) : undefined;
  if (head === undefined) return undefined;
  const asked = new Set(tokenizeQuery(asking).map((t) => t.token));
  return (fact) => saysWhich(fact, head, asked);
}

function saysWhich(fact: Fact, head: string, asked: ReadonlySet<string>): boolean {
  const { text, tokens } = factText(fact);
  const at = tokens.filter((t) => t.token === head).map((t) => t.at);
  if (at.length === 0) return true;
  const named = at.some((i) =>
    [...text.slice(Math.max(0, i - NEAR), i + NEAR).matchAll(CAPITALISED)].some(
      (m) => !asked.has(stem(m[0].toLowerCase())),
    ),
  );
  if (named) return true;
  const namesHead = (sentence: string) =>
    (sentence.match(/[A-Za-z]+/g) ?? []).some((w) => stem(w.toLowerCase()) === head);
  return text.split(/(?<=[.!?])\s+/).some((sentence) => LISTS.test(sentence) && !namesHead(sentence));
}

function givesNames(fact: Fact, head: string): boolean {
  const { text, tokens } = factText(fact);
  return tokens.some(
    (t) =>
      t.token === head &&
      [...text.slice(Math.max(0, t.at - NEAR), t.at + NEAR).matchAll(PROPER_NAME)].some((m) =>
        m[0].split(/\s+/).some((w) => /^[A-Z]/.test(w) && !isParty(w)),
      ),
  );
}

/**
 * How many months a stretch of a year names: "the first four months", "first half", "Q1", "January-April". A
 * figure for January-April does not answer for the first half, nor the reverse.
 */
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SMALL_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
const FIRST_MONTHS = /\b(?:first|opening)\s+(\d{1,2}|[a-z]+)\s+months\b/i;
const RANGE = new RegExp(String.raw`\b(${MONTHS})\s*(?:-|–|to|through|thru)\s*(${MONTHS})\b`, 'i');

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
const MONTH_NAMED = new RegExp(String.raw`\b${MONTHS}\b`, 'i');

function spanCheck(asking: string): FactCheck | undefined {
  const asked = monthSpan(asking);
  // "Trade in 2025" asks for the whole year: a January-April figure is a part of it, not the answer.
  const whole = asked === undefined && yearsIn(asking).length > 0 && !MONTH_NAMED.test(asking);
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

function forecastCheck(asking: string): FactCheck | undefined {
  return ASKS_FORECAST.test(asking) ? (fact) => LOOKS_AHEAD.test(factText(fact).text) : undefined;
}

/**
 * "When will …", "how will … affect", "what is planned": a question about what is still to come is answered by a fact
 * that looks ahead, or by one whose own example questions ask what is to come ("when will FTA 3.0 enter into force"
 * for a fact that says it takes effect once ratified).
 */
const ASKS_COMING = /\b(?:when|how|what|which|who|where)\s+will\b|\b(?:planned|upcoming)\b/i;

function comingCheck(asking: string): FactCheck | undefined {
  if (!ASKS_COMING.test(asking)) return undefined;
  return (fact) => LOOKS_AHEAD.test(factText(fact).text) || fact.questions.some((q) => ASKS_COMING.test(q));
}

/**
 * "Who chaired the 2024 summit": a wh-question that names a year asks about that year, and a dated fact that never
 * mentions it (a 2021 summit) is a near miss. Yes/no questions are left alone: they may carry a wrong year to
 * correct ("rcep became effective in 2023 right?"). Figures are judged by their period instead (period.ts).
 */
const WH_START = /^\s*(?:who|whom|whose|what|which|where|how)\b/i;

function yearCheck(asking: string): FactCheck | undefined {
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

function yearTotalCheck(asking: string): FactCheck | undefined {
  const sum = yearsIn(asking).length > 0 || TOTAL.test(asking);
  if (!/\bhow\s+(?:many|much)\b/i.test(asking) || !sum || DAILY.test(asking)) return undefined;
  return (fact) => fact.kind !== 'figure' || !PER_DAY.test(`${fact.unit} ${fact.title}`);
}

/** "Imports", "exports": a question about one direction of trade needs a fact that names it, not the two-way total. */
const DIRECTION = /\b(?:import|export)(?:s|ed|ing|ers?)?\b/gi;

/**
 * "A small export business", "an export renaissance": after an indefinite article, before a noun of its own, the word
 * names a kind of thing and asks no direction of trade. A measure after it ("an export value") still asks one.
 */
const KIND_BEFORE = /\ban?\s+(?:[a-z-]+\s+){0,2}$/i;

function namesAKind(asking: string, at: number, word: string): boolean {
  const next = /^\s+([a-z]+)/i.exec(asking.slice(at + word.length))?.[1]?.toLowerCase();
  return next !== undefined && !isFiller(next) && KIND_BEFORE.test(asking.slice(0, at));
}

function directionCheck(asking: string): FactCheck | undefined {
  const asked = [...asking.matchAll(DIRECTION)]
    .filter((m) => !namesAKind(asking, m.index, m[0]))
    .map((m) => stem(m[0].toLowerCase()));
  if (asked.length === 0) return undefined;
  return (fact) => asked.some((a) => factText(fact).tokens.some((t) => t.token === a));
}

/**
 * The checks an English question's asking clause calls for, computed once per question (each then costs a few
 * regular-expression tests on a fact's cached text). Empty for Chinese questions, which chinese-counts.ts judges.
 */
export function typedChecks(question: string): FactCheck[] {
  return namedTypedChecks(question).map(([, check]) => check);
}

/** The typed checks with the name of what each asks for (diagnostics attribute a refusal to one). */
export function namedTypedChecks(question: string): [string, FactCheck][] {
  if (/\p{Script=Han}/u.test(question)) return [];
  const asking = askingClause(question);
  const checks: [string, FactCheck | undefined][] = [
    ...askedTypes(asking).map(({ types, nouns }): [string, FactCheck] => [
      `type:${types.join('/')}`,
      (fact) => statesType(fact, types, nouns),
    ]),
    ['act', actCheck(asking)],
    ['rates', ratesCheck(asking)],
    ['span', spanCheck(asking)],
    ['exact', exactCheck(asking)],
    ['comparison', comparisonCheck(asking)],
    ['names', namesCheck(asking)],
    ['whichOnes', whichOnesCheck(asking)],
    ['who', whoCheck(asking)],
    ['forecast', forecastCheck(asking)],
    ['coming', comingCheck(asking)],
    ['condition', conditionCheck(asking)],
    ['whole', wholeCheck(asking)],
    ['cause', causeCheck(question)],
    ['growth', growthCheck(asking)],
    ['goods', goodsCheck(asking)],
    ['year', yearCheck(asking)],
    ['yearTotal', yearTotalCheck(asking)],
    ['direction', directionCheck(asking)],
    ['country', countryCheck(asking)],
    ['where', whereCheck(asking)],
    ...namedAttributeChecks(asking),
  ];
  return checks.filter((c): c is [string, FactCheck] => c[1] !== undefined);
}
