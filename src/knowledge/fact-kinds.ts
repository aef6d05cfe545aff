/**
 * Everything that differs by fact kind, in one table: adding a kind is a row here plus its schema, and the compiler
 * points at every switch that must learn it (each ends in assertNever). Pure: no discord.js.
 */
import type { FormFieldSpec } from './fact-form.js';
import { FACT_KINDS, type FactKind } from './schema.js';

export interface FactKindInfo {
  /** The choice under `/facts add kind:`. */
  choice: string;
  /** Plain label (terminal answers, sandbox). */
  label: string;
  /** Embed colour. */
  color: number;
  /** The form's kind-specific box (null: the form has four boxes) and what an empty add form starts it with. */
  specifics: { box: Omit<FormFieldSpec, 'id' | 'required'>; blank: string } | null;
}

const MAX_SPECIFICS = 4000;

export const FACT_KIND_TABLE = {
  milestone: {
    choice: 'milestone (a dated event)',
    label: 'Milestone',
    color: 0x2e86de,
    specifics: {
      box: {
        label: 'Date',
        description: 'YYYY, YYYY-MM or YYYY-MM-DD. Only a full date gets anniversary posts.',
        style: 'short',
        maxLength: 100,
        placeholder: '2021-12-03',
      },
      blank: '',
    },
  },
  figure: {
    choice: 'figure (a number)',
    label: 'Figure',
    color: 0x27ae60,
    specifics: {
      box: {
        label: 'Figure: value, unit, period, as of',
        description: 'One "name: value" per line: value, unit, currency (optional), period, as of, series (optional)',
        style: 'paragraph',
        maxLength: MAX_SPECIFICS,
      },
      blank: 'value: \nunit: \ncurrency: \nperiod: \nas of: ',
    },
  },
  agreement: {
    choice: 'agreement',
    label: 'Agreement',
    color: 0xc0392b,
    specifics: {
      box: {
        label: 'Agreement: date, status, parties',
        description: 'One "name: value" per line: date, signed, in force (dates), status, parties (a, b, c)',
        style: 'paragraph',
        maxLength: MAX_SPECIFICS,
      },
      blank: 'date: \nsigned: \nin force: \nstatus: \nparties: ',
    },
  },
  // A topic has no date or figure: its form has no specifics box.
  topic: { choice: 'topic (background, no date)', label: 'Background', color: 0x8e44ad, specifics: null },
} as const satisfies Record<FactKind, FactKindInfo>;

export function kindInfo(kind: FactKind): FactKindInfo {
  return FACT_KIND_TABLE[kind];
}

export function isFactKind(text: string): text is FactKind {
  return (FACT_KINDS as readonly string[]).includes(text);
}

/** "milestone, figure, agreement or topic". */
export function kindList(): string {
  return `${FACT_KINDS.slice(0, -1).join(', ')} or ${FACT_KINDS.at(-1)}`;
}

/** The default branch of every switch over kinds: a kind added to the schema but not handled fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`unhandled fact kind: ${JSON.stringify(value)}`);
}
