import { formatUtcOffset, localParts, utcOffsetMinutes } from '../../knowledge/local-time.js';
import { formatLongDate } from '../../scheduler/message.js';
import type { BotContext } from '../types.js';
import type { Lang } from '../../i18n/catalogue.js';

/** The zone a server counts days in: its reminder settings, else the configured default (also for DMs). */
export async function serverTimeZone(
  ctx: Pick<BotContext, 'store' | 'config'>,
  guildId: string | null,
): Promise<string> {
  const settings = guildId ? await ctx.store.guilds.get(guildId) : null;
  return settings?.timezone ?? ctx.config.defaultTimezone;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "UTC+08:00" for a zone at an instant. */
export function offsetLabel(instant: Date, timezone: string): string {
  return formatUtcOffset(utcOffsetMinutes(instant, timezone));
}

/** "1 January 2026, 09:00". */
export function formatWall(instant: Date, timezone: string, lang: Lang = 'en'): string {
  const p = localParts(instant, timezone);
  return `${formatLongDate(p, lang)}${lang === 'en' ? ', ' : ' '}${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * An instant in the server's local time and in UTC, plus a Discord timestamp that each reader sees relative to now:
 * "1 January 2026, 09:00 Asia/Singapore (UTC+08:00) = 1 January 2026, 01:00 UTC (<t:…:R>)".
 */
export function describeInstant(instant: Date, timezone: string, lang: Lang = 'en'): string {
  const local = `${formatWall(instant, timezone, lang)} ${timezone} (${offsetLabel(instant, timezone)})`;
  const utc = `${formatWall(instant, 'UTC', lang)} UTC`;
  return `${local} = ${utc} (<t:${Math.floor(instant.getTime() / 1000)}:R>)`;
}
