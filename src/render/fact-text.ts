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

/** Where a summary's first sentence ends, by the reader's language's rules (ICU, built into Node). */
const SENTENCES = new Map<Lang, Intl.Segmenter>();

/** The first sentence of the fact's summary in the reader's language: what a list or pair answer says of each fact. */
export function leadSentence(fact: Fact, lang: Lang): string {
  const { summary } = localText(fact, lang);
  let segmenter = SENTENCES.get(lang);
  if (!segmenter) SENTENCES.set(lang, (segmenter = sentenceSegmenter(lang)));
  const first = segmenter.segment(summary)[Symbol.iterator]().next();
  return first.done ? summary.trim() : first.value.segment.trim();
}

function sentenceSegmenter(lang: Lang): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang, { granularity: 'sentence' });
  } catch {
    // A catalogue locale ICU does not know still has sentences.
    return new Intl.Segmenter('en', { granularity: 'sentence' });
  }
}
