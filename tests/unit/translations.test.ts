import { describe, expect, it } from 'vitest';
import { fitsForm, readForm } from '../../src/knowledge/fact-form.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { carryTranslations, numberMismatches, withoutTranslations } from '../../src/knowledge/translations.js';

const railway: Fact = {
  kind: 'figure',
  id: 'railway-length',
  title: 'Railway length: 1,035 km',
  summary: 'The line is 1,035 km long, from Kunming to Vientiane.',
  value: 1035,
  unit: 'km',
  period: 'Full line',
  asOf: '2021-12',
  tags: [],
  aliases: [],
  questions: [],
  related: [],
  sources: [{ publisher: 'Xinhua', title: 'A report', date: '2021-12-03' }],
  i18n: {
    'zh-CN': {
      title: '铁路全长1035公里',
      summary: '铁路全长1035公里，从昆明到万象。',
      aliases: ['中老铁路'],
      questions: [],
    },
  },
};
const zh = railway.i18n!['zh-CN']!;

describe('numberMismatches', () => {
  it('passes a faithful translation', () => {
    expect(numberMismatches(railway, zh)).toEqual([]);
  });

  it('holds a title figure to the title, and finds a number the English never gave', () => {
    expect(numberMismatches(railway, { ...zh, title: '铁路全长1053公里' })).toEqual([
      'title lacks "1,035"',
      '1053 is not in the English',
    ]);
    expect(numberMismatches(railway, { ...zh, summary: '铁路全长1035公里，2022年从昆明到万象。' })).toEqual([
      '2022 is not in the English',
    ]);
  });
});

describe('carryTranslations: an English edit and the text beside it', () => {
  it('keeps the translation when only aliases or sources change', () => {
    const edited = { ...withoutTranslations(railway), aliases: ['Kunming-Vientiane'] };
    expect(carryTranslations(railway, edited)).toEqual({ fact: { ...edited, i18n: railway.i18n }, setAside: [] });
  });

  it('sets the translation aside when the English text changes, so no old wording is shown', () => {
    const edited = {
      ...withoutTranslations(railway),
      summary: 'The electrified line is 1,035 km long, from Kunming to Vientiane.',
    };
    const { fact, setAside } = carryTranslations(railway, edited);
    expect(setAside).toEqual(['zh-CN']);
    expect(fact.i18n).toBeUndefined();
  });

  it('has nothing to carry for a fact without translations', () => {
    const plain = withoutTranslations(railway);
    expect(carryTranslations(plain, plain)).toEqual({ fact: plain, setAside: [] });
  });
});

describe('the edit form with translations shipped', () => {
  it('opens every shipped fact (the form holds the English) and reads it back without the translation', () => {
    for (const fact of loadSeedFacts()) {
      const fits = fitsForm(fact);
      expect(fits.ok, fact.id).toBe(true);
      if (fits.ok) expect(readForm(fact.kind, fits.values, { id: fact.id }).fact).toEqual(withoutTranslations(fact));
    }
  });
});
