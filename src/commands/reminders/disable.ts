import type { ChatInputCommandInteraction } from 'discord.js';
import { respond } from '../shared/respond.js';
import type { BotContext } from '../types.js';
import { replyLanguage } from '../shared/language.js';
import { t } from '../../i18n/catalogue.js';

export async function disable(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  guildId: string,
): Promise<void> {
  const before = await ctx.store.guilds.get(guildId);
  const lang = await replyLanguage(interaction, ctx);
  if (!before)
    return respond(interaction, { content: t(lang, 'reminders.notSetUpDisable'), embeds: [], components: [] }, true);
  await ctx.store.guilds.disable(guildId, ctx.now());
  ctx.log.info('reminders: disabled', { guildId, by: interaction.user.id });
  const content = t(lang, before.enabled ? 'reminders.disabled' : 'reminders.alreadyOff');
  await respond(interaction, { content, embeds: [], components: [] }, true);
}
