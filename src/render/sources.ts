import type { Fact, Source } from '../knowledge/schema.js';
import { formatDate } from './format.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { isChinese } from '../i18n/pick-language.js';

/** "3 December 2021", or "c. December 2024" when the date was inferred rather than printed on the source. */
export function sourceDate(source: Pick<Source, 'date' | 'approximate'>, lang: Lang = 'en'): string {
  const date = formatDate(source.date, lang);
  return source.approximate ? t(lang, 'fact.about', { date }) : date;
}

/** Brackets and markdown in a title would end the link early or format it; backslashes keep them literal. */
function linkText(text: string): string {
  return text.replace(/([\\[\]*_~`|<>])/g, '\\$1');
}

/** Parentheses and spaces would end a masked link's target, so they are percent-encoded. */
function linkTarget(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** "[Title](url) — Publisher, 3 December 2021"; the title is plain text when there is no url or `linked` is false. */
export function sourceMarkdown(source: Source, linked = true, lang: Lang = 'en'): string {
  const title =
    linked && source.url ? `[${linkText(source.title)}](${linkTarget(source.url)})` : linkText(source.title);
  return `${title} — ${linkText(source.publisher)}${isChinese(lang) ? '，' : ', '}${sourceDate(source, lang)}`;
}

/**
 * Every source of a fact as lines of markdown within `max` characters: links are dropped from the last lines
 * first when they do not fit, and whatever still does not fit is counted as "…and N more".
 */
export function sourcesMarkdown(sources: readonly Source[], max: number, bullet = '• ', lang: Lang = 'en'): string {
  const lines: string[] = [];
  const more = (count: number) => t(lang, 'fact.andMore', { count });
  for (let i = 0; i < sources.length; i++) {
    const rest = sources.length - i - 1;
    const reserve = rest > 0 ? `\n${more(rest)}`.length : 0;
    const used = lines.reduce((n, l) => n + l.length + 1, 0);
    const fits = [sourceMarkdown(sources[i]!, true, lang), sourceMarkdown(sources[i]!, false, lang)]
      .map((text) => `${bullet}${text}`)
      .find((line) => used + line.length + reserve <= max);
    if (!fits) {
      lines.push(more(sources.length - i));
      break;
    }
    lines.push(fits);
  }
  return lines.join('\n');
}

/** Plain text for the terminal: one source a line, with its url. */
export function sourcesText(fact: Fact): string[] {
  return fact.sources.map((s) => `  ${s.title} — ${s.publisher}, ${sourceDate(s)}${s.url ? ` <${s.url}>` : ''}`);
}
