import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../src/i18n/pick-language.js';

const AVAILABLE = ['en', 'zh-CN'];

describe('pickLanguage', () => {
  it('answers a question written in Chinese in Chinese, whatever the locales say', () => {
    expect(
      pickLanguage({ question: '中老铁路什么时候开通', userLocale: 'en-US', guildLocale: 'en-US' }, AVAILABLE),
    ).toBe('zh-CN');
    expect(pickLanguage({ question: 'RCEP是什么时候生效的', userLocale: 'en-GB' }, AVAILABLE)).toBe('zh-CN');
    expect(pickLanguage({ question: '中老鐵路', userLocale: 'fr' }, AVAILABLE)).toBe('zh-CN');
  });

  it('uses a zh-CN or zh-TW member locale (zh-TW in simplified) for a question in Latin letters', () => {
    expect(
      pickLanguage({ question: 'when did RCEP start', userLocale: 'zh-CN', guildLocale: 'en-US' }, AVAILABLE),
    ).toBe('zh-CN');
    expect(pickLanguage({ question: 'RCEP', userLocale: 'zh-TW' }, AVAILABLE)).toBe('zh-CN');
  });

  it("falls back to the server's setting, then the server's locale, then English", () => {
    expect(
      pickLanguage({ question: 'RCEP', userLocale: 'en-US', guildSetting: 'zh-CN', guildLocale: 'en-US' }, AVAILABLE),
    ).toBe('zh-CN');
    expect(pickLanguage({ question: 'RCEP', userLocale: 'en-US', guildLocale: 'zh-CN' }, AVAILABLE)).toBe('zh-CN');
    expect(pickLanguage({ question: 'RCEP', userLocale: 'de', guildLocale: 'ja' }, AVAILABLE)).toBe('en');
    expect(pickLanguage({}, AVAILABLE)).toBe('en');
  });

  it('lets an explicit English server setting win over a Chinese server locale', () => {
    expect(pickLanguage({ userLocale: 'en-US', guildSetting: 'en', guildLocale: 'zh-CN' }, AVAILABLE)).toBe('en');
  });

  it('never picks Chinese when the bot has no Chinese catalogue', () => {
    expect(pickLanguage({ question: '中老铁路', userLocale: 'zh-CN' }, ['en'])).toBe('en');
  });

  it('picks any added language by its locale or base language', () => {
    expect(pickLanguage({ userLocale: 'fr' }, [...AVAILABLE, 'fr'])).toBe('fr');
    expect(pickLanguage({ userLocale: 'es-ES' }, [...AVAILABLE, 'es-ES'])).toBe('es-ES');
  });
});
