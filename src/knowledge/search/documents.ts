import type { Fact } from '../schema.js';
import { monthName, tokensOf } from './normalize.js';
import { chineseOwners } from './chinese-owners.js';
import { possessors } from './possessors.js';
import { AUTHOR_WORDS, namesAuthor, namesOutlet, OUTLET_WORDS } from './source-author.js';

export const FIELDS = ['title', 'aliases', 'questions', 'tags', 'when', 'summary', 'details'] as const;
export type Field = (typeof FIELDS)[number];

/** How much a match in each field says about the fact; names beat descriptions. */
export const FIELD_WEIGHTS: Record<Field, number> = {
  title: 3,
  aliases: 2.6,
  questions: 1.6,
  tags: 1.4,
  when: 1.2,
  summary: 1,
  details: 0.6,
};

export interface IndexedDoc {
  fact: Fact;
  fields: Record<Field, string[]>;
  counts: Record<Field, Map<string, number>>;
  /** Adjacent token pairs of title and aliases, for the phrase bonus. */
  namePairs: Set<string>;
  /** Adjacent token pairs of the example questions. */
  questionPairs: Set<string>;
  /** Title and each alias as token lists, to reward a question that names the fact exactly or nearly. */
  names: string[][];
  /** Every word as written (folded) with its index token: typos and prefixes are matched against written words. */
  words: Map<string, string>;
  /** Owners its names put in the possessive ("ASEAN's largest trading partner", 东盟最大贸易伙伴). */
  possessors: Set<string>;
}

function dateWords(date: string | undefined): string[] {
  if (!date) return [];
  const [y, m] = date.split('-');
  const words = [y!];
  if (m) words.push(monthName(Number(m)));
  return words;
}

function factDates(fact: Fact): string[] {
  if (fact.kind === 'figure') return [fact.asOf];
  if (fact.kind === 'agreement') return [fact.date, fact.signed ?? '', fact.inForce ?? ''].filter(Boolean);
  if (fact.kind === 'topic') return [];
  return [fact.date];
}

function countTokens(tokens: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of tokens) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
}

export function indexDoc(fact: Fact): IndexedDoc {
  const when = factDates(fact).flatMap(dateWords);
  // Every written (non-Chinese) word of the English text, with its index token, gathered while tokenizing it.
  const words = new Map<string, string>();
  const english = (text: string): string[] =>
    tokensOf(text).map(({ raw, token }) => {
      if (!/\p{Script=Han}/u.test(raw)) words.set(raw, token);
      return token;
    });
  // Every locale's text is searchable: a question in Chinese finds the fact through its Chinese names and text.
  const texts = [fact, ...Object.values(fact.i18n ?? {})];
  // Each text is tokenized once here, so around the question cache (see tokenizeQuery).
  const tokens = (text: string) => tokensOf(text).map((t) => t.token);
  const tok = (i: number, text: string) => (i === 0 ? english(text) : tokens(text));
  const titles = texts.map((t, i) => tok(i, t.title));
  const aliases = texts.map((t, i) => t.aliases.map((a) => tok(i, a)));
  const questionLists = texts.flatMap((t, i) => t.questions.map((q) => tok(i, q)));
  const questionPairs = new Set<string>();
  for (const q of questionLists) for (let i = 0; i < q.length - 1; i++) questionPairs.add(`${q[i]} ${q[i + 1]}`);
  const fields: Record<Field, string[]> = {
    title: titles.flat(),
    aliases: aliases.flat(2),
    questions: questionLists.flat(),
    // A fact that names its source's writer or outlet is what "who wrote it" or "which outlet ran it" asks for, in the
    // words that ask it.
    tags: [
      ...fact.tags.flatMap((t) => english(t)),
      ...(namesAuthor(fact) ? english(AUTHOR_WORDS) : []),
      ...(namesOutlet(fact) ? english(OUTLET_WORDS) : []),
    ],
    when: tokens(when.join(' ')),
    summary: texts.flatMap((t, i) => tok(i, t.summary)),
    details: [
      ...texts.flatMap((t, i) => tok(i, t.details ?? '')),
      ...tokens(fact.kind === 'figure' ? `${fact.period} ${fact.unit} ${fact.currency ?? ''}` : ''),
    ],
  };
  const counts = Object.fromEntries(FIELDS.map((f) => [f, countTokens(fields[f])])) as Record<
    Field,
    Map<string, number>
  >;
  const namePairs = new Set<string>();
  const names = texts.flatMap((_, i) => [titles[i]!, ...aliases[i]!]).filter((t) => t.length > 0);
  for (const t of names) for (let i = 0; i < t.length - 1; i++) namePairs.add(`${t[i]} ${t[i + 1]}`);
  const owners = new Set([
    ...[fact.title, ...fact.aliases].flatMap(possessors),
    ...Object.values(fact.i18n ?? {}).flatMap((t) => [t.title, ...t.aliases].flatMap(chineseOwners)),
  ]);
  return { fact, fields, counts, namePairs, questionPairs, names, words, possessors: owners };
}
