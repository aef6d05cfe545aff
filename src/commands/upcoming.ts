import { escapeMarkdown, SlashCommandBuilder } from 'discord.js';
import { addDays, formatIsoDate, upcomingAnniversaries, type UpcomingAnniversary } from '../knowledge/anniversaries.js';
import { listFooter } from '../render/list-embed.js';
import { clip } from '../render/limits.js';
import { formatLongDate } from '../scheduler/message.js';
import { localToday, nextAnniversaryDate } from '../scheduler/preview.js';
import { isPrivate, refuse, respond } from './shared/respond.js';
import { sendList } from './shared/send-list.js';
import { serverTimeZone } from './shared/server-time.js';
import type { Command } from './types.js';

export const DEFAULT_UPCOMING_DAYS = 30;
export const MAX_UPCOMING_DAYS = 366;
/** One line per anniversary; ten to a page, so well within the 4096-character description. */
const LINE_MAX = 300;

function when(daysUntil: number): string {
  if (daysUntil === 0) return 'today';
  if (daysUntil === 1) return 'tomorrow';
  return `in ${daysUntil} days`;
}

/** "`2026-01-01` **🎉 16th anniversary** · China-ASEAN Free Trade Area … (entered into force, 2010) · in 12 days". */
export function upcomingLine(a: UpcomingAnniversary): string {
  const headline = a.round ? `**🎉 ${a.ordinal} anniversary**` : `${a.ordinal} anniversary`;
  const what = a.fact.kind === 'milestone' ? `${a.occasion.year}` : `${a.occasion.label}, ${a.occasion.year}`;
  const line = `\`${formatIsoDate(a.on)}\` ${headline} · **${escapeMarkdown(a.fact.title)}** (${escapeMarkdown(what)}) · ${when(a.daysUntil)}`;
  return clip(line, LINE_MAX);
}

export const upcoming: Command = {
  scope: 'global',
  data: new SlashCommandBuilder()
    .setName('upcoming')
    .setDescription('Anniversaries of China–ASEAN milestones and agreements coming up')
    .addIntegerOption((o) =>
      o
        .setName('days')
        .setDescription(`How many days ahead to look (default ${DEFAULT_UPCOMING_DAYS}, up to ${MAX_UPCOMING_DAYS})`)
        .setMinValue(1)
        .setMaxValue(MAX_UPCOMING_DAYS),
    )
    .addBooleanOption((o) => o.setName('private').setDescription('Only you see the list')),

  async execute(interaction, ctx) {
    const days = interaction.options.getInteger('days') ?? DEFAULT_UPCOMING_DAYS;
    if (!Number.isInteger(days) || days < 1 || days > MAX_UPCOMING_DAYS) {
      return refuse(interaction, `Days must be a whole number from 1 to ${MAX_UPCOMING_DAYS}.`);
    }
    const timezone = serverTimeZone(ctx, interaction.guildId);
    const today = localToday(ctx.now(), timezone);
    const end = addDays(today, days);
    const facts = ctx.kb.facts();
    const found = upcomingAnniversaries(facts, today, days);
    const range = `${formatLongDate(today)} – ${formatLongDate(end)}`;

    if (found.length === 0) {
      const next = nextAnniversaryDate(facts, end, 3660);
      const hint = next ? ` The next one is on ${formatLongDate(next.localDate)}; try a larger \`days\`.` : '';
      return respond(
        interaction,
        { content: `No anniversaries in the next ${days} day${days === 1 ? '' : 's'} (${range}, ${timezone}).${hint}`, embeds: [], components: [] },
        isPrivate(interaction),
      );
    }

    const title = `Anniversaries in the next ${days} day${days === 1 ? '' : 's'}`;
    const shownFacts = [...new Map(found.map((a) => [a.fact.id, a.fact])).values()];
    const footer = `${range} · dates in ${timezone} · 🎉 = round anniversary · ${listFooter(shownFacts)}`;
    return sendList(interaction, ctx, { title, lines: found.map(upcomingLine), footer }, isPrivate(interaction));
  },
};
