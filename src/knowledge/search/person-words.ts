import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Whether a word names only a kind of person (WordNet's lexicographer class noun.person, from wink-lexicon): the asker
 * introducing themselves or whom they ask for ("as a student", "my professor", "an exporter", "the columnist says").
 * Such a word, when the base has never seen it, says who asks, not what about, like "thesis" or "writing". A word
 * with any other sense ("minister", "member", "partner") is left to count.
 *
 * wink-lexicon's WordNet files, evaluated as modules, take about 0.5 s and 40 MB to load; read as text, line by line
 * (one word and one sense list per line, in the same order), only the 7,600 person-only words are kept.
 */
const NOUN_PERSON = 's_18';
let people: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const read = (file: string) => readFileSync(require.resolve(`wink-lexicon/src/${file}`), 'utf8');
  const senses = read('wn-word-senses.js');
  const wanted = new Set<number>();
  let i = 0;
  for (const m of senses.slice(senses.indexOf('const wordIndex2Sense = [')).matchAll(/^\s*(s_[\d_]+),?$/gm)) {
    if (m[1] === NOUN_PERSON) wanted.add(i);
    i++;
  }
  const set = new Set<string>();
  for (const m of read('wn-words.js').matchAll(/^words\.(\S+) = (\d+);$/gm)) {
    // A copy, so the set does not hold on to the whole file the match was sliced from.
    if (wanted.has(Number(m[2]))) set.add(Buffer.from(m[1]!).toString());
  }
  return set;
}

/** The word or its singular ("students", "journalists") names only a kind of person. */
export function isPersonWord(word: string): boolean {
  people ??= load();
  if (people.has(word)) return true;
  if (word.endsWith('es') && people.has(word.slice(0, -2))) return true;
  return word.endsWith('s') && people.has(word.slice(0, -1));
}
