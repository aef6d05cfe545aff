import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { asksDay, statesDay } from '../../src/knowledge/search/asked-day.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const facts = loadSeedFacts();
const search = new FactSearch(facts);
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('a question asking for a day of the calendar', () => {
  it('reads "what date", "which day" and 哪天 / 几月几号 as asking a day, "when" and "per day" not', () => {
    for (const q of [
      'what date did the deal take effect',
      'On which day was it signed?',
      '协议是几月几号签的',
      '哪一天开通的',
    ])
      expect(asksDay(q)).toBe(true);
    for (const q of ['when did it open', 'how many trains run per day', '每天几趟车', '地铁几号线到火车站'])
      expect(asksDay(q)).toBe(false);
  });

  it('takes a date field to the day, or a day in the text, as stating a day; a month alone not', () => {
    const dated = facts.find(
      (f): f is Extract<Fact, { kind: 'milestone' }> => f.kind === 'milestone' && f.date.length === 10,
    )!;
    expect(statesDay(dated)).toBe(true);
    const monthOnly = {
      ...dated,
      date: dated.date.slice(0, 7),
      title: 'Opened',
      summary: 'It opened in March 2024.',
      aliases: [],
    };
    expect(statesDay({ ...monthOnly, details: undefined, i18n: undefined })).toBe(false);
    expect(statesDay({ ...monthOnly, details: 'Trains began on 3 March 2024.', i18n: undefined })).toBe(true);
  });

  it('refuses the day of a record the base dates only to a month, and keeps days it states', () => {
    expect(ids('On what day did the China-Laos railway set its passenger record?')).toEqual([]);
    expect(ids('中老铁路客流最高纪录是哪一天出现的？')).toEqual([]);
    expect(ids('which day did the china-laos railway start running?')[0]).toBe('china-laos-railway-opens');
    expect(ids('中老铁路是哪天开通的')[0]).toBe('china-laos-railway-opens');
    expect(ids('what is the peak number of daily passengers on the china-laos railway?')[0]).toBe(
      'china-laos-railway-passenger-peak',
    );
  });
});
