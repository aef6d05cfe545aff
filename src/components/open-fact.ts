import { refuse } from '../commands/shared/respond.js';
import { showFact } from '../commands/shared/show-fact.js';
import type { ComponentHandler } from '../commands/types.js';

/** A related-fact button: whoever presses it gets that fact just for themselves. */
export const openFact: ComponentHandler = {
  prefix: 'fact',
  async button(interaction, [id], { kb }) {
    const fact = id ? kb.get(id) : undefined;
    if (!fact) return refuse(interaction, 'That fact is no longer in the base (a moderator may have removed it).');
    return showFact(interaction, kb, fact, true);
  },
};
