import { glossTokens } from './chinese-english.js';

const HAN = /\p{Script=Han}/u;
/**
 * An English word more of the base's Chinese words translate to than this says too little to make them synonyms
 * (chosen on the even halves of the Chinese sets: 2 to 8 the same).
 */
const MAX_SHARING = 4;

/**
 * Chinese synonyms of a word the base never uses among the words it does, through CC-CEDICT: two words one of whose
 * English glosses is the same (拓展 and 扩大 both "expand", 差别 and 差异 both "difference"). The base's Chinese text
 * then meets a question phrased with other words, as its English text already does through the glosses.
 *
 * (The npm registry's one Chinese thesaurus, the PanGu segmenter's 4,300 synonym pairs in segment-dict, was measured
 * first: literary words, it bridged 4 of the 282 unseen words of the Chinese development questions to the base and
 * changed no answer at any weight; segment-dict also pulls in dependencies the registry no longer has.)
 */
export class ChineseSynonyms {
  private byGloss: Map<string, string[]> | undefined;
  /** Questions repeat their words: each lookup costs a dictionary search and tokenizing its glosses. */
  private readonly cache = new Map<string, string[]>();

  constructor(private readonly tokens: () => Iterable<string>) {}

  /** The base's Chinese words that share an English gloss with `word` (none for a word without glosses). */
  of(word: string): string[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    if (this.cache.size > 5000) this.cache.clear();
    const found = this.find(word);
    this.cache.set(word, found);
    return found;
  }

  private find(word: string): string[] {
    const glosses = glossTokens(word);
    if (glosses.size === 0) return [];
    const byGloss = (this.byGloss ??= this.build());
    const found = new Set<string>();
    for (const gloss of glosses) {
      const words = byGloss.get(gloss);
      if (words && words.length <= MAX_SHARING) for (const w of words) if (w !== word) found.add(w);
    }
    return [...found];
  }

  private build(): Map<string, string[]> {
    const byGloss = new Map<string, string[]>();
    for (const token of this.tokens()) {
      // Single characters gloss as many unrelated senses.
      if (Array.from(token).length < 2 || !HAN.test(token)) continue;
      for (const gloss of glossTokens(token)) {
        const words = byGloss.get(gloss);
        if (!words) byGloss.set(gloss, [token]);
        else if (words.length <= MAX_SHARING) words.push(token);
      }
    }
    return byGloss;
  }
}
