import { Fact } from '../../src/knowledge/schema.js';

const source = (publisher = 'Xinhua') => [{ publisher, title: 'Report on the corridor', date: '2024-01-01' }];

export function milestone(id: string, date: string, extra: Partial<Record<string, unknown>> = {}): Fact {
  return Fact.parse({
    kind: 'milestone',
    id,
    title: `Milestone ${id}`,
    summary: `Something notable happened for ${id}.`,
    sources: source(),
    date,
    ...extra,
  });
}

export function agreement(
  id: string,
  dates: { date: string; signed?: string; inForce?: string },
  extra: Partial<Record<string, unknown>> = {},
): Fact {
  return Fact.parse({
    kind: 'agreement',
    id,
    title: `Agreement ${id}`,
    summary: `An agreement between the parties, ${id}.`,
    sources: source('ASEAN Secretariat'),
    status: 'in-force',
    parties: ['China', 'ASEAN'],
    ...dates,
    ...extra,
  });
}

export function figure(id: string): Fact {
  return Fact.parse({
    kind: 'figure',
    id,
    title: `Figure ${id}`,
    summary: `Trade reached a level for ${id}.`,
    sources: source(),
    value: 1,
    unit: 'USD bn',
    period: '2024',
    asOf: '2024-05-05',
  });
}

export { prng } from '../support/prng.js';

export const silentLog = () => {
  const lines: { level: 'info' | 'warn' | 'error'; message: string; context?: Record<string, unknown> }[] = [];
  return {
    lines,
    info: (message: string, context?: Record<string, unknown>) => void lines.push({ level: 'info', message, context }),
    warn: (message: string, context?: Record<string, unknown>) => void lines.push({ level: 'warn', message, context }),
    error: (message: string, context?: Record<string, unknown>) =>
      void lines.push({ level: 'error', message, context }),
  };
};
