import type { Fact } from '../knowledge/schema.js';
import { formatNumber, MONTHS } from './format.js';

type Figure = Extract<Fact, { kind: 'figure' }>;

/**
 * Qualifiers the fact base writes after the unit in brackets ("billion US dollars (more than)"), and how each
 * reads in front of the number. Stored facts keep that convention, so it is read here rather than in the schema.
 */
const QUALIFIERS: Record<string, string> = {
  'more than': 'more than',
  over: 'over',
  nearly: 'nearly',
  almost: 'almost',
  about: 'about',
  around: 'around',
  roughly: 'roughly',
  'at least': 'at least',
  'up to': 'up to',
  peak: 'a peak of',
  average: 'an average of',
};

/** Splits "percent of China's trade (nearly)" into the unit and a known qualifier. */
export function splitUnit(unit: string): { unit: string; qualifier?: string } {
  const m = unit.trim().match(/^(.*?)\s*\(([^()]+)\)$/);
  const key = m?.[2]!.trim().toLowerCase();
  if (!m || !key || !Object.hasOwn(QUALIFIERS, key)) return { unit: unit.trim() };
  return { unit: m[1]!, qualifier: QUALIFIERS[key]! };
}

/** "nearly 17% of China's trade", "USD 684.6 billion", "an average of 13,000 vehicles per day". */
export function formatFigure(fact: Figure): string {
  const number = formatNumber(fact.value);
  const { unit, qualifier } = splitUnit(fact.unit);
  const unitNamesCurrency = fact.currency
    ? new RegExp(`\\b${fact.currency}\\b|dollar|yuan|rmb|renminbi`, 'i').test(unit)
    : true;
  const percent = unit.match(/^(%|percent)(\s+.*)?$/i);
  const core = percent
    ? `${number}%${percent[2] ?? ''}`
    : fact.currency && !unitNamesCurrency
      ? `${fact.currency} ${number} ${unit}`
      : `${number} ${unit}`;
  return qualifier ? `${qualifier} ${core}` : core;
}

/** "January-April 2025" → "January–April 2025": a range of months takes an en dash. */
export function formatPeriod(period: string): string {
  // Built on call: format.ts and this file import each other, so MONTHS is not ready at load time.
  const monthRange = new RegExp(`\\b(${MONTHS.join('|')})\\s*-\\s*(${MONTHS.join('|')})\\b`, 'g');
  return period.replace(monthRange, '$1–$2').trim();
}

/** A period opening with a common word continues the sentence in lower case; names and months keep their capital. */
function continuing(period: string): string {
  const first = period.split(/[\s,]/)[0] ?? '';
  const keep =
    MONTHS.some((m) => period.startsWith(m)) ||
    /\d/.test(first) ||
    first === first.toUpperCase() ||
    /^[A-Z][a-z]+-[A-Z]/.test(first);
  return keep ? period : period.charAt(0).toLowerCase() + period.slice(1);
}

/** One line per figure: the number with its qualifier first, then the period after a comma, with no brackets around it. */
export function figureLine(fact: Figure): string {
  return `${formatFigure(fact)}, ${continuing(formatPeriod(fact.period))}`;
}
