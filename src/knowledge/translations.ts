import { missingNumbers, unexplainedNumbers } from './number-forms.js';
import type { Fact, TextLocale } from './schema.js';

type Text = { title: string; summary: string; details?: string | undefined };
const body = (t: Text): string => `${t.summary}\n${t.details ?? ''}`;

/**
 * Where a translation's numbers disagree with the English: a title figure must be in the title (a right one in the
 * summary does not excuse it), summary and details are taken together (a clause may move between them), and no
 * Arabic number may appear that the English does not give.
 */
export function numberMismatches(english: Text, text: Text): string[] {
  return [
    ...missingNumbers(english.title, text.title).map((p) => `title lacks "${p}"`),
    ...missingNumbers(body(english), body(text)).map((p) => `text lacks "${p}"`),
    ...unexplainedNumbers(`${english.title}\n${body(english)}`, `${text.title}\n${body(text)}`).map(
      (n) => `${n} is not in the English`,
    ),
  ];
}

/** The fact as the English edit form holds it: translations are kept beside it, not typed into it. */
export function withoutTranslations(fact: Fact): Fact {
  const { i18n: _translations, ...english } = fact;
  return english;
}

/**
 * After an English edit, keeps the translations when the English title, summary and details are unchanged (a new
 * alias or source does not touch them). When the English text changed, the translation would still say what the
 * old text said, and corrections are exactly such edits, so it is set aside: members see the English with a note
 * until it is translated again, and the old text stays in the fact's history.
 */
export function carryTranslations(before: Fact, edited: Fact): { fact: Fact; setAside: TextLocale[] } {
  const fact = withoutTranslations(edited);
  const locales = Object.keys(before.i18n ?? {}) as TextLocale[];
  if (!locales.length) return { fact, setAside: [] };
  const same = before.title === edited.title && before.summary === edited.summary && before.details === edited.details;
  return same ? { fact: { ...fact, i18n: before.i18n }, setAside: [] } : { fact, setAside: locales };
}
