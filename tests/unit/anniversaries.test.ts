import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  anniversariesOn,
  countdownsOn,
  daysBetween,
  isRoundAnniversary,
  occasionsOf,
  ordinal,
  parseLocalDate,
  upcomingAnniversaries,
} from '../../src/knowledge/anniversaries.js';
import { agreement, figure, milestone } from './anniversary-fixtures.js';

describe('ordinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [10, '10th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [100, '100th'],
    [101, '101st'],
    [102, '102nd'],
    [111, '111th'],
    [112, '112th'],
    [113, '113th'],
    [121, '121st'],
  ])('%i -> %s', (n, expected) => {
    expect(ordinal(n)).toBe(expected);
  });
});

describe('isRoundAnniversary', () => {
  it('follows the rule: multiples of 5 up to 30, then multiples of 10, plus multiples of 25', () => {
    const round = Array.from({ length: 130 }, (_, i) => i + 1).filter(isRoundAnniversary);
    expect(round).toEqual([5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100, 110, 120, 125, 130]);
    for (const n of [5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 75, 100]) expect(isRoundAnniversary(n)).toBe(true);
    for (const n of [0, -5, 1, 4, 35, 45, 55, 65, 85, 95, 2.5]) expect(isRoundAnniversary(n)).toBe(false);
  });
});

describe('occasionsOf', () => {
  it('only full dates qualify', () => {
    expect(occasionsOf(milestone('year-only', '2010'))).toEqual([]);
    expect(occasionsOf(milestone('month-only', '2010-01'))).toEqual([]);
    expect(occasionsOf(figure('a-figure'))).toEqual([]);
    const [o] = occasionsOf(milestone('full', '2010-01-01'));
    expect(o).toMatchObject({ key: 'full:date', year: 2010, month: 1, day: 1, label: 'Milestone full' });
  });

  it('agreement date, signed and inForce are separate occasions with labels', () => {
    const f = agreement('acfta', { date: '2010-01-01', signed: '2002-11-04', inForce: '2003-07-01' });
    expect(occasionsOf(f).map((o) => [o.key, o.label])).toEqual([
      ['acfta:date', 'entered into force'],
      ['acfta:signed', 'signed'],
      ['acfta:inForce', 'entered into force'],
    ]);
  });

  it('identical dates are one occasion keyed by the first field', () => {
    const f = agreement('rcep', { date: '2022-01-01', signed: '2020-11-15', inForce: '2022-01-01' });
    expect(occasionsOf(f).map((o) => [o.key, o.fields, o.label])).toEqual([
      ['rcep:date', ['date', 'inForce'], 'entered into force'],
      ['rcep:signed', ['signed'], 'signed'],
    ]);
    const both = agreement('same-day', { date: '2015-03-03', signed: '2015-03-03', inForce: '2015-03-03' });
    expect(occasionsOf(both).map((o) => [o.key, o.label])).toEqual([
      ['same-day:date', 'signed and entered into force'],
    ]);
  });

  it('partial agreement dates are skipped but full ones kept', () => {
    const f = agreement('partial', { date: '2019', signed: '2018-05', inForce: '2019-10-22' });
    expect(occasionsOf(f).map((o) => o.key)).toEqual(['partial:inForce']);
  });
});

describe('anniversariesOn', () => {
  const facts = [
    milestone('launch', '2010-01-01'),
    milestone('other-launch', '2001-01-01'),
    milestone('this-year', '2026-01-01'),
    milestone('leap', '2008-02-29'),
    milestone('feb-28', '2016-02-28'),
    agreement('acfta', { date: '2010-01-01', signed: '2002-11-04', inForce: '2003-07-01' }),
    milestone('vague', '2005-01'),
  ];

  it('finds several on one day, round first, years >= 1 only', () => {
    const found = anniversariesOn(facts, { year: 2026, month: 1, day: 1 });
    expect(found.map((a) => [a.occasion.key, a.years, a.ordinal, a.round])).toEqual([
      ['other-launch:date', 25, '25th', true],
      ['acfta:date', 16, '16th', false],
      ['launch:date', 16, '16th', false],
    ]);
    expect(anniversariesOn(facts, { year: 2010, month: 1, day: 1 }).map((a) => a.occasion.key)).toEqual([
      'other-launch:date',
    ]);
  });

  it('29 February falls on 28 February in common years and on 29 February in leap years', () => {
    const common = anniversariesOn(facts, { year: 2026, month: 2, day: 28 });
    expect(common.map((a) => [a.occasion.key, a.years])).toEqual([
      ['feb-28:date', 10],
      ['leap:date', 18],
    ]);
    expect(common.find((a) => a.occasion.key === 'leap:date')!.on).toEqual({ year: 2026, month: 2, day: 28 });
    expect(anniversariesOn(facts, { year: 2026, month: 3, day: 1 })).toEqual([]);
    const leapDay = anniversariesOn(facts, { year: 2028, month: 2, day: 29 });
    expect(leapDay.map((a) => [a.occasion.key, a.years, a.round])).toEqual([['leap:date', 20, true]]);
    expect(anniversariesOn(facts, { year: 2028, month: 2, day: 28 }).map((a) => a.occasion.key)).toEqual([
      'feb-28:date',
    ]);
  });

  it('agreement signed and inForce anniversaries', () => {
    expect(
      anniversariesOn(facts, { year: 2027, month: 11, day: 4 }).map((a) => [
        a.occasion.key,
        a.occasion.label,
        a.ordinal,
        a.round,
      ]),
    ).toEqual([['acfta:signed', 'signed', '25th', true]]);
    expect(
      anniversariesOn(facts, { year: 2028, month: 7, day: 1 }).map((a) => [a.occasion.key, a.years, a.round]),
    ).toEqual([['acfta:inForce', 25, true]]);
  });

  it('every full-dated occasion comes round exactly once a year (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
        fc.integer({ min: 2021, max: 2100 }),
        (d, year) => {
          const iso = d.toISOString().slice(0, 10);
          const f = milestone('prop', iso);
          let hits = 0;
          for (let day = { year, month: 1, day: 1 }; day.year === year; day = addDays(day, 1)) {
            hits += anniversariesOn([f], day).length;
          }
          return hits === 1;
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('upcomingAnniversaries', () => {
  it('sorted by date with days until, spanning the year end, inclusive of both ends', () => {
    const facts = [
      milestone('jan-2', '2000-01-02'),
      milestone('dec-30', '1990-12-30'),
      milestone('dec-25', '2010-12-25'),
      agreement('acfta', { date: '2010-01-01', signed: '2002-11-04' }),
    ];
    const list = upcomingAnniversaries(facts, { year: 2025, month: 12, day: 25 }, 8);
    expect(list.map((a) => [a.occasion.key, a.on, a.daysUntil, a.years])).toEqual([
      ['dec-25:date', { year: 2025, month: 12, day: 25 }, 0, 15],
      ['dec-30:date', { year: 2025, month: 12, day: 30 }, 5, 35],
      ['acfta:date', { year: 2026, month: 1, day: 1 }, 7, 16],
      ['jan-2:date', { year: 2026, month: 1, day: 2 }, 8, 26],
    ]);
    expect(upcomingAnniversaries(facts, { year: 2025, month: 12, day: 25 }, 0).map((a) => a.occasion.key)).toEqual([
      'dec-25:date',
    ]);
  });

  it('a 29 February event shows on 28 February in a common year', () => {
    const list = upcomingAnniversaries([milestone('leap', '2008-02-29')], { year: 2027, month: 2, day: 1 }, 400);
    expect(list.map((a) => [a.on, a.daysUntil])).toEqual([
      [{ year: 2027, month: 2, day: 28 }, 27],
      [{ year: 2028, month: 2, day: 29 }, 27 + 366],
    ]);
  });
});

describe('countdownsOn', () => {
  it('finds round anniversaries exactly N days ahead', () => {
    const facts = [milestone('round', '2001-07-01'), milestone('not-round', '2003-07-01')];
    const found = countdownsOn(facts, { year: 2026, month: 6, day: 24 }, 7);
    expect(found.map((c) => [c.occasion.key, c.years, c.daysUntil, c.on])).toEqual([
      ['round:date', 25, 7, { year: 2026, month: 7, day: 1 }],
    ]);
    expect(countdownsOn(facts, { year: 2026, month: 6, day: 23 }, 7)).toEqual([]);
    expect(countdownsOn(facts, { year: 2026, month: 7, day: 1 }, 0)).toEqual([]);
  });
});

describe('date helpers', () => {
  it('parseLocalDate and daysBetween', () => {
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseLocalDate('2027-02-29')).toBeNull();
    expect(parseLocalDate('2027-13-01')).toBeNull();
    expect(parseLocalDate('July 1')).toBeNull();
    expect(daysBetween({ year: 2027, month: 12, day: 31 }, { year: 2028, month: 3, day: 1 })).toBe(61);
  });
});
