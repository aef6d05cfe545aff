import type { APIEmbed, ChatInputCommandInteraction } from 'discord.js';
import { parseLocalDate } from '../../knowledge/anniversaries.js';
import { clip, defuseMentions, fitEmbed, LIMITS } from '../../render/limits.js';
import { formatLongDate } from '../../scheduler/message.js';
import { localToday, nextScheduledPost, previewDay } from '../../scheduler/preview.js';
import { refuse, respond } from '../shared/respond.js';
import { describeInstant } from '../shared/server-time.js';
import type { BotContext } from '../types.js';
import { effectiveSettings } from './guard.js';

/** `/reminders preview [date]`: the message that day would get, shown only to the asker; nothing is posted or recorded. */
export async function preview(interaction: ChatInputCommandInteraction, ctx: BotContext, guildId: string): Promise<void> {
  const { stored, schedule } = effectiveSettings(ctx, guildId, interaction.guildLocale);
  const typed = interaction.options.getString('date');
  const now = ctx.now();
  let localDate = localToday(now, schedule.timezone);
  if (typed !== null) {
    const parsed = parseLocalDate(typed);
    if (!parsed) return refuse(interaction, `"${clip(typed, 20)}" is not a date. Use YYYY-MM-DD, for example 2026-01-01.`);
    localDate = parsed;
  }
  const day = previewDay({ settings: schedule, facts: ctx.kb.facts(), localDate });
  const setupNote = stored?.enabled ? '' : '\n(Reminders are not on in this server: this uses the default time and time zone. `/reminders setup` turns them on.)';

  if (!day.payload) {
    const next = nextScheduledPost({ settings: schedule, facts: ctx.kb.facts(), now });
    const hint = next ? ` The next post is due ${describeInstant(next.postingInstant, schedule.timezone)}.` : '';
    return respond(
      interaction,
      { content: clip(`Nothing would be posted on ${formatLongDate(localDate)}: no anniversaries that day.${hint}${setupNote}`, LIMITS.content), embeds: [], components: [] },
      true,
    );
  }
  const header = `👀 **Preview** (not posted) for ${formatLongDate(localDate)}, due ${describeInstant(day.postingInstant, schedule.timezone)}${setupNote}`;
  const content = clip(defuseMentions(`${header}\n\n${day.payload.content}`), LIMITS.content);
  // The payload is already within Discord's limits (message.ts); fitEmbed is a second guard.
  const embeds: APIEmbed[] = day.payload.embeds.map((e) => fitEmbed({ ...e }));
  await respond(interaction, { content, embeds, components: [] }, true);
}
