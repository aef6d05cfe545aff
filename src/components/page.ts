import { MessageFlags } from 'discord.js';
import { NO_PINGS } from '../commands/shared/respond.js';
import { listPage } from '../render/list-embed.js';
import { replyLanguage } from '../commands/shared/language.js';
import { t } from '../i18n/catalogue.js';
import { defineComponent } from './define.js';
import { Refusal } from '../commands/shared/refusal.js';

/** Previous/Next on a paged list: only the asker may turn pages; an expired list loses its buttons. */
export const page = defineComponent({
  prefix: 'page',
  guard: 'none',
  make: (sessionId: string, pageNumber: number) => [sessionId, pageNumber],
  parse: ([sessionId, pageText]) => ({ sessionId, pageText }),
  async button(interaction, { sessionId, pageText }, ctx) {
    const session = sessionId ? ctx.lists.get(sessionId) : undefined;
    const lang = session?.lang ?? (await replyLanguage(interaction, ctx));
    if (!session) {
      await interaction.update({ components: [], allowedMentions: NO_PINGS });
      await interaction.followUp({
        content: t(lang, 'errors.listExpired'),
        flags: MessageFlags.Ephemeral,
        allowedMentions: NO_PINGS,
      });
      return;
    }
    if (interaction.user.id !== session.ownerId) throw new Refusal(t(lang, 'errors.notYourList'));
    const pageNumber = Number(pageText);
    if (!Number.isInteger(pageNumber)) throw new Refusal(t(lang, 'errors.brokenButton'));
    await interaction.update({
      ...listPage(
        session.title,
        session.lines,
        session.footer,
        pageNumber,
        (n) => page.id(sessionId!, n),
        session.imageName,
        session.lang,
      ),
      allowedMentions: NO_PINGS,
    });
  },
});
