import { PermissionFlagsBits, type RepliableInteraction } from 'discord.js';
import { languages, t } from '../../i18n/catalogue.js';
import { pickLanguage } from '../../i18n/pick-language.js';
import { moderatorVerdict } from '../facts/guard.js';
import type { BotContext, Guard } from '../types.js';
import { replyLanguage } from './language.js';
import { Refusal } from './refusal.js';

/**
 * Checked by the router before a handler runs; throws the refusal the member sees. Discord already hides guarded
 * commands by default (default_member_permissions), but server admins can override that, so the bot checks again.
 */
export async function checkGuard(
  guard: Guard,
  interaction: RepliableInteraction,
  ctx: Pick<BotContext, 'config' | 'store'>,
): Promise<void> {
  if (guard === 'moderator') {
    const verdict = moderatorVerdict(interaction, ctx.config);
    if (verdict.allowed) return;
    // Said in the member's (or server's) language; the store is not needed to refuse.
    const lang = pickLanguage({ userLocale: interaction.locale, guildLocale: interaction.guildLocale }, languages());
    throw new Refusal(t(lang, `moderation.${verdict.reason}`));
  }
  if (guard === 'manageServer') {
    if (!interaction.inGuild()) throw new Refusal(t(await replyLanguage(interaction, ctx), 'reminders.dmOnly'));
    if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild))
      throw new Refusal(t(await replyLanguage(interaction, ctx), 'reminders.managersOnly'));
  }
}

/** The server id of a command whose guard requires one (manageServer). */
export function guardedGuildId(interaction: RepliableInteraction): string {
  if (!interaction.guildId)
    throw new Error('a server-only command ran outside a server (its guard should have refused)');
  return interaction.guildId;
}
