import { languages } from '../../i18n/catalogue.js';
import { supported } from '../../i18n/pick-language.js';
import type { GuildSettings } from '../../knowledge/store/guild-settings.js';
import type { PreviewSettings } from '../../scheduler/preview.js';
import type { BotContext } from '../types.js';

/** The stored settings, or what a new server would get (09:00 in the configured default zone, no countdowns). */
export async function effectiveSettings(
  ctx: Pick<BotContext, 'store' | 'config'>,
  guildId: string,
  guildLocale?: string | null,
): Promise<{ stored: GuildSettings | null; schedule: PreviewSettings }> {
  const stored = await ctx.store.guilds.get(guildId);
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
