import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { describeIssues, Fact, FactText, TEXT_LOCALES, type TextLocale } from './schema.js';

export const SEED_DIR = fileURLToPath(new URL('./facts/', import.meta.url));

export class FactFileError extends Error {
  override name = 'FactFileError';
}

/** Checks each fact on its own; problems name the label (file), the fact id and the field. */
/** `first`: the position of raw[0] in a longer list, for the numbers in messages (a list validated in slices). */
export function parseFacts(raw: unknown, label: string, first = 0): { facts: Fact[]; problems: string[] } {
  if (!Array.isArray(raw)) return { facts: [], problems: [`${label}: expected a JSON array of facts`] };
  const problems: string[] = [];
  const facts: Fact[] = [];
  raw.forEach((item, index) => {
    const id = typeof item === 'object' && item !== null && 'id' in item ? String((item as { id: unknown }).id) : '?';
    const parsed = Fact.safeParse(item);
    if (parsed.success) facts.push(parsed.data);
    else
      for (const issue of describeIssues(parsed.error))
        problems.push(`${label}: fact "${id}" (#${first + index + 1}): ${issue}`);
  });
  return { facts, problems };
}

/** Validates a list of facts as one whole set: each fact, unique ids, and every `related` id present. */
export function validateFactSet(raw: unknown, label: string): Fact[] {
  const { facts, problems } = parseFacts(raw, label);
  problems.push(...crossCheck(facts, label));
  if (problems.length) throw new FactFileError(problems.join('\n'));
  return facts;
}

export function crossCheck(facts: readonly Fact[], label: string): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const f of facts) {
    if (ids.has(f.id)) problems.push(`${label}: fact "${f.id}": id: used more than once`);
    ids.add(f.id);
  }
  for (const f of facts) {
    for (const r of f.related) {
      if (!ids.has(r)) problems.push(`${label}: fact "${f.id}": related: unknown fact id "${r}"`);
    }
  }
  problems.push(...seriesProblems(facts, label));
  return problems;
}

/** A series is one measure over several periods: the same unit and currency, and each period once. */
function seriesProblems(facts: readonly Fact[], label: string): string[] {
  const problems: string[] = [];
  const first = new Map<string, Extract<Fact, { kind: 'figure' }>>();
  const periods = new Set<string>();
  for (const f of facts) {
    if (f.kind !== 'figure' || !f.series) continue;
    const head = first.get(f.series);
    if (!head) first.set(f.series, f);
    else if (head.unit !== f.unit || head.currency !== f.currency) {
      problems.push(
        `${label}: fact "${f.id}": series: "${f.series}" is in ${head.currency ?? ''} ${head.unit} (as "${head.id}` +
          `"), not ${f.currency ?? ''} ${f.unit}`,
      );
    }
    const key = `${f.series}\u0000${f.period}`;
    if (periods.has(key))
      problems.push(`${label}: fact "${f.id}": series: "${f.series}" already has a figure for "${f.period}"`);
    periods.add(key);
  }
  return problems;
}

/** Reads every *.json in the seed folder as one set (related ids may cross files). */
export function loadSeedFacts(dir: string = SEED_DIR): Fact[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const all: Fact[] = [];
  const problems: string[] = [];
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      problems.push(`${file}: not valid JSON (${(err as Error).message})`);
      continue;
    }
    const parsed = parseFacts(raw, file);
    all.push(...parsed.facts);
    problems.push(...parsed.problems);
  }
  if (!problems.length) problems.push(...crossCheck(all, 'facts'));
  if (!problems.length) problems.push(...mergeTranslations(all, join(dir, 'i18n')));
  if (problems.length)
    throw new FactFileError(`The fact base has ${problems.length} problem(s):\n${problems.join('\n')}`);
  return all;
}

const TranslationFile = z.record(z.string(), FactText);

/**
 * Per-locale text ships beside the English in `i18n/<locale>.json` (fact id -> text), so translators and fact
 * editors never touch the same file; it is merged into each fact's `i18n` on load.
 */
function mergeTranslations(facts: Fact[], dir: string): string[] {
  if (!existsSync(dir)) return [];
  const problems: string[] = [];
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const locale = file.slice(0, -'.json'.length);
    if (!(TEXT_LOCALES as readonly string[]).includes(locale)) {
      problems.push(`i18n/${file}: unknown locale "${locale}" (known: ${TEXT_LOCALES.join(', ')})`);
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      problems.push(`i18n/${file}: not valid JSON (${(err as Error).message})`);
      continue;
    }
    const parsed = TranslationFile.safeParse(raw);
    if (!parsed.success) {
      for (const issue of describeIssues(parsed.error)) problems.push(`i18n/${file}: ${issue}`);
      continue;
    }
    for (const [id, text] of Object.entries(parsed.data)) {
      const fact = byId.get(id);
      if (!fact) problems.push(`i18n/${file}: unknown fact id "${id}"`);
      else fact.i18n = { ...fact.i18n, [locale as TextLocale]: text };
    }
  }
  return problems;
}
