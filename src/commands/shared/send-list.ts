import type { ChatInputCommandInteraction } from 'discord.js';
import { listPage, pageCount, type ListFooter } from '../../render/list-embed.js';
import type { BotContext } from '../types.js';
import { respond } from './respond.js';

/** Sends page 1; a list longer than one page gets Previous/Next buttons tied to the asker. */
export async function sendList(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  list: { title: string; lines: string[]; footer: ListFooter },
  ephemeral: boolean,
): Promise<void> {
  const session = pageCount(list.lines) > 1 ? ctx.lists.create({ ownerId: interaction.user.id, ...list }) : undefined;
  await respond(interaction, listPage(list.title, list.lines, list.footer, 0, session), ephemeral);
}
