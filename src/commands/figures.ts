import { escapeMarkdown, SlashCommandBuilder } from 'discord.js';
import { byKind, figuresByTopic } from '../knowledge/lists.js';
import { checkQuestion } from '../knowledge/question.js';
import { seriesOf } from '../render/chart/series.js';
import { figureLine } from '../render/figure-line.js';
import { chartFiles } from './shared/show-fact.js';
import { groupedLines, lineSources } from '../render/list-embed.js';
import { isPrivate, refuse } from './shared/respond.js';
import { sendList } from './shared/send-list.js';
import type { Command } from './types.js';

const MAX_CHARTS = 3;

export const figures: Command = {
  scope: 'global',
  data: new SlashCommandBuilder()
    .setName('figures')
    .setDescription('Trade volumes, traffic counts and other numbers, with their period and source')
    .addStringOption((o) => o.setName('topic').setDescription('e.g. trade, railway, expressway').setMaxLength(100))
    .addBooleanOption((o) => o.setName('private').setDescription('Only you see the list')),

  async execute(interaction, ctx) {
    const topicText = interaction.options.getString('topic');
    let list = byKind(ctx.kb.facts(), 'figure');
    let title = 'China–ASEAN in figures';
    if (topicText !== null) {
      const topic = checkQuestion(topicText);
      if (!topic.ok) return refuse(interaction, topic.error);
      list = ctx.kb.search(topic.question, { kind: 'figure', limit: 50 }).map((h) => h.fact).filter((f) => f.kind === 'figure');
      title = `Figures: ${escapeMarkdown(topic.question)}`;
    }
    if (!list.length) return refuse(interaction, 'No figures match that topic. Try `/figures` without a topic to see them all.');
    const { lines, footer } = groupedLines(
      figuresByTopic(list).map((g) => ({
        heading: `__${escapeMarkdown(g.topic)}__`,
        items: g.figures.map((f) => ({ line: `**${escapeMarkdown(f.title)}**: ${escapeMarkdown(figureLine(f))}`, sources: lineSources(f) })),
      })),
    );
    // Every series in the list is drawn (a few at most), the first shown in the embed and the rest attached.
    const series = [...new Map(list.map((f) => seriesOf(f, ctx.kb.facts())).filter((s) => s !== undefined).map((s) => [s.key, s])).values()].slice(0, MAX_CHARTS);
    const files = series.length ? await chartFiles(interaction, ctx, series, isPrivate(interaction)) : [];
    return sendList(interaction, ctx, { title, lines, footer, ...(files.length ? { files } : {}) }, isPrivate(interaction));
  },
};
