import type { ChatInputCommandInteraction } from 'discord.js';
import { listPage, pageCount, type ListFooter } from '../../render/list-embed.js';
import type { BotContext } from '../types.js';
import { respond } from './respond.js';
import { page as pageButton } from '../../components/page.js';

/** Sends page 1; a list longer than one page gets Previous/Next buttons tied to the asker. */
export async function sendList(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  list: {
    title: string;
    lines: string[];
    footer: ListFooter;
    lang?: string;
    files?: { attachment: Buffer; name: string; description: string }[];
  },
  ephemeral: boolean,
): Promise<void> {
  const { files, ...kept } = list;
  const imageName = files?.[0]?.name;
  const session =
    pageCount(list.lines) > 1
      ? ctx.lists.create({ ownerId: interaction.user.id, ...kept, ...(imageName ? { imageName } : {}) })
      : undefined;
  const page = listPage(
    list.title,
    list.lines,
    list.footer,
    0,
    session ? (n) => pageButton.id(session, n) : undefined,
    imageName,
    list.lang,
  );
  if (!files?.length) return respond(interaction, page, ephemeral);
  // The first chart shows inside the list (on every page); the others come as attachments below it.
  await respond(interaction, { ...page, files }, ephemeral);
}
