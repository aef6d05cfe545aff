import type { APIEmbed, ChatInputCommandInteraction } from 'discord.js';
import { parseLocalDate } from '../../knowledge/anniversaries.js';
import { clip, defuseMentions, fitEmbed, LIMITS } from '../../render/limits.js';
import { formatLongDate } from '../../scheduler/message.js';
import { localToday, nextScheduledPost, previewDay } from '../../scheduler/preview.js';
import { respond } from '../shared/respond.js';
import { describeInstant } from '../shared/server-time.js';
import type { BotContext } from '../types.js';
import { effectiveSettings } from './guard.js';
import { replyLanguage } from '../shared/language.js';
import { t } from '../../i18n/catalogue.js';
import { Refusal } from '../shared/refusal.js';
import { REMINDERS_OPTIONS } from './options.js';

/** `/reminders preview [date]`: the message that day would get, shown only to the asker; nothing is posted or recorded. */
export async function preview(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  guildId: string,
): Promise<void> {
  const { stored, schedule } = await effectiveSettings(ctx, guildId, interaction.guildLocale);
  const typed = interaction.options.getString(REMINDERS_OPTIONS.date);
  const now = ctx.now();
  const lang = await replyLanguage(interaction, ctx);
  let localDate = localToday(now, schedule.timezone);
  if (typed !== null) {
    const parsed = parseLocalDate(typed);
    if (!parsed) throw new Refusal(t(lang, 'reminders.badDate', { typed: clip(typed, 20) }));
    localDate = parsed;
  }
  const day = previewDay({ settings: schedule, facts: ctx.kb.facts(), localDate });
  const setupNote = stored?.enabled ? '' : t(lang, 'reminders.notOnNote');

  if (!day.payload) {
    const next = nextScheduledPost({ settings: schedule, facts: ctx.kb.facts(), now });
    const hint = next
      ? t(lang, 'reminders.nextDue', { when: describeInstant(next.postingInstant, schedule.timezone, lang) })
      : '';
    const nothing = t(lang, 'reminders.nothingOn', { date: formatLongDate(localDate, lang) });
    return respond(
      interaction,
      { content: clip(`${nothing}${hint}${setupNote}`, LIMITS.content), embeds: [], components: [] },
      true,
    );
  }
  const header = `${t(lang, 'reminders.previewHeader', {
    date: formatLongDate(localDate, lang),
    when: describeInstant(day.postingInstant, schedule.timezone, lang),
  })}${setupNote}`;
  const content = clip(defuseMentions(`${header}\n\n${day.payload.content}`), LIMITS.content);
  // The payload is already within Discord's limits (message.ts); fitEmbed is a second guard.
  const embeds: APIEmbed[] = day.payload.embeds.map((e) => fitEmbed({ ...e }));
  await respond(interaction, { content, embeds, components: [] }, true);
}
