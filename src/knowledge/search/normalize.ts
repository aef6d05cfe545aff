// Its main file is JSON, which Node's ESM loader (unlike tsx) only imports with the json attribute.
import stopwordLists from 'stopwords-iso' with { type: 'json' };
import { MONTHS as ENGLISH_MONTHS } from '../months.js';
import { chineseWords, toSimplified } from './chinese.js';
import adjectiveExceptions from 'wink-lexicon/src/wn-adjective-exceptions.js';
import nounExceptions from 'wink-lexicon/src/wn-noun-exceptions.js';
import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';
import porter2 from 'wink-porter2-stemmer';

/**
 * Query and document normalisation shared by indexing and querying, so both sides meet in the same form:
 * case, width, dashes and punctuation folded; acronyms and multi-word names mapped to one canonical token;
 * irregular forms and a stemmer so "railways", "began" and "opening" meet "railway", "begin" and "open".
 */

const STOPWORDS = new Set(
  `a an the of to in on at for by with from and or is are was were be been being it its this that these those
  what when where which who whom whose why how did do does done has have had will would can could should shall may
  me my i you your we our they their them he she his her about tell show give any some much many there here
  please into than then so as if not no yes up out over under between among per also just did get got
  ever first last new now ago year years date come came comes coming go goes went take took happen happened
  mean means meaning refer refers referred referring say said know like name list yet still really exactly
  officially currently today ok okay
  volume volumes amount total value figure number level size data statistic statistics stats`
    .split(/\s+/)
    .filter(Boolean),
);

// Generic words that tell us nothing about which fact is meant; kept for scoring but never enough alone.
export const WEAK_TOKENS = new Set([
  'china',
  'chinese',
  'asean',
  'trade',
  'economic',
  'cooperation',
  'southeast',
  'asia',
]);

/** "Signed up to", "signed on to", "belongs to": being a member, not the signing of a text ("signed in 2020"). */
export const MEMBERSHIP = /\b(?:sign(?:s|ed|ing)?\s+(?:up|on)\s+(?:to|for)|belong(?:s|ed|ing)?\s+to)\b/g;

/** Multi-word names gain their acronym (the words stay, so a typo in one of them still matches). */
const PHRASES: readonly [RegExp, string][] = [
  [/\bregional comprehensive economic partnership\b/g, ' $& rcep '],
  [/\b(?:association of south ?east asian nations)\b/g, ' asean '],
  [/\b(?:china|chinese)[\s-]*asean free trade (?:area|agreement|zone)\b/g, ' acfta $& '],
  [/\basean[\s-]*china free trade (?:area|agreement|zone)\b/g, ' acfta $& '],
  [/\bfree trade (?:area|agreement|zone)s?\b/g, ' $& fta '],
  // The words stay beside the acronym: "which ministry's data", "commerce ministry" name it by them.
  [/\bministry of commerce\b/g, ' $& mofcom '],
  [/\bop[\s-]?eds?\b/g, ' opinion '],
  // British "per cent" is one word, as "percent" and "%" are.
  [/\bper\s+cent\b/g, ' percent '],
  [/\bversion\s*([123])(?:\.0)?\b/g, ' $1.0 '],
  [/\bfirst\s+version\b/g, ' 1.0 '],
  [/\bsecond\s+version\b/g, ' 2.0 '],
  [/\bthird\s+version\b/g, ' 3.0 '],
  // The base says "version" only with its number (above): a bare one ("the new version") adds nothing to match.
  [/\bversion\b/g, ' '],
  // "In RMB terms", "in dollar terms": the unit asked, not a word about the fact.
  [/\bin\s+([a-z$%]+)\s+terms\b/g, ' in $1 '],
  [/\bv([123])(?:\.0)?\b/g, ' $1.0 '],
  [/\b([123])\.0\b/g, ' $1.0 '],
  [/\bupgrade[ds]?\s+([23])(?:\.0)?\b/g, ' upgrade $1.0 '],
  [/\b(?:acfta|cafta|fta)\s*([23])(?:\.0)?\b/g, ' fta $1.0 '],
  // One way to say an agreement starts to apply, whichever verb: took effect, came into force, went live, in effect.
  [
    /\b(?:(?:take|takes|took|taken|taking|come|comes|came|coming|enter|enters|entered|entering|go|goes|went|gone|going)\s+(?:into\s+|in\s+)?|in(?:to)?\s+)(?:effect|force|live)\b/g,
    ' enter force ',
  ],
  [MEMBERSHIP, ' member of '],
  // "Which single country", "the single biggest": "single" only stresses that one is asked (not "a single day").
  [/\b(which|what|the)\s+single\b/g, ' $1 '],
  // "A one-liner", "the big-picture take", "the headline … stats": how short, broad or prominent the answer should
  // be, not what it is about.
  [/\bone[\s-]?liners?\b|\bbig[\s-]picture\b/g, ' '],
  [/\bheadline\b(?=(?:\s+[\w-]+){0,4}?\s+(?:stats?|statistics|numbers|figures|data)\b)/g, ' '],
  // "At the moment", "these days": the present, said as "now" is.
  [/\b(?:at\s+(?:the\s+)?(?:moment|present)|these\s+days|nowadays)\b/g, ' now '],
  // "The host countries", "host economies": the places a project sits in, its locals, not the verb "hosts" a fact
  // uses for what a park holds ("it hosts Chinese makers").
  [/\bhost\s+(countries|nations|economies|communities)\b/g, ' local $1 '],
  // "Beijing and ASEAN": the capital standing for China as a party, not the city (a summit in Beijing).
  [/\bbeijing(?=\s+and\s+(?:the\s+)?(?:asean|southeast)|\s*-?\s*asean\b)/g, 'china'],
  // "The biggest … on the planet / on earth", "worldwide": in the world, as the base says it.
  [/\bon\s+(?:the\s+)?(?:planet|earth)\b|\bworld-?wide\b/g, ' in the world '],
  // "Whats the diff": the clipped word for a difference (typed as one in chat, a word of its own in the word lists).
  [/\bdiffs?\b/g, ' difference '],
  // "China-ASEAN coop": the clipped word for cooperation (a word of its own in the word lists).
  [/\bco-?op\b/g, ' cooperation '],
  [/\blaos\b/g, ' lao '],
  [/\blao pdr\b/g, ' lao '],
  [/\bu\.?s\.? ?dollars?\b|\bus\$/g, ' usd '],
  [/\byuan\b|\brenminbi\b/g, ' rmb '],
];
/**
 * Whether any of PHRASES matches: most texts hold none, and one pass of this is a fraction of trying each in turn
 * (folding the base's 2,000 example questions is part of start-up). A replacement only runs where a pattern matched,
 * so a text none matches is left as it is.
 */
const ANY_PHRASE = new RegExp(PHRASES.map(([pattern]) => `(?:${pattern.source})`).join('|'));

/**
 * Naming variants only: spellings of the same name (acronyms, regional words for the same thing). Word forms are
 * WordNet's exception lists and the stemmer's job and paraphrases are the example questions' (a fact's `questions` field).
 * A Map, not an object: a typed word such as "constructor" must not find Object.prototype's members.
 */
const SYNONYMS = new Map<string, string>(
  Object.entries({
    cafta: 'acfta',
    caft: 'acfta',
    acft: 'acfta',
    railroad: 'railway',
    motorway: 'expressway',
    highway: 'expressway',
    freeway: 'expressway',
    cars: 'vehicle',
    car: 'vehicle',
    riders: 'passenger',
    ridership: 'passenger',
    biggest: 'largest',
    gdp: 'economy',
    bn: 'billion',
    tn: 'trillion',
    mn: 'million',
    kms: 'km',
    pct: 'percent',
    '%': 'percent',
    daily: 'day',
    anniv: 'anniversary',
    // A member state's adjective names the country ("the cambodian expressway" is Cambodia's).
    cambodian: 'cambodia',
    thai: 'thailand',
    vietnamese: 'vietnam',
    laotian: 'lao',
    malaysian: 'malaysia',
    indonesian: 'indonesia',
    singaporean: 'singapore',
    filipino: 'philippines',
    philippine: 'philippines',
    burmese: 'myanmar',
    bruneian: 'brunei',
    asian: 'asia',
  }),
);

const MONTHS = ENGLISH_MONTHS.map((m) => m.toLowerCase());
const MONTH_ABBR = new Map(MONTHS.map((m) => [m.slice(0, 3), m]));

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

const stemCache = new Map<string, string>();

/**
 * Irregular forms to their dictionary form first (WordNet's exception lists from wink-lexicon: began → begin,
 * children → child), then the Porter2 stem (wink-porter2-stemmer: negotiation and negotiations meet). The full
 * wink-lemmatizer also carries WordNet's word lists, 46 MB in memory, for no measured gain here.
 * Digits, non-Latin words and short words stay as they are.
 */
export function stem(token: string): string {
  if (token.length <= 3 || /\d/.test(token) || /[^\x00-\x7f]/.test(token)) return token;
  const cached = stemCache.get(token);
  if (cached !== undefined) return cached;
  const lemma = verbExceptions[token] ?? nounExceptions[token] ?? adjectiveExceptions[token] ?? token;
  const stemmed = porter2(lemma);
  const result = stemmed.length >= 3 ? stemmed : lemma;
  if (stemCache.size > 20_000) stemCache.clear();
  stemCache.set(token, result);
  return result;
}

/**
 * Figures written short as the base writes them in full: a scale or unit glued to the number (100bn, 2.38tn, 35mn,
 * $982.3b, 1035km) is its own word, and thousands (13k, 1.2k) are the number itself, as "13,000" is.
 */
function spellOutFigures(s: string): string {
  return s
    .replace(/\b(\d+(?:\.\d+)?)k\b/g, (_, n: string) => String(Math.round(Number(n) * 1000)))
    .replace(/(?<=(?:\$|usd|rmb|¥)\s?\d+(?:\.\d+)?)b\b/g, ' billion')
    .replace(/(\d)(bn|tn|mn|km|kms)\b/g, '$1 $2');
}

/**
 * Texts already folded: the answer rules fold the same question, and the same facts' names, many times per question.
 * Bounded like the stem cache (cleared when full: folding is pure, so a miss only costs time).
 */
const foldCache = new Map<string, string>();

/** Folds width, case, dashes, quotes and punctuation; keeps letters of any script, digits and decimal points. */
export function fold(text: string): string {
  const cached = foldCache.get(text);
  if (cached !== undefined) return cached;
  const folded = foldText(text);
  if (foldCache.size > 20_000) foldCache.clear();
  foldCache.set(text, folded);
  return folded;
}

function foldText(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  if (HAN.test(s)) s = toSimplified(s);
  s = s.replace(/[\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g, '');
  // A one-letter prefix makes a word of its own: "e-commerce" is not commerce, nor "e-visa" a visa.
  s = s.replace(/(?<![\p{L}\p{N}.])([a-z])[-\u2010-\u2011](?=\p{L}{3})/gu, '$1');
  s = s.replace(/[\u2010-\u2015\u2212_/]/g, ' ');
  s = s.replace(/['’`]s\b/g, '');
  s = s.replace(/(\d),(?=\d{3}\b)/g, '$1');
  s = spellOutFigures(s);
  if (ANY_PHRASE.test(s)) for (const [pattern, replacement] of PHRASES) s = s.replace(pattern, replacement);
  s = s.replace(/%/g, ' percent ');
  s = s.replace(/(?<!\d)\.|\.(?!\d)/g, ' ');
  s = s.replace(/[^\p{L}\p{N}.\s]/gu, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

const HAN = /\p{Script=Han}/u;

/**
 * How runs of Chinese characters become tokens: words (the default), or overlapping character pairs, kept to compare
 * the two in the evaluation (CORRIDOR_CJK=bigrams).
 */
const CJK_MODE = process.env.CORRIDOR_CJK === 'bigrams' ? 'bigrams' : 'words';

function cjkTokens(run: string): string[] {
  if (CJK_MODE === 'words') return chineseWords(run);
  const chars = Array.from(run);
  if (chars.length <= 2) return [run];
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

export interface TokenizeOptions {
  keepStopwords?: boolean;
}

export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  return tokenizeQuery(text, options).map((t) => t.token);
}

/** Question words in any form ("happening" as well as "happen"). */
const STOP_STEMS = new Set([...STOPWORDS].filter((w) => w.length > 3).map(stem));

/** Everyday English that says nothing about which fact is meant when the base has never seen it (stopwords-iso). */
const GENERAL_STOPWORDS = new Set(stopwordLists.en ?? []);
/** Chat filler the general list lacks. */
const CHAT_FILLER = new Set(
  `yo hey hi hello pls plz thx thanks thank rn tbh btw lol quick q question wondering curious guys folks anyone someone
  roughly approx basically actually kinda sorta writing thesis essay paper research working need want help explain
  remind recall remember forgot ok okay cool stuff thing things bit chunk lot lots mate bro dude
  yeah yep yup nope true false right correct wrong sure
  article articles mention mentioned mentions according piece story listed
  type types kind kinds sort sorts supposed
  characterise characterises characterised characterize characterizes characterized portray portrays portrayed
  depict depicts depicted`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that point at where a fact was read ("the article mentions", "according to", 文章里提到): every fact has a
 * source, so they never say which fact is meant, even though some facts' text names "a TROIB News article".
 */
const SOURCE_WORDS = new Set([
  'article',
  'articles',
  'mention',
  'mentions',
  'mentioned',
  'according',
  'source',
  'sources',
  '文章',
  '提到',
  '提及',
  '文中',
]);

/** A query word that refers to the source being read rather than to a fact (see SOURCE_WORDS). */
export function isSourceWord(word: string): boolean {
  return SOURCE_WORDS.has(word);
}

/** A word (as typed, folded) that only phrases the question: neutral when the base has never seen it. */
export function isFiller(word: string): boolean {
  return STOPWORDS.has(word) || GENERAL_STOPWORDS.has(word) || CHAT_FILLER.has(word);
}

/**
 * The question words a typo most often lands near ("dose" → "does", "wen" → "when"), and the words the rewrites above
 * drop ("verison" is "version").
 */
export const QUESTION_WORDS: readonly string[] = [...STOPWORDS, 'version'];

export interface QueryToken {
  /** The index form (lemmatized, stemmed, synonyms applied). */
  token: string;
  /** The folded word as typed, for typo and filler checks. */
  raw: string;
}

/**
 * The last texts' tokens: the answer rules tokenize the same question and its parts several times each, and a Chinese
 * text goes through the segmenter each time. Tokens are frozen and shared; each call gets its own array. Bounded.
 * Indexing tokenizes each text once, so it goes around the cache (tokensOf), which would only churn.
 */
const tokenCache = new Map<string, readonly QueryToken[]>();
const TOKEN_CACHE_SIZE = 512;

/** The index tokens of a text, each with its typed form beside it. */
export function tokenizeQuery(text: string, options: TokenizeOptions = {}): QueryToken[] {
  const key = `${options.keepStopwords ? 1 : 0}${text}`;
  let tokens = tokenCache.get(key);
  if (tokens === undefined) {
    if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear();
    tokens = tokensOf(text, options).map((t) => Object.freeze(t));
    tokenCache.set(key, tokens);
  }
  return tokens.slice();
}

/** The same without the cache: for texts tokenized once (a fact's fields, when it is indexed). */
export function tokensOf(text: string, options: TokenizeOptions = {}): QueryToken[] {
  const out: QueryToken[] = [];
  for (const raw of fold(text).split(' ')) {
    if (!raw) continue;
    if (HAN.test(raw)) {
      // A run may hold Latin letters or digits too ("rcep是什么时候生效的"): those parts go the English way.
      for (const part of raw.split(/(\p{Script=Han}+)/u)) {
        if (!part) continue;
        if (HAN.test(part)) for (const token of cjkTokens(part)) out.push({ token, raw: token });
        else if (!STOPWORDS.has(part)) out.push({ token: stem(SYNONYMS.get(part) ?? part), raw: part });
      }
      continue;
    }
    const word = MONTH_ABBR.get(raw) ?? raw;
    if (!options.keepStopwords && (STOPWORDS.has(word) || STOP_STEMS.has(stem(word)))) continue;
    out.push({ token: stem(SYNONYMS.get(word) ?? word), raw: word });
  }
  return out;
}
