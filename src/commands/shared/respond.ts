import { MessageFlags, type APIEmbed, type BaseMessageOptions, type RepliableInteraction } from 'discord.js';
import { clip, defuseMentions, LIMITS } from '../../render/limits.js';
import { markOutcome } from '../../ops/outcome.js';
import { SHARED_OPTIONS } from './options.js';

/** Nothing the bot sends may ping anyone, whatever the text contains. */
export const NO_PINGS = { parse: [] as [] };

type Payload = Pick<BaseMessageOptions, 'content' | 'embeds' | 'components' | 'files'>;

/** Replies (or, after a defer, edits/follows up) with mentions disabled and the visibility the asker chose. */
export async function respond(interaction: RepliableInteraction, payload: Payload, ephemeral: boolean): Promise<void> {
  const body = { ...payload, allowedMentions: NO_PINGS };
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(body);
  } else if (interaction.replied) {
    await interaction.followUp({ ...body, flags: ephemeral ? MessageFlags.Ephemeral : undefined });
  } else {
    await interaction.reply({ ...body, flags: ephemeral ? MessageFlags.Ephemeral : undefined });
  }
}

/** Errors are only for the asker: always ephemeral. */
export async function refuse(
  interaction: RepliableInteraction,
  message: string,
  details: string[] = [],
): Promise<void> {
  markOutcome(interaction, 'refused');
  const detail = details.length ? `\n${details.map((d) => `• ${d}`).join('\n')}` : '';
  const content = clip(defuseMentions(`⚠️ ${message}${detail}`), LIMITS.content);
  await respond(interaction, { content, embeds: [], components: [] }, true);
}

export function isPrivate(interaction: { options: { getBoolean(name: string): boolean | null } }): boolean {
  return interaction.options.getBoolean(SHARED_OPTIONS.private) ?? false;
}

export type { APIEmbed };
