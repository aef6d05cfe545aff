import { KnowledgeError } from '../../knowledge/knowledge-base.js';

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

/** A KnowledgeError is a refusal meant for the moderator as it is; anything else goes on to the boundary unchanged. */
export function asRefusal(error: unknown): unknown {
  return error instanceof KnowledgeError ? new Refusal(error.message, error.problems) : error;
}
