import { Converter } from 'opencc-js/t2cn';
import stopwordLists from 'stopwords-iso';

/**
 * Chinese text for the index: traditional folded to simplified (opencc-js, loaded on first use), then cut into words
 * by the ICU word segmenter built into Node (Intl.Segmenter), question words dropped. ICU matched jieba on the Chinese
 * development set (67.9% right first for both) without jieba's 59 MB and 300 ms at start-up.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
let simplify: ((text: string) => string) | undefined;

/** Question phrasing that names nothing (the general list lacks a few question words). */
const QUESTION_WORDS = [
  ...['什么', '什么时候', '多少', '哪些', '哪个', '哪里', '几', '多久', '怎么', '如何', '为什么', '是否', '吗', '呢', '啥', '请问', '一下', '知道', '告诉'],
  ...['哪一年', '哪年', '哪一天', '哪天', '几年', '几个', '哪几个', '哪两个', '什么样', '有没有', '是不是', '对不对', '多大', '多长', '多远', '分别'],
  ...['一共', '总共', '大概', '大约', '左右', '到底', '现在', '目前', '啊', '呀', '吧', '欸', '哦', '嘛', '为啥', '咋', '啥时候'],
];
const STOPWORDS = new Set([...(stopwordLists.zh ?? []), ...QUESTION_WORDS]);

export function toSimplified(text: string): string {
  const convert = (simplify ??= Converter({ from: 't', to: 'cn' }));
  return convert(text);
}

/** Words of a run of Han characters (already simplified), without question words. */
export function chineseWords(run: string): string[] {
  return [...segmenter.segment(run)].filter((s) => s.isWordLike && !STOPWORDS.has(s.segment)).map((s) => s.segment);
}

export function isChineseStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
