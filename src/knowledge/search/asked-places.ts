import type { Fact } from '../schema.js';
import { ownText, type FactCheck } from './asked-attribute.js';
import { capitalisedNames, isEnglishWord } from './english-words.js';
import { tokenizeQuery, WEAK_TOKENS } from './normalize.js';
import { COUNTRIES } from './place-names.js';

/**
 * "Has Japan signed a similar upgrade?", "ASEAN trade with India": a question that names a country asks about that
 * country, and a fact that never names it (nor counts it among its parties) is a near miss, however well it names
 * the rest. Country names come from countries-list, not from the base.
 */
const COUNTRY_NAMES: readonly string[] = COUNTRIES.map((c) => c.name);
const COUNTRY = new RegExp(
  String.raw`\b(${[...COUNTRY_NAMES]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})\b`,
  'g',
);

/**
 * The other names countries-list gives ("Burma", "Britain", "America"), read as the country. A short form in capitals
 * ("US", "UAE") counts as written in capitals, or in lower case where it is no English word ("uae") or follows "the"
 * ("the us government"; "asked us" is the pronoun); "US dollars" and "US$" name a currency, not the country, and
 * "South America" a continent.
 */
let aliases: readonly { pattern: RegExp; country: string }[] | undefined;

function countryAliases(): readonly { pattern: RegExp; country: string }[] {
  aliases ??= [
    ...COUNTRIES.flatMap((c) =>
      c.aliases
        .filter((a) => a.toLowerCase() !== c.name && /^[A-Za-z][A-Za-z -]+$/.test(a))
        .map((a) => ({ pattern: aliasPattern(a), country: c.name })),
    ),
    // countries-list gives South Korea only as "Republic of Korea"; "Korea" alone (the Korea-ASEAN FTA) means it.
    { pattern: aliasPattern('Korea'), country: 'south korea' },
  ];
  return aliases;
}

function aliasPattern(alias: string): RegExp {
  const name = alias.replace(/-/g, '\\-');
  if (!/^[A-Z]+$/.test(alias)) return new RegExp(String.raw`(?<!\b(?:north|south|central|latin)\s)\b${name}\b`, 'i');
  const lower = alias.toLowerCase();
  const word = isEnglishWord(lower);
  const written = word ? String.raw`\b${name}|\bthe\s+${lower}` : String.raw`\b${lower}`;
  return new RegExp(String.raw`(?:${written})\b(?!\s*(?:\$|dollars?\b))`, word ? '' : 'i');
}

/** The countries an asking clause names, lower-cased (one named by another name as its countries-list name). */
export function countriesIn(asking: string): string[] {
  const named = [...asking.toLowerCase().matchAll(COUNTRY)].map((m) => m[1]!);
  const aliased = countryAliases()
    .filter((a) => a.pattern.test(asking))
    .map((a) => a.country);
  return [...new Set([...named, ...aliased])];
}

const wordsCache = new WeakMap<Fact, Set<string>>();

/** The words of everything the fact says of itself in English (ownText), its tags and its parties. */
function factWords(fact: Fact): Set<string> {
  let words = wordsCache.get(fact);
  if (!words) {
    const parties = 'parties' in fact ? (fact.parties ?? []) : [];
    const text = [ownText(fact), ...fact.tags, ...parties].join(' ').toLowerCase();
    words = new Set(text.split(/[^a-z]+/).filter(Boolean));
    wordsCache.set(fact, words);
  }
  return words;
}

/**
 * Whether the fact names the country: its name, or a word it begins with or that begins with it ("Lao" for Laos,
 * "Thai" for Thailand, "Vietnamese" for Vietnam).
 */
export function namesCountry(fact: Fact, country: string): boolean {
  const words = factWords(fact);
  const parts = country.split(/[^a-z]+/).filter(Boolean);
  if (parts.length > 1) return parts.every((p) => words.has(p));
  for (const w of words)
    if ((w.length >= 3 && country.startsWith(w)) || w.startsWith(country.slice(0, Math.max(4, country.length - 2))))
      return true;
  return false;
}

/** Yes/no questions are left alone: they may name a wrong country to correct ("the philippines is one of them right?"). */
const WH_START =
  /^\s*(?:(?:for|in|by|since|from|to|at|on|of|and|so)\s+)?(?:who|whom|whose|what|which|where|how|when|why)\b/i;

/**
 * "Has Japan signed …", "did India join …": a yes/no question whose subject is the country asks whether that country
 * did something, which a fact that never names it cannot say. ("Is the Philippines one of them" is left alone: it
 * asks about a list that may correct it.)
 */
const DID_COUNTRY = /^\s*(?:has|have|had|did|does|do|will|would|can|could)\s+(?:the\s+)?([a-z][a-z ]*?)\s+[a-z]+/i;

function subjectCountry(asking: string): string[] {
  const subject = DID_COUNTRY.exec(asking)?.[1];
  const asked = subject ? countriesIn(asking) : [];
  return asked.filter((c) => subject!.toLowerCase().startsWith(c));
}

/**
 * "Is there a Chinese industrial park in Indonesia" asks whether something is in a country, which only a fact naming
 * that country says.
 */
const THERE_IN = /^\s*(?:is|are|was|were)\s+there\b.*\bin\s+(?:the\s+)?[a-z]/i;

export function countryCheck(asking: string): FactCheck | undefined {
  // The base's own parties (WEAK_TOKENS: China) are what every fact is about, named or not ("the China–ASEAN FTA 3.0").
  const asked = (WH_START.test(asking) || THERE_IN.test(asking) ? countriesIn(asking) : subjectCountry(asking)).filter(
    (c) => !WEAK_TOKENS.has(c),
  );
  if (asked.length === 0) return undefined;
  // "Which zones are in Cambodia and Laos": each thing asked for is in one of them (not "between A and B", a relation
  // of the two).
  const either = asked.length > 1 && EITHER_COUNTRY.test(asking) && !/\bbetween\b/i.test(asking);
  return (fact) => (either ? asked.some : asked.every).call(asked, (c) => namesCountry(fact, c));
}

/** "In Cambodia and Laos", "in Thailand or Vietnam": places asked for, each thing in one of them. */
const EITHER_COUNTRY =
  /^\s*(?:which|what)\b.*\bin\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s*(?:,|and|or|&)\s*(?:the\s+)?[a-z]+/i;

/**
 * "Where is he based", "hasan muhammad based where": where asks for a place, which a fact answers only when it names
 * one the question does not already give: a country, or a capitalised name that is no English word
 * (Chongqing, Beibu). The base's own parties (China, ASEAN, Southeast Asia) are what every fact is about, and an
 * acronym (FTA, RCEP) names an agreement, so neither says where. "Where" opening a relative clause ("the meeting
 * where the talks concluded") asks nothing.
 */
const WHERE_ASKED = /^\s*(?:and\s+|so\s+)?where\b|\bwhere\s*$/i;
const placesCache = new WeakMap<Fact, string[]>();

function placesNamed(fact: Fact): string[] {
  let places = placesCache.get(fact);
  if (!places) {
    const text = `${fact.title} ${fact.summary} ${fact.details ?? ''}`;
    places = [...new Set([...capitalisedNames(text), ...countriesOf(fact)])].filter((w) => !WEAK_TOKENS.has(w));
    placesCache.set(fact, places);
  }
  return places;
}

export function whereCheck(asking: string): FactCheck | undefined {
  const clause = asking.replace(/[?!.\s]+$/, '');
  if (!WHERE_ASKED.test(clause)) return undefined;
  const asked = new Set(tokenizeQuery(clause).map((t) => t.raw.toLowerCase()));
  return (fact) => placesNamed(fact).some((p) => !asked.has(p));
}

/**
 * "In which city was it signed", "which port": a place below a country is asked, so a fact that names only countries
 * ("a summit hosted by Vietnam") is a near miss. A city-state (its capital bears its name: Singapore) is a city.
 */
const CITY_ASKED =
  /\b(?:which|what)\s+(?:[a-z-]+\s+)?(?:city|cities|town|towns|port|ports|seaports?|provinces?)\b(?!\s+(?:of|in)\b)/i;
const CITY_STATES = new Set(COUNTRIES.filter((c) => c.capital === c.name).map((c) => c.name));
const citiesCache = new WeakMap<Fact, string[]>();

function citiesNamed(fact: Fact): string[] {
  let cities = citiesCache.get(fact);
  if (!cities) {
    const countries = new Set(
      countriesIn(`${fact.title} ${fact.summary} ${fact.details ?? ''}`)
        .filter((c) => !CITY_STATES.has(c))
        .flatMap((c) => [c, ...c.split(' ')]),
    );
    cities = placesNamed(fact).filter((p) => !countries.has(p));
    citiesCache.set(fact, cities);
  }
  return cities;
}

export function cityCheck(asking: string): FactCheck | undefined {
  if (!CITY_ASKED.test(asking)) return undefined;
  const asked = new Set(tokenizeQuery(asking).map((t) => t.raw.toLowerCase()));
  return (fact) => citiesNamed(fact).some((p) => !asked.has(p));
}

/** A fact that names at least this many countries lists them (RCEP's members), and so can correct a wrong one. */
const LISTED = 3;
const listsCache = new WeakMap<Fact, boolean>();

function listsCountries(fact: Fact): boolean {
  let lists = listsCache.get(fact);
  if (lists === undefined) {
    lists = countriesIn(ownText(fact)).length >= LISTED;
    listsCache.set(fact, lists);
  }
  return lists;
}

/**
 * "Is India part of RCEP?", "India is one of the 16 members, right?": a yes/no question may name a country a list
 * leaves out, and the list is its answer (countryCheck leaves such questions alone too). The tokens of the countries
 * it names, for the facts that list countries; none for a question that asks what, which or how.
 */
export function correctableCountries(asking: string): (fact: Fact) => ReadonlySet<string> {
  const named = WH_START.test(asking) ? [] : countriesIn(asking);
  const tokens: ReadonlySet<string> = new Set(tokenizeQuery(named.join(' ')).map((t) => t.token));
  const none: ReadonlySet<string> = new Set();
  return (fact) => (tokens.size > 0 && listsCountries(fact) ? tokens : none);
}

/** "Which single ASEAN country is …", "what nation hosted …": a country is the answer. */
const WHICH_COUNTRY = /^\s*(?:which|what)\s+(?:single\s+|one\s+)?(?:[a-z]+\s+)?(?:country|nation)\b/i;

/**
 * A question that asks which country is answered only by a fact that names a country the question does not already
 * give, besides the base's own parties (a fact about the bloc as a whole names none).
 */
export function whichCountryCheck(asking: string): FactCheck | undefined {
  if (!WHICH_COUNTRY.test(asking)) return undefined;
  const given = new Set(countriesIn(asking));
  return (fact) => countriesOf(fact).some((c) => !given.has(c) && !WEAK_TOKENS.has(c));
}

const countriesCache = new WeakMap<Fact, string[]>();

/** The countries a fact's English text names (cached per fact object: a changed fact is a new object). */
function countriesOf(fact: Fact): string[] {
  let named = countriesCache.get(fact);
  if (!named) {
    named = countriesIn(`${fact.title} ${fact.summary} ${fact.details ?? ''}`);
    countriesCache.set(fact, named);
  }
  return named;
}
