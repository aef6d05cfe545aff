import type { APIEmbed } from 'discord-api-types/v10';
import type { Client } from 'discord.js';
import type { Actor } from '../../knowledge/store/facts.js';
import { plain } from '../../render/fact-diff.js';
import { COLORS } from '../../render/fact-embed.js';
import { clip, fitEmbed, LIMITS } from '../../render/limits.js';
import { DEFAULT_LANG, t, type Lang } from '../../i18n/catalogue.js';
import { NO_PINGS } from '../shared/respond.js';
import { serverLanguage } from '../shared/language.js';
import type { BotContext } from '../types.js';

/** What happened, as a catalogue key under facts.modLog.actions (the English words are the old action names). */
export type ModLogAction =
  'add' | 'edit' | 'remove' | 'restore' | 'revert' | 'import' | 'reportResolved' | 'unansweredCleared' | 'attached';

export interface ModLogEntry {
  actor: Actor;
  action: ModLogAction;
  factId?: string;
  title?: string;
  reason?: string;
  revisionId?: number;
  /** A short extra line, e.g. import counts; written when the channel's language is known. */
  detail?: (lang: Lang) => string;
}

export function modLogEmbed(entry: ModLogEntry, lang: Lang = DEFAULT_LANG): APIEmbed {
  const action = t(lang, `facts.modLog.actions.${entry.action}`);
  const fields = [
    { name: t(lang, 'facts.modLog.who'), value: `${plain(entry.actor.name)} (<@${entry.actor.id}>)`, inline: true },
    { name: t(lang, 'facts.modLog.action'), value: action, inline: true },
  ];
  if (entry.factId)
    fields.push({
      name: t(lang, 'facts.modLog.fact'),
      value: `\`${entry.factId}\`${entry.title ? ` · ${plain(entry.title)}` : ''}`,
      inline: false,
    });
  if (entry.reason)
    fields.push({ name: t(lang, 'facts.modLog.reason'), value: plain(clip(entry.reason, 500)), inline: false });
  if (entry.detail)
    fields.push({ name: t(lang, 'facts.modLog.details'), value: plain(clip(entry.detail(lang), 900)), inline: false });
  return fitEmbed({
    title: clip(
      `${t(lang, 'facts.modLog.title', { action })}${entry.factId ? ` · ${entry.factId}` : ''}`,
      LIMITS.embedTitle,
    ),
    color: COLORS.notice,
    fields,
    footer: {
      text: entry.revisionId
        ? t(lang, 'facts.modLog.footerRevision', { revision: entry.revisionId })
        : t(lang, 'facts.modLog.footer'),
    },
  });
}

/**
 * Posts a short note to the mod-log channel, when one is configured, in the server's language (every moderator
 * reads it, so no one's own locale counts). The change is already committed: a failure here is logged and never
 * reported as a failed change.
 */
export async function postModLog(client: Client, ctx: BotContext, entry: ModLogEntry): Promise<void> {
  const channelId = ctx.config.modLogChannelId;
  if (!channelId) return;
  try {
    const channel = await client.channels.fetch(channelId);
    if (!channel || !channel.isSendable()) throw new Error('the mod-log channel is missing or is not a text channel');
    const guild = 'guild' in channel ? channel.guild : null;
    const lang = await serverLanguage(ctx, guild?.id ?? ctx.config.homeGuildId ?? null, guild?.preferredLocale);
    await channel.send({ embeds: [modLogEmbed(entry, lang)], allowedMentions: NO_PINGS });
  } catch (error) {
    ctx.log.warn(`could not post to the mod-log channel ${channelId}`, error instanceof Error ? error.message : error);
  }
}
