import { KnowledgeError } from '../../knowledge/knowledge-base.js';
import { DEFAULT_LANG, t, type Lang } from '../../i18n/catalogue.js';

/**
 * A user error: thrown anywhere in a handler, answered privately by the error boundary (events/interaction-create.ts)
 * with "⚠️ message" and the details as bullets, counted as `refused`, and never logged as a failure.
 */
export class Refusal extends Error {
  override name = 'Refusal';
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/**
 * A KnowledgeError's text in the moderator's language. The core stays free of i18n: its English message is passed
 * through (English keys are just "{{message}}"), and other languages say what its code means.
 */
export function knowledgeText(error: KnowledgeError, lang: Lang): string {
  const key = error.code.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  return t(lang, `facts.kbError.${key}`, { message: error.message });
}

/** A KnowledgeError is a refusal meant for the moderator; anything else goes on to the boundary unchanged. */
export function asRefusal(error: unknown, lang: Lang = DEFAULT_LANG): unknown {
  return error instanceof KnowledgeError ? new Refusal(knowledgeText(error, lang), error.problems) : error;
}
