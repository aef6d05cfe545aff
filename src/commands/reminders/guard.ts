import { languages, t } from '../../i18n/catalogue.js';
import { replyLanguage } from '../shared/language.js';
import { supported } from '../../i18n/pick-language.js';
import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { getGuildSettings, type GuildSettings } from '../../knowledge/store/guild-settings.js';
import type { PreviewSettings } from '../../scheduler/preview.js';
import { refuse } from '../shared/respond.js';
import type { BotContext } from '../types.js';

/**
 * Discord hides /reminders from members without Manage Server (default_member_permissions), but server admins can
 * override that per role or channel, so the handler checks again. Returns the server id, or null after refusing.
 */
export async function managerGuildId(interaction: ChatInputCommandInteraction, ctx: Pick<BotContext, 'db'>): Promise<string | null> {
  const lang = replyLanguage(interaction, ctx);
  if (!interaction.inGuild()) {
    await refuse(interaction, t(lang, 'reminders.dmOnly'));
    return null;
  }
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    await refuse(interaction, t(lang, 'reminders.managersOnly'));
    return null;
  }
  return interaction.guildId;
}

/** The stored settings, or what a new server would get (09:00 in the configured default zone, no countdowns). */
export function effectiveSettings(
  ctx: Pick<BotContext, 'db' | 'config'>,
  guildId: string,
  guildLocale?: string | null,
): { stored: GuildSettings | null; schedule: PreviewSettings } {
  const stored = getGuildSettings(ctx.db, guildId);
  return {
    stored,
    schedule: {
      guildId,
      postTime: stored?.postTime ?? '09:00',
      timezone: stored?.timezone ?? ctx.config.defaultTimezone,
      countdownDays: stored?.countdownDays ?? 0,
      // Before setup, previews follow the server's Discord language, as setup's default would.
      language: stored?.language ?? supported(guildLocale, languages()) ?? 'en',
    },
  };
}
