import { ChannelType, type ChatInputCommandInteraction } from 'discord.js';
import { getGuildSettings, GuildSettingsError, pendingPostAtChange, upsertGuildSettings } from '../../knowledge/store/guild-settings.js';
import { formatLongDate } from '../../scheduler/message.js';
import { contentFor } from '../../scheduler/plan.js';
import { clip, defuseMentions, LIMITS } from '../../render/limits.js';
import { refuse, respond } from '../shared/respond.js';
import { describeInstant, offsetLabel } from '../shared/server-time.js';
import type { BotContext } from '../types.js';
import { contentLines } from './next-post.js';
import { nextScheduledPost } from '../../scheduler/preview.js';
import { languages } from '../../i18n/catalogue.js';
import { supported } from '../../i18n/pick-language.js';

/** "English", "简体中文": how the setup reply names a language, in that language. */
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Channel types reminders may go to (the option offers only these; checked again here). */
export const REMINDER_CHANNEL_TYPES = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

function chosenChannel(interaction: ChatInputCommandInteraction): { id: string; type: ChannelType | undefined } | null {
  const resolved = interaction.options.getChannel('channel');
  if (resolved) return { id: resolved.id, type: resolved.type };
  // Discord always sends the resolved channel; fall back to the raw id and the cache just in case.
  const raw = interaction.options.get('channel')?.value;
  if (typeof raw !== 'string') return null;
  return { id: raw, type: interaction.guild?.channels.cache.get(raw)?.type };
}

export function countdownText(days: number): string {
  return days > 0 ? `${days} day${days === 1 ? '' : 's'} before round anniversaries` : 'off';
}

export function factOfTheDayText(on: boolean): string {
  return on ? 'on (days with no anniversary; no fact twice within 30 days)' : 'off (`fact_of_the_day:true` turns it on)';
}

export async function setup(interaction: ChatInputCommandInteraction, ctx: BotContext, guildId: string): Promise<void> {
  const channel = chosenChannel(interaction);
  if (!channel) return refuse(interaction, 'Choose a channel for the reminders.');
  if (channel.type !== undefined && !(REMINDER_CHANNEL_TYPES as readonly ChannelType[]).includes(channel.type)) {
    return refuse(interaction, 'Reminders can only go to a text or announcement channel. Pick another channel.');
  }
  const existing = getGuildSettings(ctx.db, guildId);
  const time = interaction.options.getString('time');
  const timezone = interaction.options.getString('timezone');
  const countdownDays = interaction.options.getInteger('countdown_days');
  const factOfTheDay = interaction.options.getBoolean('fact_of_the_day');
  // Chosen, else kept, else the server's Discord language when the bot speaks it, else English.
  const language = supported(interaction.options.getString('language'), languages()) ?? existing?.language ?? supported(interaction.guildLocale, languages()) ?? 'en';

  let saved;
  try {
    // Validates everything before writing anything: a bad time or zone leaves the settings as they were.
    saved = upsertGuildSettings(
      ctx.db,
      {
        guildId,
        channelId: channel.id,
        enabled: true,
        ...(time !== null ? { postTime: time } : existing ? {} : { postTime: '09:00' }),
        ...(timezone !== null ? { timezone } : existing ? {} : { timezone: ctx.config.defaultTimezone }),
        ...(countdownDays !== null ? { countdownDays } : {}),
        ...(factOfTheDay !== null ? { factOfTheDay } : {}),
        language,
      },
      ctx.now(),
    );
  } catch (error) {
    if (error instanceof GuildSettingsError) return refuse(interaction, `${error.message} Nothing was changed.`);
    throw error;
  }
  ctx.log.info('reminders: set up', { guildId, channelId: saved.channelId, postTime: saved.postTime, timezone: saved.timezone, by: interaction.user.id });

  const now = ctx.now();
  const next = nextScheduledPost({ settings: saved, facts: ctx.kb.facts(), now });
  const lines = [
    `✅ Anniversary reminders are **on** in <#${channel.id}>.`,
    `• Posting time: **${saved.postTime}** ${saved.timezone} (${offsetLabel(now, saved.timezone)} now)`,
    `• Countdown posts: ${countdownText(saved.countdownDays)}`,
    `• Fact of the day: ${factOfTheDayText(saved.factOfTheDay)}`,
    `• Language of the posts: ${LANGUAGE_NAMES[language] ?? language}`,
    next
      ? `• Next post: ${describeInstant(next.postingInstant, saved.timezone)}\n${contentLines(next).map((l) => `  – ${l}`).join('\n')}`
      : '• Next post: none within a year (no dated anniversaries in the fact base).',
  ];
  const pending = existing?.enabled && existing.channelId ? pendingPostAtChange(existing, saved, now) : null;
  if (pending && contentFor(saved, ctx.kb.facts(), pending.localDate).claims.length > 0) {
    const day = formatLongDate(pending.localDate);
    lines.push(
      pending.carried
        ? `• The post for ${day} had not gone out yet and ${saved.postTime} has already passed in ${saved.timezone}: it goes out **now** (within a minute).`
        : `• The post for ${day} had not gone out yet: it goes out at the new time, ${describeInstant(pending.instant, saved.timezone)}.`,
    );
  }
  if (saved.lastError) lines.push(`⚠️ Last problem (cleared by the next successful post): ${saved.lastError}`);
  lines.push('Run `/reminders test` to check that I can post there, or `/reminders preview` to see a day\'s post.');
  await respond(interaction, { content: clip(defuseMentions(lines.join('\n')), LIMITS.content), embeds: [], components: [] }, true);
}
