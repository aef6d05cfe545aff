import { countries } from 'countries-list';

/**
 * Names that are not English dictionary words but still name something (France, Japan, Paris, CPTPP): a question
 * about one the base has never heard of is about something it does not cover, not a typo or slang.
 */
const OTHER_TRADE_BLOCS = [
  'eu',
  'cptpp',
  'tpp',
  'nafta',
  'usmca',
  'wto',
  'apec',
  'mercosur',
  'efta',
  'brics',
  'opec',
  'saarc',
  'ecowas',
];

/**
 * Every country in countries-list, with its capital (empty for a few), lower-cased, and the other names the list
 * gives it as written there ("US", "Burma", "Britain").
 */
export const COUNTRIES: readonly { name: string; capital: string; aliases: readonly string[] }[] = Object.values(
  countries,
).map((c) => ({
  name: c.name.toLowerCase(),
  capital: c.capital.toLowerCase(),
  aliases: c.alias ?? [],
}));

export const PLACE_NAMES: ReadonlySet<string> = new Set(
  [...COUNTRIES.flatMap((c) => `${c.name} ${c.capital}`.split(/[^a-z]+/)), ...OTHER_TRADE_BLOCS].filter(
    (w) => w.length >= 2,
  ),
);
