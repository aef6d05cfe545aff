import type { BaseInteraction } from 'discord.js';
import type { Config } from '../../config.js';
import { checkModerator, type ModeratorVerdict } from '../../knowledge/moderation.js';
import type { Actor } from '../../knowledge/store/facts.js';

/** The member's role ids, whether discord.js gave us a cached GuildMember or the raw API member. */
function roleIdsOf(interaction: BaseInteraction): string[] {
  const member = interaction.member;
  if (!member) return [];
  return Array.isArray(member.roles) ? [...member.roles] : [...member.roles.cache.keys()];
}

/** The plain values the pure check needs, taken from the interaction itself (never from a cache of it). */
export function moderatorVerdict(
  interaction: BaseInteraction,
  config: Pick<Config, 'homeGuildId' | 'moderatorRoleIds'>,
): ModeratorVerdict {
  return checkModerator({
    homeGuildId: config.homeGuildId,
    moderatorRoleIds: config.moderatorRoleIds,
    guildId: interaction.guildId ?? null,
    roleIds: roleIdsOf(interaction),
    permissions: interaction.memberPermissions?.bitfield ?? null,
  });
}

export function actorOf(interaction: BaseInteraction): Actor {
  return { id: interaction.user.id, name: interaction.user.tag };
}
