import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { retryWhileBusy } from '../../src/knowledge/store/retry-busy.js';

const busy = () => new Database.SqliteError('database is locked', 'SQLITE_BUSY');

describe('retryWhileBusy (opening a file other processes hold)', () => {
  it('tries again while SQLite answers BUSY, and returns the first success', () => {
    let calls = 0;
    const value = retryWhileBusy(() => {
      calls++;
      if (calls < 4) throw busy();
      return 'opened';
    }, 5_000);
    expect({ value, calls }).toEqual({ value: 'opened', calls: 4 });
  });

  it('throws any other error at once, untouched', () => {
    let calls = 0;
    const other = new Database.SqliteError('file is not a database', 'SQLITE_NOTADB');
    expect(() =>
      retryWhileBusy(() => {
        calls++;
        throw other;
      }, 5_000),
    ).toThrow(other);
    expect(calls).toBe(1);
  });

  it('gives up with the BUSY error once its patience is spent', () => {
    let clock = 0;
    let calls = 0;
    expect(() =>
      retryWhileBusy(
        () => {
          calls++;
          clock += 400;
          throw busy();
        },
        1_000,
        () => clock,
      ),
    ).toThrow('database is locked');
    expect(calls).toBe(3);
  });
});
