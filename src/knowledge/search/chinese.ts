import { Converter } from 'opencc-js/t2cn';
// Its main file is JSON, which Node's ESM loader (unlike tsx) only imports with the json attribute.
import stopwordLists from 'stopwords-iso' with { type: 'json' };
import { digitsForNumerals } from './chinese-numbers.js';

/**
 * Chinese text for the index: traditional folded to simplified (opencc-js, loaded on first use), then cut into words
 * by the ICU word segmenter built into Node (Intl.Segmenter), question words dropped. ICU matched jieba on the Chinese
 * development set (67.9% right first for both) without jieba's 59 MB and 300 ms at start-up.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
let simplify: ((text: string) => string) | undefined;

/** Question phrasing that names nothing (the general list lacks a few question words). */
const QUESTION_WORDS = [
  ...[
    '什么',
    '什么时候',
    '多少',
    '哪些',
    '哪个',
    '哪里',
    '几',
    '多久',
    '怎么',
    '如何',
    '为什么',
    '是否',
    '吗',
    '呢',
    '啥',
    '请问',
    '一下',
    '知道',
    '告诉',
  ],
  ...[
    '哪一年',
    '哪年',
    '哪一天',
    '哪天',
    '几年',
    '几个',
    '哪几个',
    '哪两个',
    '什么样',
    '有没有',
    '是不是',
    '对不对',
    '多大',
    '多长',
    '多远',
    '分别',
  ],
  ...[
    '一共',
    '总共',
    '大概',
    '大约',
    '左右',
    '到底',
    '现在',
    '目前',
    '啊',
    '呀',
    '吧',
    '欸',
    '哦',
    '嘛',
    '为啥',
    '咋',
    '啥时候',
  ],
];
const STOPWORDS = new Set([...(stopwordLists.zh ?? []), ...QUESTION_WORDS]);
/** Measure words standing alone (哪两座城市, 这篇评论, 几趟列车) count things but name none. */
const MEASURE_WORDS = new Set([...'座篇条趟家位名项辆架艘件份批所张']);

export function toSimplified(text: string): string {
  // opencc-js's t2cn entry point reuses the full build's types, which typescript-eslint cannot resolve through `exports`.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
  const convert: (text: string) => string = (simplify ??= Converter({ from: 't', to: 'cn' }));
  return convert(text);
}

/** Words of a run of Han characters (already simplified), without question words. */
export function chineseWords(run: string): string[] {
  return [...segmenter.segment(digitsForNumerals(run))]
    .filter((s) => s.isWordLike && !STOPWORDS.has(s.segment) && !MEASURE_WORDS.has(s.segment))
    .map((s) => s.segment);
}

/** The question words of two characters or more (什么, 什么时候, 为什么): a pinyin keyboard slips on them too. */
export function chineseQuestionWords(): string[] {
  return QUESTION_WORDS.filter((w) => Array.from(w).length >= 2);
}

export function isChineseStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/**
 * Chinese words the base never wrote as such often share characters with words it did: the segmenter cuts the
 * same phrase differently in a question and a fact, and compounds reorder their morphemes (营运 / 运营).
 * An unseen word meets the base's words holding at least two of its (non-stopword) characters, by the
 * share of its characters they hold; a run of stopword characters (都有) names nothing by itself.
 */
/** A part of an unseen word counts this much of an exact match, times the share of the word it makes up. */
const PART_WEIGHT = 0.8;
const TRAILING_COPULA = /[是有]$/u;
const EDGE_STOPWORDS = /^[的了吗呢吧啊是在有]+|[的了吗呢吧啊过着]+$/gu;

/** A word without the particles the segmenter glues to it (搞了 → 搞, 讲的 → 讲); the word itself if nothing is left. */
export function withoutEdgeParticles(word: string): string {
  return word.replace(EDGE_STOPWORDS, '') || word;
}

/** Colloquial verbs that stand for whatever the asker means (搞了多少年, 弄的园区, 整出什么成绩): "do", naming nothing. */
const PRO_VERBS = new Set([...'搞弄整']);

/** True for a colloquial stand-in verb, with or without the particles the segmenter glues to it (搞了, 弄的). */
export function isChineseProVerb(word: string): boolean {
  return PRO_VERBS.has(withoutEdgeParticles(word));
}

export class HanOverlap {
  private byChar: Map<string, string[]> | undefined;
  private known: Set<string> | undefined;

  constructor(private readonly tokens: () => Iterable<string>) {}

  /** Base words sharing characters with `word`, with the share of `word`'s content characters each holds, best first. */
  matches(word: string, limit = 2): { token: string; share: number }[] {
    // The segmenter glues particles to a word (写的, 开通了): without them it may be a word of the base.
    const core = word.replace(EDGE_STOPWORDS, '');
    if (core && core !== word && (this.known ??= new Set(this.tokens())).has(core)) return [{ token: core, share: 1 }];
    const chars = [...new Set(Array.from(word))].filter((c) => !STOPWORDS.has(c));
    if (Array.from(word).length < 2 || chars.length === 0) return [];
    const byChar = (this.byChar ??= this.build());
    const shared = new Map<string, number>();
    // One shared character is too little: 天气 (weather) is no 一天 (one day).
    for (const c of chars) for (const t of byChar.get(c) ?? []) shared.set(t, (shared.get(t) ?? 0) + 1);
    return [...shared]
      .map(([token, n]) => ({ token, share: n / Math.max(chars.length, Array.from(token).length) }))
      .filter((m) => shared.get(m.token)! >= 2 && m.share >= 0.5)
      .sort((a, b) => b.share - a.share || a.token.length - b.token.length || (a.token < b.token ? -1 : 1))
      .slice(0, limit);
  }

  /**
   * Partial evidence for a word that neither the base nor matches() knows, when the word is made of the base's words
   * (海港 = 海 + 港, 一体化 = 一 + 体 + 化; stopword characters aside): each part counts for the share of the word it
   * makes up, and only for the facts that hold it, so the unseen word stops vetoing a fact that says nearly the same
   * thing and still counts against every other fact. A word with a part the base never wrote is another name
   * (欧盟 is not 东盟), and a word that merely shares a character (高峰 / 峰值) gets nothing: on the development sets
   * that answered more out-of-scope questions than it recovered.
   */
  partial(word: string): { token: string; weight: number }[] {
    const length = Array.from(word).length;
    const chars = [...new Set(Array.from(word))].filter((c) => !STOPWORDS.has(c));
    if (length < 2 || chars.length === 0) return [];
    const byChar = (this.byChar ??= this.build());
    const parts = chars.map((c) => (byChar.get(c) ?? []).filter((t) => t !== word && word.includes(t)));
    if (parts.some((p) => p.length === 0)) return [];
    return [...new Set(parts.flat())]
      .map((token) => ({ token, weight: PART_WEIGHT * (Array.from(token).length / length) }))
      .sort((a, b) => b.weight - a.weight || (a.token < b.token ? -1 : 1));
  }

  /** True when an unseen Chinese word says nothing by itself: stopword characters only (都有). */
  static isNoise(word: string): boolean {
    // The segmenter glues a copula, 有 or a particle to a stopword (大概是, 主要是, 大概有) and a measure word to a
    // demonstrative (那篇, 这条): still nothing named.
    const core = word.replace(EDGE_STOPWORDS, '').replace(TRAILING_COPULA, '');
    return (
      core === '' || STOPWORDS.has(core) || Array.from(core).every((c) => STOPWORDS.has(c) || MEASURE_WORDS.has(c))
    );
  }

  private build(): Map<string, string[]> {
    const map = new Map<string, string[]>();
    for (const t of this.tokens()) {
      if (!/^\p{Script=Han}+$/u.test(t)) continue;
      for (const c of new Set(Array.from(t))) {
        if (STOPWORDS.has(c)) continue;
        const list = map.get(c);
        if (list) list.push(t);
        else map.set(c, [t]);
      }
    }
    return map;
  }
}
