import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { Converter } from 'opencc-js/t2cn';
import stopwordLists from 'stopwords-iso';

/**
 * Chinese text for the index: traditional folded to simplified (opencc-js), then cut into words (jieba, search mode,
 * so a long name also yields its parts: 西哈努克港经济特区 → 西哈努克, 经济, 特区, 经济特区 …), question words dropped.
 * Both are loaded on first use: an English-only base and English questions never pay for them.
 */
let jieba: Jieba | undefined;
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
  jieba ??= Jieba.withDict(dict);
  return jieba.cutForSearch(run, false).filter((w) => w.trim() && !STOPWORDS.has(w));
}

export function isChineseStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
