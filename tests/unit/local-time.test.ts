import { describe, it, expect } from 'vitest';
import {
  isValidTimeZone,
  localParts,
  normalizeTimeZone,
  searchTimeZones,
  utcOffsetMinutes,
  zonedTimeToUtc,
} from '../../src/knowledge/local-time.js';

const at = (iso: string) => new Date(iso);

describe('isValidTimeZone', () => {
  it('accepts IANA names and UTC, rejects junk', () => {
    for (const tz of [
      'UTC',
      'Asia/Singapore',
      'America/New_York',
      'Asia/Kolkata',
      'Pacific/Chatham',
      'Europe/London',
    ]) {
      expect(isValidTimeZone(tz)).toBe(true);
    }
    for (const tz of ['', ' ', 'Mars/Olympus', 'GMT+25', 'x'.repeat(200), 42, null])
      expect(isValidTimeZone(tz)).toBe(false);
  });

  it('normalizes what users type to the current IANA name', () => {
    expect(normalizeTimeZone('asia/kolkata')).toBe('Asia/Kolkata');
    expect(normalizeTimeZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(normalizeTimeZone('new york')).toBe('America/New_York');
    expect(normalizeTimeZone('America/New York')).toBe('America/New_York');
    expect(normalizeTimeZone('utc')).toBe('UTC');
    expect(normalizeTimeZone('Singapore')).toBe('Asia/Singapore');
    expect(normalizeTimeZone('Mars/Olympus')).toBeNull();
  });
});

describe('localParts', () => {
  it('Asia/Singapore is UTC+8 all year', () => {
    expect(localParts(at('2026-01-15T01:00:00Z'), 'Asia/Singapore')).toMatchObject({
      year: 2026,
      month: 1,
      day: 15,
      hour: 9,
      minute: 0,
      weekday: 4,
    });
    expect(localParts(at('2026-07-01T16:30:00Z'), 'Asia/Singapore')).toMatchObject({
      year: 2026,
      month: 7,
      day: 2,
      hour: 0,
      minute: 30,
    });
  });

  it('Asia/Kolkata is UTC+05:30', () => {
    expect(localParts(at('2026-03-01T18:29:00Z'), 'Asia/Kolkata')).toMatchObject({
      month: 3,
      day: 1,
      hour: 23,
      minute: 59,
    });
    expect(localParts(at('2026-03-01T18:30:00Z'), 'Asia/Kolkata')).toMatchObject({
      month: 3,
      day: 2,
      hour: 0,
      minute: 0,
    });
    expect(utcOffsetMinutes(at('2026-06-01T00:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });

  it('Pacific/Chatham is +12:45 in winter and +13:45 in summer', () => {
    expect(utcOffsetMinutes(at('2026-07-01T00:00:00Z'), 'Pacific/Chatham')).toBe(765);
    expect(utcOffsetMinutes(at('2026-01-01T00:00:00Z'), 'Pacific/Chatham')).toBe(825);
    expect(localParts(at('2026-07-01T11:00:00Z'), 'Pacific/Chatham')).toMatchObject({ day: 1, hour: 23, minute: 45 });
  });

  it('midnight is hour 0, not 24', () => {
    expect(localParts(at('2026-05-05T00:00:00Z'), 'UTC')).toMatchObject({ hour: 0, minute: 0, day: 5 });
  });
});

describe('zonedTimeToUtc', () => {
  it('America/New_York across the March 2026 DST change', () => {
    expect(
      zonedTimeToUtc({ year: 2026, month: 3, day: 7, hour: 8, minute: 30 }, 'America/New_York').toISOString(),
    ).toBe('2026-03-07T13:30:00.000Z');
    expect(
      zonedTimeToUtc({ year: 2026, month: 3, day: 8, hour: 8, minute: 30 }, 'America/New_York').toISOString(),
    ).toBe('2026-03-08T12:30:00.000Z');
    expect(
      zonedTimeToUtc({ year: 2026, month: 3, day: 8, hour: 1, minute: 59 }, 'America/New_York').toISOString(),
    ).toBe('2026-03-08T06:59:00.000Z');
  });

  it('a 02:30 posting time that does not exist on 2026-03-08 moves forward to 03:00', () => {
    const d = zonedTimeToUtc({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York');
    expect(d.toISOString()).toBe('2026-03-08T07:00:00.000Z');
    expect(localParts(d, 'America/New_York')).toMatchObject({ day: 8, hour: 3, minute: 0 });
    expect(zonedTimeToUtc({ year: 2026, month: 3, day: 8, hour: 2, minute: 0 }, 'America/New_York').toISOString()).toBe(
      '2026-03-08T07:00:00.000Z',
    );
  });

  it('an ambiguous time (November fall-back) takes the first occurrence', () => {
    const d = zonedTimeToUtc({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York');
    expect(d.toISOString()).toBe('2026-11-01T05:30:00.000Z'); // EDT, the first 01:30
  });

  it('Asia/Kolkata (+05:30) and Asia/Singapore (+08:00)', () => {
    expect(zonedTimeToUtc({ year: 2026, month: 1, day: 1, hour: 7, minute: 0 }, 'Asia/Kolkata').toISOString()).toBe(
      '2026-01-01T01:30:00.000Z',
    );
    expect(zonedTimeToUtc({ year: 2026, month: 1, day: 1, hour: 0, minute: 15 }, 'Asia/Kolkata').toISOString()).toBe(
      '2025-12-31T18:45:00.000Z',
    );
    expect(zonedTimeToUtc({ year: 2026, month: 1, day: 1, hour: 9, minute: 0 }, 'Asia/Singapore').toISOString()).toBe(
      '2026-01-01T01:00:00.000Z',
    );
  });

  it('Pacific/Chatham (+12:45 / +13:45), including its own DST gap at 02:45', () => {
    expect(
      zonedTimeToUtc({ year: 2026, month: 7, day: 1, hour: 23, minute: 45 }, 'Pacific/Chatham').toISOString(),
    ).toBe('2026-07-01T11:00:00.000Z');
    expect(
      zonedTimeToUtc({ year: 2026, month: 1, day: 1, hour: 23, minute: 45 }, 'Pacific/Chatham').toISOString(),
    ).toBe('2026-01-01T10:00:00.000Z');
    // 2026-09-27 02:45 standard time jumps to 03:45 daylight time.
    const gap = zonedTimeToUtc({ year: 2026, month: 9, day: 27, hour: 3, minute: 0 }, 'Pacific/Chatham');
    expect(localParts(gap, 'Pacific/Chatham')).toMatchObject({ day: 27, hour: 3, minute: 45 });
    expect(gap.toISOString()).toBe('2026-09-26T14:00:00.000Z');
  });

  it('round-trips every quarter hour over a year in several zones (except gaps)', () => {
    for (const tz of ['America/New_York', 'Europe/London', 'Pacific/Chatham', 'Asia/Kolkata']) {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 3_600_000 + 15 * 60_000) {
        const p = localParts(new Date(t), tz);
        const back = zonedTimeToUtc(p, tz);
        expect(localParts(back, tz)).toMatchObject({
          year: p.year,
          month: p.month,
          day: p.day,
          hour: p.hour,
          minute: p.minute,
        });
        expect(back.getTime()).toBeLessThanOrEqual(t - p.second * 1000);
      }
    }
  });
});

describe('searchTimeZones', () => {
  it('matches city names with spaces or underscores, case-insensitively', () => {
    expect(searchTimeZones('new york')[0]).toBe('America/New_York');
    expect(searchTimeZones('NEW_YORK')[0]).toBe('America/New_York');
    expect(searchTimeZones('kolkata')).toEqual(['Asia/Kolkata']);
    expect(searchTimeZones('calcutta')).toEqual(['Asia/Kolkata']);
    expect(searchTimeZones('singapore')[0]).toBe('Asia/Singapore');
    expect(searchTimeZones('utc')[0]).toBe('UTC');
    expect(searchTimeZones('chatham')).toEqual(['Pacific/Chatham']);
    expect(searchTimeZones('ho chi')).toEqual(['Asia/Ho_Chi_Minh']);
  });

  it('caps results at 25 (or the limit) and keeps each within 100 characters', () => {
    const many = searchTimeZones('america');
    expect(many.length).toBe(25);
    expect(searchTimeZones('a', 5).length).toBe(5);
    expect(searchTimeZones('a', 500).length).toBe(25);
    expect(searchTimeZones('', 25).length).toBeGreaterThan(0);
    expect(searchTimeZones('', 25)).toContain('Asia/Singapore');
    for (const q of ['', 'a', 'e', 'america', 'zzz-nothing']) {
      for (const name of searchTimeZones(q)) {
        expect(name.length).toBeLessThanOrEqual(100);
        expect(isValidTimeZone(name)).toBe(true);
      }
    }
    expect(searchTimeZones('zzz-nothing')).toEqual([]);
  });
});

describe('localParts fast path agrees with formatToParts', () => {
  it('over many instants and zones, including years before 1000', () => {
    for (const tz of [
      'UTC',
      'America/New_York',
      'Pacific/Chatham',
      'Asia/Kolkata',
      'Pacific/Kiritimati',
      'America/St_Johns',
    ]) {
      const f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      for (let t = Date.UTC(1970, 0, 1); t < Date.UTC(2040, 0, 1); t += 97 * 3_600_000 + 7_777) {
        const p = localParts(new Date(t), tz);
        const parts = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, Number(x.value)]));
        expect([p.year, p.month, p.day, p.hour, p.minute, p.second]).toEqual([
          parts.year,
          parts.month,
          parts.day,
          parts.hour,
          parts.minute,
          parts.second,
        ]);
      }
    }
    expect(localParts(new Date(Date.UTC(500, 5, 15, 12)), 'UTC')).toMatchObject({
      year: 500,
      month: 6,
      day: 15,
      hour: 12,
    });
  });
});
