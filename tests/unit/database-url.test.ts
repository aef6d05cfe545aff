/** DATABASE_URL: its shape is checked, where it points is described, and its password never reaches a message. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import {
  checkDatabaseUrl,
  describeDatabaseUrl,
  isPostgresUrl,
  redactDatabaseUrl,
  redactPassword,
} from '../../src/knowledge/store/pg/database-url.js';

const url = 'postgres://corridor:s3cr%40t-pass@db.example:6543/corridor?sslmode=require';

describe('DATABASE_URL redaction', () => {
  it('masks the password and keeps everything else', () => {
    expect(redactDatabaseUrl(url)).toBe('postgres://corridor:***@db.example:6543/corridor?sslmode=require');
    expect(redactDatabaseUrl('postgresql://db.example/corridor')).toBe('postgresql://db.example/corridor');
    // Not parseable as a URL: anything shaped like user:secret@ is still masked.
    expect(redactDatabaseUrl('postgres://u:pa ss@host:99999999/x')).not.toContain('pa ss');
  });

  it('masks the password, raw or percent-decoded, wherever a message quotes it', () => {
    const message = `password authentication failed for "s3cr@t-pass"; tried ${url} (s3cr%40t-pass)`;
    const out = redactPassword(message, url);
    expect(out).not.toContain('s3cr');
    expect(out).toContain('postgres://corridor:***@db.example:6543/corridor');
    // A URL the caller did not pass is masked by its shape.
    expect(redactPassword('connect postgresql://other:hunter22@x/y', url)).toBe('connect postgresql://other:***@x/y');
  });

  it('describes where the URL points without the password', () => {
    expect(describeDatabaseUrl(url)).toBe('corridor@db.example:6543/corridor');
    expect(describeDatabaseUrl('postgres://db.example/corridor')).toBe('db.example:5432/corridor');
  });
});

describe('DATABASE_URL validation', () => {
  it('accepts postgres:// and postgresql:// URLs only', () => {
    expect(isPostgresUrl('postgres://u:p@h/db')).toBe(true);
    expect(isPostgresUrl('postgresql://h:5432/db')).toBe(true);
    for (const bad of ['mysql://u:p@h/db', 'h:5432/db', 'postgres://', 'not a url', 'file:///tmp/x.db'])
      expect(isPostgresUrl(bad), bad).toBe(false);
    expect(() => checkDatabaseUrl('mysql://u:hunter22@h/db')).toThrow(
      /^DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/,
    );
  });

  it('the configuration names DATABASE_URL in one line and never repeats its value', () => {
    expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    let message = '';
    try {
      loadConfig({ DATABASE_URL: 'mysql://corridor:hunter22@db/x' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/\n {2}DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(message).not.toContain('hunter22');
  });
});
