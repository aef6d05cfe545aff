/**
 * Who may change the shared fact base. Pure: the Discord layer passes plain values (ids and the member's
 * permission bitfield), so the whole matrix is unit-tested without discord.js.
 */

/** Discord permission bits (https://discord.com/developers/docs/topics/permissions). */
export const PERMISSION_ADMINISTRATOR = 1n << 3n;
export const PERMISSION_MANAGE_GUILD = 1n << 5n;

export interface ModeratorCheck {
  /** Config HOME_GUILD_ID: the only server the base is edited from. */
  homeGuildId: string | undefined;
  /** Config MODERATOR_ROLE_IDS. */
  moderatorRoleIds: readonly string[];
  /** Where the interaction happened; null in a DM. */
  guildId: string | null;
  /** The member's role ids in that server (empty in a DM). */
  roleIds: readonly string[];
  /** The member's permissions there (a bitfield, as bigint or Discord's decimal string); null when unknown. */
  permissions: bigint | string | null;
}

export type ModeratorRefusal = 'not-configured' | 'direct-message' | 'other-server' | 'not-moderator';

export type ModeratorVerdict =
  | { allowed: true; via: 'role' | 'manage-server' | 'administrator' }
  | { allowed: false; reason: ModeratorRefusal; message: string };

export const REFUSAL_MESSAGES: Record<ModeratorRefusal, string> = {
  'not-configured':
    'Editing the fact base is switched off: HOME_GUILD_ID is not set in the bot configuration. Nothing was changed.',
  'direct-message':
    'The fact base can only be edited from inside the Corridor home server, not in direct messages. Nothing was changed.',
  'other-server':
    "The fact base is shared by every server and is edited only from Corridor's home server; being an admin " +
    'here does not change that. Nothing was changed. Use “Report a problem” under an answer to flag a mistake.',
  'not-moderator':
    'Only fact moderators can change the fact base: you need a moderator role or the Manage Server permission ' +
    'here. Nothing was changed. Use “Report a problem” under an answer to flag a mistake.',
};

function toBits(permissions: bigint | string | null): bigint {
  if (permissions === null) return 0n;
  if (typeof permissions === 'bigint') return permissions;
  // Plain decimal digits only (what Discord sends); BigInt() alone would also take " 32" or "0x20".
  return /^\d+$/.test(permissions) ? BigInt(permissions) : 0n;
}

function refuse(reason: ModeratorRefusal): ModeratorVerdict {
  return { allowed: false, reason, message: REFUSAL_MESSAGES[reason] };
}

/** May edit iff in the home server AND (holding a moderator role OR Manage Server / Administrator there). */
export function checkModerator(input: ModeratorCheck): ModeratorVerdict {
  if (!input.homeGuildId) return refuse('not-configured');
  if (input.guildId === null) return refuse('direct-message');
  if (input.guildId !== input.homeGuildId) return refuse('other-server');
  if (input.roleIds.some((r) => input.moderatorRoleIds.includes(r))) return { allowed: true, via: 'role' };
  const bits = toBits(input.permissions);
  if ((bits & PERMISSION_ADMINISTRATOR) !== 0n) return { allowed: true, via: 'administrator' };
  if ((bits & PERMISSION_MANAGE_GUILD) !== 0n) return { allowed: true, via: 'manage-server' };
  return refuse('not-moderator');
}
