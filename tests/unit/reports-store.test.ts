import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/knowledge/store/db.js';
import {
  addReport,
  countOpenReports,
  MAX_REPORT_NOTE,
  openReports,
  resolveReport,
} from '../../src/knowledge/store/reports.js';

const base = {
  factId: 'rcep-in-force',
  guildId: 'g1',
  userId: 'u1',
  userName: 'member',
  at: '2026-07-01T00:00:00.000Z',
};

describe('reports store', () => {
  it('stores the note trimmed and cut to the maximum, open, and returns what it stored', () => {
    const db = openDb(':memory:');
    const long = addReport(db, { ...base, note: `  ${'n'.repeat(MAX_REPORT_NOTE + 50)}  ` });
    expect(long).toEqual({ ...base, id: 1, note: 'n'.repeat(MAX_REPORT_NOTE), status: 'open' });
    const short = addReport(db, { ...base, note: '  five!  ' });
    expect(short).toMatchObject({ id: 2, note: 'five!', status: 'open' });
    expect(openReports(db).map((r) => [r.id, r.note.length, r.status])).toContainEqual([2, 5, 'open']);
    expect(countOpenReports(db)).toBe(2);
    expect(resolveReport(db, 2)).toBe(true);
    expect(countOpenReports(db)).toBe(1);
  });
});
