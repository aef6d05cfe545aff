import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Whether a word names only a kind of person (WordNet's lexicographer class noun.person, from wink-lexicon): the asker
 * introducing themselves or whom they ask for ("as a student", "my professor", "an exporter", "the columnist says").
 * Such a word, when the base has never seen it, says who asks, not what about, like "thesis" or "writing". A word
 * with any other sense ("minister", "member", "partner") is left to count.
 *
 * wink-lexicon's WordNet files, evaluated as modules, take about 0.5 s and 40 MB to load. Read as bytes instead (one
 * word per line in wn-words.js, one sense list per line in wn-word-senses.js, in the same order), only the 7,600
 * person-only words and the 3,100 or so with a person sense among others ("boss", for "my boss says") become strings.
 */
const NOUN_PERSON = Buffer.from('s_18');
const PERSON_CLASS = '18';
/** `only`: words whose one sense is noun.person; `some`: those and the words with a person sense among others. */
let people: { only: Set<string>; some: Set<string> } | undefined;

/** Calls `line(start, end)` for every line of a buffer. */
function eachLine(bytes: Buffer, line: (start: number, end: number) => void): void {
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    line(start, end);
    start = end + 1;
  }
}

function load(): { only: Set<string>; some: Set<string> } {
  const require = createRequire(import.meta.url);
  const read = (file: string) => readFileSync(require.resolve(`wink-lexicon/src/${file}`));
  // Sense lists: "  s_18," lines after the array opens, the i-th for the i-th word.
  const senses = read('wn-word-senses.js');
  const wanted = new Set<number>();
  const mixed = new Set<number>();
  let index = -1;
  eachLine(senses, (start, end) => {
    if (index < 0) {
      if (senses.toString('latin1', start, Math.min(end, start + 26)) === 'const wordIndex2Sense = [') index = 0;
      return;
    }
    let from = start;
    while (senses[from] === 32) from++;
    if (senses[from] !== 115) return; // "s"
    let to = end;
    if (senses[to - 1] === 44) to--; // ","
    if (to - from === NOUN_PERSON.length && senses.compare(NOUN_PERSON, 0, NOUN_PERSON.length, from, to) === 0)
      wanted.add(index);
    else if (
      senses
        .toString('latin1', from + 2, to)
        .split('_')
        .includes(PERSON_CLASS)
    )
      mixed.add(index);
    index++;
  });
  // Words: "words.student = 12345;" lines.
  const words = read('wn-words.js');
  const set = new Set<string>();
  const some = new Set<string>();
  eachLine(words, (start, end) => {
    if (words.toString('latin1', start, start + 6) !== 'words.') return;
    const eq = words.indexOf(' = ', start);
    if (eq < 0 || eq > end) return;
    let n = 0;
    for (let k = eq + 3; k < end && words[k]! >= 48 && words[k]! <= 57; k++) n = n * 10 + words[k]! - 48;
    if (wanted.has(n)) set.add(words.toString('utf8', start + 6, eq));
    else if (mixed.has(n)) some.add(words.toString('utf8', start + 6, eq));
  });
  for (const word of set) some.add(word);
  return { only: set, some };
}

/** Loads the word list now rather than on the first question that needs it. */
export function loadPersonWords(): void {
  people ??= load();
}

const inSet = (set: Set<string>, word: string) =>
  set.has(word) ||
  (word.endsWith('es') && set.has(word.slice(0, -2))) ||
  (word.endsWith('s') && set.has(word.slice(0, -1)));

/** The word or its singular ("students", "journalists") names only a kind of person. */
export function isPersonWord(word: string): boolean {
  people ??= load();
  return inSet(people.only, word);
}

/** The word or its singular may name a kind of person, among other senses ("boss", "teachers"). */
export function mayNamePerson(word: string): boolean {
  people ??= load();
  return inSet(people.some, word);
}
