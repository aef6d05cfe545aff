import { actorOf } from '../guard.js';
import { postModLog } from '../mod-log.js';
import { clearConfirmed } from '../unanswered.js';
import { NO_PINGS } from '../../shared/respond.js';
import { defineComponent } from '../../../components/define.js';
import { Refusal } from '../../shared/refusal.js';

/** "Clear the log" / "Cancel" under /facts unanswered clear:True. */
export const factsUnanswered = defineComponent({
  prefix: 'facts-unanswered',
  guard: 'moderator',
  /** facts-unanswered:clear:<newest row id shown> (rows logged after the question was put stay), or facts-unanswered:cancel. */
  make: (choice: { clearUpTo: number } | 'cancel') => (choice === 'cancel' ? ['cancel'] : ['clear', choice.clearUpTo]),
  parse: ([action, upTo]) => ({ action, upTo }),
  async button(interaction, { action, upTo }, ctx) {
    if (action === 'cancel') {
      await interaction.update({ content: 'Kept the unanswered-question log; nothing was deleted.', components: [], allowedMentions: NO_PINGS });
      return;
    }
    const upToId = Number(upTo);
    if (action !== 'clear' || !Number.isSafeInteger(upToId) || upToId < 1) throw new Refusal('That button is broken; run `/facts unanswered clear:True` again.');
    const { removed, content } = clearConfirmed(ctx, upToId);
    await interaction.update({ content, components: [], allowedMentions: NO_PINGS });
    if (removed) await postModLog(interaction.client, ctx, { actor: actorOf(interaction), action: 'unanswered log cleared', detail: `${removed} logged questions removed` });
  },
});
