import { describe, expect, it } from 'vitest';
import {
  checkModerator,
  PERMISSION_ADMINISTRATOR,
  PERMISSION_MANAGE_GUILD,
  type ModeratorCheck,
} from '../../src/knowledge/moderation.js';

const HOME = '100000000000000001';
const OTHER = '100000000000000002';
const MOD_ROLE = '500000000000000001';
const OTHER_ROLE = '500000000000000009';
const MEMBER = ((1n << 10n) | (1n << 11n) | (1n << 31n)).toString(); // view, send, use commands

const base: ModeratorCheck = {
  homeGuildId: HOME,
  moderatorRoleIds: [MOD_ROLE],
  guildId: HOME,
  roleIds: [],
  permissions: MEMBER,
};
const check = (over: Partial<ModeratorCheck>) => checkModerator({ ...base, ...over });

describe('checkModerator: who may edit the fact base', () => {
  it.each([
    ['moderator role in the home server', { roleIds: [MOD_ROLE] }, 'role'],
    ['moderator role among others', { roleIds: [OTHER_ROLE, MOD_ROLE] }, 'role'],
    [
      'Manage Server in the home server',
      { permissions: (BigInt(MEMBER) | PERMISSION_MANAGE_GUILD).toString() },
      'manage-server',
    ],
    [
      'Administrator in the home server',
      { permissions: (BigInt(MEMBER) | PERMISSION_ADMINISTRATOR).toString() },
      'administrator',
    ],
    ['Manage Server given as a bigint', { permissions: PERMISSION_MANAGE_GUILD }, 'manage-server'],
    ['role and admin (role wins)', { roleIds: [MOD_ROLE], permissions: PERMISSION_ADMINISTRATOR }, 'role'],
  ] as const)('allows: %s', (_name, over, via) => {
    expect(check(over)).toEqual({ allowed: true, via });
  });

  it.each([
    ['a plain member of the home server', {}, 'not-moderator'],
    ['a member with an unrelated role', { roleIds: [OTHER_ROLE] }, 'not-moderator'],
    ['a member whose permissions are unknown', { permissions: null }, 'not-moderator'],
    ['garbage permissions', { permissions: 'lots' }, 'not-moderator'],
    // BigInt() would accept these and read Manage Server (32); Discord only ever sends plain decimal digits.
    ['Manage Server bits with a trailing space', { permissions: '32 ' }, 'not-moderator'],
    ['Manage Server bits with a leading space', { permissions: ' 32' }, 'not-moderator'],
    ['Manage Server bits written in hex', { permissions: '0x20' }, 'not-moderator'],
    [
      'an admin of another server',
      { guildId: OTHER, permissions: (BigInt(MEMBER) | PERMISSION_ADMINISTRATOR).toString() },
      'other-server',
    ],
    [
      'a Manage Server holder of another server',
      { guildId: OTHER, permissions: PERMISSION_MANAGE_GUILD },
      'other-server',
    ],
    ['someone with a role of the same id in another server', { guildId: OTHER, roleIds: [MOD_ROLE] }, 'other-server'],
    ['a moderator in a DM', { guildId: null, roleIds: [], permissions: null }, 'direct-message'],
    [
      'anyone when HOME_GUILD_ID is unset',
      { homeGuildId: undefined, roleIds: [MOD_ROLE], permissions: PERMISSION_ADMINISTRATOR },
      'not-configured',
    ],
    [
      'anyone when HOME_GUILD_ID is empty',
      { homeGuildId: '', permissions: PERMISSION_ADMINISTRATOR },
      'not-configured',
    ],
  ] as const)('refuses: %s', (_name, over, reason) => {
    const verdict = check(over);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) {
      expect(verdict.reason).toBe(reason);
      expect(verdict.message).toMatch(/Nothing was changed/);
    }
  });

  it('has no moderator roles configured: only Manage Server / Administrator count', () => {
    expect(check({ moderatorRoleIds: [], roleIds: [MOD_ROLE] }).allowed).toBe(false);
    expect(check({ moderatorRoleIds: [], permissions: PERMISSION_MANAGE_GUILD }).allowed).toBe(true);
  });

  it('explains each refusal differently', () => {
    const messages = new Set(
      [check({}), check({ guildId: OTHER }), check({ guildId: null }), check({ homeGuildId: undefined })].map((v) =>
        v.allowed ? '' : v.message,
      ),
    );
    expect(messages.size).toBe(4);
  });
});
