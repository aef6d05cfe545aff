import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/knowledge/store/db.js';
import { MIN_REPORT_NOTE, REPORT_LIMIT, submitReport } from '../../src/knowledge/store/reports.js';

const at = (minutes: number) => new Date(Date.UTC(2025, 0, 1, 9, 0) + minutes * 60_000).toISOString();
const report = (userId: string, minutes: number, note = 'The figure was revised last month') => ({
  factId: 'rcep-in-force',
  guildId: '100000000000000001',
  userId,
  userName: userId,
  note,
  at: at(minutes),
});

describe('member reports: length and per-member limit', () => {
  it(`refuses notes under ${MIN_REPORT_NOTE} characters after trimming, and stores nothing`, () => {
    const db = openDb(':memory:');
    expect(submitReport(db, report('u', 0, '  abcd \n'))).toEqual({ ok: false, reason: 'too-short' });
    expect(submitReport(db, report('u', 0, ''))).toEqual({ ok: false, reason: 'too-short' });
    expect(db.prepare('SELECT count(*) FROM reports').pluck().get()).toBe(0);
    const ok = submitReport(db, report('u', 0, ' abcde '));
    expect(ok).toMatchObject({ ok: true, report: { note: 'abcde' } });
  });

  it(`takes ${REPORT_LIMIT.max} per member within an hour, then again once the oldest is an hour old`, () => {
    const db = openDb(':memory:');
    for (let n = 0; n < REPORT_LIMIT.max; n++) expect(submitReport(db, report('u', n)).ok).toBe(true);
    expect(submitReport(db, report('u', 30))).toEqual({ ok: false, reason: 'rate-limited' });
    expect(submitReport(db, report('someone-else', 30)).ok).toBe(true);
    // The first report (minute 0) leaves the window when it is an hour old.
    expect(submitReport(db, report('u', 59.99))).toEqual({ ok: false, reason: 'rate-limited' });
    expect(submitReport(db, report('u', 60)).ok).toBe(true);
    expect(db.prepare("SELECT count(*) FROM reports WHERE user_id = 'u'").pluck().get()).toBe(REPORT_LIMIT.max + 1);
  });
});
