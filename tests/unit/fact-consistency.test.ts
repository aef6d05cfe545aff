import { describe, expect, it } from 'vitest';
import { checkConsistency, compareAtPrecision, travelTimes } from '../../src/knowledge/fact-consistency.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { Fact } from '../../src/knowledge/schema.js';
import { OLD_FACTS } from '../helpers/old-facts.js';

const shipped = loadSeedFacts();
const byId = new Map(shipped.map((f) => [f.id, f]));
/** The old text of a fact, keeping the event key the corrected base gives it (the old base had no such key). */
const old = (id: keyof typeof OLD_FACTS) => Fact.parse({ ...OLD_FACTS[id], event: byId.get(id)!.event });
const swap = (...olds: Fact[]) => shipped.map((f) => olds.find((o) => o.id === f.id) ?? f);

describe('fact consistency over the shipped base', () => {
  it('finds no problem in the corrected base', () => {
    expect(checkConsistency(shipped)).toEqual([]);
  });

  it('reports the old two railway travel times (10 hours at opening vs 10.5 hours for through trains)', () => {
    const problems = checkConsistency(
      swap(old('china-laos-railway-opens'), old('china-laos-railway-cross-border-passenger-service')),
    );
    expect(problems).toContainEqual({
      rule: 'travel-time',
      ids: ['china-laos-railway-cross-border-passenger-service', 'china-laos-railway-opens'],
      text: expect.stringMatching(/Kunming–Vientiane: .*10\.5 hours.*10 hours/),
    });
  });

  it('reports the old standards-chapters / nine-areas pair', () => {
    const problems = checkConsistency(swap(old('acfta-3-0-standards-chapters'), old('acfta-3-0-nine-areas')));
    // The old standards fact dated the upgrade's agreement to October 2024; the talks were completed on 20 May 2025.
    expect(problems).toContainEqual({
      rule: 'event-date',
      ids: ['acfta-3-0-concluded', 'acfta-3-0-standards-chapters'],
      text: expect.stringContaining('2024-10'),
    });
    // The old nine-areas figure said "as of May 2025" while citing the October 2025 signing report.
    expect(problems).toContainEqual({
      rule: 'source-after-as-of',
      ids: ['acfta-3-0-nine-areas'],
      text: expect.stringContaining('2025-10-28'),
    });
  });

  it('checks a source against its event: older only when marked as a plan', () => {
    const acfta = byId.get('acfta-in-force')!;
    const unmarked = { ...acfta, sources: acfta.sources.map(({ plan: _plan, ...s }) => s) };
    const problems = checkConsistency(swap(unmarked));
    expect(problems.filter((p) => p.rule === 'source-before-event').map((p) => p.text)).toEqual([
      expect.stringContaining('(2002-11-04) predates the event (2010-01-01)'),
      expect.stringContaining('(2004-11-29) predates the event (2010-01-01)'),
    ]);
  });

  it('compares dates at the coarser precision, and reads durations with their route', () => {
    expect(compareAtPrecision('2025-05', '2025-05-20')).toBe(0);
    expect(compareAtPrecision('2024-12', '2025')).toBe(-1);
    expect(compareAtPrecision('2025-10-28', '2025-05')).toBe(1);
    const fact = Fact.parse({
      kind: 'topic',
      id: 'trip',
      title: 'A trip',
      summary: 'Trains run between Kunming and Vientiane. The trip takes ten and a half hours.',
      details: 'The Vientiane-Boten leg takes about 3 hours.',
      sources: [{ publisher: 'Example', title: 'Example report', date: '2024' }],
    });
    expect(travelTimes(fact)).toEqual([
      { route: 'Kunming|Vientiane', hours: 10.5 },
      { route: 'Boten|Vientiane', hours: 3 },
    ]);
  });
});
