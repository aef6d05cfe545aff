/**
 * The vocabulary orders words by where they first occur in the base (fuse.js ties and completions depend on it):
 * after facts change it must give the order a fresh vocabulary over the same facts gives.
 */
import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../src/knowledge/search/vocabulary.js';

/** Facts as word lists, in the base's order (slot = position), each word its own token. */
function build(docs: string[][]): Vocabulary {
  const vocabulary = new Vocabulary(hostOf(docs), 0.34);
  docs.forEach((words, slot) => vocabulary.addDoc(slot, wordMap(words)));
  vocabulary.finishBuild();
  return vocabulary;
}

function hostOf(docs: string[][]) {
  return {
    rankOf: (doc: number) => doc,
    wordsOf: (doc: number) => wordMap(docs[doc]!),
    postings: (token: string) => docs.flatMap((words, slot) => (words.includes(token) ? [slot] : [])),
  };
}

const wordMap = (words: string[]) => new Map(words.map((w) => [w, w]));
const inOrder = (v: Vocabulary) => v.all().map((at) => v.words[at]);

describe('Vocabulary', () => {
  it('a word gained before a word the fact leads moves that word back, as a fresh vocabulary orders them', () => {
    const docs = [
      ['alpha', 'kappay'],
      ['beta', 'kappay'],
    ];
    const vocabulary = new Vocabulary(hostOf(docs), 0.34);
    docs.forEach((words, slot) => vocabulary.addDoc(slot, wordMap(words)));
    vocabulary.finishBuild();
    const before = docs[0]!;
    docs[0] = ['alpha', 'kappaz', 'kappay'];
    vocabulary.replaceDoc(0, wordMap(before), wordMap(docs[0]));
    expect(inOrder(vocabulary)).toEqual(inOrder(build(docs)));
    expect(vocabulary.completions('kappa', 8).map((at) => vocabulary.words[at])).toEqual(['kappaz', 'kappay']);
  });

  it('a word lost by the fact that led it moves to the next fact holding it; one no fact holds goes', () => {
    const docs = [
      ['gamma', 'delta'],
      ['delta', 'gamma', 'omega'],
    ];
    const vocabulary = build(docs);
    const before = docs[0]!;
    docs[0] = ['epsilon'];
    vocabulary.replaceDoc(0, wordMap(before), wordMap(docs[0]));
    expect(inOrder(vocabulary)).toEqual(inOrder(build(docs)));
    expect(inOrder(vocabulary)).toEqual(['epsilon', 'delta', 'gamma', 'omega']);
    vocabulary.removeDoc(1, wordMap(docs[1]!));
    docs[1] = [];
    expect(inOrder(vocabulary)).toEqual(['epsilon']);
    expect(vocabulary.completions('om', 8)).toEqual([]);
  });
});
