import type { ChatInputCommandInteraction } from 'discord.js';
import { disableGuild, getGuildSettings } from '../../knowledge/store/guild-settings.js';
import { respond } from '../shared/respond.js';
import type { BotContext } from '../types.js';
import { replyLanguage } from '../shared/language.js';
import { t } from '../../i18n/catalogue.js';

export async function disable(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  guildId: string,
): Promise<void> {
  const before = getGuildSettings(ctx.db, guildId);
  const lang = replyLanguage(interaction, ctx);
  if (!before)
    return respond(interaction, { content: t(lang, 'reminders.notSetUpDisable'), embeds: [], components: [] }, true);
  disableGuild(ctx.db, guildId, ctx.now());
  ctx.log.info('reminders: disabled', { guildId, by: interaction.user.id });
  const content = t(lang, before.enabled ? 'reminders.disabled' : 'reminders.alreadyOff');
  await respond(interaction, { content, embeds: [], components: [] }, true);
}
