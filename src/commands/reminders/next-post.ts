import { escapeMarkdown } from 'discord.js';
import { anniversaryHeadline, formatDayMonth } from '../../scheduler/message.js';
import type { DayPreview } from '../../scheduler/preview.js';

/** "🎉 16th anniversary — China-ASEAN Free Trade Area …", then "⏳ countdown: …" lines; markdown-escaped. */
export function contentLines(day: Pick<DayPreview, 'anniversaries' | 'countdowns'>): string[] {
  return [
    ...day.anniversaries.map((a) => `${anniversaryHeadline(a)} — ${escapeMarkdown(a.fact.title)}`),
    ...day.countdowns.map((c) => `⏳ ${c.daysUntil} days to the ${anniversaryHeadline(c).replace('🎉 ', '')} of ${escapeMarkdown(c.fact.title)} (${formatDayMonth(c.on)})`),
  ];
}
