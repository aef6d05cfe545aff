import type { APIEmbed } from 'discord-api-types/v10';
import { joinList, sourceToLine } from '../knowledge/fact-form.js';
import { TEXT_LOCALES, type Fact } from '../knowledge/schema.js';
import type { Revision, RevisionAction } from '../knowledge/store/facts.js';
import { COLORS } from './fact-embed.js';
import { clip, defuseMentions, fitEmbed, LIMITS } from './limits.js';
import { assertNever } from '../knowledge/fact-kinds.js';
import { DEFAULT_LANG, t, type Lang } from '../i18n/catalogue.js';

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
      out.push(
        ['Value', String(fact.value)],
        ['Unit', fact.unit],
        ['Currency', fact.currency ?? ''],
        ['Period', fact.period],
        ['As of', fact.asOf],
      );
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
    out.push(
      [`Title (${locale})`, text.title],
      [`Summary (${locale})`, text.summary],
      [`Details (${locale})`, text.details ?? ''],
      [`Aliases (${locale})`, joinList(text.aliases)],
    );
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

/** What a revision did, in words ("edited"); the action names themselves are data. */
const actionVerb = (action: RevisionAction, lang: Lang): string => t(lang, `facts.diff.action.${action}`);

/** A field's name as `factFields` gives it ("In force", "Title (zh-CN)"), in the reader's language. */
export function fieldLabel(field: string, lang: Lang = DEFAULT_LANG): string {
  const translated = /^(.+) \((.+)\)$/.exec(field);
  if (translated)
    return t(lang, 'facts.diff.field.translated', { field: fieldLabel(translated[1]!, lang), locale: translated[2]! });
  return t(lang, `facts.diff.field.${field.replace(/ (\w)/g, (_, c: string) => c.toUpperCase())}`);
}

export function discordTime(iso: string, style: 'f' | 'd' | 'R' = 'f'): string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? `<t:${Math.floor(ms / 1000)}:${style}>` : iso;
}

/** One history line: `#12 · <date> · **edit** by Alice — reason`. */
export function historyLine(rev: Revision, lang: Lang = DEFAULT_LANG): string {
  const reason = rev.reason ? ` — ${plain(clip(rev.reason, 160))}` : '';
  // The action stays its stored name in English ("edit"), as moderators type it; other languages say it in words.
  const action = lang === DEFAULT_LANG ? rev.action : actionVerb(rev.action, lang);
  const vars = {
    revision: rev.id,
    version: rev.version,
    date: discordTime(rev.at, 'd'),
    action,
    actor: plain(clip(rev.actorName, 60)),
    reason,
  };
  return clip(t(lang, 'facts.diff.historyLine', vars), 400);
}

/** Room for each side of a changed field (the English headings are the longest). */
const SIDE = Math.floor((LIMITS.fieldValue - '**Before**\n\n**After**\n'.length) / 2);

function side(text: string, lang: Lang): string {
  return text ? clip(plain(text), SIDE) : t(lang, 'facts.diff.empty');
}

/**
 * One revision as an embed: who, when, why, and per changed field the value before and after (each clipped so
 * the embed stays within Discord's limits). `before` is the state the revision started from; the caller passes
 * the previous revision's state when the fact was hidden at the time (a restore).
 */
export function revisionEmbed(rev: Revision, before: Fact | null = rev.before, lang: Lang = DEFAULT_LANG): APIEmbed {
  const changes = changedFields(before, rev.after);
  const lines = [
    t(lang, 'facts.diff.by', {
      action: actionVerb(rev.action, lang),
      actor: plain(rev.actorName),
      actorId: rev.actorId,
    }),
    t(lang, 'facts.diff.when', { date: discordTime(rev.at) }),
    t(lang, 'facts.diff.version', { version: rev.version }),
    t(lang, 'facts.diff.reason', { reason: rev.reason ? plain(rev.reason) : t(lang, 'facts.diff.noReason') }),
  ];
  if (rev.after === null) lines.push('', t(lang, 'facts.diff.wasRemoved'));
  else if (rev.before === null && before !== null) lines.push('', t(lang, 'facts.diff.madeVisible'));
  else if (before === null) lines.push('', t(lang, 'facts.diff.created'));
  if (!changes.length) lines.push('', t(lang, 'facts.diff.noChange'));
  const shown = rev.after === null ? [] : changes;
  const [was, now] = [t(lang, 'facts.diff.before'), t(lang, 'facts.diff.after')];
  return fitEmbed({
    title: clip(t(lang, 'facts.diff.title', { revision: rev.id, id: rev.factId }), LIMITS.embedTitle),
    description: lines.join('\n'),
    color: COLORS.notice,
    fields: shown.slice(0, LIMITS.embedFields).map((c) => ({
      name: fieldLabel(c.field, lang),
      value: `**${was}**\n${side(c.before, lang)}\n**${now}**\n${side(c.after, lang)}`,
    })),
    footer: { text: clip(t(lang, 'facts.diff.footer', { id: rev.factId, revision: rev.id }), LIMITS.footer) },
  });
}
