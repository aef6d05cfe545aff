import type { Fact } from '../../knowledge/schema.js';
import { formatNumber } from '../format.js';
import { DEFAULT_LANG, t, type Lang } from '../../i18n/catalogue.js';
import { isChinese } from '../../i18n/pick-language.js';
import { zhFigure, zhPeriod } from '../../i18n/zh-format.js';

export type Figure = Extract<Fact, { kind: 'figure' }>;

export interface SeriesPoint {
  label: string;
  value: number;
}

/** One measure over several periods, ready to chart: what it is, in what unit, and its points in order. */
export interface Series {
  id: string;
  title: string;
  unit: string;
  /** The figures' own unit and currency, for writing a value the way another language does (亿美元). */
  measure: { unit: string; currency?: string };
  publishers: string[];
  points: SeriesPoint[];
  /** Identifies the content: a chart drawn for one key fits every series with that key. */
  key: string;
}

/** "Calendar year 2021" → "2021": on an axis the shortest label that still tells the points apart. */
function shortLabel(period: string): string {
  return period.replace(/^(calendar|fiscal|full)\s+year\s+/i, '').trim();
}

/** "China–ASEAN goods trade, 2020" and "…, 2021" → "China–ASEAN goods trade": the words the titles share. */
function sharedTitle(titles: readonly string[]): string {
  let prefix = titles[0] ?? '';
  for (const t of titles) while (!t.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const whole = titles.every((t) => t.length === prefix.length || /\W/.test(t.charAt(prefix.length)))
    ? prefix
    : prefix.replace(/\S*$/, '');
  return whole.replace(/[\s,:;–—-]+$/, '').trim() || (titles[0] ?? 'Series');
}

/**
 * The series a figure belongs to: the figures with its series id and its unit and currency (a point in another
 * unit would be drawn on the wrong scale), in date order. Undefined when there is nothing to compare.
 */
export function seriesOf(fact: Fact, facts: readonly Fact[]): Series | undefined {
  if (fact.kind !== 'figure' || !fact.series) return undefined;
  const members = facts
    .filter(
      (f): f is Figure =>
        f.kind === 'figure' && f.series === fact.series && f.unit === fact.unit && f.currency === fact.currency,
    )
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.period.localeCompare(b.period));
  if (members.length < 2) return undefined;
  const unit = [fact.currency, fact.unit].filter(Boolean).join(' ');
  const points = members.map((f) => ({ label: shortLabel(f.period), value: f.value }));
  const title = sharedTitle(members.map((f) => f.title));
  const publishers = [...new Set(members.flatMap((f) => f.sources.map((s) => s.publisher)))];
  const measure = { unit: fact.unit, ...(fact.currency ? { currency: fact.currency } : {}) };
  return {
    id: fact.series,
    title,
    unit,
    measure,
    publishers,
    points,
    key: JSON.stringify([title, unit, publishers, points]),
  };
}

/**
 * What the chart shows, in words, for people who cannot see it (Discord attachment description, ≤ 1024), in the
 * reader's language: the picture stays English (its font may lack CJK glyphs), the description need not. The
 * series title is the facts' English title, as in the picture.
 */
export function seriesAltText(series: Series, lang: Lang = DEFAULT_LANG): string {
  const zh = isChinese(lang);
  const value = (n: number) => (zh ? zhFigure(n, series.measure.unit, series.measure.currency) : formatNumber(n));
  const label = (p: SeriesPoint) => (zh ? zhPeriod(p.label) : p.label);
  const values = series.points
    .map((p) => t(lang, 'chart.point', { label: label(p), value: value(p.value) }))
    .join(t(lang, 'chart.valueSeparator'));
  const high = series.points.reduce((a, b) => (b.value > a.value ? b : a));
  const low = series.points.reduce((a, b) => (b.value < a.value ? b : a));
  const text = t(lang, 'chart.alt', {
    title: series.title,
    unit: series.unit,
    from: label(series.points[0]!),
    to: label(series.points.at(-1)!),
    values,
    high: label(high),
    highValue: value(high.value),
    low: label(low),
    lowValue: value(low.value),
    publishers: series.publishers.join(zh ? '、' : ', '),
  });
  return text.length > 1024 ? `${text.slice(0, 1023)}…` : text;
}
