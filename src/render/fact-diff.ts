import type { APIEmbed } from 'discord-api-types/v10';
import { joinList, sourceToLine } from '../knowledge/fact-form.js';
import { TEXT_LOCALES, type Fact } from '../knowledge/schema.js';
import type { Revision, RevisionAction } from '../knowledge/store/facts.js';
import { COLORS } from './fact-embed.js';
import { clip, defuseMentions, fitEmbed, LIMITS } from './limits.js';
import { assertNever } from '../knowledge/fact-kinds.js';

/** Markdown in moderators' text is shown as typed, never interpreted. */
export function plain(text: string): string {
  return defuseMentions(text)
    .replace(/([\\*_~`|[\]])/g, '\\$1')
    .replace(/^(\s*)([>#-])/gm, '$1\\$2');
}

/** A fact as labelled plain-text values, in the order of the moderators' form. */
export function factFields(fact: Fact): [string, string][] {
  const out: [string, string][] = [
    ['Kind', fact.kind],
    ['Title', fact.title],
    ['Summary', fact.summary],
    ['Details', fact.details ?? ''],
  ];
  switch (fact.kind) {
    case 'milestone':
      out.push(['Date', fact.date]);
      break;
    case 'figure':
      out.push(['Value', String(fact.value)], ['Unit', fact.unit], ['Currency', fact.currency ?? ''], ['Period', fact.period], ['As of', fact.asOf]);
      break;
    case 'agreement':
      out.push(
        ['Date', fact.date],
        ['Signed', fact.signed ?? ''],
        ['In force', fact.inForce ?? ''],
        ['Status', fact.status],
        ['Parties', joinList(fact.parties)],
      );
      break;
    case 'topic':
      break;
    default:
      assertNever(fact);
  }
  out.push(
    ['Sources', fact.sources.map(sourceToLine).join('\n')],
    ['Tags', joinList(fact.tags)],
    ['Aliases', joinList(fact.aliases)],
    ['Related', joinList(fact.related)],
  );
  // Translations are part of the fact: a translation edit shows in its history like any other change.
  for (const locale of TEXT_LOCALES) {
    const text = fact.i18n?.[locale];
    if (!text) continue;
    out.push([`Title (${locale})`, text.title], [`Summary (${locale})`, text.summary], [`Details (${locale})`, text.details ?? ''], [`Aliases (${locale})`, joinList(text.aliases)]);
  }
  return out;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** Field by field, what differs between two states of a fact (a missing state counts as all fields empty). */
export function changedFields(before: Fact | null, after: Fact | null): FieldChange[] {
  const a = new Map(before ? factFields(before) : []);
  const b = new Map(after ? factFields(after) : []);
  const names = [...new Set([...a.keys(), ...b.keys()])];
  return names
    .map((field) => ({ field, before: a.get(field) ?? '', after: b.get(field) ?? '' }))
    .filter((c) => c.before !== c.after);
}

const ACTION_VERB: Record<RevisionAction, string> = {
  seed: 'loaded from the seed data',
  add: 'added',
  edit: 'edited',
  remove: 'removed',
  restore: 'restored',
  revert: 'reverted',
  import: 'imported',
};

export function discordTime(iso: string, style: 'f' | 'd' | 'R' = 'f'): string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? `<t:${Math.floor(ms / 1000)}:${style}>` : iso;
}

/** One history line: `#12 · <date> · **edit** by Alice — reason`. */
export function historyLine(rev: Revision): string {
  const reason = rev.reason ? ` — ${plain(clip(rev.reason, 160))}` : '';
  return clip(`\`#${rev.id}\` v${rev.version} · ${discordTime(rev.at, 'd')} · **${rev.action}** by ${plain(clip(rev.actorName, 60))}${reason}`, 400);
}

const SIDE = Math.floor((LIMITS.fieldValue - '**Before**\n\n**After**\n'.length) / 2);

function side(text: string): string {
  return text ? clip(plain(text), SIDE) : '*(empty)*';
}

/**
 * One revision as an embed: who, when, why, and per changed field the value before and after (each clipped so
 * the embed stays within Discord's limits). `before` is the state the revision started from; the caller passes
 * the previous revision's state when the fact was hidden at the time (a restore).
 */
export function revisionEmbed(rev: Revision, before: Fact | null = rev.before): APIEmbed {
  const changes = changedFields(before, rev.after);
  const lines = [
    `**${ACTION_VERB[rev.action]}** by ${plain(rev.actorName)} (\`${rev.actorId}\`)`,
    `**When:** ${discordTime(rev.at)}`,
    `**Version:** ${rev.version}`,
    `**Reason:** ${rev.reason ? plain(rev.reason) : '*(none given)*'}`,
  ];
  if (rev.after === null) lines.push('', 'After this revision the fact was **removed**: members no longer see it (it can be restored).');
  else if (rev.before === null && before !== null) lines.push('', 'Before this revision the fact was removed; this made it visible again.');
  else if (before === null) lines.push('', 'This revision created the fact.');
  if (!changes.length) lines.push('', 'No field changed.');
  const shown = rev.after === null ? [] : changes;
  return fitEmbed({
    title: clip(`Revision #${rev.id} of ${rev.factId}`, LIMITS.embedTitle),
    description: lines.join('\n'),
    color: COLORS.notice,
    fields: shown.slice(0, LIMITS.embedFields).map((c) => ({
      name: c.field,
      value: `**Before**\n${side(c.before)}\n**After**\n${side(c.after)}`,
    })),
    footer: { text: clip(`Back to this state: /facts revert id:${rev.factId} revision:${rev.id}`, LIMITS.footer) },
  });
}
