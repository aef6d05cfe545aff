import { DEFAULT_LANG, type Lang } from './catalogue.js';

/** Han characters: a question containing any is read as Chinese, even when it also names RCEP in Latin letters. */
const HAN = /\p{Script=Han}/u;

export interface LanguageClues {
  /** What the member typed, when the reply answers a question. */
  question?: string | null | undefined;
  /** `interaction.locale`: the member's Discord language. */
  userLocale?: string | null | undefined;
  /** The server's own setting (from /reminders setup language:), which outranks its Discord locale. */
  guildSetting?: string | null | undefined;
  /** `interaction.guildLocale`: the server's Discord language. */
  guildLocale?: string | null | undefined;
}

/**
 * The language to answer in: a Chinese question gets Chinese; else the member's locale when the bot speaks it;
 * else the server's language; else English. zh-TW is shown in simplified characters until it has its own text.
 */
export function pickLanguage(clues: LanguageClues, available: readonly Lang[]): Lang {
  if (clues.question && HAN.test(clues.question) && available.includes('zh-CN')) return 'zh-CN';
  // An English Discord is the default, not a choice: it does not outrank a Chinese server.
  const user = supported(clues.userLocale, available);
  if (user && user !== DEFAULT_LANG) return user;
  return supported(clues.guildSetting, available) ?? supported(clues.guildLocale, available) ?? DEFAULT_LANG;
}

/** The catalogue language for a Discord locale: itself, or its simplified/base form (zh-TW → zh-CN), or none. */
export function supported(locale: string | null | undefined, available: readonly Lang[]): Lang | undefined {
  if (!locale) return undefined;
  if (available.includes(locale)) return locale;
  if (/^zh\b/i.test(locale) && available.includes('zh-CN')) return 'zh-CN';
  const base = locale.split('-')[0]!;
  return available.find((l) => l === base || l.split('-')[0] === base);
}

/** Whether a language takes the Chinese number and date forms. */
export const isChinese = (lang: Lang): boolean => /^zh\b/i.test(lang);
