import i18next, { type i18n } from 'i18next';
import en from './locales/en.json' with { type: 'json' };
import zhCN from './locales/zh-CN.json' with { type: 'json' };
import zhCNCommands from './locales/zh-CN.commands.json' with { type: 'json' };
import type { CommandTexts } from './localize-commands.js';

/** A language the bot can answer in: `en`, `zh-CN`, or any locale added with `addLocale`. */
export type Lang = string;
export const DEFAULT_LANG: Lang = 'en';

/** The English catalogue is the shape every locale follows; a key missing elsewhere falls back to it. */
export type Messages = typeof en;

const instance: i18n = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: DEFAULT_LANG,
  fallbackLng: DEFAULT_LANG,
  initAsync: false,
  // Text goes to Discord, not HTML; markdown escaping is done by the renderers.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The message under `key` in `lang`, with {{placeholders}} filled in. */
export function t(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  return instance.t(key, { lng: lang, ...vars });
}

/** Languages with a catalogue, English first. */
export function languages(): Lang[] {
  return Object.keys(instance.store.data);
}

/** A new language is data: its messages, in the English catalogue's shape. */
export function addLocale(lang: Lang, messages: unknown): void {
  instance.addResourceBundle(lang, 'translation', messages, true, true);
}

/** Every key path of a catalogue, for completeness checks. */
export function keysOf(messages: unknown, prefix = ''): string[] {
  if (typeof messages !== 'object' || messages === null) return [prefix];
  return Object.entries(messages).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

export const catalogues: Record<string, unknown> = { en, 'zh-CN': zhCN };

/** Command, option and choice names and descriptions per locale, registered as Discord localizations. */
const commandTables: Record<string, CommandTexts> = { 'zh-CN': zhCNCommands };
export const commandTexts = (): Readonly<Record<string, CommandTexts>> => commandTables;

/** A new language's command names are data too. */
export function addCommandTexts(lang: Lang, texts: CommandTexts): void {
  commandTables[lang] = texts;
}
