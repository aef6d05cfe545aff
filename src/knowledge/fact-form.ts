/**
 * The moderators' fact form: five text boxes (Discord modals hold at most five) <-> a Fact.
 * Pure text handling, no discord.js: `factToForm` pre-fills an edit, `readForm` turns what was typed back into a
 * Fact and lists every problem at once, named after the box and line the moderator sees.
 *
 *   title      Title (a new fact's id is made from it)
 *   text       Summary, then optionally a line "---" and the details
 *   specifics  milestone: the date · figure: "name: value" lines (value, unit, currency, period, as of)
 *              · agreement: "name: value" lines (date, signed, in force, status, parties) · topic: none (4 boxes)
 *   sources    one source per line: publisher | title | [c. ]YYYY-MM[-DD][ (plan)] | url (url optional)
 *   more       "name: value" lines: tags, aliases, questions (split by " | "), related, event (and, for a new fact, id)
 */
import type { z } from 'zod';
import { Fact, type FactKind } from './schema.js';
import { withoutTranslations } from './translations.js';
import { assertNever, kindInfo } from './fact-kinds.js';

export const FORM_FIELD_IDS = ['title', 'text', 'specifics', 'sources', 'more'] as const;
export type FormFieldId = (typeof FORM_FIELD_IDS)[number];
export type FormValues = Record<FormFieldId, string>;

export interface FormFieldSpec {
  id: FormFieldId;
  /** ≤45 characters (Discord label limit). */
  label: string;
  /** ≤100 characters (Discord label description limit). */
  description: string;
  style: 'short' | 'paragraph';
  required: boolean;
  maxLength: number;
  /** ≤100 characters; only shown while the box is empty. */
  placeholder?: string;
}

export const DETAILS_SEPARATOR = '---';
export const MAX_INPUT = 4000;
const MAX_ID = 64;

export const AGREEMENT_STATUSES = ['negotiating', 'concluded', 'signed', 'in-force', 'superseded'] as const;

function specificsBox(kind: FactKind): FormFieldSpec[] {
  const specifics = kindInfo(kind).specifics;
  return specifics ? [{ id: 'specifics', required: true, ...specifics.box }] : [];
}

/** The five boxes for a kind; `adding` mentions the optional id line. */
export function formFields(kind: FactKind, adding: boolean): FormFieldSpec[] {
  return [
    {
      id: 'title',
      label: 'Title',
      description: adding
        ? 'What it is, 3–100 characters. The new fact’s id is made from it.'
        : 'What it is, 3–100 characters.',
      style: 'short',
      required: true,
      maxLength: 100,
      placeholder: 'China-Laos Railway opens',
    },
    {
      id: 'text',
      label: 'Summary (then --- and details)',
      description: 'What the bot answers, 10–1000 characters. Optional: a line with only --- then details.',
      style: 'paragraph',
      required: true,
      maxLength: MAX_INPUT,
      placeholder: 'The 1,035 km China-Laos Railway opened on 3 December 2021, linking Kunming and Vientiane.',
    },
    ...specificsBox(kind),
    {
      id: 'sources',
      label: 'Sources, one per line (1 to 5)',
      description: 'publisher | title | YYYY-MM-DD or YYYY-MM (c. YYYY-MM if inferred) | url (optional)',
      style: 'paragraph',
      required: true,
      maxLength: MAX_INPUT,
      placeholder: 'Xinhua | China-Laos Railway opens to traffic | 2021-12-03 | https://…',
    },
    {
      id: 'more',
      label: 'Tags, aliases, questions, related ids',
      description: adding
        ? 'Lines "tags: a, b", "aliases: …", "questions: q1 | q2", "related: …"; "id: my-id". Optional.'
        : 'Lines "tags: a, b", "aliases: …", "questions: q1 | q2", "related: fact-id, …". Optional.',
      style: 'paragraph',
      required: false,
      maxLength: MAX_INPUT,
    },
  ];
}

/** What an empty "add" form starts with: the line names to fill in. */
export function blankForm(kind: FactKind): FormValues {
  return {
    title: '',
    text: '',
    specifics: kindInfo(kind).specifics?.blank ?? '',
    sources: '',
    more: 'tags: \naliases: \nquestions: \nrelated: ',
  };
}

// ---------------------------------------------------------------------------------------------------------
// Lists: "a, b, c" — or "a; b; c" when an item itself holds a comma
// ---------------------------------------------------------------------------------------------------------

export function splitList(text: string): string[] {
  const separator = text.includes(';') ? ';' : ',';
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function joinList(items: readonly string[]): string {
  return items.join(items.some((i) => i.includes(',')) ? '; ' : ', ');
}

/** Questions end in "?" or not; they are kept apart by " | ", which no question needs. */
export function joinQuestions(items: readonly string[]): string {
  return items.join(' | ');
}

export function splitQuestions(text: string): string[] {
  return text
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------------------
// Fact -> form
// ---------------------------------------------------------------------------------------------------------

/** The date cell of a source line: "c. 2024-12" when the date was inferred, "(plan)" when the source predates its event. */
export function sourceDateCell(s: Pick<Fact['sources'][number], 'date' | 'approximate' | 'plan'>): string {
  return `${s.approximate ? 'c. ' : ''}${s.date}${s.plan ? ' (plan)' : ''}`;
}

export function sourceToLine(s: Fact['sources'][number]): string {
  return [s.publisher, s.title, sourceDateCell(s), ...(s.url ? [s.url] : [])].join(' | ');
}

const APPROXIMATE = /^(?:c\.|ca\.|circa|about)\s*/i;
const PLAN = /\s*\((?:plan|projection)\)$/i;

/** Reads a date cell back: "c. 2024-12 (plan)" -> date, approximate, plan. */
function readDateCell(cell: string): { date: string; approximate?: true; plan?: true } {
  let date = cell.trim();
  const approximate = APPROXIMATE.test(date);
  date = date.replace(APPROXIMATE, '');
  const plan = PLAN.test(date);
  date = date.replace(PLAN, '').trim();
  return { date, ...(approximate ? { approximate: true as const } : {}), ...(plan ? { plan: true as const } : {}) };
}

export function factToForm(fact: Fact): FormValues {
  let specifics: string;
  switch (fact.kind) {
    case 'milestone':
      specifics = fact.date;
      break;
    case 'figure':
      specifics = [
        `value: ${fact.value}`,
        `unit: ${fact.unit}`,
        ...(fact.currency ? [`currency: ${fact.currency}`] : []),
        `period: ${fact.period}`,
        `as of: ${fact.asOf}`,
        ...(fact.series ? [`series: ${fact.series}`] : []),
      ].join('\n');
      break;
    case 'topic':
      specifics = '';
      break;
    case 'agreement':
      specifics = [
        `date: ${fact.date}`,
        ...(fact.signed ? [`signed: ${fact.signed}`] : []),
        ...(fact.inForce ? [`in force: ${fact.inForce}`] : []),
        `status: ${fact.status}`,
        `parties: ${joinList(fact.parties)}`,
      ].join('\n');
      break;
    default:
      assertNever(fact);
  }
  return {
    title: fact.title,
    text: fact.details ? `${fact.summary}\n${DETAILS_SEPARATOR}\n${fact.details}` : fact.summary,
    specifics,
    sources: fact.sources.map(sourceToLine).join('\n'),
    more: [
      `tags: ${joinList(fact.tags)}`,
      `aliases: ${joinList(fact.aliases)}`,
      ...(fact.questions.length ? [`questions: ${joinQuestions(fact.questions)}`] : []),
      `related: ${joinList(fact.related)}`,
      ...(fact.event ? [`event: ${fact.event}`] : []),
    ].join('\n'),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Form -> fact
// ---------------------------------------------------------------------------------------------------------

/** "China–ASEAN Free Trade Area (2010)" -> "china-asean-free-trade-area-2010", at most 64 characters. */
export function slugify(title: string): string {
  let slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_ID) {
    slug = slug.slice(0, MAX_ID);
    const cut = slug.lastIndexOf('-');
    if (cut >= 20) slug = slug.slice(0, cut);
    slug = slug.replace(/-+$/, '');
  }
  return slug;
}

interface Problem {
  field: FormFieldId;
  text: string;
}

const keyOf = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

interface KeySpec {
  /** normalised key -> the name shown to moderators */
  names: Record<string, string>;
  /** other spellings -> normalised key */
  aliases?: Record<string, string>;
}

const FIGURE_KEYS: KeySpec = {
  names: { value: 'value', unit: 'unit', currency: 'currency', period: 'period', asof: 'as of', series: 'series' },
  aliases: { date: 'asof' },
};
const AGREEMENT_KEYS: KeySpec = {
  names: { date: 'date', signed: 'signed', inforce: 'in force', status: 'status', parties: 'parties' },
  aliases: { party: 'parties' },
};
const MORE_KEYS: KeySpec = {
  names: { tags: 'tags', aliases: 'aliases', questions: 'questions', related: 'related', event: 'event', id: 'id' },
  aliases: { tag: 'tags', alias: 'aliases', question: 'questions' },
};

const quote = (text: string, max = 40) => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;

/** Parses "name: value" lines; empty values count as not given. */
function parseKeyLines(
  text: string,
  section: string,
  field: FormFieldId,
  spec: KeySpec,
  problems: Problem[],
): Map<string, string> {
  const values = new Map<string, string>();
  const expected = Object.values(spec.names).join(', ');
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) {
      problems.push({
        field,
        text: `${section}: the line ${quote(line)} should look like "name: value" (names: ${expected})`,
      });
      continue;
    }
    const name = line.slice(0, colon).trim();
    const normalised = keyOf(name);
    const key = spec.names[normalised] !== undefined ? normalised : spec.aliases?.[normalised];
    if (key === undefined) {
      problems.push({ field, text: `${section}: unknown name ${quote(name)} (use ${expected})` });
      continue;
    }
    if (values.has(key)) {
      problems.push({ field, text: `${section}: "${spec.names[key]}" is given twice` });
      continue;
    }
    const value = line.slice(colon + 1).trim();
    values.set(key, value);
  }
  for (const [key, value] of values) if (!value) values.delete(key);
  return values;
}

const looksLikeUrl = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^www\./i.test(s);

function parseSources(
  text: string,
  problems: Problem[],
): { sources: Record<string, string | boolean>[]; lineOf: number[] } {
  const sources: Record<string, string | boolean>[] = [];
  const lineOf: number[] = [];
  let lineNo = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    lineNo++;
    const parts = line.split('|').map((p) => p.trim());
    if (parts.length >= 4 && !looksLikeUrl(parts.at(-1)!) && /^\d{4}(-|$)/.test(readDateCell(parts.at(-2)!).date)) {
      problems.push({
        field: 'sources',
        text: `Sources line ${lineNo}, url: ${quote(parts.at(-1)!)} is not a web address (start it with https://)`,
      });
      parts.pop();
    }
    const url = parts.length >= 4 && looksLikeUrl(parts.at(-1)!) ? parts.pop() : undefined;
    if (parts.length < 3) {
      problems.push({
        field: 'sources',
        text: `Sources line ${lineNo}: expected “publisher | title | date | url” (url optional), got ${quote(line, 60)}`,
      });
      continue;
    }
    const publisher = parts.shift()!;
    const { date, ...marks } = readDateCell(parts.pop()!);
    const title = parts.join(' | ');
    sources.push({ publisher, title, date, ...(url ? { url } : {}), ...marks });
    lineOf.push(lineNo);
  }
  return { sources, lineOf };
}

function parseNumber(text: string): number | undefined {
  const cleaned = text.replace(/[,_\s]/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}

function zodMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return 'missing';
  return issue.message;
}

/** The box and line a schema path belongs to, in the words of the form. */
function locate(
  path: readonly PropertyKey[],
  kind: FactKind,
  sourceLines: number[],
): { field: FormFieldId; label: string } {
  const [head, index, sub] = path;
  const nth = (n: unknown) => (typeof n === 'number' ? `, item ${n + 1}` : '');
  switch (head) {
    case 'id':
      return { field: 'title', label: 'Id' };
    case 'title':
      return { field: 'title', label: 'Title' };
    case 'summary':
      return { field: 'text', label: 'Summary' };
    case 'details':
      return { field: 'text', label: 'Details (below ---)' };
    case 'sources':
      if (typeof index === 'number') {
        const line = sourceLines[index] ?? index + 1;
        return { field: 'sources', label: `Sources line ${line}${typeof sub === 'string' ? `, ${sub}` : ''}` };
      }
      return { field: 'sources', label: 'Sources' };
    case 'tags':
    case 'aliases':
    case 'questions':
    case 'related':
      return { field: 'more', label: `${String(head)[0]!.toUpperCase()}${String(head).slice(1)}${nth(index)}` };
    default: {
      if (kind !== 'figure' && kind !== 'agreement') return { field: 'specifics', label: 'Date' };
      const names = kind === 'figure' ? FIGURE_KEYS.names : AGREEMENT_KEYS.names;
      const name = names[keyOf(String(head))] ?? String(head);
      return { field: 'specifics', label: `${kindInfo(kind).label}, ${name}${nth(index)}` };
    }
  }
}

export interface FormResult {
  /** Set when there were no problems: the validated fact. */
  fact?: Fact;
  /** Every problem, in the order of the boxes, e.g. `Sources line 2, date: use YYYY, YYYY-MM or YYYY-MM-DD`. */
  problems: string[];
}

/**
 * Reads what a moderator typed. `id` is given for an edit (the id never changes); for a new fact it comes from an
 * "id:" line or from the title. Checked with the zod Fact schema; every problem is reported, none stops the others.
 */
export function readForm(kind: FactKind, values: FormValues, options: { id?: string } = {}): FormResult {
  const problems: Problem[] = [];
  const parsedAlready = new Set<string>();

  const title = values.title.trim();

  const lines = values.text.split(/\r?\n/);
  const cut = lines.findIndex((l) => l.trim() === DETAILS_SEPARATOR);
  const summary = (cut < 0 ? lines : lines.slice(0, cut)).join('\n').trim();
  const details =
    cut < 0
      ? ''
      : lines
          .slice(cut + 1)
          .join('\n')
          .trim();

  const specific: Record<string, unknown> = {};
  switch (kind) {
    case 'milestone': {
      const date = values.specifics.trim().replace(/^date\s*:\s*/i, '');
      if (date) specific.date = date;
      break;
    }
    case 'figure': {
      const v = parseKeyLines(values.specifics, 'Figure', 'specifics', FIGURE_KEYS, problems);
      const rawValue = v.get('value');
      if (rawValue !== undefined) {
        const n = parseNumber(rawValue);
        if (n === undefined) {
          problems.push({
            field: 'specifics',
            text: `Figure, value: ${quote(rawValue)} is not a number (write e.g. 329.62 or 1,035)`,
          });
          parsedAlready.add('value');
        } else specific.value = n;
      }
      if (v.has('unit')) specific.unit = v.get('unit');
      if (v.has('currency')) specific.currency = v.get('currency')!.toUpperCase();
      if (v.has('period')) specific.period = v.get('period');
      if (v.has('asof')) specific.asOf = v.get('asof');
      if (v.has('series')) specific.series = v.get('series');
      break;
    }
    case 'agreement': {
      const v = parseKeyLines(values.specifics, 'Agreement', 'specifics', AGREEMENT_KEYS, problems);
      if (v.has('date')) specific.date = v.get('date');
      if (v.has('signed')) specific.signed = v.get('signed');
      if (v.has('inforce')) specific.inForce = v.get('inforce');
      const status = v.get('status');
      if (status !== undefined) {
        const normalised = status.toLowerCase().replace(/[\s_]+/g, '-');
        if (!(AGREEMENT_STATUSES as readonly string[]).includes(normalised)) {
          problems.push({
            field: 'specifics',
            text: `Agreement, status: ${quote(status)} is not one of ${AGREEMENT_STATUSES.join(', ')}`,
          });
          parsedAlready.add('status');
        } else specific.status = normalised;
      }
      specific.parties = splitList(v.get('parties') ?? '');
      break;
    }
    case 'topic':
      break;
    default:
      assertNever(kind);
  }

  const { sources, lineOf } = parseSources(values.sources, problems);
  const more = parseKeyLines(values.more, 'Tags, aliases, related', 'more', MORE_KEYS, problems);

  let id: string | undefined;
  const typedId = more.get('id');
  const titleUsable = [...title].length >= 3 && [...title].length <= 100;
  if (options.id === undefined && typedId === undefined && !titleUsable) parsedAlready.add('id'); // the title problem says it all
  if (options.id !== undefined) {
    id = options.id;
    if (typedId !== undefined && typedId !== options.id) {
      problems.push({
        field: 'more',
        text: `Id: the id of an existing fact cannot change (it stays "${options.id}"); remove the "id:" line`,
      });
    }
  } else if (typedId !== undefined) {
    id = typedId;
  } else if (titleUsable) {
    id = slugify(title);
    if (id.length < 2) {
      problems.push({
        field: 'title',
        text: 'Id: no id can be made from this title (it needs latin letters or digits); add a line "id: my-fact-id" to the last box',
      });
      parsedAlready.add('id');
      id = undefined;
    }
  }

  const candidate: Record<string, unknown> = {
    ...(id !== undefined ? { id } : {}),
    kind,
    title,
    summary,
    ...(details ? { details } : {}),
    ...specific,
    tags: splitList(more.get('tags') ?? ''),
    aliases: splitList(more.get('aliases') ?? ''),
    questions: splitQuestions(more.get('questions') ?? ''),
    related: splitList(more.get('related') ?? ''),
    ...(more.has('event') ? { event: more.get('event') } : {}),
    sources,
  };

  const parsed = Fact.safeParse(candidate);
  if (!parsed.success) {
    const labelled = new Set<string>();
    for (const issue of parsed.error.issues) {
      const head = issue.path[0];
      if (typeof head === 'string' && parsedAlready.has(head)) continue;
      // "needs at least one source" says nothing new when a source line could not be read.
      if (head === 'sources' && issue.path.length === 1 && problems.some((p) => p.field === 'sources')) continue;
      const where = locate(issue.path, kind, lineOf);
      // One problem per place: "use YYYY-MM-DD" already covers "not a real calendar date".
      if (labelled.has(where.label)) continue;
      labelled.add(where.label);
      const empty = issue.path.length === 1 && candidate[String(head)] === '';
      problems.push({ field: where.field, text: `${where.label}: ${empty ? 'missing' : zodMessage(issue)}` });
    }
  }
  const order = (f: FormFieldId) => FORM_FIELD_IDS.indexOf(f);
  const sorted = problems.map((p, i) => ({ p, i })).sort((a, b) => order(a.p.field) - order(b.p.field) || a.i - b.i);
  const texts = [...new Set(sorted.map(({ p }) => p.text))];
  return texts.length || !parsed.success ? { problems: texts } : { fact: parsed.data, problems: [] };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

export function sameFact(a: Fact, b: Fact): boolean {
  return sameValue(a, b);
}

/**
 * Whether the form can hold this fact exactly: every box within Discord's 4000 characters and the text reading
 * back to the very same fact. Editing a fact that fails this through the form would change it unintentionally.
 */
export function fitsForm(stored: Fact): { ok: true; values: FormValues } | { ok: false; why: string } {
  const fact = withoutTranslations(stored); // the form holds the English; the save carries translations over
  const values = factToForm(fact);
  const fields = formFields(fact.kind, false);
  for (const spec of fields) {
    if (values[spec.id].length > spec.maxLength)
      return { ok: false, why: `the “${spec.label}” box would need more than ${spec.maxLength} characters` };
  }
  const back = readForm(fact.kind, values, { id: fact.id });
  if (!back.fact || !sameFact(back.fact, fact)) {
    return {
      ok: false,
      why:
        'some of its text (a “|” in a source publisher or a question, a “;” inside a list item, or a line ' +
        'with only ---) cannot be written in the form',
    };
  }
  return { ok: true, values };
}
