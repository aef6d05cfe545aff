import type { Interaction } from 'discord.js';
import { languages, type Lang } from '../../i18n/catalogue.js';
import { pickLanguage } from '../../i18n/pick-language.js';
import type { BotContext } from '../types.js';

/** The reply's language for this interaction (see pickLanguage for the order); `question` is what the member typed. */
export async function replyLanguage(
  interaction: Interaction,
  ctx: Pick<BotContext, 'store'>,
  question?: string | null,
): Promise<Lang> {
  const guildSetting = interaction.guildId ? await guildLanguage(ctx, interaction.guildId) : undefined;
  return pickLanguage(
    { question, userLocale: interaction.locale, guildSetting, guildLocale: interaction.guildLocale },
    languages(),
  );
}

async function guildLanguage(ctx: Pick<BotContext, 'store'>, guildId: string): Promise<string | undefined> {
  const settings = (await ctx.store.guilds.get(guildId)) as { language?: string | null } | null;
  return settings?.language ?? undefined;
}

/** The server's language, for messages posted to a channel everyone reads (the mod-log): no member's locale counts. */
export async function serverLanguage(
  ctx: Pick<BotContext, 'store'>,
  guildId: string | null,
  guildLocale?: string | null,
): Promise<Lang> {
  const guildSetting = guildId ? await guildLanguage(ctx, guildId) : undefined;
  return pickLanguage({ guildSetting, guildLocale }, languages());
}
