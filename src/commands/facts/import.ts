import { ButtonStyle, MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { KnowledgeError, type ImportPlan } from '../../knowledge/knowledge-base.js';
import { button, COLORS, row } from '../../render/fact-embed.js';
import { clip, defuseMentions, fitEmbed, LIMITS } from '../../render/limits.js';
import type { APIEmbed } from '../shared/respond.js';
import { refuse, respond } from '../shared/respond.js';
import type { BotContext } from '../types.js';
import { factsIds } from './custom-ids.js';
import { DownloadError, downloadText, isJsonFile, MAX_IMPORT_BYTES, megabytes } from './download.js';
import { IMPORT_TTL_MS, sessionsFor } from './sessions.js';

const MAX_PROBLEMS_SHOWN = 40;

function idList(ids: readonly string[]): string {
  if (!ids.length) return '—';
  return clip(ids.map((id) => `\`${id}\``).join(', '), LIMITS.fieldValue);
}

export function importPlanEmbed(plan: ImportPlan, fileName: string, reason: string): APIEmbed {
  const lines = [
    `Nothing has changed yet. **Confirm** applies all of it in one step; each fact gets a revision (reason: “${clip(reason, 200)}”).`,
    `**Cancel**, or waiting ${Math.round(IMPORT_TTL_MS / 60_000)} minutes, leaves the base as it is.`,
  ];
  if (plan.removed.length) lines.push('', `⚠️ ${plan.removed.length} fact(s) missing from the file would be **removed** (they can be restored later).`);
  return fitEmbed({
    title: clip(`Import ${fileName}: ${plan.added.length} added · ${plan.changed.length} changed · ${plan.removed.length} removed`, LIMITS.embedTitle),
    description: defuseMentions(lines.join('\n')),
    color: plan.removed.length ? COLORS.agreement : COLORS.figure,
    fields: [
      { name: `Added (${plan.added.length})`, value: idList(plan.added) },
      { name: `Changed (${plan.changed.length})`, value: idList(plan.changed) },
      { name: `Removed (${plan.removed.length})`, value: idList(plan.removed) },
      { name: 'Unchanged', value: String(plan.unchanged) },
    ],
    footer: { text: 'Only you can confirm this import.' },
  });
}

function problemsEmbed(message: string, problems: readonly string[]): APIEmbed {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `• ${clip(p, 300)}`);
  if (problems.length > shown.length) shown.push(`…and ${problems.length - shown.length} more.`);
  return fitEmbed({
    title: clip(`Import refused: ${message}`, LIMITS.embedTitle),
    description: defuseMentions(shown.join('\n')) || 'The file could not be read.',
    color: COLORS.agreement,
    footer: { text: 'Nothing was changed. Fix the file and run /facts import again.' },
  });
}

/**
 * /facts import file: [reason:] — downloads the attached JSON, validates all of it, and shows what would change
 * with Confirm / Cancel. Nothing is written until the same moderator confirms.
 */
export async function importFacts(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const file = interaction.options.getAttachment('file', true);
  const reason = interaction.options.getString('reason')?.trim() || `import of ${file.name}`;
  if (!isJsonFile(file.name, file.contentType)) {
    return refuse(interaction, `“${clip(file.name, 100)}” is not a JSON file. Attach a .json file like the one \`/facts export\` gives you.`);
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return refuse(interaction, `The file is too big (${megabytes(file.size)}; the limit is ${megabytes(MAX_IMPORT_BYTES)}).`);
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });

  let text: string;
  try {
    text = await downloadText(file.url, { maxBytes: MAX_IMPORT_BYTES });
  } catch (error) {
    if (error instanceof DownloadError) return refuse(interaction, `${error.message} Nothing was changed.`);
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return refuse(interaction, `“${clip(file.name, 100)}” is not valid JSON (${error instanceof Error ? error.message : 'parse error'}). Nothing was changed.`);
  }

  let plan: ImportPlan;
  try {
    plan = await ctx.kb.planImportInSlices(raw);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    return respond(interaction, { embeds: [problemsEmbed(error.message, error.problems)] }, true);
  }
  if (!plan.added.length && !plan.changed.length && !plan.removed.length) {
    return respond(interaction, { content: `Nothing to import: the file matches the base exactly (${plan.unchanged} facts unchanged).` }, true);
  }
  const key = sessionsFor(ctx).imports.create({ ownerId: interaction.user.id, raw, fileName: file.name, plan, reason });
  await respond(
    interaction,
    {
      embeds: [importPlanEmbed(plan, clip(file.name, 100), reason)],
      components: [
        row([
          button(factsIds.importConfirm(key), 'Confirm import', plan.removed.length ? ButtonStyle.Danger : ButtonStyle.Success),
          button(factsIds.importCancel(key), 'Cancel', ButtonStyle.Secondary),
        ]),
      ],
    },
    true,
  );
}
