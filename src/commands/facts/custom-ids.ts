import { FACT_KINDS, type FactKind } from '../../knowledge/schema.js';

/** Custom ids of the moderators' modals and buttons ("prefix:arg:arg", each ≤100 characters). */
export const FACTS_PREFIX = {
  form: 'facts-form',
  draft: 'facts-draft',
  import: 'facts-import',
  report: 'facts-report',
  unanswered: 'facts-unanswered',
  translate: 'facts-translate',
} as const;

export const factsIds = {
  /** facts-form:<key>:add:<kind> */
  addForm: (key: string, kind: FactKind) => `${FACTS_PREFIX.form}:${key}:add:${kind}`,
  /** facts-form:<key>:edit:<fact id ≤64>:<version> — the version the moderator started from (stale check). */
  editForm: (key: string, factId: string, version: number) => `${FACTS_PREFIX.form}:${key}:edit:${factId}:${version}`,
  draft: (key: string) => `${FACTS_PREFIX.draft}:${key}`,
  importConfirm: (key: string) => `${FACTS_PREFIX.import}:confirm:${key}`,
  importCancel: (key: string) => `${FACTS_PREFIX.import}:cancel:${key}`,
  resolveReport: (id: number) => `${FACTS_PREFIX.report}:resolve:${id}`,
  /** facts-unanswered:clear:<newest row id shown> — rows logged after the question was put stay. */
  clearUnanswered: (upToId: number) => `${FACTS_PREFIX.unanswered}:clear:${upToId}`,
  keepUnanswered: () => `${FACTS_PREFIX.unanswered}:cancel`,
};

export type FormTarget =
  | { key: string; mode: 'add'; kind: FactKind }
  | { key: string; mode: 'edit'; factId: string; version: number };

/** Reads the args after "facts-form:"; undefined when they are malformed. */
export function parseFormArgs(args: readonly string[]): FormTarget | undefined {
  const [key, mode, a, b] = args;
  if (!key) return undefined;
  if (mode === 'add' && (FACT_KINDS as readonly string[]).includes(a ?? '')) return { key, mode, kind: a as FactKind };
  const version = Number(b);
  if (mode === 'edit' && a && Number.isInteger(version) && version > 0) return { key, mode, factId: a, version };
  return undefined;
}
