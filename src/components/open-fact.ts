import { refuse } from '../commands/shared/respond.js';
import { showRemovedFact } from '../commands/shared/removed-fact.js';
import { showFact } from '../commands/shared/show-fact.js';
import type { ComponentHandler } from '../commands/types.js';

/** A related-fact button: whoever presses it gets that fact just for themselves. */
export const openFact: ComponentHandler = {
  prefix: 'fact',
  async button(interaction, [id], ctx) {
    const { kb } = ctx;
    const fact = id ? kb.get(id) : undefined;
    const removed = id && !fact ? kb.stored(id) : undefined;
    if (removed?.deleted) return showRemovedFact(interaction, removed, ctx);
    if (!fact) return refuse(interaction, 'That fact is no longer in the base (a moderator may have removed it).');
    return showFact(interaction, kb, fact, true, [], ctx);
  },
};
