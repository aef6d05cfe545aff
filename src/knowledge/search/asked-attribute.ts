import type { Fact } from '../schema.js';
import { nameTokens } from './fact-names.js';
import { isEnglishWord } from './english-words.js';
import { isSlip } from './filler.js';
import { stem, tokenizeQuery, WEAK_TOKENS } from './normalize.js';
import { PLACE_NAMES } from './place-names.js';
import { englishReading, MIN_TYPO } from './unseen-english.js';
import { isSuperlative, statesRank } from './superlatives.js';

/**
 * What kind of value or list a question asks for, beyond its type: an average or a peak, a rate, the kinds of
 * something. A fact that names the subject but states no value or list of that kind is a near miss.
 */
/** A test a fact must pass to answer a question (see answersWhatIsAsked). */
export type FactCheck = (fact: Fact) => boolean;

const textCache = new WeakMap<Fact, string>();

/** The fact's own English text (title, aliases, summary, details, a figure's period and unit), lower-cased. */
export function ownText(fact: Fact): string {
  let text = textCache.get(fact);
  if (text === undefined) {
    const figure = fact.kind === 'figure' ? `${fact.period} ${fact.unit}` : '';
    text = `${fact.title} ${fact.aliases.join(' ')} ${fact.summary} ${fact.details ?? ''} ${figure}`.toLowerCase();
    textCache.set(fact, text);
  }
  return text;
}

/**
 * "The average daily ridership", "the peak": a statistic of one kind is answered only by a fact that states that
 * kind; a peak is no average, nor the reverse. ("Mean" is left out: it is mostly the verb.)
 */
const STATISTICS: [string[], RegExp][] = [
  [['average', 'median'], /\b(?:averag(?:e|ed|es|ing)|median|typical(?:ly)?)\b/],
  [['peak', 'record', 'maximum', 'busiest', 'highest'], /\b(?:peak(?:ed|s)?|record|maximum|max|busiest|highest)\b/],
];

/** A word of the list, or a slip of one that is no English word itself ("avrage"). */
const namesOneOf = (word: string, names: readonly string[]) =>
  names.includes(word) || names.some((n) => isSlip(word, n) && !isEnglishWord(word));

function statisticCheck(asking: string): FactCheck | undefined {
  const words = asking.toLowerCase().split(/[^a-z]+/);
  const wanted = STATISTICS.filter(([names]) => words.some((w) => namesOneOf(w, names))).map(([, stated]) => stated);
  if (wanted.length === 0) return undefined;
  return (fact) => wanted.every((stated) => stated.test(ownText(fact)));
}

/**
 * "Japan's GDP", "the population of Laos", "the minimum wage": a measure of an economy or its people that no other word
 * says, so only a fact that names the measure states it; one that merely names the country is a near miss.
 */
const CURRENCY =
  'usd|us\\s+dollars?|dollars?|rmb|yuan|cny|renminbi|baht|ringgit|dong|rupiah|pesos?|sgd|kip|riels?|kyats?|euros?';
const MEASURES = [
  /\b(?:gdp|gross\s+domestic\s+product)\b/,
  /\bpopulations?\b/,
  /\binflation\b/,
  /\bunemployment\b/,
  /\b(?:wages?|salar(?:y|ies))\b/,
  /\bexchange\s+rates?\b|\bforex\b/,
  // "USD to RMB", "baht per dollar": one currency in another is an exchange rate too.
  new RegExp(String.raw`\b(?:${CURRENCY})\s+(?:to|into|vs\.?|versus|against|per)\s+(?:${CURRENCY})\b`),
  /\binterest\s+rates?\b/,
  /\bfdi\b|\b(?:foreign\s+)?direct\s+investment\b/,
  /\b(?:public|national|government|sovereign)\s+debt\b/,
];

function measureCheck(asking: string): FactCheck | undefined {
  const lower = asking.toLowerCase();
  const wanted = MEASURES.filter((m) => m.test(lower));
  if (wanted.length === 0) return undefined;
  return (fact) => wanted.every((m) => m.test(ownText(fact)));
}

/**
 * "Tariff rates", "growth rate": a rate is given as a percentage or named as a rate. "What's the tariff on durians",
 * "what tariff will apply", "how much are tariffs cut" ask a tariff's level, which is a rate too.
 */
const ASKS_RATE =
  /\brates?\b|\bwhat(?:'s|s|\s+(?:is|are|was|were|will\s+be))?\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:tariffs?|duty|duties)(?=\s+(?:on|for|will|would|is|are|was|were|appl(?:y|ies)|charged|levied)\b|\s*[?.!]*\s*$)|\bhow\s+(?:much|high)\b.*\b(?:tariffs?|duty|duties)\b/i;
const STATES_RATE = /\d\s*(?:%|percent\b|per\s+cent\b)|\brates?\b|\b(?:zero|duty-free|tariff-free)\b/;

function rateCheck(asking: string): FactCheck | undefined {
  return ASKS_RATE.test(asking) ? (fact) => STATES_RATE.test(ownText(fact)) : undefined;
}

/**
 * "What kinds of trade barriers": only a fact that lists some ("such as", "including", a colon, "A, B and C") gives
 * kinds; one that names the barriers without saying which is a near miss. "Name the ways …", "list the zones" asks
 * for the things too, which a fact gives by listing them or by being one of them (its title or aliases name the kind).
 */
const KINDS_OF = /\b(?:what|which)\s+(?:kinds?|types?|sorts?|forms?|categories)\s+of\b/i;
/**
 * "What sort of traffic is it getting", "what kind of deal is it": one kind of one thing asks what the thing is like,
 * which a fact answers by stating it; "what kinds of barriers", "what sort of barriers" ask for several.
 */
const ONE_KIND =
  /\b(?:what|which)\s+(?:kind|type|sort|form)\s+of\s+(?:[a-z-]+\s+)*?([a-z-]+)(?=\s+(?:is|are|was|were|do|does|did|has|have|can|will)\b|[?.!]?\s*$)/i;

/**
 * "What barriers is the world putting up": a plural the question word governs, before a singular verb, is the object
 * of another subject's act, so it asks for things of that kind as "what kinds of barriers" does.
 */
const PLURAL_OBJECT =
  /^\s*(?:what|which)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+[^s\W]s\s+(?:is|was)\s+(?:the|a|an|this|that|it)\b/i;

function asksKinds(asking: string): boolean {
  if (PLURAL_OBJECT.test(asking)) return true;
  if (!KINDS_OF.test(asking)) return false;
  const head = ONE_KIND.exec(asking)?.[1];
  return head === undefined || /[^s]s$/i.test(head);
}

const NAME_THE =
  /^\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?)?(?:name|list)\s+(?:(?:the|all|all\s+the)\s+)?(\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:[a-z-]+\s+)?([a-z-]+[^s\W]s)\b/i;
export const LISTS = /\b(?:such\s+as|including|includes?|like)\b|:\s|\w+,\s+(?:\w+\s+){0,3}?\w+,?\s+(?:and|or)\s+\w+/i;

const lists = (fact: Fact) => LISTS.test(`${fact.summary} ${fact.details ?? ''}`);

/**
 * "What examples of supply shocks does it give", "what shocks does the writer mention": instances of something the
 * source names, which a fact gives only when it names that thing (listing instances of it, or being one); a fact
 * about the wider topic that never says the thing is a near miss.
 */
const EXAMPLES_OF =
  /\b(?:what|which|any|some|give)\s+(?:examples|instances)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?([a-z-]+)(?=\s+(?:does|did|do|are|were|is|has|have|can)\b|\s*[?.!]|\s*$)/i;
const SOURCE_NAMES =
  /\b(?:what|which)\s+(?:[a-z-]+\s+){0,3}?([a-z-]+[^s\W]s)\s+(?:does|did|do)\s+(?:the|this|that)\s+(?:writer|author|column|columnist|op-ed|article|piece|commentary)\s+(?:mention|name|name-check|cite|list|bring\s+up|point\s+to)\b/i;
/** Figures and numbers are asked of any fact that states one ("what traffic numbers does the report give"). */
const FIGURE_HEADS = /^(?:numbers|figures|stats|statistics)$/i;
const tokensCache = new WeakMap<Fact, Set<string>>();

/** The tokens of a fact's own text (cached per fact object: a changed fact is a new object). */
export function ownTokens(fact: Fact): Set<string> {
  let tokens = tokensCache.get(fact);
  if (!tokens) {
    tokens = new Set(tokenizeQuery(ownText(fact)).map((t) => t.token));
    tokensCache.set(fact, tokens);
  }
  return tokens;
}

function examplesCheck(asking: string): FactCheck | undefined {
  const head = EXAMPLES_OF.exec(asking)?.[1] ?? SOURCE_NAMES.exec(asking)?.[1];
  const token = head && !FIGURE_HEADS.test(head) ? tokenizeQuery(head)[0]?.token : undefined;
  return token ? (fact) => ownTokens(fact).has(token) : undefined;
}

/**
 * "What kinds of shocks does it mention": the kinds listed are of the thing named, so the fact must name it too; a
 * list of something else (its partners, its areas) in a fact that never says the thing gives no kinds of it.
 */
const KINDS_HEAD =
  /\b(?:what|which)\s+(?:kinds?|types?|sorts?|forms?|categories)\s+of\s+(?:[a-z-]+\s+){0,3}?([a-z-]+)(?=\s+(?:is|are|was|were|do|does|did|has|have|can|will|would)\b|\s*[?.!,]|\s*$)/i;

function listsKinds(asking: string): FactCheck {
  const head = KINDS_HEAD.exec(asking)?.[1];
  const token = head ? tokenizeQuery(head)[0]?.token : undefined;
  return token ? (fact) => lists(fact) && ownTokens(fact).has(token) : lists;
}

function kindsCheck(asking: string): FactCheck | undefined {
  if (asksKinds(asking)) return listsKinds(asking);
  const named = NAME_THE.exec(asking);
  const head = named?.[2];
  const token = head ? tokenizeQuery(head)[0]?.token : undefined;
  if (!token) return undefined;
  const isOne = (fact: Fact) => nameTokens(fact).has(token);
  // "List the 19 countries": a number of them asks for all of them, which a fact that only counts them does not give;
  // "name all four zones" is answered by the zones' own facts together, none of which counts four.
  const count = named?.[1]?.trim();
  if (count) {
    const counted = tokenizeQuery(count)[0]?.token;
    return (fact) => lists(fact) || (isOne(fact) && !ownTokens(fact).has(counted ?? count));
  }
  return (fact) => lists(fact) || isOne(fact);
}

/**
 * "What does MFN mean", "what is meant by hard connectivity", "define X": a definition is asked of the term itself,
 * so only a fact that says the term (every word of it) can give it; one about the wider topic is a near miss.
 */
const MEANING = [
  // "What do people / the articles mean by X": X is the term, not who uses it.
  /\bmeans?\s+by\s+(?:the\s+(?:term|word|phrase)\s+)?(.+?)(?=\s+(?:in|for|when)\b|[?.!]|$)/i,
  /\bwhat\s+(?:does|do|did)\s+(?:the\s+(?:term|word|phrase|acronym|abbreviation)\s+)?(.+?)\s+(?:mean|stand\s+for)\b(?!\s+(?:by|for|to)\b)/i,
  /\b(?:what\s+is\s+meant\s+by|(?:the\s+)?meaning\s+of|definition\s+of|define)\s+(?:the\s+)?(.+?)(?=\s+(?:in|for|when)\b|[?.!]|$)/i,
];

/** "What could the deal mean for exports": a modal makes "mean" ask what a thing implies, which no definition gives. */
const IMPLIES = /\b(?:could|would|will|might|may|should|can)\b/i;

function meaningCheck(asking: string): FactCheck | undefined {
  const term = MEANING.map((p) => p.exec(asking)?.[1]).find((t) => t !== undefined);
  const words = term?.toLowerCase().match(/[a-z0-9.]+/g);
  if (!words || IMPLIES.test(term!)) return undefined;
  const said = words.map((w) => {
    const exact = new RegExp(String.raw`(?<![a-z0-9])${w.replace(/\./g, '\\.')}`, 'i');
    // A slip of the term ("hard conectivity") that is no English word still names it.
    if (isEnglishWord(w) || w.length < MIN_TYPO) return (text: string) => exact.test(text);
    return (text: string) => exact.test(text) || (text.match(/[a-z]+/g) ?? []).some((t) => isSlip(w, t));
  });
  return (fact) => said.every((w) => w(ownText(fact)));
}

/** "Which one trades the most", "the biggest investor": the top of a ranking needs a fact that ranks (superlatives.ts). */
function rankCheck(asking: string): FactCheck | undefined {
  // A yes/no question may carry a ranking to be corrected ("are its chapters the strongest among the members").
  if (!/^\s*(?:who|what|which|where|how)\b/i.test(asking)) return undefined;
  const words = asking.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.some(isSuperlative) ? statesRank : undefined;
}

/**
 * "How old is X", "what age": an age is stated ("aged 54", "a 30-year-old") or, for a thing, read off when it began
 * ("opened in 2021", "founded", "in force since"). A fact that only mentions a person is a near miss.
 */
const ASKS_AGE = /\bhow\s+old\b|\bwhat\s+age\b|\b(?:his|her|their)\s+age\b/i;
const STATES_AGE =
  /\b\d+[\s-]years?[\s-]old\b|\baged\s+\d|\b(?:open(?:ed|s)?|began|begun|start(?:ed|s)?|found(?:ed|ing)|establish(?:ed|ment)|launch(?:ed|es)?|since|took\s+effect|entered\s+into\s+force|in\s+force|signed|built)\b/;

function ageCheck(asking: string): FactCheck | undefined {
  return ASKS_AGE.test(asking) ? (fact) => STATES_AGE.test(ownText(fact)) : undefined;
}

/**
 * "FTA 3.0", "version 2": a question that names a version asks about that version, and a fact that never names it
 * (the first FTA, its 2.0 upgrade) is a near miss, however much it shares of the rest.
 */
const VERSION = /(?<![\d.])(\d{1,2})\.0(?![\d.]*\d)|\bversion\s+(\d{1,2})\b/gi;

export function versionsIn(text: string): Set<string> {
  return new Set([...text.matchAll(VERSION)].map((m) => m[1] ?? m[2]!));
}

function versionCheck(asking: string): FactCheck | undefined {
  const asked = versionsIn(asking);
  if (asked.size === 0) return undefined;
  return (fact) => {
    const stated = versionsIn(ownText(fact));
    return [...asked].every((v) => stated.has(v));
  };
}

/**
 * "What did Xi Jinping say", "according to Navid Kalantari": what someone said or thinks is stated only by a fact that
 * names them. Names are the capitalised words of the speaker that read as no English word, nor a slip of one, and
 * name no place (a place stands for its government: "Beijing's commerce ministry"). A word typed in lower case may be
 * a slip ("the artical"), so it is left to coverage.
 */
const SPEAKER = [
  /\b(?:what|how)\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:personally\s+)?(?:say|said|think|argue|claim|write|describe|call|tell|react|respond|comment|reckon|feel)\b/i,
  /\baccording\s+to\s+(.+?)(?=[,?.!;]|$)/i,
];
const wordsCache = new WeakMap<Fact, Set<string>>();

function ownWords(fact: Fact): Set<string> {
  let words = wordsCache.get(fact);
  if (!words) {
    words = new Set(
      ownText(fact)
        .split(/[^a-z]+/)
        .filter(Boolean),
    );
    wordsCache.set(fact, words);
  }
  return words;
}

/**
 * A word the base's naming variants spell another way (CAFTA for ACFTA) names one of its subjects, an agreement or a
 * body, not a person: "what does the CAFTA 3.0 commentary say" asks what a source says, whoever wrote it.
 */
function spelledOtherwise(word: string): boolean {
  return tokenizeQuery(word).some((t) => t.token !== stem(word));
}

function speakerCheck(asking: string): FactCheck | undefined {
  const speaker = SPEAKER.map((p) => p.exec(asking)?.[1]).find((s) => s !== undefined);
  const names = (speaker?.match(/\b[A-Z][A-Za-z]+/g) ?? [])
    .map((w) => w.toLowerCase())
    .filter(
      (w) => englishReading(w) === undefined && !PLACE_NAMES.has(w) && !WEAK_TOKENS.has(w) && !spelledOtherwise(w),
    );
  if (names.length === 0) return undefined;
  return (fact) => {
    const words = ownWords(fact);
    return names.every((n) => words.has(n));
  };
}

/**
 * "The minister's personal take on the deal", "his view of it": someone's own view is stated only by a fact that reports
 * a view (said, argued, called it, a column's case); one that only says the person took part is a near miss.
 */
const ASKS_VIEW =
  /(?:'s|s'|\b(?:his|her|their))\s+(?:own\s+|personal\s+)?(?:take|views?|opinions?|stance|verdict|reaction|thoughts|assessment)\b|\bpersonal(?:ly)?\s+(?:take|views?|opinions?|stance|verdict|thoughts)\b/i;
const STATES_VIEW =
  /\b(?:said|says|saying|told|tells|stated|argu(?:e|es|ed|ing)|claim(?:s|ed)?|call(?:s|ed)|describ(?:e|es|ed)|remarks?|speech|according\s+to|views?|opinions?|believ(?:e|es|ed)|thinks?|stress(?:es|ed)|noted|warn(?:s|ed)|hail(?:s|ed)|prais(?:e|es|ed)|welcom(?:e|es|ed)|columns?|columnist|op-ed|commentary|urg(?:e|es|ed)|reckons?|sees)\b|["\u201c]/i;

/** "What did the prime minister think of it", "what does she make of it": a view asked of someone by a verb. */
const ASKS_VIEW_OF =
  /\bwhat\s+(?:did|does|do|has|have)\s+.+?\s+(?:think|reckon|feel|make)\s+(?:of|about)\b|\bhow\s+(?:did|does|do)\s+.+?\s+feel\s+about\b/i;

/**
 * "What did Malaysia's trade minister say about it": what an office holder said is stated only by a fact that reports
 * words (a fact where the minister only signs is a near miss). A source ("what does the op-ed say") is no speaker:
 * whatever it reports answers.
 */
const OFFICE =
  /\b(?:ministers?|ministry|ministries|secretary(?:-general)?|president|premier|chancellor|spokes(?:person|man|woman)|ambassadors?|officials?|government|leaders?|chair(?:man|woman|person)?|governor|mayor|ceo)\b/i;

function saidBy(asking: string): boolean {
  const speaker = SPEAKER[0]!.exec(asking)?.[1];
  return speaker !== undefined && OFFICE.test(speaker);
}

function viewCheck(asking: string): FactCheck | undefined {
  return ASKS_VIEW.test(asking) || ASKS_VIEW_OF.test(asking) || saidBy(asking)
    ? (fact) => STATES_VIEW.test(ownText(fact))
    : undefined;
}

/**
 * "What's Indonesia's new capital called": a name is asked of the thing, so only a fact that names the thing (the head
 * word of the phrase) can give it; "what is it called" leaves the thing to the rest of the question. Only a closing
 * "called" asks a name ("the minister who called it a signal" is the verb).
 */
const CALLED = /\bwhat(?:'s|s|\s+(?:is|was|are|were))\s+(?:the\s+)?(.+?)\s+called\s*[?.!]*\s*$/i;

function calledCheck(asking: string): FactCheck | undefined {
  const phrase = CALLED.exec(asking)?.[1];
  const head = phrase ? tokenizeQuery(phrase).at(-1)?.token : undefined;
  if (!head) return undefined;
  return (fact) => ownTokens(fact).has(head);
}

/** The attribute checks an English asking clause calls for. */
export function attributeChecks(asking: string): FactCheck[] {
  return namedAttributeChecks(asking).map(([, check]) => check);
}

/** The attribute checks with their names (diagnostics attribute a refusal to one). */
export function namedAttributeChecks(asking: string): [string, FactCheck][] {
  const checks: [string, FactCheck | undefined][] = [
    ['statistic', statisticCheck(asking)],
    ['measure', measureCheck(asking)],
    ['rate', rateCheck(asking)],
    ['kinds', kindsCheck(asking)],
    ['examples', examplesCheck(asking)],
    ['meaning', meaningCheck(asking)],
    ['rank', rankCheck(asking)],
    ['age', ageCheck(asking)],
    ['version', versionCheck(asking)],
    ['speaker', speakerCheck(asking)],
    ['view', viewCheck(asking)],
    ['called', calledCheck(asking)],
  ];
  return checks.filter((c): c is [string, FactCheck] => c[1] !== undefined);
}
