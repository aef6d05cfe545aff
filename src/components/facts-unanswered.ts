import { FACTS_PREFIX } from '../commands/facts/custom-ids.js';
import { actorOf, ensureModerator } from '../commands/facts/guard.js';
import { postModLog } from '../commands/facts/mod-log.js';
import { clearConfirmed } from '../commands/facts/unanswered.js';
import { NO_PINGS, refuse } from '../commands/shared/respond.js';
import type { ComponentHandler } from '../commands/types.js';

/** "Clear the log" / "Cancel" under /facts unanswered clear:True. */
export const factsUnanswered: ComponentHandler = {
  prefix: FACTS_PREFIX.unanswered,
  async button(interaction, [action, upTo], ctx) {
    if (!(await ensureModerator(interaction, ctx.config))) return;
    if (action === 'cancel') {
      await interaction.update({ content: 'Kept the unanswered-question log; nothing was deleted.', components: [], allowedMentions: NO_PINGS });
      return;
    }
    const upToId = Number(upTo);
    if (action !== 'clear' || !Number.isSafeInteger(upToId) || upToId < 1) return refuse(interaction, 'That button is broken; run `/facts unanswered clear:True` again.');
    const { removed, content } = clearConfirmed(ctx, upToId);
    await interaction.update({ content, components: [], allowedMentions: NO_PINGS });
    if (removed) await postModLog(interaction.client, ctx, { actor: actorOf(interaction), action: 'unanswered log cleared', detail: `${removed} logged questions removed` });
  },
};
