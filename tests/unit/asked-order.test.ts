import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { orderedEvents } from '../../src/knowledge/search/asked-order.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('the order of two events: when each happened', () => {
  it('reads the two events of "before or after", "which came first" and "how long between"', () => {
    expect(orderedEvents('Did the harbour line open before or after the bridge pact took effect?')).toEqual([
      'when did the harbour line open',
      'when did the bridge pact took effect',
    ]);
    expect(orderedEvents('which came first, the harbour line or the bridge pact?')).toEqual([
      'when did harbour line',
      'when did bridge pact',
    ]);
    expect(
      orderedEvents('How many months passed between the harbour line opening and the bridge pact signing?'),
    ).toEqual(['when did harbour line opening', 'when did bridge pact signing']);
  });
  it('asks no order when one side is a year, not an event', () => {
    expect(orderedEvents('Did the harbour line open before 2020?')).toBeUndefined();
    expect(orderedEvents('was the bridge pact signed after or before 2019?')).toBeUndefined();
    expect(orderedEvents('how long is the harbour line')).toBeUndefined();
  });
  it('answers with both events side by side', () => {
    const both = ids('Which happened first, the China-Laos Railway opening or RCEP taking effect?');
    expect(both).toEqual(expect.arrayContaining(['china-laos-railway-opens', 'rcep-in-force']));
    expect(both).toHaveLength(2);
    expect(ids('how much time went by between RCEP taking effect and the railway to Laos opening?')).toEqual(
      expect.arrayContaining(['china-laos-railway-opens', 'rcep-in-force']),
    );
  });
});

describe('a stage reached in part or outright', () => {
  it('answers "finished" with the talks concluded outright, not substantially', () => {
    expect(ids('when did China and ASEAN say the 3.0 talks were done?')[0]).toBe('acfta-3-0-concluded');
  });
  it('keeps the part fact when the question says so or names what only it covers', () => {
    expect(ids('when were the FTA 3.0 talks substantially concluded?')[0]).toBe('acfta-3-0-substantially-concluded');
    expect(ids('when did leaders at the summit announce that negotiations on the 3.0 upgrade were finished?')[0]).toBe(
      'acfta-3-0-substantially-concluded',
    );
  });
});
