import { MessageFlags } from 'discord.js';
import { NO_PINGS, refuse } from '../commands/shared/respond.js';
import type { ComponentHandler } from '../commands/types.js';
import { listPage } from '../render/list-embed.js';

/** Previous/Next on a paged list: only the asker may turn pages; an expired list loses its buttons. */
export const page: ComponentHandler = {
  prefix: 'page',
  async button(interaction, [sessionId, pageText], { lists }) {
    const session = sessionId ? lists.get(sessionId) : undefined;
    if (!session) {
      await interaction.update({ components: [], allowedMentions: NO_PINGS });
      await interaction.followUp({ content: 'This list has expired. Run the command again for a fresh one.', flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    if (interaction.user.id !== session.ownerId) return refuse(interaction, 'Only the person who ran this command can turn its pages. Run it yourself to browse.');
    const pageNumber = Number(pageText);
    if (!Number.isInteger(pageNumber)) return refuse(interaction, 'That button is broken; run the command again.');
    await interaction.update({ ...listPage(session.title, session.lines, session.footer, pageNumber, sessionId, session.imageName, session.lang), allowedMentions: NO_PINGS });
  },
};
