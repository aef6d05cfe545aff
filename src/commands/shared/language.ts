import type { Interaction } from 'discord.js';
import { languages, type Lang } from '../../i18n/catalogue.js';
import { pickLanguage } from '../../i18n/pick-language.js';
import type { BotContext } from '../types.js';
import { getGuildSettings } from '../../knowledge/store/guild-settings.js';

/** The reply's language for this interaction (see pickLanguage for the order); `question` is what the member typed. */
export function replyLanguage(interaction: Interaction, ctx: Pick<BotContext, 'db'>, question?: string | null): Lang {
  const guildSetting = interaction.guildId ? guildLanguage(ctx, interaction.guildId) : undefined;
  return pickLanguage(
    { question, userLocale: interaction.locale, guildSetting, guildLocale: interaction.guildLocale },
    languages(),
  );
}

function guildLanguage(ctx: Pick<BotContext, 'db'>, guildId: string): string | undefined {
  const settings = getGuildSettings(ctx.db, guildId) as { language?: string | null } | null;
  return settings?.language ?? undefined;
}

/** The server's language, for messages posted to a channel everyone reads (the mod-log): no member's locale counts. */
export function serverLanguage(ctx: Pick<BotContext, 'db'>, guildId: string | null, guildLocale?: string | null): Lang {
  const guildSetting = guildId ? guildLanguage(ctx, guildId) : undefined;
  return pickLanguage({ guildSetting, guildLocale }, languages());
}
