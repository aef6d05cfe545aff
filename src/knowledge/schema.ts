import { z } from 'zod';

/** ISO date with explicit precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Only a full date has an anniversary day. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date');

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return y! >= 1900 && y! <= 2200;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const probe = new Date(Date.UTC(y!, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

export type DatePrecision = 'year' | 'month' | 'day';
export function datePrecision(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

export const FactId = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single dashes, e.g. "rcep-in-force"');

const Text = (min: number, max: number) => z.string().trim().min(min).max(max);

/**
 * The most example questions a fact may carry in English, and per translation. The seed base fills 14-60 English
 * and 11-38 Chinese per fact: more phrasings is more paraphrase recall, and besides the examples written from the
 * facts they hold the development sets' one-fact questions (tests/eval/questions.json, dev-en*.json, dev-zh*.json;
 * not the slips, pairs, wrong premises, questions wrapped in the asker's context, whose extra words would become
 * evidence for the fact, or lists that need several facts shown together). The rest of the room is for the
 * unanswered-question loop, which attaches members' real questions one at a time (attach-question.ts).
 */
export const MAX_QUESTIONS = 80;
export const MAX_TRANSLATED_QUESTIONS = 60;

export const Source = z.object({
  publisher: Text(2, 100),
  title: Text(2, 200),
  date: IsoDate,
  url: z.url().max(500).optional(),
  /** The date was inferred (e.g. an undated article placed by its content): shown as "c. December 2024". */
  approximate: z.boolean().optional(),
  /** Published before the event it is cited for, as a plan, target or projection (a treaty's target date, an announcement). */
  plan: z.boolean().optional(),
});
export type Source = z.infer<typeof Source>;

/** A fact's text in another language; anything missing falls back to the English. */
export const FactText = z.object({
  title: Text(1, 100),
  summary: Text(5, 1000),
  details: Text(1, 1000).optional(),
  aliases: z.array(Text(1, 100)).max(20).default([]),
  questions: z.array(Text(2, 200)).max(MAX_TRANSLATED_QUESTIONS).default([]),
});
export type FactText = z.infer<typeof FactText>;

/** Locales the base carries text for besides English (BCP 47, as Discord names them). */
export const TEXT_LOCALES = ['zh-CN'] as const;
export type TextLocale = (typeof TEXT_LOCALES)[number];

// Limits chosen so any single fact renders inside Discord's embed limits (title 256, field 1024, choice name 100).
const common = {
  id: FactId,
  title: Text(3, 100),
  summary: Text(10, 1000),
  details: Text(1, 1000).optional(),
  tags: z.array(Text(1, 40)).max(20).default([]),
  aliases: z.array(Text(1, 100)).max(20).default([]),
  /** Example questions this fact answers, searched as a field of their own (paraphrases no alias would cover). */
  questions: z.array(Text(3, 200)).max(MAX_QUESTIONS).default([]),
  /** Per-locale text beside the English, e.g. { "zh-CN": { title, summary, … } }. */
  i18n: z.partialRecord(z.enum(TEXT_LOCALES), FactText).optional(),
  related: z.array(FactId).max(10).default([]),
  /** Facts describing the same event share this key; they must agree on its date (see fact-consistency.ts). */
  event: FactId.optional(),
  sources: z.array(Source).min(1, 'every fact needs at least one source').max(5),
};

export const Milestone = z.object({
  kind: z.literal('milestone'),
  ...common,
  date: IsoDate,
});

export const Figure = z.object({
  kind: z.literal('figure'),
  ...common,
  value: z.number().finite(),
  unit: Text(1, 40),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'ISO 4217 code such as USD')
    .optional(),
  /** What the number covers, e.g. "January–April 2025" or "2024". */
  period: Text(1, 100),
  asOf: IsoDate,
  /** Figures that share a series id are the same measure over several periods, and are charted together. */
  series: FactId.optional(),
});

export const AgreementStatus = z.enum(['negotiating', 'concluded', 'signed', 'in-force', 'superseded']);

export const Agreement = z.object({
  kind: z.literal('agreement'),
  ...common,
  /** The headline date: when it took effect, or the latest step reached. */
  date: IsoDate,
  signed: IsoDate.optional(),
  inForce: IsoDate.optional(),
  status: AgreementStatus,
  parties: z.array(Text(2, 100)).min(1).max(20),
});

/** Background: a concept or a recurring claim with no date of its own (e.g. "hard connectivity"). */
export const Topic = z.object({
  kind: z.literal('topic'),
  ...common,
});

export const Fact = z.discriminatedUnion('kind', [Milestone, Figure, Agreement, Topic]);
export type Fact = z.infer<typeof Fact>;
export type FactInput = z.input<typeof Fact>;
export type FactKind = Fact['kind'];
export const FACT_KINDS: readonly FactKind[] = ['milestone', 'figure', 'agreement', 'topic'];

/** One readable line per problem, e.g. `sources.0.date: use YYYY, YYYY-MM or YYYY-MM-DD`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
