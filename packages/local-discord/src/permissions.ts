/** Permission bitfields (as Discord's decimal strings) used for seeds and defaults. */
export const Permission = {
  CreateInstantInvite: 1n << 0n,
  KickMembers: 1n << 1n,
  BanMembers: 1n << 2n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  ChangeNickname: 1n << 26n,
  ManageRoles: 1n << 28n,
  UseApplicationCommands: 1n << 31n,
  SendMessagesInThreads: 1n << 38n,
} as const;

export function permissionString(...bits: bigint[]): string {
  return bits.reduce((acc, bit) => acc | bit, 0n).toString();
}

/** What an ordinary member (and the @everyone role) can do in a fresh server. */
export const MEMBER_PERMISSIONS = permissionString(
  Permission.CreateInstantInvite,
  Permission.AddReactions,
  Permission.ViewChannel,
  Permission.SendMessages,
  Permission.EmbedLinks,
  Permission.AttachFiles,
  Permission.ReadMessageHistory,
  Permission.UseExternalEmojis,
  Permission.ChangeNickname,
  Permission.UseApplicationCommands,
  Permission.SendMessagesInThreads,
);

/** A moderator: member permissions plus Manage Server / Manage Messages / Manage Roles. */
export const MODERATOR_PERMISSIONS = (
  BigInt(MEMBER_PERMISSIONS) |
  Permission.ManageGuild |
  Permission.ManageMessages |
  Permission.ManageRoles
).toString();

/** Administrator (implies everything). */
export const ADMIN_PERMISSIONS = (BigInt(MODERATOR_PERMISSIONS) | Permission.Administrator).toString();
