import type { BaseInteraction, RepliableInteraction } from 'discord.js';
import type { Config } from '../../config.js';
import { checkModerator, type ModeratorVerdict } from '../../knowledge/moderation.js';
import type { Actor } from '../../knowledge/store/facts.js';
import { refuse } from '../shared/respond.js';
import { languages, t } from '../../i18n/catalogue.js';
import { pickLanguage } from '../../i18n/pick-language.js';

/** The member's role ids, whether discord.js gave us a cached GuildMember or the raw API member. */
function roleIdsOf(interaction: BaseInteraction): string[] {
  const member = interaction.member;
  if (!member) return [];
  return Array.isArray(member.roles) ? [...member.roles] : [...member.roles.cache.keys()];
}

/** The plain values the pure check needs, taken from the interaction itself (never from a cache of it). */
export function moderatorVerdict(interaction: BaseInteraction, config: Pick<Config, 'homeGuildId' | 'moderatorRoleIds'>): ModeratorVerdict {
  return checkModerator({
    homeGuildId: config.homeGuildId,
    moderatorRoleIds: config.moderatorRoleIds,
    guildId: interaction.guildId ?? null,
    roleIds: roleIdsOf(interaction),
    permissions: interaction.memberPermissions?.bitfield ?? null,
  });
}

/** Every moderator entry point (command, modal, button) starts with this; on false it has already refused. */
export async function ensureModerator(interaction: RepliableInteraction, config: Config): Promise<boolean> {
  const verdict = moderatorVerdict(interaction, config);
  if (verdict.allowed) return true;
  // Said in the member's (or server's) language; the store is not needed to refuse.
  const lang = pickLanguage({ userLocale: interaction.locale, guildLocale: interaction.guildLocale }, languages());
  await refuse(interaction, t(lang, `moderation.${verdict.reason}`));
  return false;
}

export function actorOf(interaction: BaseInteraction): Actor {
  return { id: interaction.user.id, name: interaction.user.tag };
}
