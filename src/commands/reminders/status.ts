import { escapeMarkdown, type APIEmbed, type APIEmbedField, type ChatInputCommandInteraction } from 'discord.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { LedgerEntry, LedgerStatus } from '../../knowledge/store/post-ledger.js';
import { COLORS } from '../../render/fact-embed.js';
import { clip, defuseMentions, fitEmbed, LIMITS } from '../../render/limits.js';
import { respond } from '../shared/respond.js';
import { describeInstant, formatWall, offsetLabel } from '../shared/server-time.js';
import type { BotContext } from '../types.js';
import { effectiveSettings } from './guard.js';
import { contentLines } from './next-post.js';
import { nextScheduledPost } from '../../scheduler/preview.js';
import { countdownText, factOfTheDayText } from './setup.js';
import { healthText } from '../shared/health-text.js';
import { replyLanguage } from '../shared/language.js';
import { t, type Lang } from '../../i18n/catalogue.js';
import type { JobStatus } from '../../scheduler/jobs.js';
import { moderatorVerdict } from '../facts/guard.js';

export const RECENT_LEDGER_ENTRIES = 5;

const STATUS_ICON: Record<LedgerStatus, string> = {
  sent: '✅ sent',
  claimed: '⏳ posting',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
};

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

/** One line per periodic job: "anniversary-posts (* * * * *): ok 1 May 2026, 09:00". */
export function jobsText(jobs: readonly JobStatus[], timezone: string, lang: Lang): string {
  return jobs
    .map((job) => {
      const run = job.lastRun;
      const at = run ? formatWall(run.at, timezone, lang) : '';
      const state = !run
        ? t(lang, 'reminders.jobNever')
        : run.ok
          ? t(lang, 'reminders.jobOk', { at })
          : t(lang, 'reminders.jobFailed', { at, error: escapeMarkdown(clip(run.detail ?? '', 120)) });
      return `${job.name} (\`${job.schedule}\`): ${state}`;
    })
    .join('\n');
}

function field(name: string, value: string, inline = false): APIEmbedField {
  return { name, value: clip(defuseMentions(value) || '—', LIMITS.fieldValue), inline };
}

export async function status(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  guildId: string,
): Promise<void> {
  const { stored, schedule } = await effectiveSettings(ctx, guildId, interaction.guildLocale);
  const lang = await replyLanguage(interaction, ctx);
  const say = (key: string, vars: Record<string, string | number> = {}) => t(lang, `reminders.${key}`, vars);
  if (!stored) {
    return respond(
      interaction,
      {
        content: say('notSetUp', { timezone: ctx.config.defaultTimezone }),
        embeds: [],
        components: [],
      },
      true,
    );
  }
  const now = ctx.now();
  const on = stored.enabled && stored.channelId !== null;
  const fields: APIEmbedField[] = [
    field(say('fieldReminders'), say(on ? 'on' : 'offIcon'), true),
    field(say('fieldChannel'), stored.channelId ? `<#${stored.channelId}>` : say('notSet'), true),
    field(say('fieldTime'), say('localTime', { time: stored.postTime }), true),
    field(
      say('fieldZone'),
      say('zoneNow', { timezone: stored.timezone, offset: offsetLabel(now, stored.timezone) }),
      true,
    ),
    field(say('fieldCountdown'), countdownText(stored.countdownDays, lang), true),
    field(say('fieldFactOfTheDay'), factOfTheDayText(stored.factOfTheDay, lang), true),
  ];
  if (on) {
    const next = nextScheduledPost({ settings: schedule, facts: ctx.kb.facts(), now });
    fields.push(
      field(
        say('fieldNext'),
        next
          ? `${describeInstant(next.postingInstant, stored.timezone, lang)}\n${contentLines(next, lang).join('\n')}`
          : say('nothingYear'),
      ),
    );
  } else {
    fields.push(field(say('fieldNext'), say('nextOff')));
  }
  fields.push(
    field(
      say('fieldProblem'),
      stored.lastError
        ? `${stored.lastError}${stored.lastErrorAt ? `\n(${formatWall(new Date(stored.lastErrorAt), stored.timezone, lang)})` : ''}`
        : say('none'),
    ),
  );
  const recent = await ctx.store.ledger.history(guildId, RECENT_LEDGER_ENTRIES);
  fields.push(
    field(
      say('fieldRecent'),
      recent.length ? recent.map((e) => ledgerLine(ctx.kb, e, stored.timezone)).join('\n') : say('noneYet'),
    ),
  );
  if (ctx.health) fields.push(field(say('fieldHealth'), healthText(await ctx.health(), stored.timezone)));
  const jobs = ctx.jobs?.() ?? [];
  if (jobs.length && moderatorVerdict(interaction, ctx.config).allowed)
    fields.push(field(say('fieldJobs'), jobsText(jobs, stored.timezone, lang)));

  const embed: APIEmbed = fitEmbed({
    title: say('statusTitle'),
    color: on ? COLORS.figure : COLORS.notice,
    fields,
    footer: { text: say('statusFooter') },
  });
  await respond(interaction, { embeds: [embed], components: [] }, true);
}
