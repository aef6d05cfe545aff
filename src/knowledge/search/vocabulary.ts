/**
 * Every written word of the base (folded), for typo corrections and prefix completions, kept up to date as facts
 * come and go. A word's place in the vocabulary is where it first occurs in the base (the fact first in the base's
 * order that has it, then its position among that fact's words): fuse.js breaks score ties by that order and
 * completions take the first words in it, so an updated vocabulary must order words exactly as a fresh one would.
 * Words sit in slots that stay put while others come and go; `compare` gives the order.
 */
import Fuse, { type FuseIndex } from 'fuse.js';
import { FuseFilter } from './fuse-filter.js';
import { lowerBoundBy } from '../sorted.js';

export type FuseRecord = ReturnType<FuseIndex<unknown>['toJSON']>['records'][number];

/** What the vocabulary needs to know about the facts of the index (by their slots). */
export interface VocabularyHost {
  /** The fact's place in the base's order (smaller = earlier). */
  rankOf(doc: number): number;
  /** The fact's written words with their index tokens, in the order they occur. */
  wordsOf(doc: number): ReadonlyMap<string, string>;
  /** The facts holding an index token, in the base's order. */
  postings(token: string): readonly number[] | undefined;
}

export class Vocabulary {
  readonly words: string[] = [];
  /** Each word's index token. */
  readonly tokens: string[] = [];
  /** Each word's fuse.js index record (its value and length norm; `i` is set per search). */
  readonly records: FuseRecord[] = [];
  readonly filter: FuseFilter;
  private readonly slotOf = new Map<string, number>();
  /** How many facts hold the word; the first of them in the base's order, and the word's position among its words. */
  private readonly docCount: number[] = [];
  private readonly firstDoc: number[] = [];
  private readonly firstPos: number[] = [];
  private readonly free: number[] = [];
  /** Live words sorted, for prefix look-ups by binary search; sorted once at the end of a build. */
  private sorted: { word: string; at: number }[] = [];
  private building = true;
  private readonly maker = Fuse.createIndex<string>([], []);

  constructor(
    private readonly host: VocabularyHost,
    threshold: number,
  ) {
    this.filter = new FuseFilter([], threshold);
  }

  /** Base order: a negative number when word slot `a` comes first. */
  readonly compare = (a: number, b: number): number =>
    this.host.rankOf(this.firstDoc[a]!) - this.host.rankOf(this.firstDoc[b]!) || this.firstPos[a]! - this.firstPos[b]!;

  get size(): number {
    return this.slotOf.size;
  }

  /** Live word slots in base order (for the rare fuse.js search over every word). */
  all(): number[] {
    return [...this.slotOf.values()].sort(this.compare);
  }

  /** Ends a build: from now on every change keeps the sorted list sorted. */
  finishBuild(): void {
    this.sorted.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    this.building = false;
  }

  /** A fact joined the index (it is already placed in the base's order). */
  addDoc(doc: number, words: ReadonlyMap<string, string>): void {
    let pos = 0;
    for (const [word, token] of words) this.addWord(doc, word, token, pos++);
  }

  /** A fact's text changed (it keeps its place): only words it gained or lost, and positions of the words it leads, change. */
  replaceDoc(doc: number, before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): void {
    this.removeDoc(doc, new Map([...before].filter(([word]) => !after.has(word))));
    let pos = 0;
    for (const [word, token] of after) {
      if (!before.has(word)) this.addWord(doc, word, token, pos);
      else {
        const at = this.slotOf.get(word)!;
        if (this.firstDoc[at] === doc) this.firstPos[at] = pos;
      }
      pos++;
    }
  }

  private addWord(doc: number, word: string, token: string, pos: number): void {
    const at = this.slotOf.get(word);
    if (at === undefined) return this.create(word, token, doc, pos);
    this.docCount[at]!++;
    if (this.host.rankOf(doc) < this.host.rankOf(this.firstDoc[at]!)) {
      this.firstDoc[at] = doc;
      this.firstPos[at] = pos;
    }
  }

  /** A fact is leaving the index (still placed in the base's order): its words go, or move to their next fact. */
  removeDoc(doc: number, words: ReadonlyMap<string, string>): void {
    for (const [word, token] of words) {
      const at = this.slotOf.get(word)!;
      if (--this.docCount[at]! === 0) {
        this.delete(word, at);
        continue;
      }
      if (this.firstDoc[at] !== doc) continue;
      // The next fact with the word: the first after this one, in base order, among those holding its token.
      for (const other of this.host.postings(token) ?? []) {
        if (other === doc) continue;
        const pos = indexOfKey(this.host.wordsOf(other), word);
        if (pos >= 0) {
          this.firstDoc[at] = other;
          this.firstPos[at] = pos;
          break;
        }
      }
    }
  }

  /** Slots of the first `limit` words (in base order) that start with `prefix`, other than the prefix itself. */
  completions(prefix: string, limit: number): number[] {
    const list = this.sorted;
    let lo = this.lowerBound(prefix);
    const found: number[] = [];
    for (; lo < list.length && list[lo]!.word.startsWith(prefix); lo++)
      if (list[lo]!.word !== prefix) found.push(list[lo]!.at);
    return found.sort(this.compare).slice(0, limit);
  }

  private create(word: string, token: string, doc: number, pos: number): void {
    const at = this.free.pop() ?? this.words.length;
    this.words[at] = word;
    this.tokens[at] = token;
    this.records[at] = this.maker._createStringRecord(word, at)!;
    this.docCount[at] = 1;
    this.firstDoc[at] = doc;
    this.firstPos[at] = pos;
    this.slotOf.set(word, at);
    this.filter.add(at, word);
    if (this.building) this.sorted.push({ word, at });
    else this.sorted.splice(this.lowerBound(word), 0, { word, at });
  }

  private delete(word: string, at: number): void {
    this.slotOf.delete(word);
    this.filter.remove(at);
    this.sorted.splice(this.lowerBound(word), 1);
    this.free.push(at);
  }

  private lowerBound(word: string): number {
    return lowerBoundBy(this.sorted, word, (entry) => entry.word);
  }
}

function indexOfKey(map: ReadonlyMap<string, string>, key: string): number {
  if (!map.has(key)) return -1;
  let i = 0;
  for (const k of map.keys()) {
    if (k === key) return i;
    i++;
  }
  return -1;
}
