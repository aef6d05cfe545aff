import type { ChatInputCommandInteraction } from 'discord.js';
import { disableGuild, getGuildSettings } from '../../knowledge/store/guild-settings.js';
import { respond } from '../shared/respond.js';
import type { BotContext } from '../types.js';

export async function disable(interaction: ChatInputCommandInteraction, ctx: BotContext, guildId: string): Promise<void> {
  const before = getGuildSettings(ctx.db, guildId);
  if (!before) {
    return respond(interaction, { content: 'Anniversary reminders were not set up in this server, so there is nothing to turn off.', embeds: [], components: [] }, true);
  }
  disableGuild(ctx.db, guildId, ctx.now());
  ctx.log.info('reminders: disabled', { guildId, by: interaction.user.id });
  const content = before.enabled
    ? 'Anniversary reminders are now **off**. Your channel, time and time zone are kept: `/reminders setup` turns them back on.'
    : 'Anniversary reminders were already off.';
  await respond(interaction, { content, embeds: [], components: [] }, true);
}
