import type { Fact } from '../knowledge/schema.js';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2021-12-03" -> "3 December 2021", "2021-12" -> "December 2021", "2021" -> "2021". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);
}

/** "USD 329.62 billion" or "100,000 passengers a day"; the currency is left out when the unit already names it. */
export function formatFigure(fact: Extract<Fact, { kind: 'figure' }>): string {
  const number = formatNumber(fact.value);
  const unit = fact.unit.trim();
  const unitNamesCurrency = fact.currency ? new RegExp(`\\b${fact.currency}\\b|dollar|yuan|rmb|renminbi`, 'i').test(unit) : true;
  if (unit === '%' || unit === 'percent') return `${number}%`;
  return fact.currency && !unitNamesCurrency ? `${fact.currency} ${number} ${unit}` : `${number} ${unit}`;
}

/** The date a reader should judge the fact's freshness by. */
export function asOfDate(fact: Fact): string {
  if (fact.kind === 'figure') return fact.asOf;
  return fact.sources.map((s) => s.date).sort().at(-1)!;
}

/** A source's date as members see it: "c. December 2024" when the date was inferred from the text. */
export function formatSourceDate(s: Fact['sources'][number]): string {
  return `${s.approximate ? 'c. ' : ''}${formatDate(s.date)}`;
}

export function sourceLine(fact: Fact): string {
  const sources = [...new Set(fact.sources.map((s) => `${s.publisher}, ${formatSourceDate(s)}`))].join('; ');
  return `Source: ${sources} · as of ${formatDate(asOfDate(fact))}`;
}

export const KIND_LABEL: Record<Fact['kind'], string> = { milestone: 'Milestone', figure: 'Figure', agreement: 'Agreement', topic: 'Background' };

const STATUS_LABEL: Record<Extract<Fact, { kind: 'agreement' }>['status'], string> = {
  negotiating: 'under negotiation',
  concluded: 'negotiations concluded',
  signed: 'signed, not yet in force',
  'in-force': 'in force',
  superseded: 'superseded',
};

/** The key facts beside the summary, as label/value pairs (date, figure, status...). */
export function keyFacts(fact: Fact): [string, string][] {
  switch (fact.kind) {
    case 'milestone':
      return [['Date', formatDate(fact.date)]];
    case 'figure':
      return [
        ['Figure', formatFigure(fact)],
        ['Period', fact.period],
      ];
    case 'agreement': {
      const rows: [string, string][] = [['Status', STATUS_LABEL[fact.status]]];
      if (fact.signed) rows.push(['Signed', formatDate(fact.signed)]);
      if (fact.inForce) rows.push(['In force', formatDate(fact.inForce)]);
      if (!fact.signed && !fact.inForce) rows.push(['Date', formatDate(fact.date)]);
      rows.push(['Parties', fact.parties.join(', ')]);
      return rows;
    }
    case 'topic':
      return [];
  }
}

/** A plain-text answer for the terminal (CLI and sandbox). */
export function factToText(fact: Fact): string {
  const lines = [`${fact.title}  [${KIND_LABEL[fact.kind]}]`, '', fact.summary];
  if (fact.details) lines.push('', fact.details);
  lines.push('', ...keyFacts(fact).map(([k, v]) => `${k}: ${v}`), sourceLine(fact));
  return lines.join('\n');
}
