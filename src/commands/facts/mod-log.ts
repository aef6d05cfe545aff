import type { APIEmbed } from 'discord-api-types/v10';
import type { Client } from 'discord.js';
import type { Actor } from '../../knowledge/store/facts.js';
import { plain } from '../../render/fact-diff.js';
import { COLORS } from '../../render/fact-embed.js';
import { clip, fitEmbed, LIMITS } from '../../render/limits.js';
import { NO_PINGS } from '../shared/respond.js';
import type { BotContext } from '../types.js';

export interface ModLogEntry {
  actor: Actor;
  /** e.g. "edit", "remove", "import", "report resolved" */
  action: string;
  factId?: string;
  title?: string;
  reason?: string;
  revisionId?: number;
  /** A short extra line, e.g. import counts. */
  detail?: string;
}

export function modLogEmbed(entry: ModLogEntry): APIEmbed {
  const fields = [
    { name: 'Who', value: `${plain(entry.actor.name)} (<@${entry.actor.id}>)`, inline: true },
    { name: 'Action', value: entry.action, inline: true },
  ];
  if (entry.factId) fields.push({ name: 'Fact', value: `\`${entry.factId}\`${entry.title ? ` · ${plain(entry.title)}` : ''}`, inline: false });
  if (entry.reason) fields.push({ name: 'Reason', value: plain(clip(entry.reason, 500)), inline: false });
  if (entry.detail) fields.push({ name: 'Details', value: plain(clip(entry.detail, 900)), inline: false });
  return fitEmbed({
    title: clip(`Fact base: ${entry.action}${entry.factId ? ` · ${entry.factId}` : ''}`, LIMITS.embedTitle),
    color: COLORS.notice,
    fields,
    footer: { text: entry.revisionId ? `Revision #${entry.revisionId} · /facts history shows the diff` : 'Corridor moderation' },
  });
}

/**
 * Posts a short note to the mod-log channel, when one is configured. The change is already committed: a failure
 * here is logged and never reported as a failed change.
 */
export async function postModLog(client: Client, ctx: BotContext, entry: ModLogEntry): Promise<void> {
  const channelId = ctx.config.modLogChannelId;
  if (!channelId) return;
  try {
    const channel = await client.channels.fetch(channelId);
    if (!channel || !channel.isSendable()) throw new Error('the mod-log channel is missing or is not a text channel');
    await channel.send({ embeds: [modLogEmbed(entry)], allowedMentions: NO_PINGS });
  } catch (error) {
    ctx.log.warn(`could not post to the mod-log channel ${channelId}`, error instanceof Error ? error.message : error);
  }
}
