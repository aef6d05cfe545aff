import { askingClause } from './asking.js';
import { chineseAsk } from './chinese-asking.js';
import { canBeVerb } from './tagger-lexicon.js';
import { isChinese } from './chinese-clauses.js';

/**
 * "Who made you", "what model are you running on", 你是谁: a question about the bot itself, which no fact of the base
 * (China–ASEAN cooperation) is about, however many of its words a fact shares. A request ("can you list …", "could
 * you explain …") and the generic "you" ("when could you first take a train", "when you add them together") ask
 * about the base, not the bot, so "you" counts only as the subject of "are" or the object the question asks who or
 * what acted on, and "your" only as what a "what is / who is" asks about.
 */
const ARE_YOU =
  /\b(?:are|were|am)\s+(?:you|u)\b(?!\s+(?:able|willing|sure|aware|familiar|going|allowed|ready|certain)\b)/i;
const ACTED_ON_YOU = /^\s*(?:who|what|which\s+[a-z]+)\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:you|u)\s*$/i;
const WHAT_IS_YOUR = /\b(?:what|who|which)(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:your|ur)\b/i;
/** 你 as the subject of 是 / 叫 / 用, or the object of making (谁开发了你); 你们 addresses a group, 你是否 is a request. */
const ABOUT_YOU_ZH =
  /你(?!们)(?:是(?!否|不是)|叫|用的?是|基于)|(?:开发|制作|创造|创建|训练|设计|编写)了?你(?!们)|你(?!们)的(?:名字|模型|开发者|作者|来历)/;

export function asksAboutBot(question: string): boolean {
  if (isChinese(question)) return ABOUT_YOU_ZH.test(chineseAsk(question).ask);
  const asking = askingClause(question).replace(/[?!.\s]+$/, '');
  const acted = ACTED_ON_YOU.exec(asking)?.[1];
  return ARE_YOU.test(asking) || WHAT_IS_YOUR.test(asking) || (acted !== undefined && canBeVerb(acted.toLowerCase()));
}
