import fc from 'fast-check';
import { ANSWER_IDS } from '../../src/components/answer-ids.js';
import { describe, expect, it } from 'vitest';
import { checkMessageLimits } from '@corridor/local-discord';
import { languages, t } from '../../src/i18n/catalogue.js';
import { pickLanguage } from '../../src/i18n/pick-language.js';
import { zhFigure, zhPeriod } from '../../src/i18n/zh-format.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import type { Fact } from '../../src/knowledge/schema.js';
import { factsMessage } from '../../src/render/answer-embed.js';
import { factMessage } from '../../src/render/fact-embed.js';
import { hostileString } from './hostile-input.js';

// Mixed scripts, full-width punctuation, emoji and lone surrogates through the language choice and Chinese rendering.
const facts = loadSeedFacts();
const RUNS = { numRuns: 600, seed: 20261129 };
// eslint-disable-next-line no-misleading-character-class -- any code unit of the emoji will do: it is noise input
const cjkish = fc.stringMatching(/^[\u4e00-\u9fff\uff01-\uff5e\u3000-\u303fA-Za-z0-9 😀🇨🇳]{0,400}$/);
const anyText = fc.oneof(hostileString(), cjkish);

describe('the language layer under hostile input', () => {
  it('always picks a language the catalogue has', () => {
    fc.assert(
      fc.property(anyText, fc.option(anyText), fc.option(anyText), (question, userLocale, guildLocale) => {
        expect(languages()).toContain(pickLanguage({ question, userLocale, guildLocale }, languages()));
      }),
      RUNS,
    );
  });

  it('renders any fact in Chinese with hostile text in it, within Discord limits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...facts), anyText, anyText, (fact, title, summary) => {
        const text = {
          title: title.slice(0, 100) || '标题',
          summary: (summary || '内容内容内容').slice(0, 1000),
          aliases: [],
          questions: [],
        };
        const hostile = { ...fact, i18n: { 'zh-CN': text } } as Fact;
        const others = facts.filter((f) => f.id !== fact.id);
        expect(
          checkMessageLimits({
            ...factMessage(ANSWER_IDS, hostile, others.slice(0, 3), 'zh-CN'),
            allowed_mentions: { parse: [] },
          }),
        ).toEqual([]);
        expect(
          checkMessageLimits({
            ...factsMessage(ANSWER_IDS, t('zh-CN', 'answer.factsHeading'), [hostile, ...others.slice(0, 9)], 'zh-CN'),
            allowed_mentions: { parse: [] },
          }),
        ).toEqual([]);
      }),
      RUNS,
    );
  });

  it('formats any figure and period without throwing', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), anyText, anyText, (value, unit, period) => {
        expect(typeof zhFigure(value, unit)).toBe('string');
        expect(typeof zhFigure(value, `${unit} (${period})`, period.slice(0, 3))).toBe('string');
        expect(typeof zhPeriod(period)).toBe('string');
      }),
      RUNS,
    );
  });
});
