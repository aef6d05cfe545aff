import { createRequire } from 'node:module';
import { chineseQuestionWords, isChineseStopword, toSimplified } from './chinese.js';

/**
 * Chinese slips are homophones, not misspellings: a pinyin keyboard offers 伙拌 for 伙伴, 高素 for 高速, 领遇 for 领域.
 * A stretch of a question that sounds like a content word of the base (same syllables, tones and z/zh aside) and differs from
 * it in one character is read as that word when the stretch is made of whole words of the question (as the segmenter
 * cuts it) and the character that differs stands in a word the base has never seen: a word the base knows, a
 * stopword (到, 去) or a stretch that cuts through a word (越来越难 holds no 越南) is left alone.
 * Pinyin from tiny-pinyin (MIT, a few kB: it reads Node's own ICU collation data).
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN_RUN = /\p{Script=Han}+/gu;
const MIN_WORD = 2;
const MAX_WORD = 4;
const QUESTION = new Set(chineseQuestionWords().filter((w) => /^\p{Script=Han}+$/u.test(w)));

const syllableCache = new Map<string, string>();
/** Loaded on the first Chinese question: its ICU collation data costs a few MB that an English-only bot never needs. */
let tinyPinyin: typeof import('tiny-pinyin') | undefined;

function pinyin(): typeof import('tiny-pinyin') {
  return (tinyPinyin ??= createRequire(import.meta.url)('tiny-pinyin') as typeof import('tiny-pinyin'));
}

/** The toneless syllable of one character (its most common reading). */
function syllable(char: string): string {
  let s = syllableCache.get(char);
  if (s === undefined) {
    s = pinyin().convertToPinyin(char, '', true);
    syllableCache.set(char, s);
  }
  return s;
}

/**
 * Many speakers do not tell z, c, s from zh, ch, sh, and pinyin keyboards offer that "fuzzy" reading as a setting:
 * 高树 (gao shu) is as much a slip of 高速 (gao su) as 高素 is. Sounds are compared with those initials folded.
 */
function soundOf(chars: readonly string[]): string {
  return chars.map((c) => syllable(c).replace(/^([zcs])h/, '$1')).join(' ');
}

export class HomophoneFix {
  /** Base words of 2–4 Chinese characters by their sound. */
  private bySound: Map<string, string[]> | undefined;
  private known: Set<string> | undefined;

  constructor(private readonly tokens: () => Iterable<string>) {}

  /** The text with every homophone slip of a base word replaced by that word. */
  correct(text: string): string {
    if (!pinyin().isSupported()) return text;
    return toSimplified(text).replace(HAN_RUN, (run) => this.correctRun(run));
  }

  private correctRun(run: string): string {
    const chars = Array.from(run);
    if (chars.length < MIN_WORD) return run;
    const known = (this.known ??= new Set(this.tokens()));
    const bySound = (this.bySound ??= this.build(known));
    // Per character: may it change (its word is unknown to the base and no stopword), does it stand alone as a word
    // (no stopword), and which word holds it.
    const loose: boolean[] = [];
    const single: boolean[] = [];
    const wordOf: number[] = [];
    let w = 0;
    for (const { segment } of segmenter.segment(run)) {
      const unknown = !known.has(segment) && !isChineseStopword(segment);
      const one = Array.from(segment).length === 1 && !isChineseStopword(segment);
      for (const _ of segment) {
        single.push(one);
        loose.push(unknown);
        wordOf.push(w);
      }
      w++;
    }
    if (!loose.includes(true)) return run;
    const out = [...chars];
    for (let i = 0; i < chars.length;) {
      const fixed = this.fixAt(chars, i, known, bySound, loose, wordOf, single);
      if (fixed) {
        fixed.word.forEach((c, k) => (out[i + k] = c));
        i += fixed.word.length;
      } else i++;
    }
    return out.join('');
  }

  private fixAt(
    chars: readonly string[],
    i: number,
    known: Set<string>,
    bySound: Map<string, string[]>,
    loose: readonly boolean[],
    wordOf: readonly number[],
    single: readonly boolean[],
  ): { word: string[] } | undefined {
    for (let len = Math.min(MAX_WORD, chars.length - i); len >= MIN_WORD; len--) {
      // Nothing may change without a character in a word the base does not know (nor in any shorter stretch here).
      if (!loose.slice(i, i + len).includes(true)) return undefined;
      const span = chars.slice(i, i + len);
      if (known.has(span.join(''))) return undefined;
      // Whole words of the question only.
      if (wordOf[i - 1] === wordOf[i] || wordOf[i + len] === wordOf[i + len - 1]) continue;
      for (const candidate of bySound.get(soundOf(span)) ?? []) {
        const word = Array.from(candidate);
        const differ = word.map((c, k) => c !== span[k]);
        const changed = differ.filter(Boolean).length;
        // One slip per word (a four-character question word may hold two: 甚么时侯), in a character whose word the
        // base does not know, or in a character standing alone beside one (升|效 for 生效: a lone character is often
        // a slip the segmenter could not join to its word).
        const slips = QUESTION.has(candidate) ? Math.max(1, Math.floor(len / 2)) : 1;
        if (changed >= 1 && changed <= slips && differ.every((d, k) => !d || loose[i + k] || single[i + k]))
          return { word };
      }
    }
    return undefined;
  }

  private build(known: Set<string>): Map<string, string[]> {
    const map = new Map<string, string[]>();
    const add = (token: string) => {
      const sound = soundOf(Array.from(token));
      const list = map.get(sound);
      if (list) list.push(token);
      else map.set(sound, [token]);
    };
    for (const token of known) {
      const chars = Array.from(token);
      // Content words only: a token holding a particle or another stopword character (的是, 说法) is too easy to hit.
      if (chars.length < MIN_WORD || chars.length > MAX_WORD || !/^\p{Script=Han}+$/u.test(token)) continue;
      if (chars.some(isChineseStopword)) continue;
      add(token);
    }
    // Question words are no words of the base, but a slip in one (甚么 for 什么) leaves an unseen word all the same.
    for (const word of QUESTION) add(word);
    return map;
  }
}
