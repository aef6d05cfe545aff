import type { Fact, TextLocale } from '../knowledge/schema.js';
import { TEXT_LOCALES } from '../knowledge/schema.js';
import { t, type Lang } from '../i18n/catalogue.js';

export interface LocalText {
  title: string;
  summary: string;
  details?: string | undefined;
  /** A one-line note when the reader's language has no text for this fact and the English is shown instead. */
  note?: string;
}

const hasText = (lang: Lang): lang is TextLocale => (TEXT_LOCALES as readonly string[]).includes(lang);

/** The fact's words in the reader's language, or the English with a note in that language: never blank. */
export function localText(fact: Fact, lang: Lang): LocalText {
  const text = hasText(lang) ? fact.i18n?.[lang] : undefined;
  if (text) return { title: text.title, summary: text.summary, details: text.details };
  const english = { title: fact.title, summary: fact.summary, details: fact.details };
  const note = lang === 'en' ? '' : t(lang, 'fact.untranslated');
  return note ? { ...english, note } : english;
}

/** Just the title, for buttons and list lines. */
export const localTitle = (fact: Fact, lang: Lang): string => localText(fact, lang).title;
