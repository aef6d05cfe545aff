import { KnowledgeError, type ChangeResult, type KnowledgeBase } from './knowledge-base.js';
import { fold } from './search/normalize.js';
import type { Actor } from './store/facts.js';
import { MAX_QUESTIONS } from './schema.js';
import { fitsForm } from './fact-form.js';
import type { Store } from './store/store.js';
import type { UnansweredGroup } from './store/unanswered.js';

export type AttachAs = 'question' | 'alias';

// The schema's own limits for these fields (schema.ts), checked first so the refusal says what to do.
const LIMIT: Record<AttachAs, { field: 'questions' | 'aliases'; min: number; max: number; most: number }> = {
  question: { field: 'questions', min: 3, max: 200, most: MAX_QUESTIONS },
  alias: { field: 'aliases', min: 1, max: 100, most: 20 },
};

/** The fact to suggest attaching a group to: the log's nearest that is still live, else what the search finds now. */
export function nearestLive(kb: KnowledgeBase, group: UnansweredGroup): { id: string; title: string } | undefined {
  const fact = group.nearest.map((id) => kb.get(id)).find(Boolean) ?? kb.nearest(group.text, 1)[0];
  return fact && { id: fact.id, title: fact.title };
}

export interface AttachResult {
  group: UnansweredGroup;
  text: string;
  change: ChangeResult;
  /** Log rows removed with the group. */
  removed: number;
  /** The revision to revert to in order to undo the attach. */
  undoRevisionId: number;
}

/**
 * Adds an unanswered question to a fact as an example question or an alias. The edit is an ordinary revision
 * (who, when, why; revertible), and the group leaves the unanswered list.
 */
export async function attachUnanswered(
  kb: KnowledgeBase,
  store: Store,
  input: { group: string; factId: string; as: AttachAs; actor: Actor; reason?: string },
): Promise<AttachResult> {
  const group = await store.unanswered.find(input.group);
  if (!group)
    throw new KnowledgeError(
      'not-found',
      `No unanswered question matches "${input.group}". Run /facts unanswered to see the numbers.`,
    );
  const stored = await kb.stored(input.factId);
  if (!stored || stored.deleted)
    throw new KnowledgeError(
      'not-found',
      `There is no fact with id "${input.factId}". Pick one from the suggestions while typing.`,
    );
  const limit = LIMIT[input.as];
  const text = group.text.trim();
  if (text.length < limit.min || text.length > limit.max) {
    const other = input.as === 'alias' ? ' Attach it as a question instead.' : '';
    throw new KnowledgeError(
      'invalid',
      `That question is ${text.length} characters; a fact's ${input.as} must be ${limit.min}–${limit.max}.${other}`,
    );
  }
  const fact = stored.fact;
  const current = fact[limit.field];
  if (current.some((q) => fold(q) === fold(text)))
    throw new KnowledgeError('unchanged', `"${fact.id}" already has that ${input.as}.`);
  if (current.length >= limit.most)
    throw new KnowledgeError(
      'invalid',
      `"${fact.id}" already has ${limit.most} ${limit.field}, the most it can hold; remove one with /facts edit first.`,
    );
  const next = { ...fact, [limit.field]: [...current, text] };
  // The edit form is how a moderator trims a fact's questions later: an attach must not lock the fact out of it.
  if (fitsForm(fact).ok && !fitsForm(next).ok)
    throw new KnowledgeError(
      'invalid',
      `"${fact.id}" cannot take another ${input.as}: the /facts edit form could no longer hold its ${limit.field} ` +
        '(4,000 characters a box). Remove a near-duplicate with /facts edit first, or edit it with npm run facts export/import.',
    );
  const times = group.count === 1 ? 'once' : `${group.count} times`;
  const why = `${input.reason?.trim() || 'attached unanswered question'} (${input.as} "${text}", asked ${times})`;
  const change = await kb.edit(fact.id, next, stored.version, input.actor, why);
  const removed = await store.unanswered.removeGroup(group);
  const undoRevisionId = (await kb.history(fact.id)).at(-2)!.id;
  return { group, text, change, removed, undoRevisionId };
}
