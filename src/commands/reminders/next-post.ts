import { escapeMarkdown } from 'discord.js';
import { anniversaryHeadline, formatDayMonth } from '../../scheduler/message.js';
import type { DayPreview } from '../../scheduler/preview.js';
import { t, type Lang } from '../../i18n/catalogue.js';
import { localTitle } from '../../render/fact-text.js';

/** "🎉 16th anniversary — China-ASEAN Free Trade Area …", then "⏳ countdown: …" lines; markdown-escaped. */
export function contentLines(day: Pick<DayPreview, 'anniversaries' | 'countdowns'>, lang: Lang = 'en'): string[] {
  return [
    ...day.anniversaries.map((a) => `${anniversaryHeadline(a, lang)} — ${escapeMarkdown(localTitle(a.fact, lang))}`),
    ...day.countdowns.map((c) =>
      t(lang, 'reminders.countdownLine', {
        count: c.daysUntil,
        headline: anniversaryHeadline(c, lang).replace('🎉 ', ''),
        title: escapeMarkdown(localTitle(c.fact, lang)),
        date: formatDayMonth(c.on, lang),
      }),
    ),
  ];
}
