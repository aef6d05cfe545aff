import { escapeMarkdown, MessageFlags, type RepliableInteraction } from 'discord.js';
import type { Logger } from '../../logger.js';
import { seriesOf, type Series } from '../../render/chart/series.js';
import type { SeriesCharts } from '../../render/chart/series-charts.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { Answer } from '../../knowledge/search/answer.js';
import { factsMessage, guessMessage } from '../../render/answer-embed.js';
import type { Fact, FactKind } from '../../knowledge/schema.js';
import { button, COLORS, factMessage, row } from '../../render/fact-embed.js';
import { ANSWER_IDS } from '../../components/answer-ids.js';
import { clip, defuseMentions } from '../../render/limits.js';
import { respond } from './respond.js';
import { markOutcome } from '../../ops/outcome.js';
import { t, type Lang } from '../../i18n/catalogue.js';
import { localTitle } from '../../render/fact-text.js';

/** The fact's own related ids first, then other good matches for the question. */
export function relatedFor(fact: Fact, kb: KnowledgeBase, alsoMatched: readonly Fact[] = []): Fact[] {
  const out: Fact[] = [];
  for (const candidate of [...fact.related.map((id) => kb.get(id)), ...alsoMatched]) {
    if (candidate && candidate.id !== fact.id && !out.some((f) => f.id === candidate.id)) out.push(candidate);
  }
  return out.slice(0, 3);
}

/** Handlers that pass `charts` get a figure's series drawn under it; the rest show the fact alone. */
export interface ShowFactCharts {
  charts: SeriesCharts;
  log: Logger;
}

export async function showFact(
  interaction: RepliableInteraction,
  kb: KnowledgeBase,
  fact: Fact,
  ephemeral: boolean,
  alsoMatched: readonly Fact[] = [],
  withCharts?: ShowFactCharts,
  lang: Lang = 'en',
): Promise<void> {
  const message = factMessage(ANSWER_IDS, fact, relatedFor(fact, kb, alsoMatched), lang);
  const series = withCharts ? seriesOf(fact, kb.facts()) : undefined;
  if (!series || !withCharts) return respond(interaction, message, ephemeral);
  const files = await chartFiles(interaction, withCharts, [series], ephemeral, lang);
  if (files.length) message.embeds[0] = { ...message.embeds[0], image: { url: `attachment://${files[0]!.name}` } };
  await respond(interaction, { ...message, files }, ephemeral);
}

/**
 * The charts of these series as attachments (alt text as their description). Drawing one takes long enough
 * that the reply is deferred first; a chart that fails to draw is logged and left out, never costing the answer.
 */
export async function chartFiles(
  interaction: RepliableInteraction,
  withCharts: ShowFactCharts,
  series: readonly Series[],
  ephemeral: boolean,
  lang: Lang = 'en',
) {
  if (series.some((s) => !withCharts.charts.has(s)) && !interaction.deferred && !interaction.replied) {
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  }
  const files: { attachment: Buffer; name: string; description: string }[] = [];
  for (const s of series) {
    try {
      const chart = await withCharts.charts.get(s, lang);
      files.push({ attachment: chart.png, name: chart.filename, description: chart.alt });
    } catch (error) {
      withCharts.log.error(`chart ${s.id} could not be drawn; answering without it`, error);
    }
  }
  return files;
}

export async function showAnswer(
  interaction: RepliableInteraction,
  kb: KnowledgeBase,
  answer: Answer,
  question: string,
  ephemeral: boolean,
  withCharts?: ShowFactCharts,
  lang: Lang = 'en',
): Promise<void> {
  switch (answer.kind) {
    case 'fact':
      return showFact(interaction, kb, answer.fact, ephemeral, answer.others, withCharts, lang);
    case 'guess':
      return respond(interaction, guessMessage(ANSWER_IDS, answer.fact, answer.others, lang), ephemeral);
    case 'list':
      return respond(
        interaction,
        factsMessage(ANSWER_IDS, t(lang, 'answer.listHeading', { count: answer.facts.length }), answer.facts, lang),
        ephemeral,
      );
    case 'facts':
      return respond(
        interaction,
        factsMessage(
          ANSWER_IDS,
          t(lang, answer.missing.length ? 'answer.partHeading' : 'answer.factsHeading'),
          answer.facts,
          lang,
          answer.guessed,
          answer.missing,
        ),
        ephemeral,
      );
    case 'none':
      return showNoAnswer(interaction, kb, question, ephemeral, undefined, answer.nearest, lang);
  }
}

/** "I don't have a fact on that", with the nearest titles as buttons so the asker can still get somewhere. */
export async function showNoAnswer(
  interaction: RepliableInteraction,
  kb: KnowledgeBase,
  query: string,
  ephemeral: boolean,
  kind?: FactKind,
  near: readonly Fact[] = kb.nearest(query, 3, kind),
  lang: Lang = 'en',
): Promise<void> {
  markOutcome(interaction, 'unknown');
  const quoted = clip(escapeMarkdown(defuseMentions(query)), 200);
  const lines = [t(lang, 'answer.none', { query: quoted })];
  if (near.length)
    lines.push('', t(lang, 'answer.closest'), ...near.map((f) => `• ${escapeMarkdown(localTitle(f, lang))}`));
  lines.push('', t(lang, 'answer.tryOther'));
  await respond(
    interaction,
    {
      embeds: [{ title: t(lang, 'answer.noneTitle'), description: lines.join('\n'), color: COLORS.notice }],
      components: near.length
        ? [row(near.map((f) => button(ANSWER_IDS.openFact(f.id, lang), localTitle(f, lang))))]
        : [],
    },
    ephemeral,
  );
}
