import { ButtonStyle, MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { KnowledgeError, type ImportPlan } from '../../knowledge/knowledge-base.js';
import { button, COLORS, row } from '../../render/fact-embed.js';
import { clip, defuseMentions, fitEmbed, LIMITS } from '../../render/limits.js';
import type { APIEmbed } from '../shared/respond.js';
import { respond } from '../shared/respond.js';
import type { BotContext } from '../types.js';
import { factsImport } from './components/import.js';
import { DownloadError, downloadText, isJsonFile, MAX_IMPORT_BYTES, megabytes } from './download.js';
import { IMPORT_TTL_MS } from './sessions.js';
import { Refusal } from '../shared/refusal.js';
import { FACTS_OPTIONS } from './options.js';
import { replyLanguage } from '../shared/language.js';
import { knowledgeText } from '../shared/refusal.js';
import { DEFAULT_LANG, t, type Lang } from '../../i18n/catalogue.js';

const MAX_PROBLEMS_SHOWN = 40;

function idList(ids: readonly string[]): string {
  if (!ids.length) return '—';
  return clip(ids.map((id) => `\`${id}\``).join(', '), LIMITS.fieldValue);
}

/** "added 1, changed 2, removed 0, unchanged 40": the import's counts in one line (reply and mod-log). */
export function importSummary(plan: ImportPlan, lang: Lang = DEFAULT_LANG): string {
  return t(lang, 'facts.import.summary', {
    added: plan.added.length,
    changed: plan.changed.length,
    removed: plan.removed.length,
    unchanged: plan.unchanged,
  });
}

export function importPlanEmbed(
  plan: ImportPlan,
  fileName: string,
  reason: string,
  lang: Lang = DEFAULT_LANG,
): APIEmbed {
  const lines = [
    t(lang, 'facts.import.nothingYet', { reason: clip(reason, 200) }),
    t(lang, 'facts.import.cancelHint', { minutes: Math.round(IMPORT_TTL_MS / 60_000) }),
  ];
  if (plan.removed.length) lines.push('', t(lang, 'facts.import.removeWarning', { count: plan.removed.length }));
  const counts = {
    file: fileName,
    added: plan.added.length,
    changed: plan.changed.length,
    removed: plan.removed.length,
  };
  return fitEmbed({
    title: clip(t(lang, 'facts.import.title', counts), LIMITS.embedTitle),
    description: defuseMentions(lines.join('\n')),
    color: plan.removed.length ? COLORS.agreement : COLORS.figure,
    fields: [
      { name: t(lang, 'facts.import.added', { count: plan.added.length }), value: idList(plan.added) },
      { name: t(lang, 'facts.import.changed', { count: plan.changed.length }), value: idList(plan.changed) },
      { name: t(lang, 'facts.import.removed', { count: plan.removed.length }), value: idList(plan.removed) },
      { name: t(lang, 'facts.import.unchanged'), value: String(plan.unchanged) },
    ],
    footer: { text: t(lang, 'facts.import.onlyYou') },
  });
}

function problemsEmbed(message: string, problems: readonly string[], lang: Lang): APIEmbed {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `• ${clip(p, 300)}`);
  if (problems.length > shown.length)
    shown.push(t(lang, 'facts.import.andMore', { count: problems.length - shown.length }));
  return fitEmbed({
    title: clip(t(lang, 'facts.import.refusedTitle', { message }), LIMITS.embedTitle),
    description: defuseMentions(shown.join('\n')) || t(lang, 'facts.import.unreadable'),
    color: COLORS.agreement,
    footer: { text: t(lang, 'facts.import.refusedFooter') },
  });
}

/** The preview with Confirm / Cancel. */
export function importPreview(
  plan: ImportPlan,
  fileName: string,
  reason: string,
  key: string,
  lang: Lang = DEFAULT_LANG,
) {
  return {
    embeds: [importPlanEmbed(plan, clip(fileName, 100), reason, lang)],
    components: [
      row([
        button(
          factsImport.id('confirm', key),
          t(lang, 'facts.import.confirm'),
          plan.removed.length ? ButtonStyle.Danger : ButtonStyle.Success,
        ),
        button(factsImport.id('cancel', key), t(lang, 'facts.import.cancel'), ButtonStyle.Secondary),
      ]),
    ],
  };
}

/**
 * /facts import file: [reason:] — downloads the attached JSON, validates all of it, and shows what would change
 * with Confirm / Cancel. Nothing is written until the same moderator confirms.
 */
export async function importFacts(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const file = interaction.options.getAttachment(FACTS_OPTIONS.file, true);
  const lang = await replyLanguage(interaction, ctx);
  // The default reason goes into the history, which is data: it stays English.
  const reason =
    interaction.options.getString(FACTS_OPTIONS.reason)?.trim() ||
    t(DEFAULT_LANG, 'facts.import.defaultReason', { file: file.name });
  if (!isJsonFile(file.name, file.contentType))
    throw new Refusal(t(lang, 'facts.import.notJson', { file: clip(file.name, 100) }));
  if (file.size > MAX_IMPORT_BYTES)
    throw new Refusal(
      t(lang, 'facts.import.tooBig', { size: megabytes(file.size), limit: megabytes(MAX_IMPORT_BYTES) }),
    );
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });

  let text: string;
  try {
    text = await downloadText(file.url, { maxBytes: MAX_IMPORT_BYTES });
  } catch (error) {
    if (error instanceof DownloadError)
      throw new Refusal(t(lang, 'facts.import.nothingChanged', { message: t(lang, error.key, error.vars) }));
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Refusal(
      t(lang, 'facts.import.invalidJson', {
        file: clip(file.name, 100),
        why: error instanceof Error ? error.message : 'parse error',
      }),
    );
  }

  let plan: ImportPlan;
  try {
    plan = await ctx.kb.planImportInSlices(raw);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    return respond(interaction, { embeds: [problemsEmbed(knowledgeText(error, lang), error.problems, lang)] }, true);
  }
  if (!plan.added.length && !plan.changed.length && !plan.removed.length) {
    return respond(interaction, { content: t(lang, 'facts.import.nothingToImport', { count: plan.unchanged }) }, true);
  }
  const key = await ctx.sessions.imports.create({
    ownerId: interaction.user.id,
    raw,
    fileName: file.name,
    plan,
    reason,
  });
  await respond(interaction, importPreview(plan, file.name, reason, key, lang), true);
}
