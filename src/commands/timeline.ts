import { escapeMarkdown, SlashCommandBuilder } from 'discord.js';
import { parseRange, timeline as buildTimeline } from '../knowledge/lists.js';
import { checkQuestion } from '../knowledge/question.js';
import { lineSources } from '../render/list-embed.js';
import { isPrivate } from './shared/respond.js';
import { sendList } from './shared/send-list.js';
import type { Command } from './types.js';
import { replyLanguage } from './shared/language.js';
import { t } from '../i18n/catalogue.js';
import { localTitle } from '../render/fact-text.js';
import { Refusal } from './shared/refusal.js';
import { optionNames, SHARED_OPTIONS } from './shared/options.js';

const OPTIONS = optionNames('from', 'to', 'topic', 'background');

export const timeline: Command = {
  scope: 'global',
  guard: 'none',
  data: new SlashCommandBuilder()
    .setName('timeline')
    .setDescription('Milestones and agreements in date order')
    .addStringOption((o) =>
      o.setName(OPTIONS.from).setDescription('Start: 2010, 2021-12 or 2021-12-03').setMaxLength(10),
    )
    .addStringOption((o) =>
      o.setName(OPTIONS.to).setDescription('End (inclusive): 2025, 2025-05 or 2025-05-20').setMaxLength(10),
    )
    .addStringOption((o) =>
      o.setName(OPTIONS.topic).setDescription('Only events about this, e.g. railway, RCEP').setMaxLength(100),
    )
    .addBooleanOption((o) =>
      o.setName(OPTIONS.background).setDescription('Also list opinion pieces and background, not only events'),
    )
    .addBooleanOption((o) => o.setName(SHARED_OPTIONS.private).setDescription('Only you see the list')),

  async execute(interaction, ctx) {
    const topicText = interaction.options.getString(OPTIONS.topic);
    const lang = await replyLanguage(interaction, ctx, topicText);
    const range = parseRange(interaction.options.getString(OPTIONS.from), interaction.options.getString(OPTIONS.to));
    if (!range.ok) throw new Refusal(t(lang, range.key, range.vars));
    let facts = ctx.kb.facts();
    let title = t(lang, 'list.timelineTitle');
    if (topicText !== null) {
      const topic = checkQuestion(topicText);
      if (!topic.ok) throw new Refusal(t(lang, topic.key, topic.vars));
      const matching = new Set(ctx.kb.search(topic.question, { limit: 50 }).map((h) => h.fact.id));
      facts = facts.filter((f) => matching.has(f.id));
      title = t(lang, 'list.timelineTopic', { topic: escapeMarkdown(topic.question) });
    }
    const events = buildTimeline(facts, range.range, interaction.options.getBoolean(OPTIONS.background) ?? false);
    if (range.range.from || range.range.to) title += ` (${range.range.from ?? '…'} – ${range.range.to ?? '…'})`;
    const lines = events.map(
      (f) =>
        `\`${f.date}\` **${escapeMarkdown(localTitle(f, lang))}**${f.kind === 'agreement' ? t(lang, 'list.agreementTag') : ''}`,
    );
    if (!lines.length) throw new Refusal(t(lang, topicText ? 'list.timelineEmptyTopic' : 'list.timelineEmpty'));
    return sendList(interaction, ctx, { title, lines, footer: events.map(lineSources), lang }, isPrivate(interaction));
  },
};
