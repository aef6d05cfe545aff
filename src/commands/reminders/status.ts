import { escapeMarkdown, type APIEmbed, type APIEmbedField, type ChatInputCommandInteraction } from 'discord.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import { history, type LedgerEntry, type LedgerStatus } from '../../knowledge/store/post-ledger.js';
import { COLORS } from '../../render/fact-embed.js';
import { clip, defuseMentions, fitEmbed, LIMITS } from '../../render/limits.js';
import { respond } from '../shared/respond.js';
import { describeInstant, formatWall, offsetLabel } from '../shared/server-time.js';
import type { BotContext } from '../types.js';
import { effectiveSettings } from './guard.js';
import { contentLines } from './next-post.js';
import { nextScheduledPost } from '../../scheduler/preview.js';
import { countdownText } from './setup.js';
import { healthText } from '../shared/health-text.js';

export const RECENT_LEDGER_ENTRIES = 5;

const STATUS_ICON: Record<LedgerStatus, string> = { sent: '✅ sent', claimed: '⏳ posting', failed: '❌ failed', skipped: '⏭️ skipped' };

/** "acfta-in-force:inForce" -> the fact's title; "countdown:…" -> "Countdown: title". */
export function occasionTitle(kb: Pick<KnowledgeBase, 'get'>, occasion: string): string {
  const countdown = occasion.startsWith('countdown:');
  const key = countdown ? occasion.slice('countdown:'.length) : occasion;
  const factId = key.includes(':') ? key.slice(0, key.lastIndexOf(':')) : key;
  return `${countdown ? 'Countdown: ' : ''}${kb.get(factId)?.title ?? factId}`;
}

export function ledgerLine(kb: Pick<KnowledgeBase, 'get'>, entry: LedgerEntry, timezone: string): string {
  const at = new Date(entry.sentAt ?? entry.claimedAt);
  const when = Number.isFinite(at.getTime()) ? formatWall(at, timezone) : entry.claimedAt;
  const detail = entry.detail && entry.status !== 'sent' ? ` — ${clip(entry.detail, 120)}` : '';
  return `${STATUS_ICON[entry.status]} · ${escapeMarkdown(occasionTitle(kb, entry.occasion))} (${entry.year}) · ${when}${detail}`;
}

function field(name: string, value: string, inline = false): APIEmbedField {
  return { name, value: clip(defuseMentions(value) || '—', LIMITS.fieldValue), inline };
}

export async function status(interaction: ChatInputCommandInteraction, ctx: BotContext, guildId: string): Promise<void> {
  const { stored, schedule } = effectiveSettings(ctx, guildId);
  if (!stored) {
    return respond(
      interaction,
      {
        content: `Anniversary reminders are not set up in this server yet. Use \`/reminders setup channel:#channel\` (default time 09:00, time zone ${ctx.config.defaultTimezone}).`,
        embeds: [],
        components: [],
      },
      true,
    );
  }
  const now = ctx.now();
  const on = stored.enabled && stored.channelId !== null;
  const fields: APIEmbedField[] = [
    field('Reminders', on ? '🟢 On' : '⚪ Off', true),
    field('Channel', stored.channelId ? `<#${stored.channelId}>` : 'not set', true),
    field('Posting time', `${stored.postTime} (local)`, true),
    field('Time zone', `${stored.timezone} (${offsetLabel(now, stored.timezone)} now)`, true),
    field('Countdown posts', countdownText(stored.countdownDays), true),
  ];
  if (on) {
    const next = nextScheduledPost({ settings: schedule, facts: ctx.kb.facts(), now });
    fields.push(
      field('Next post', next ? `${describeInstant(next.postingInstant, stored.timezone)}\n${contentLines(next).join('\n')}` : 'Nothing within the next year.'),
    );
  } else {
    fields.push(field('Next post', 'None: reminders are off. `/reminders setup` turns them on again.'));
  }
  fields.push(
    field(
      'Last problem',
      stored.lastError ? `${stored.lastError}${stored.lastErrorAt ? `\n(${formatWall(new Date(stored.lastErrorAt), stored.timezone)})` : ''}` : 'None',
    ),
  );
  const recent = history(ctx.db, guildId, RECENT_LEDGER_ENTRIES);
  fields.push(field('Recent posts', recent.length ? recent.map((e) => ledgerLine(ctx.kb, e, stored.timezone)).join('\n') : 'None yet.'));
  if (ctx.health) fields.push(field('Bot health (all servers)', healthText(ctx.health(), stored.timezone)));

  const embed: APIEmbed = fitEmbed({
    title: 'Anniversary reminders',
    color: on ? COLORS.figure : COLORS.notice,
    fields,
    footer: { text: 'Times are in the server\'s time zone unless marked UTC · /reminders preview shows any day\'s post' },
  });
  await respond(interaction, { embeds: [embed], components: [] }, true);
}
