import type { Fact } from '../knowledge/schema.js';
import { formatFigure, formatPeriod } from './figure-line.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { isChinese } from '../i18n/pick-language.js';
import { localText } from './fact-text.js';
import { zhDate, zhFigure, zhParty, zhPeriod } from '../i18n/zh-format.js';
import { assertNever } from '../knowledge/fact-kinds.js';
import { MONTHS } from '../knowledge/months.js';

export { formatFigure };

export { MONTHS };

/** "2021-12-03" -> "3 December 2021", "2021-12" -> "December 2021", "2021" -> "2021". */
export function formatDate(iso: string, lang: Lang = 'en'): string {
  if (isChinese(lang)) return zhDate(iso);
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);
}

/** The date a reader should judge the fact's freshness by. */
export function asOfDate(fact: Fact): string {
  if (fact.kind === 'figure') return fact.asOf;
  return fact.sources
    .map((s) => s.date)
    .sort()
    .at(-1)!;
}

/** A source's date as members see it: "c. December 2024" when the date was inferred from the text. */
export function formatSourceDate(s: Fact['sources'][number], lang: Lang = 'en'): string {
  const date = formatDate(s.date, lang);
  return s.approximate ? t(lang, 'fact.about', { date }) : date;
}

export function sourceLine(fact: Fact, lang: Lang = 'en'): string {
  const comma = isChinese(lang) ? '，' : ', ';
  const sources = [...new Set(fact.sources.map((s) => `${s.publisher}${comma}${formatSourceDate(s, lang)}`))].join(
    isChinese(lang) ? '；' : '; ',
  );
  return t(lang, 'fact.sourceLine', { sources, date: formatDate(asOfDate(fact), lang) });
}

/** What a fact's footer says once its sources are listed in full above it. */
export function asOfLine(fact: Fact, lang: Lang = 'en'): string {
  return t(lang, 'fact.asOf', {
    kind: kindLabel(fact.kind, lang),
    id: fact.id,
    date: formatDate(asOfDate(fact), lang),
  });
}

export const kindLabel = (kind: Fact['kind'], lang: Lang = 'en'): string => t(lang, `fact.kind.${kind}`);

/** A figure's value and period in the reader's language. */
export function figureIn(
  fact: Extract<Fact, { kind: 'figure' }>,
  lang: Lang = 'en',
): { figure: string; period: string } {
  if (isChinese(lang)) return { figure: zhFigure(fact.value, fact.unit, fact.currency), period: zhPeriod(fact.period) };
  return { figure: formatFigure(fact), period: formatPeriod(fact.period) };
}

/** The key facts beside the summary, as label/value pairs (date, figure, status...), in the reader's language. */
export function keyFacts(fact: Fact, lang: Lang = 'en'): [string, string][] {
  const label = (key: string) => t(lang, `fact.key.${key}`);
  switch (fact.kind) {
    case 'milestone':
      return [[label('date'), formatDate(fact.date, lang)]];
    case 'figure': {
      const { figure, period } = figureIn(fact, lang);
      return [
        [label('figure'), figure],
        [label('period'), period],
      ];
    }
    case 'agreement': {
      const rows: [string, string][] = [[label('status'), t(lang, `fact.status.${fact.status}`)]];
      if (fact.signed) rows.push([label('signed'), formatDate(fact.signed, lang)]);
      if (fact.inForce) rows.push([label('inForce'), formatDate(fact.inForce, lang)]);
      if (!fact.signed && !fact.inForce) rows.push([label('date'), formatDate(fact.date, lang)]);
      rows.push([label('parties'), isChinese(lang) ? fact.parties.map(zhParty).join('、') : fact.parties.join(', ')]);
      return rows;
    }
    case 'topic':
      return [];
    default:
      return assertNever(fact);
  }
}

/**
 * The two key facts a fact shows among several: an agreement's status and its latest date (in force, else signed), so
 * "RCEP: in force since 1 January 2022" rather than its signing; other kinds their first two.
 */
export function briefKeyFacts(fact: Fact, lang: Lang = 'en'): [string, string][] {
  const rows = keyFacts(fact, lang);
  if (fact.kind !== 'agreement') return rows.slice(0, 2);
  // Status first, parties last, at least one date between (keyFacts above).
  return [rows[0]!, rows.at(-2)!];
}

/** A plain-text answer for the terminal (CLI and sandbox). */
/** "Label: value", with the full-width colon in Chinese. */
export function labelled(label: string, value: string, lang: Lang): string {
  return `${label}${isChinese(lang) ? '：' : ': '}${value}`;
}

/** A fact as plain text (the offline `npm run ask`), in the reader's language as the bot's embeds are. */
export function factToText(fact: Fact, lang: Lang = 'en'): string {
  const text = localText(fact, lang);
  const lines = [
    `${text.title}  [${kindLabel(fact.kind, lang)}]`,
    ...(text.note ? ['', text.note] : []),
    '',
    text.summary,
  ];
  if (text.details) lines.push('', text.details);
  lines.push(
    '',
    ...keyFacts(fact, lang).map(([k, v]) => labelled(k, v, lang)),
    sourceLine(fact, lang),
    ...fact.sources.map((s) => `  ${s.title}${s.url ? ` <${s.url}>` : ''}`),
  );
  return lines.join('\n');
}
