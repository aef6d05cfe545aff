import type { FormValues } from '../../knowledge/fact-form.js';
import type { ImportPlan } from '../../knowledge/knowledge-base.js';
import type { FactKind } from '../../knowledge/schema.js';
import type { SessionScope, Store } from '../../knowledge/store/store.js';

/**
 * An open add/edit form. The modal's custom id carries the key (and, for an edit, the fact id and the version the
 * moderator started from); the session keeps the reason and, after a refused submit, what was typed (the draft).
 */
export interface FormSession {
  ownerId: string;
  mode: 'add' | 'edit';
  kind: FactKind;
  factId?: string;
  version?: number;
  reason: string;
  values?: FormValues;
}

/** An import that passed validation and waits for its moderator's Confirm. */
export interface PendingImport {
  ownerId: string;
  raw: unknown;
  fileName: string;
  plan: ImportPlan;
  reason: string;
}

export const FORM_TTL_MS = 60 * 60_000;
export const IMPORT_TTL_MS = 10 * 60_000;

export interface ModerationSessions {
  forms: SessionScope<FormSession>;
  imports: SessionScope<PendingImport>;
}

/**
 * Kept in the bot's store (a restart keeps a draft; on PostgreSQL any process can finish it) and carried on the bot's
 * context, never as globals: two bots in one process (tests) never share drafts.
 */
export function moderationSessions(store: Store, now: () => Date): ModerationSessions {
  const clock = () => now().getTime();
  return {
    forms: store.sessions.scope('form', { ttlMs: FORM_TTL_MS, max: 500, maxPerOwner: 20, clock }),
    imports: store.sessions.scope('import', { ttlMs: IMPORT_TTL_MS, max: 10, maxPerOwner: 3, clock }),
  };
}
