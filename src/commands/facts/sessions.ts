import type { FormValues } from '../../knowledge/fact-form.js';
import type { ImportPlan } from '../../knowledge/knowledge-base.js';
import type { FactKind } from '../../knowledge/schema.js';
import { StoredSessions } from '../../knowledge/store/sessions.js';
import type { BotContext } from '../types.js';

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
  forms: StoredSessions<FormSession>;
  imports: StoredSessions<PendingImport>;
}

// Kept in the bot's database (a restart keeps a draft), never as globals: two bots in one process (tests) never share drafts.
const byContext = new WeakMap<BotContext, ModerationSessions>();

export function sessionsFor(ctx: BotContext): ModerationSessions {
  let sessions = byContext.get(ctx);
  if (!sessions) {
    const clock = () => ctx.now().getTime();
    sessions = {
      forms: new StoredSessions(ctx.db, 'form', { ttlMs: FORM_TTL_MS, max: 500, maxPerOwner: 20, clock }),
      imports: new StoredSessions(ctx.db, 'import', { ttlMs: IMPORT_TTL_MS, max: 10, maxPerOwner: 3, clock }),
    };
    byContext.set(ctx, sessions);
  }
  return sessions;
}
