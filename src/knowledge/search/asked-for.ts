import type { Fact } from '../schema.js';
import { typedChecks } from './answer-types.js';
import { listsThing, statesCount, statesTimeSpan } from './value-type-checks.js';
import { askingClause } from './asking.js';
import { asksAboutBot } from './asked-self.js';
import { activityCheck } from './asked-activity.js';
import { whichCountryCheck } from './asked-places.js';
import { asksUnknownPerson } from './unknown-person.js';
import { localImpactCheck } from './asked-impact.js';
import { asksDay, statesDay } from './asked-day.js';
import { isEnglishWord } from './english-words.js';
import { isPersonWord } from './person-words.js';
import { chineseChecks } from './chinese-checks.js';
import { chineseCountedThing, countsInChinese } from './chinese-counts.js';
import type { Analysis, SearchHit } from './engine.js';
import { stem, tokenizeQuery, WEAK_TOKENS } from './normalize.js';
import { coversYears, yearsIn } from './period.js';
import { firstTag } from './tagger-lexicon.js';
import { AUTHOR_ROLES, asksWriter, namesAuthor, namesOtherPiece } from './source-author.js';

/**
 * Near misses: a fact that names the subject but not what is asked of it (a count, a distance, a price, a role, a
 * statistic, a year) is no answer; nor, when the question has one content word only, a fact that word does not
 * name ("who won the nba finals" is not about a fact that says "finalised"). The returned test says which hits may
 * answer the question.
 */
export function answersWhatIsAsked(
  question: string,
  analysis: Analysis,
  { part = false }: { part?: boolean } = {},
): (hit: SearchHit) => boolean {
  const countedRaw = countedWords(question);
  const modifier = countedModifier(question);
  const counted = countedRaw?.map((t) => t.token);
  const raw = countedRaw?.map((t) => t.raw) ?? [];
  const atStart = ASKS_START.test(askingClause(question));
  const countedZh = chineseCountedThing(question);
  const years = yearsIn(question);
  // A part of a two-part question may have one word of its own ("…? how long is it?"): its subject is in the other.
  const lone = analysis.terms.length === 1 && !part;
  const distance = asksDistance(question);
  const reach = asksReach(question);
  const figure = asksFigure(question);
  const price = asksPrice(question);
  const day = asksDay(question);
  const role = askedRole(question);
  const typed = [...typedChecks(question), ...chineseChecks(question)];
  const asking = askingClause(question);
  const ranked = analysis.hits.map((h) => h.fact);
  // A question about the bot itself is about no fact of the base.
  const self = asksAboutBot(question);
  const activity = activityCheck(asking, analysis);
  const whichCountry = whichCountryCheck(asking);
  const unknownPerson = asksUnknownPerson(question, analysis);
  const local = localImpactCheck(asking);
  const writer = asksWriter(asking);
  return (h) =>
    !self &&
    (!writer || namesAuthor(h.fact)) &&
    !unknownPerson &&
    (!activity || activity(h)) &&
    (!whichCountry || whichCountry(h.fact)) &&
    (!local || local(h.fact)) &&
    (!lone || h.named > 0) &&
    (!distance || givesDistance(h.fact) || (reach && givesPlaces(h.fact))) &&
    (!figure || h.fact.kind === 'figure') &&
    (!price || givesMoney(h.fact)) &&
    (!day || statesDay(h.fact)) &&
    (!role || namesRole(h.fact, role)) &&
    !namesOtherPiece(h.fact, asking, ranked) &&
    (!counted ||
      countsThing(h.fact, counted, raw, atStart) ||
      countsModified(h.fact, modifier) ||
      listsThing(h.fact, counted)) &&
    (!countedZh || countsInChinese(h.fact, countedZh)) &&
    coversYears(h.fact, years) &&
    typed.every((check) => check(h.fact));
}

/**
 * "How many X" asks for a count of X: a fact answers it only when its text puts a number next to X ("19 countries",
 * "nine areas", "passengers: 20,000"). A fact that names the subject but counts nothing of the kind asked for
 * (the ports of a corridor, the companies in a zone) is a near miss, not an answer. "How many sectors or key areas"
 * names one thing two ways: a number next to either counts it.
 */
const HOW_MANY =
  /\bhow\s+many\s+([a-z][a-z-]*(?:\s+(?:or|and)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?|\s+[a-z][a-z-]*)?)|\b(?:number|count|total)\s+of\s+(?:the\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)/i;
const NUMBER_WORD_LIST = `one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty hundred
  hundreds thousand thousands million millions billion dozen dozens decade decades`.split(/\s+/);
const NUMBER_WORDS = new Set(NUMBER_WORD_LIST.map(stem));
// Fact text is compared in index form, so the number words are stemmed too (twelve → twelv).
const TIME_UNITS = new Set(['years', 'yrs', 'decades', 'months', 'weeks', 'days', 'hours', 'hrs'].map(stem));
/** How far apart (in content words) a count and the thing counted may stand. */
const WINDOW = 3;

const isNumber = (token: string) => /^\d/.test(token) || NUMBER_WORDS.has(token);

/** The tokens of what a "how many" question counts, or undefined when it asks no count. */
export function countedThing(question: string): string[] | undefined {
  return countedWords(question)?.map((t) => t.token);
}

/** The counted words of a "how many" question, as tokens with their raw spelling. */
function countedWords(question: string): { token: string; raw: string }[] | undefined {
  const asking = countingClause(question);
  const match = HOW_MANY.exec(asking);
  if (!match || asksRatio(asking)) return undefined;
  const phrase = match[1] ?? match[2]!;
  // "How many modes / kinds of transport": the kinds are counted by listing the thing after "of".
  const kindOf = /^(?:modes?|kinds?|types?|sorts?|forms?)\s+of\s+([a-z]+)/i.exec(
    asking.slice(match.index).replace(/^how\s+many\s+/i, ''),
  );
  if (kindOf) return tokenizeQuery(kindOf[1]!).map((t) => ({ token: t.token, raw: t.raw.toLowerCase() }));
  // "How many years straight / running": a unit of time is what is counted, and the word after it says how.
  // "How many straight / consecutive / full years": an adjective before the unit only says which years are counted.
  const words = phrase.toLowerCase().split(/\s+/);
  const unit = words.length > 1 && /^JJ/.test(firstTag(words[0]!) ?? '') ? words[1]! : words[0]!;
  if (TIME_UNITS.has(stem(unit))) return [{ token: stem(unit), raw: unit }];
  const tokens = tokenizeQuery(phrase)
    .filter((t) => !WEAK_TOKENS.has(t.token))
    .map((t) => ({ token: t.token, raw: t.raw.toLowerCase() }));
  return tokens.length > 0 ? tokens : undefined;
}

/**
 * The clause that asks for a count: the asking clause, or a clause that opens on "how many" before a second ask
 * ("How many pipelines are there, and through which countries do they run?"). Both asks must be answered, so a fact
 * that counts nothing of the kind is a near miss for the whole question.
 */
const OPENS_COUNT = /(?:^|[,;.?!]\s*)(?:and\s+)?how\s+many\b[^,;.?!]*/i;

function countingClause(question: string): string {
  const asking = askingClause(question);
  if (HOW_MANY.test(asking)) return asking;
  return OPENS_COUNT.exec(question)?.[0] ?? asking;
}

/**
 * "By how many times did it grow", "how many times larger": a ratio between two amounts the fact states, not a count of
 * occasions ("how many times has it been delayed").
 */
function asksRatio(asking: string): boolean {
  const next = /\b(by\s+)?how\s+many\s+times\s+([a-z]+)/i.exec(asking);
  if (!next) return false;
  const word = next[2]!.toLowerCase();
  return next[1] !== undefined || word === 'as' || /^(?:JJR|RBR)$/.test(firstTag(word) ?? '');
}

/** "How many ASEAN nations": the common name that modifies the thing counted, as a token. */
function countedModifier(question: string): string | undefined {
  const match = HOW_MANY.exec(countingClause(question));
  const first = match && tokenizeQuery(match[1] ?? match[2]!)[0];
  return first && WEAK_TOKENS.has(first.token) ? first.token : undefined;
}

/**
 * A number right before the modifier counts things of that kind whatever the fact calls them: "the ten ASEAN
 * countries" answers "how many ASEAN nations", "five ASEAN members" "how many ASEAN countries".
 */
function countsModified(fact: Fact, modifier: string | undefined): boolean {
  if (modifier === undefined) return false;
  const { all } = countTokens(fact);
  return all.some((t, i) => t === modifier && i > 0 && isNumber(all[i - 1]!));
}

const textCache = new WeakMap<Fact, { all: string[]; now: string[] }>();

/**
 * A sentence that opens "At first" or "Initially" tells how things began, not how they are: its counts answer only a
 * question that asks about the beginning too.
 */
const INITIAL = /^(?:at\s+first|initially|originally|in\s+the\s+beginning)\b/i;
const ASKS_START =
  /\b(?:at\s+first|initially|originally|first|open(?:ed|ing)?|launch(?:ed)?|start(?:ed)?|began|begin)\b/i;

function countTokens(fact: Fact): { all: string[]; now: string[] } {
  let cached = textCache.get(fact);
  if (!cached) {
    const sentences = [fact.title, fact.summary, fact.details ?? ''].flatMap((t) => [
      ...t.split(/(?<=[.!?])\s+(?=[A-Z])/),
      '|',
    ]);
    const tokensOf = (list: string[]) =>
      list.flatMap((t) => (t === '|' ? ['|'] : [...tokenizeQuery(t).map((x) => x.token), '|']));
    cached = { all: tokensOf(sentences), now: tokensOf(sentences.filter((t) => !INITIAL.test(t))) };
    textCache.set(fact, cached);
  }
  return cached;
}

/** Whether the fact's English text puts a number within WINDOW words of one of the counted tokens (or never names them). */
export function countsThing(
  fact: Fact,
  counted: readonly string[],
  raw: readonly string[] = [],
  atStart = true,
): boolean {
  // Time is counted in any unit: "how many decades" is answered by "more than 30 years".
  if (counted.some((t) => TIME_UNITS.has(t))) return statesTimeSpan(fact);
  const { all, now } = countTokens(fact);
  const want = new Set(counted);
  // A fact that never names the thing counted may still count it in other words (people / passengers), but it must
  // count something: a date, a year, a size or an amount of money is no count.
  if (!all.some((t) => want.has(t))) return countsInOtherWords(fact, counted, raw) && statesCount(fact);
  const tokens = atStart ? all : now;
  return tokens.some((t, i) => {
    if (!want.has(t)) return false;
    for (let k = Math.max(0, i - WINDOW); k <= Math.min(tokens.length - 1, i + WINDOW); k++)
      if (isNumber(tokens[k]!)) return true;
    return false;
  });
}

/**
 * "How far" asks for a distance: only a fact that gives one (a number of km or miles) answers it. "How far behind /
 * ahead / along" asks for a gap or progress in anything (a rank, a share, a schedule), not a distance.
 */
const ASKS_DISTANCE = /\bhow\s+far\b(?!\s+(?:behind|ahead|along|back)\b)|\bdistance\b|多远|距离/i;
const GIVES_DISTANCE = /\d\s*(?:km|kilomet(?:er|re)s?|miles?|公里|千米)(?![a-z])/i;

export function asksDistance(question: string): boolean {
  return ASKS_DISTANCE.test(askingClause(question));
}

/** Whether the fact's text (in any language) gives a distance. */
export function givesDistance(fact: Fact): boolean {
  return [fact, ...Object.values(fact.i18n ?? {})].some((t) =>
    GIVES_DISTANCE.test(`${t.title} ${t.summary} ${t.details ?? ''}`),
  );
}

/**
 * "How far do the links reach / extend / spread": how widely something reaches, which the places it reaches ("19
 * countries and regions") answer as well as a distance does.
 */
const ASKS_REACH =
  /\bhow\s+far\s+(?:(?:do|does|did|has|have|had|will|can|could|would)\b|(?:the|its|their|these|those)\s).*\b(?:reach|extend|spread|go)(?:es|ed|s)?\b/i;
const PLACES = 'countries|regions|cities|provinces|nations|ports|destinations';
const PLACE_COUNT = new RegExp(
  String.raw`(?:\d[\d,]*|\b(?:${NUMBER_WORD_LIST.join('|')}))\s+(?:[a-z-]+\s+)?(?:${PLACES})\b`,
  'i',
);

function asksReach(question: string): boolean {
  return ASKS_REACH.test(askingClause(question));
}

/** Whether the fact's English text counts places ("19 countries and regions", "ten cities"). */
function givesPlaces(fact: Fact): boolean {
  return PLACE_COUNT.test(`${fact.title} ${fact.summary} ${fact.details ?? ''}`);
}

/**
 * "Trade figure", "volume", "stats", "total trade": the question asks for a statistic, which only a figure fact gives.
 */
const ASKS_FIGURE =
  /\b(?:figures?|statistics?|stats|volumes?|numbers)\b|\btotal\s+(?:trade|exports?|imports?)\b|数据|统计/i;

export function asksFigure(question: string): boolean {
  return ASKS_FIGURE.test(askingClause(question));
}

/** A cost, price, fare or toll asks for money: only a fact that gives an amount (USD 2 billion, 5 元) answers it. */
const ASKS_PRICE = /\b(?:costs?|prices?|fares?|tolls?|fees?|charges?)\b|票价|价格|费用|多少钱|过路费/i;
const GIVES_MONEY =
  /(?:usd|us\$|\$|rmb|¥|€)\s*\d|\d[\d,.]*\s*(?:(?:thousand|million|billion|trillion)\s*)?(?:usd|dollars?|yuan|rmb|元|美元)/i;

export function asksPrice(question: string): boolean {
  return ASKS_PRICE.test(askingClause(question));
}

/** Whether the fact's text (in any language) gives an amount of money. */
export function givesMoney(fact: Fact): boolean {
  return [fact, ...Object.values(fact.i18n ?? {})].some((t) =>
    GIVES_MONEY.test(`${t.title} ${t.summary} ${t.details ?? ''}`),
  );
}

/**
 * "Who is the CEO / chairman / president of …" asks for the holder of a role: a fact that never names the role
 * (however well it names the place) does not answer it.
 */
const WHO_ROLE =
  /\bwho\s+(?:is|was|are|were|'s)\s+(?:the\s+|its\s+|their\s+|[a-z]+'s\s+)?(?:current\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)(?=\s+(?:of|at|for|in)\b|\s*$)/i;

/** The tokens of the role a "who is the … of" question asks about, or undefined. */
export function askedRole(question: string): string[] | undefined {
  const asking = askingClause(question).replace(/[?!.\s]+$/, '');
  const match = WHO_ROLE.exec(asking);
  if (!match) return endsWithPerson(asking);
  const tokens = tokenizeQuery(match[1] ?? match[2]!)
    .map((t) => t.token)
    .filter((t) => !WEAK_TOKENS.has(t));
  return tokens.length > 0 ? tokens : undefined;
}

/**
 * "TROIB report contributor", "railway chief engineer": a bare phrase (no question word) that ends in a kind of
 * person asks for who that is, so the fact must name the role as a role question's would.
 */
const QUESTION_WORD =
  /\b(?:what|whats|which|who|whose|how|when|where|why|is|are|was|were|do|does|did|has|have|can|will)\b/i;

function endsWithPerson(asking: string): string[] | undefined {
  if (/\s/.test(asking) && !QUESTION_WORD.test(asking)) {
    const last = asking.toLowerCase().match(/[a-z]+$/)?.[0];
    const token = last && isPersonWord(last) ? tokenizeQuery(last)[0]?.token : undefined;
    if (token && !WEAK_TOKENS.has(token)) return [token];
  }
  return undefined;
}

/** Whether the fact's English text names every word of the role (a piece's writer as its source credits them). */
export function namesRole(fact: Fact, role: readonly string[]): boolean {
  const text = new Set(
    tokenizeQuery(`${fact.title} ${fact.aliases.join(' ')} ${fact.summary} ${fact.details ?? ''}`).map((t) => t.token),
  );
  return role.every((t) => text.has(t) || (AUTHOR_ROLE_TOKENS.has(t) && namesAuthor(fact)));
}

const AUTHOR_ROLE_TOKENS = new Set([...AUTHOR_ROLES].map(stem));

const exampleCounts = new WeakMap<Fact, { tokens: Set<string>; people: boolean }>();

/** What the fact's example questions count ("how many passengers …"), and whether any of it is people. */
function countedByExamples(fact: Fact): { tokens: Set<string>; people: boolean } {
  let cached = exampleCounts.get(fact);
  if (!cached) {
    const words = fact.questions.flatMap((q) => countedWords(q) ?? []);
    cached = { tokens: new Set(words.map((w) => w.token)), people: words.some((w) => isPeople(w.raw)) };
    exampleCounts.set(fact, cached);
  }
  return cached;
}

// WordNet files "people" and "folks" as groups, not persons, so they are named here.
const isPeople = (word: string) => word === 'people' || word === 'folks' || isPersonWord(word);

/**
 * A fact that never names the thing counted may count it in other words ("people" for its passengers) when its own
 * example questions count that thing or, for people, any kind of person; a slip ("pasengers") is given the benefit.
 */
function countsInOtherWords(fact: Fact, counted: readonly string[], raw: readonly string[]): boolean {
  const examples = countedByExamples(fact);
  if (counted.some((t) => examples.tokens.has(t))) return true;
  if (examples.people && raw.some(isPeople)) return true;
  return raw.some((w) => !isEnglishWord(w));
}
