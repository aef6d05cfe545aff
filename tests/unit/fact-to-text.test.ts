import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { factToText } from '../../src/render/format.js';

// The offline `npm run ask` prints facts with factToText: in the reader's language, as the bot's embeds are.
const facts = loadSeedFacts();
const railway = facts.find((f) => f.id === 'china-laos-railway-opens')!;

describe('factToText', () => {
  it('prints the English text, kind, date and source line by default', () => {
    const text = factToText(railway);
    expect(text.split('\n')[0]).toBe(`${railway.title}  [Milestone]`);
    expect(text).toContain(railway.summary);
    expect(text).toMatch(/^Date: 3 December 2021$/m);
    expect(text).toMatch(/^Source: Xinhua, 3 December 2021/m);
  });

  it('prints the Chinese text with Chinese labels, dates and punctuation for zh-CN', () => {
    const zh = railway.i18n!['zh-CN']!;
    const text = factToText(railway, 'zh-CN');
    expect(text.split('\n')[0]).toBe(`${zh.title}  [里程碑]`);
    expect(text).toContain(zh.summary);
    expect(text).toMatch(/^日期：2021年12月3日$/m);
    expect(text).toMatch(/^来源：Xinhua，2021年12月3日/m);
    expect(text).not.toContain(railway.summary);
  });

  it('falls back to the English text with a one-line Chinese note when a fact has no Chinese', () => {
    const { i18n: _dropped, ...untranslated } = railway;
    const text = factToText(untranslated, 'zh-CN');
    expect(text).toContain('这条资料暂无中文版本');
    expect(text).toContain(railway.summary);
    expect(text).toMatch(/^日期：2021年12月3日$/m);
  });
});
