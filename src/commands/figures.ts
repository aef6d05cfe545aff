import { escapeMarkdown, SlashCommandBuilder } from 'discord.js';
import { byKind, figuresByTopic } from '../knowledge/lists.js';
import { checkQuestion } from '../knowledge/question.js';
import { seriesOf } from '../render/chart/series.js';
import { figureLine } from '../render/figure-line.js';
import { chartFiles } from './shared/show-fact.js';
import { groupedLines, lineSources } from '../render/list-embed.js';
import { isPrivate } from './shared/respond.js';
import { sendList } from './shared/send-list.js';
import type { Command } from './types.js';
import { replyLanguage } from './shared/language.js';
import { t } from '../i18n/catalogue.js';
import { localTitle } from '../render/fact-text.js';
import { figureIn, labelled } from '../render/format.js';
import { isChinese } from '../i18n/pick-language.js';
import { Refusal } from './shared/refusal.js';
import { optionNames, SHARED_OPTIONS } from './shared/options.js';

const OPTIONS = optionNames('topic');

const MAX_CHARTS = 3;

const TOPIC_KEYS: Record<string, string> = {
  Trade: 'trade',
  RCEP: 'rcep',
  'Free Trade Area 3.0': 'fta3',
  Railway: 'railway',
  Expressway: 'expressway',
  Economy: 'economy',
  Diplomacy: 'diplomacy',
  Other: 'other',
};
/** A known topic in the reader's language; a topic named after a new tag shows as written. */
const topicHeading = (topic: string, lang: string) =>
  Object.hasOwn(TOPIC_KEYS, topic) ? t(lang, `list.topics.${TOPIC_KEYS[topic]}`) : topic;

export const figures: Command = {
  scope: 'global',
  guard: 'none',
  data: new SlashCommandBuilder()
    .setName('figures')
    .setDescription('Trade volumes, traffic counts and other numbers, with their period and source')
    .addStringOption((o) =>
      o.setName(OPTIONS.topic).setDescription('e.g. trade, railway, expressway').setMaxLength(100),
    )
    .addBooleanOption((o) => o.setName(SHARED_OPTIONS.private).setDescription('Only you see the list')),

  async execute(interaction, ctx) {
    const topicText = interaction.options.getString(OPTIONS.topic);
    const lang = await replyLanguage(interaction, ctx, topicText);
    let list = byKind(ctx.kb.facts(), 'figure');
    let title = t(lang, 'list.figuresTitle');
    if (topicText !== null) {
      const topic = checkQuestion(topicText);
      if (!topic.ok) throw new Refusal(t(lang, topic.key, topic.vars));
      list = ctx.kb
        .search(topic.question, { kind: 'figure', limit: 50 })
        .map((h) => h.fact)
        .filter((f) => f.kind === 'figure');
      title = t(lang, 'list.figuresTopic', { topic: escapeMarkdown(topic.question) });
    }
    if (!list.length) throw new Refusal(t(lang, 'list.figuresEmpty'));
    const line = (f: (typeof list)[number]) => {
      if (!isChinese(lang)) return figureLine(f);
      const { figure, period } = figureIn(f, lang);
      return `${figure}（${period}）`;
    };
    const { lines, footer } = groupedLines(
      figuresByTopic(list).map((g) => ({
        heading: `__${escapeMarkdown(topicHeading(g.topic, lang))}__`,
        items: g.figures.map((f) => ({
          line: labelled(`**${escapeMarkdown(localTitle(f, lang))}**`, escapeMarkdown(line(f)), lang),
          sources: lineSources(f),
        })),
      })),
      undefined,
      lang,
    );
    // Every series in the list is drawn (a few at most), the first shown in the embed and the rest attached.
    const series = [
      ...new Map(
        list
          .map((f) => seriesOf(f, ctx.kb.facts()))
          .filter((s) => s !== undefined)
          .map((s) => [s.key, s]),
      ).values(),
    ].slice(0, MAX_CHARTS);
    const files = series.length ? await chartFiles(interaction, ctx, series, isPrivate(interaction), lang) : [];
    return sendList(
      interaction,
      ctx,
      { title, lines, footer, lang, ...(files.length ? { files } : {}) },
      isPrivate(interaction),
    );
  },
};
