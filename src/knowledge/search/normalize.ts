/**
 * Query and document normalisation shared by indexing and querying, so both sides meet in the same form:
 * case, width, dashes and punctuation folded; acronyms and multi-word names mapped to one canonical token;
 * a light stemmer so "railways", "opened" and "opening" meet "railway" and "open".
 */

const STOPWORDS = new Set(
  `a an the of to in on at for by with from and or is are was were be been being it its this that these those
  what when where which who whom whose why how did do does done has have had will would can could should shall may
  me my i you your we our they their them he she his her about tell show give any some much many there here
  please into than then so as if not no yes up out over under between among per also just did get got
  ever first last new now ago year years date come came comes coming go goes went take took happen happened
  mean means meaning say said know like yet still really exactly officially currently today ok okay
  volume volumes amount total value figure number level size data statistic statistics stats`.split(/\s+/).filter(Boolean),
);

// Generic words that tell us nothing about which fact is meant; kept for scoring but never enough alone.
export const WEAK_TOKENS = new Set(['china', 'chinese', 'asean', 'trade', 'economic', 'cooperation', 'southeast', 'asia']);

/** Multi-word names gain their acronym (the words stay, so a typo in one of them still matches). */
const PHRASES: readonly [RegExp, string][] = [
  [/\bregional comprehensive economic partnership\b/g, ' $& rcep '],
  [/\b(?:association of south ?east asian nations)\b/g, ' asean '],
  [/\b(?:china|chinese)[\s-]*asean free trade (?:area|agreement|zone)\b/g, ' acfta $& '],
  [/\basean[\s-]*china free trade (?:area|agreement|zone)\b/g, ' acfta $& '],
  [/\bfree trade (?:area|agreement|zone)s?\b/g, ' $& fta '],
  [/\bministry of commerce\b/g, ' mofcom '],
  [/\bversion\s*([123])(?:\.0)?\b/g, ' $1.0 '],
  [/\bv([123])(?:\.0)?\b/g, ' $1.0 '],
  [/\b([123])\.0\b/g, ' $1.0 '],
  [/\bupgrade[ds]?\s+([23])\b/g, ' upgrade $1.0 '],
  [/\b(?:acfta|cafta|fta)\s*([23])\b/g, ' fta $1.0 '],
  [/\blaos\b/g, ' lao '],
  [/\blao pdr\b/g, ' lao '],
  [/\bu\.?s\.? ?dollars?\b|\bus\$/g, ' usd '],
  [/\byuan\b|\brenminbi\b/g, ' rmb '],
];

/** Single-token synonyms mapped to the token the fact base uses. */
const SYNONYMS: Record<string, string> = {
  cafta: 'acfta',
  caft: 'acfta',
  acft: 'acfta',
  railroad: 'railway',
  rail: 'railway',
  train: 'railway',
  trains: 'railway',
  highway: 'expressway',
  motorway: 'expressway',
  freeway: 'expressway',
  cars: 'vehicle',
  car: 'vehicle',
  traffic: 'vehicle',
  passengers: 'passenger',
  riders: 'passenger',
  ridership: 'passenger',
  began: 'open',
  begin: 'open',
  launched: 'launch',
  start: 'open',
  started: 'open',
  inaugurated: 'open',
  inauguration: 'open',
  effective: 'force',
  effect: 'force',
  valid: 'force',
  biggest: 'largest',
  bigger: 'largest',
  largest: 'largest',
  top: 'largest',
  gdp: 'economy',
  economies: 'economy',
  bn: 'billion',
  tn: 'trillion',
  pct: 'percent',
  percentage: 'percent',
  daily: 'day',
  days: 'day',
  proportion: 'share',
  western: 'west',
  opening: 'open',
  opened: 'open',
  opens: 'open',
  '%': 'percent',
  signing: 'sign',
  signed: 'sign',
  ratified: 'force',
  finish: 'conclude',
  finished: 'conclude',
  completed: 'conclude',
  completion: 'conclude',
  concluded: 'conclude',
  conclusion: 'conclude',
  anniv: 'anniversary',
  sez: 'zone',
  park: 'zone',
  parks: 'zone',
  zones: 'zone',
  vientiane: 'vientiane',
  kunming: 'kunming',
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR: Record<string, string> = Object.fromEntries(MONTHS.map((m) => [m.slice(0, 3), m]));

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** Light suffix stripping: enough to meet plural/singular and simple verb forms, never below 3 letters. */
export function stem(token: string): string {
  if (token.length <= 3 || /\d/.test(token) || /[^\x00-\x7f]/.test(token)) return token;
  let t = token;
  if (t.endsWith('ies') && t.length > 4) t = `${t.slice(0, -3)}y`;
  else if (/(ches|shes|sses|xes)$/.test(t)) t = t.slice(0, -2);
  else if (t.endsWith('s') && !/(ss|us|is)$/.test(t)) t = t.slice(0, -1);
  if (t.endsWith('ing') && t.length > 5) t = t.slice(0, -3);
  else if (t.endsWith('ed') && !t.endsWith('eed') && t.length > 4) t = t.slice(0, -2);
  return t;
}

/** Folds width, case, dashes, quotes and punctuation; keeps letters of any script, digits and decimal points. */
export function fold(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  s = s.replace(/[\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g, '');
  s = s.replace(/[\u2010-\u2015\u2212_/]/g, ' ');
  s = s.replace(/['’`]s\b/g, '');
  s = s.replace(/(\d),(\d{3})/g, '$1$2');
  for (const [pattern, replacement] of PHRASES) s = s.replace(pattern, replacement);
  s = s.replace(/%/g, ' percent ');
  s = s.replace(/(?<!\d)\.|\.(?!\d)/g, ' ');
  s = s.replace(/[^\p{L}\p{N}.\s]/gu, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

/** CJK runs carry no spaces: split them into overlapping bigrams so a partial Chinese name still matches. */
function cjkTokens(run: string): string[] {
  if (run.length <= 2) return [run];
  const out: string[] = [];
  for (let i = 0; i < run.length - 1; i++) out.push(run.slice(i, i + 2));
  return out;
}

export interface TokenizeOptions {
  keepStopwords?: boolean;
}

export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const out: string[] = [];
  for (const raw of fold(text).split(' ')) {
    if (!raw) continue;
    if (/\p{Script=Han}/u.test(raw)) {
      out.push(...cjkTokens(raw));
      continue;
    }
    const month = MONTH_ABBR[raw];
    const word = month ?? raw;
    if (!options.keepStopwords && STOPWORDS.has(word)) continue;
    const synonym = SYNONYMS[word];
    out.push(synonym ?? stem(word));
  }
  return out;
}
