import { describe, it, expect } from 'vitest';
import { openDb } from '../../src/knowledge/store/db.js';
import {
  GuildSettingsError,
  clearGuildError,
  disableGuild,
  getGuildSettings,
  listEnabledGuilds,
  recordGuildError,
  upsertGuildSettings,
} from '../../src/knowledge/store/guild-settings.js';

const T0 = new Date('2026-01-01T00:00:00Z');

describe('guild settings', () => {
  it('setup creates enabled settings, normalising time and zone', () => {
    const db = openDb(':memory:');
    expect(getGuildSettings(db, '100')).toBeNull();
    const s = upsertGuildSettings(
      db,
      { guildId: '100', channelId: '200', postTime: '9:05', timezone: 'asia/calcutta' },
      T0,
    );
    expect(s).toMatchObject({
      guildId: '100',
      channelId: '200',
      postTime: '09:05',
      timezone: 'Asia/Kolkata',
      enabled: true,
      countdownDays: 0,
      lastError: null,
    });
    expect(getGuildSettings(db, '100')).toEqual(s);
    expect(listEnabledGuilds(db).map((g) => g.guildId)).toEqual(['100']);
  });

  it('partial updates keep other fields and the enabled state', () => {
    const db = openDb(':memory:');
    upsertGuildSettings(db, { guildId: '1', channelId: '2', postTime: '07:00', timezone: 'Europe/London' }, T0);
    disableGuild(db, '1', T0);
    const s = upsertGuildSettings(db, { guildId: '1', postTime: '18:30' }, T0);
    expect(s).toMatchObject({ channelId: '2', postTime: '18:30', timezone: 'Europe/London', enabled: false });
    expect(listEnabledGuilds(db)).toEqual([]);
    expect(upsertGuildSettings(db, { guildId: '1', enabled: true }, T0).enabled).toBe(true);
  });

  it('rejects bad input with a friendly typed error and changes nothing', () => {
    const db = openDb(':memory:');
    const before = upsertGuildSettings(db, { guildId: '1', channelId: '2', postTime: '07:00', timezone: 'UTC' }, T0);
    const bad: [Parameters<typeof upsertGuildSettings>[1], string][] = [
      [{ guildId: '1', postTime: '25:00' }, 'postTime'],
      [{ guildId: '1', postTime: '9am' }, 'postTime'],
      [{ guildId: '1', postTime: '09:60' }, 'postTime'],
      [{ guildId: '1', timezone: 'Mars/Olympus' }, 'timezone'],
      [{ guildId: '1', countdownDays: -1 }, 'countdownDays'],
      [{ guildId: '1', countdownDays: 1.5 }, 'countdownDays'],
      [{ guildId: '1', channelId: null, enabled: true }, 'channelId'],
      [{ guildId: '', channelId: '2' }, 'guildId'],
      [{ guildId: '1', channelId: '2', postTime: '10:00', timezone: 'Nowhere/Town' }, 'timezone'],
    ];
    for (const [patch, field] of bad) {
      let caught: unknown;
      try {
        upsertGuildSettings(db, patch, new Date('2026-02-02T00:00:00Z'));
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(GuildSettingsError);
      expect((caught as GuildSettingsError).field).toBe(field);
      expect((caught as GuildSettingsError).message.length).toBeGreaterThan(10);
      expect(getGuildSettings(db, '1')).toEqual(before);
    }
    expect(() => upsertGuildSettings(db, { guildId: '9', postTime: '08:00' }, T0)).not.toThrow();
    expect(getGuildSettings(db, '9')).toMatchObject({ enabled: false, timezone: 'UTC', channelId: null });
  });

  it('records and clears errors; a new channel clears the error', () => {
    const db = openDb(':memory:');
    upsertGuildSettings(db, { guildId: '1', channelId: '2', timezone: 'UTC' }, T0);
    recordGuildError(db, '1', 'Missing Access', new Date('2026-03-03T03:03:00Z'));
    expect(getGuildSettings(db, '1')).toMatchObject({
      lastError: 'Missing Access',
      lastErrorAt: '2026-03-03T03:03:00.000Z',
    });
    clearGuildError(db, '1');
    expect(getGuildSettings(db, '1')).toMatchObject({ lastError: null, lastErrorAt: null });
    recordGuildError(db, '1', 'x'.repeat(2000), T0);
    expect(getGuildSettings(db, '1')!.lastError!.length).toBe(500);
    upsertGuildSettings(db, { guildId: '1', postTime: '10:00' }, T0);
    expect(getGuildSettings(db, '1')!.lastError).not.toBeNull();
    upsertGuildSettings(db, { guildId: '1', channelId: '3' }, T0);
    expect(getGuildSettings(db, '1')!.lastError).toBeNull();
  });

  it('disable returns false for an unknown server', () => {
    const db = openDb(':memory:');
    expect(disableGuild(db, '404', T0)).toBe(false);
  });
});
