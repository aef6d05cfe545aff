import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/knowledge/schema.js';
import { factEmbed } from '../../src/render/fact-embed.js';
import { formatDate, keyFacts, sourceLine } from '../../src/render/format.js';
import { clip, embedLength, LIMITS } from '../../src/render/limits.js';
import { zhAnniversary, zhCount, zhDate, zhFigure, zhPeriod } from '../../src/i18n/zh-format.js';

describe('Chinese formats', () => {
  it('writes dates as 年月日 at the precision given', () => {
    expect(zhDate('2021-12-03')).toBe('2021年12月3日');
    expect(zhDate('2024-12')).toBe('2024年12月');
    expect(zhDate('2010')).toBe('2010年');
    expect(formatDate('2021-12-03', 'zh-CN')).toBe('2021年12月3日');
    expect(formatDate('2021-12-03', 'en')).toBe('3 December 2021');
  });

  it('writes ordinals of anniversaries as 周年', () => {
    expect(zhAnniversary(15)).toBe('15周年');
  });

  it('counts in 万 and 亿', () => {
    expect(zhCount(13000)).toBe('1.3万');
    expect(zhCount(329_620_000_000)).toBe('3296.2亿');
    expect(zhCount(2.38e12)).toBe('2.38万亿');
    expect(zhCount(980)).toBe('980');
  });

  it('writes figures with Chinese units and qualifiers', () => {
    expect(zhFigure(329.62, 'billion US dollars', 'USD')).toBe('3296.2亿美元');
    expect(zhFigure(684.6, 'billion', 'USD')).toBe('6846亿美元');
    expect(zhFigure(2.38, 'trillion yuan', 'CNY')).toBe('2.38万亿元');
    expect(zhFigure(17, "percent of China's trade (nearly)")).toBe('占中国外贸总值的近17%');
    expect(zhFigure(17, 'percent (about)')).toBe('约17%');
    expect(zhFigure(20, 'percent of world economy (more than)')).toBe('占世界经济总量的20%以上');
    expect(zhFigure(13000, 'vehicles per day (average)')).toBe('日均1.3万辆');
    expect(zhFigure(10, 'million vehicles (more than)')).toBe('超过1000万辆');
    expect(zhFigure(100000, 'passengers per day (peak)')).toBe('单日最高10万人次');
    // An unknown unit keeps its words, with the number still in Chinese form.
    expect(zhFigure(25000, 'containers')).toBe('2.5万 containers');
  });

  it('writes periods the Chinese way', () => {
    expect(zhPeriod('January-April 2025')).toBe('2025年1—4月');
    expect(zhPeriod('Calendar year 2024')).toBe('2024年全年');
    expect(zhPeriod('1991 to 2024')).toBe('1991—2024年');
    expect(zhPeriod('2024')).toBe('2024年');
  });
});

const untranslated: Fact = {
  kind: 'milestone',
  id: 'made-up-port-opens',
  title: 'A made-up port opens',
  summary: 'A port that exists only in this test opened to shipping on 3 December 2021.',
  date: '2021-12-03',
  tags: [],
  aliases: [],
  questions: [],
  related: [],
  sources: [{ publisher: 'Xinhua', title: 'Port opens', date: '2021-12-03', approximate: false }],
};

describe('a fact rendered in Chinese', () => {
  it('falls back to the English with a one-line Chinese note, never blank, labels still in Chinese', () => {
    const embed = factEmbed(untranslated, 'zh-CN');
    expect(embed.title).toBe('A made-up port opens');
    expect(embed.description!.split('\n')[0]).toBe('*这条资料暂无中文版本，以下为英文原文。*');
    expect(embed.description).toContain(untranslated.summary);
    expect(embed.fields).toContainEqual(expect.objectContaining({ name: '日期', value: '2021年12月3日' }));
    expect(embed.footer!.text).toBe('里程碑 · made-up-port-opens · 截至2021年12月3日');
    expect(factEmbed(untranslated, 'en').description).toBe(untranslated.summary);
  });

  it('uses the Chinese text when there is one', () => {
    const withText = {
      ...untranslated,
      i18n: {
        'zh-CN': {
          title: '虚构港口开港',
          summary: '这个只存在于测试中的港口于2021年12月3日开港。',
          aliases: [],
          questions: [],
        },
      },
    } as Fact;
    const embed = factEmbed(withText, 'zh-CN');
    expect(embed.title).toBe('虚构港口开港');
    expect(embed.description).toBe('这个只存在于测试中的港口于2021年12月3日开港。');
    expect(sourceLine(withText, 'zh-CN')).toBe('来源：Xinhua，2021年12月3日 · 截至2021年12月3日');
    expect(keyFacts(withText, 'zh-CN')).toEqual([['日期', '2021年12月3日']]);
  });

  it('stays within the embed limits with long CJK text, clipped without splitting a character', () => {
    const long = '中老铁路𠀀'.repeat(400);
    const huge = {
      ...untranslated,
      i18n: {
        'zh-CN': {
          title: long.slice(0, 100),
          summary: long.slice(0, 1000),
          details: long.slice(0, 1000),
          aliases: [],
          questions: [],
        },
      },
    } as Fact;
    const embed = factEmbed(huge, 'zh-CN');
    expect(embed.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    const cut = clip(long, 12);
    expect(cut.length).toBeLessThanOrEqual(12);
    expect(cut).not.toMatch(/[\ud800-\udbff]…?$/);
    expect(cut.endsWith('…')).toBe(true);
  });
});
