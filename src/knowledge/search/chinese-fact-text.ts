import type { Fact } from '../schema.js';
import { digitsForNumerals } from './chinese-numbers.js';
import { toSimplified } from './chinese.js';

/** A fact's text as the Chinese checks read it. */
export interface ChineseText {
  /** Title, summary and details of the fact's Chinese text, simplified, numerals as digits. */
  zh: string;
  /** The fact's English text and aliases, lower case. */
  en: string;
}
const cache = new WeakMap<Fact, ChineseText>();

export function textOf(fact: Fact): ChineseText {
  let cached = cache.get(fact);
  if (!cached) {
    const zh = fact.i18n?.['zh-CN'];
    cached = {
      zh: zh
        ? digitsForNumerals(toSimplified(`${zh.title}。${zh.summary}。${zh.details ?? ''}。${zh.aliases.join('。')}`))
        : '',
      en: `${fact.title} ${fact.summary} ${fact.details ?? ''} ${fact.aliases.join(' ')}`.toLowerCase(),
    };
    cache.set(fact, cached);
  }
  return cached;
}
