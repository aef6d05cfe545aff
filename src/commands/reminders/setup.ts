import { ChannelType, type ChatInputCommandInteraction } from 'discord.js';
import { GuildSettingsError, pendingPostAtChange } from '../../knowledge/store/guild-settings.js';
import { formatLongDate } from '../../scheduler/message.js';
import { contentFor } from '../../scheduler/plan.js';
import { clip, defuseMentions, LIMITS } from '../../render/limits.js';
import { respond } from '../shared/respond.js';
import { describeInstant, offsetLabel } from '../shared/server-time.js';
import type { BotContext } from '../types.js';
import { contentLines } from './next-post.js';
import { nextScheduledPost } from '../../scheduler/preview.js';
import { languages } from '../../i18n/catalogue.js';
import { supported } from '../../i18n/pick-language.js';
import { replyLanguage } from '../shared/language.js';
import { t, type Lang } from '../../i18n/catalogue.js';
import { Refusal } from '../shared/refusal.js';
import { REMINDERS_OPTIONS } from './options.js';

/** "English", "简体中文": how the setup reply names a language, in that language. */
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Channel types reminders may go to (the option offers only these; checked again here). */
export const REMINDER_CHANNEL_TYPES = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

function chosenChannel(interaction: ChatInputCommandInteraction): { id: string; type: ChannelType | undefined } | null {
  const resolved = interaction.options.getChannel(REMINDERS_OPTIONS.channel);
  if (resolved) return { id: resolved.id, type: resolved.type };
  // Discord always sends the resolved channel; fall back to the raw id and the cache just in case.
  const raw = interaction.options.get(REMINDERS_OPTIONS.channel)?.value;
  if (typeof raw !== 'string') return null;
  return { id: raw, type: interaction.guild?.channels.cache.get(raw)?.type };
}

export function countdownText(days: number, lang: Lang = 'en'): string {
  if (days <= 0) return t(lang, 'reminders.off');
  return t(lang, days === 1 ? 'reminders.countdownOnOne' : 'reminders.countdownOn', { count: days });
}

export function factOfTheDayText(on: boolean, lang: Lang = 'en'): string {
  return t(lang, on ? 'reminders.factOfTheDayOn' : 'reminders.factOfTheDayOff');
}

export async function setup(interaction: ChatInputCommandInteraction, ctx: BotContext, guildId: string): Promise<void> {
  const channel = chosenChannel(interaction);
  const lang = await replyLanguage(interaction, ctx);
  if (!channel) throw new Refusal(t(lang, 'reminders.chooseChannel'));
  if (channel.type !== undefined && !(REMINDER_CHANNEL_TYPES as readonly ChannelType[]).includes(channel.type)) {
    throw new Refusal(t(lang, 'reminders.wrongChannel'));
  }
  const existing = await ctx.store.guilds.get(guildId);
  const time = interaction.options.getString(REMINDERS_OPTIONS.time);
  const timezone = interaction.options.getString(REMINDERS_OPTIONS.timezone);
  const countdownDays = interaction.options.getInteger(REMINDERS_OPTIONS.countdown_days);
  const factOfTheDay = interaction.options.getBoolean(REMINDERS_OPTIONS.fact_of_the_day);
  // Chosen, else kept, else the server's Discord language when the bot speaks it, else English.
  const language =
    supported(interaction.options.getString(REMINDERS_OPTIONS.language), languages()) ??
    existing?.language ??
    supported(interaction.guildLocale, languages()) ??
    'en';

  let saved;
  try {
    // Validates everything before writing anything: a bad time or zone leaves the settings as they were.
    saved = await ctx.store.guilds.upsert(
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
    // The store's validation messages are English; the frame around them is in the manager's language.
    if (error instanceof GuildSettingsError)
      throw new Refusal(t(lang, 'reminders.nothingChanged', { error: error.message }));
    throw error;
  }
  ctx.log.info('reminders: set up', {
    guildId,
    channelId: saved.channelId,
    postTime: saved.postTime,
    timezone: saved.timezone,
    by: interaction.user.id,
  });

  const now = ctx.now();
  const next = nextScheduledPost({ settings: saved, facts: ctx.kb.facts(), now });
  const lines = [
    t(lang, 'reminders.setupOn', { channel: channel.id }),
    t(lang, 'reminders.setupTime', {
      time: saved.postTime,
      timezone: saved.timezone,
      offset: offsetLabel(now, saved.timezone),
    }),
    t(lang, 'reminders.setupCountdown', { value: countdownText(saved.countdownDays, lang) }),
    t(lang, 'reminders.setupFactOfTheDay', { value: factOfTheDayText(saved.factOfTheDay, lang) }),
    t(lang, 'reminders.setupLanguage', {
      language: Object.hasOwn(LANGUAGE_NAMES, language) ? LANGUAGE_NAMES[language]! : language,
    }),
    next
      ? `${t(lang, 'reminders.setupNext', { when: describeInstant(next.postingInstant, saved.timezone, lang) })}\n${contentLines(
          next,
          lang,
        )
          .map((l) => `  – ${l}`)
          .join('\n')}`
      : t(lang, 'reminders.setupNoNext'),
  ];
  const pending = existing?.enabled && existing.channelId ? pendingPostAtChange(existing, saved, now) : null;
  if (pending && contentFor(saved, ctx.kb.facts(), pending.localDate).claims.length > 0) {
    const day = formatLongDate(pending.localDate, lang);
    lines.push(
      pending.carried
        ? t(lang, 'reminders.carriedNow', { day, time: saved.postTime, timezone: saved.timezone })
        : t(lang, 'reminders.carriedLater', { day, when: describeInstant(pending.instant, saved.timezone, lang) }),
    );
  }
  if (saved.lastError) lines.push(t(lang, 'reminders.lastProblem', { error: saved.lastError }));
  lines.push(t(lang, 'reminders.setupTry'));
  await respond(
    interaction,
    { content: clip(defuseMentions(lines.join('\n')), LIMITS.content), embeds: [], components: [] },
    true,
  );
}
