import type { Fact } from '../schema.js';
import { datePrecision } from '../schema.js';
import { askingClause } from './asking.js';
import { textOf } from './chinese-fact-text.js';

/**
 * "What date", "on which day", 哪天, 几月几号: the question asks for a day of the calendar, which a fact dated only to a
 * month or a year ("by March 2024", 2024年3月) cannot give; a fact that names the event but not its day is a near miss.
 * ("When" is left alone: a month or a year answers it.)
 */
const ASKS_DAY_EN =
  /\b(?:what|which)\s+(?:exact\s+|specific\s+|precise\s+|calendar\s+)?(?:day|date)\b|\bexact\s+(?:day|date)\b/i;
// 几号线 is a line's number, not a day.
const ASKS_DAY_ZH = /哪一?天|哪一日|几月几[日号]|几号(?!线)|具体(?:日期|日子)|什么日子|哪个日子/;

export function asksDay(question: string): boolean {
  return ASKS_DAY_ZH.test(question) || ASKS_DAY_EN.test(askingClause(question));
}

const MONTH = [
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?',
  'sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
].join('|');
const DAY_EN = new RegExp(
  String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH})\b|\b(?:${MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d)`,
  'i',
);
const DAY_ZH = /\d{1,2}\s*月\s*\d{1,2}\s*[日号]/;

/** Whether the fact states a day: a date field to the day, or a day of a month in its text (either language). */
export function statesDay(fact: Fact): boolean {
  const dates = [
    'date' in fact ? fact.date : undefined,
    'signed' in fact ? fact.signed : undefined,
    'inForce' in fact ? fact.inForce : undefined,
  ];
  if (dates.some((d) => d !== undefined && datePrecision(d) === 'day')) return true;
  const { zh, en } = textOf(fact);
  return DAY_EN.test(en) || DAY_ZH.test(zh);
}
