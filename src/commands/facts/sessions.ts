import { randomBytes } from 'node:crypto';
import type { FormValues } from '../../knowledge/fact-form.js';
import type { ImportPlan } from '../../knowledge/knowledge-base.js';
import type { FactKind } from '../../knowledge/schema.js';
import type { BotContext } from '../types.js';

/** A small in-memory map whose entries expire; lost on restart by design (nothing in it is a change yet). */
export class TtlMap<T> {
  private readonly entries = new Map<string, { value: T; at: number }>();

  constructor(
    readonly ttlMs: number,
    private readonly max = 500,
    private readonly clock: () => number = Date.now,
  ) {}

  create(value: T): string {
    this.sweep();
    let key = randomBytes(4).toString('hex');
    while (this.entries.has(key)) key = randomBytes(4).toString('hex');
    this.entries.set(key, { value, at: this.clock() });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return key;
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.clock() - entry.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Replaces the value and restarts its clock. */
  set(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { value, at: this.clock() });
  }

  /** Removes and returns the entry, so only one caller can act on it. */
  take(key: string): T | undefined {
    const value = this.get(key);
    this.entries.delete(key);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(): void {
    const now = this.clock();
    for (const [key, e] of this.entries) if (now - e.at > this.ttlMs) this.entries.delete(key);
  }
}

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
  forms: TtlMap<FormSession>;
  imports: TtlMap<PendingImport>;
}

// Kept per bot (per BotContext), not as globals: two bots in one process (tests) never share drafts.
const byContext = new WeakMap<BotContext, ModerationSessions>();

export function sessionsFor(ctx: BotContext): ModerationSessions {
  let sessions = byContext.get(ctx);
  if (!sessions) {
    sessions = { forms: new TtlMap(FORM_TTL_MS), imports: new TtlMap(IMPORT_TTL_MS, 10) };
    byContext.set(ctx, sessions);
  }
  return sessions;
}
