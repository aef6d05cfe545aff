import { escapeMarkdown, SlashCommandBuilder } from 'discord.js';
import { publisherCounts } from '../knowledge/lists.js';
import { COLORS } from '../render/fact-embed.js';
import { formatDate, asOfDate } from '../render/format.js';
import { fitEmbed, fitLines, LIMITS } from '../render/limits.js';
import { isPrivate, respond } from './shared/respond.js';
import type { Command } from './types.js';
import { moderatorVerdict } from './facts/guard.js';
import { healthText } from './shared/health-text.js';
import { serverTimeZone } from './shared/server-time.js';
import { replyLanguage } from './shared/language.js';
import { t } from '../i18n/catalogue.js';
import { Refusal } from './shared/refusal.js';
import { optionNames, SHARED_OPTIONS } from './shared/options.js';

const OPTIONS = optionNames('details');

export const about: Command = {
  scope: 'global',
  guard: 'none',
  data: new SlashCommandBuilder()
    .setName('about')
    .setDescription('What Corridor covers, where its facts come from, and how to suggest a correction')
    .addBooleanOption((o) => o.setName(SHARED_OPTIONS.private).setDescription('Only you see the answer'))
    .addBooleanOption((o) =>
      o.setName(OPTIONS.details).setDescription("Moderators: add the bot's health (only you see it)"),
    ),

  async execute(interaction, ctx) {
    const { kb } = ctx;
    // Health facts are for the people who run the bot: home-server moderators only, and never in public.
    const details = interaction.options.getBoolean(OPTIONS.details) ?? false;
    const lang = await replyLanguage(interaction, ctx);
    if (details && !moderatorVerdict(interaction, ctx.config).allowed)
      throw new Refusal(t(lang, 'errors.aboutDetails'));
    const facts = kb.facts();
    const count = (kind: string) => facts.filter((f) => f.kind === kind).length;
    const publishers = publisherCounts(facts);
    // One publisher a line: a name may itself hold a comma ("China FTA Network, Ministry of Commerce…").
    const sourceLines = publishers.map((p) =>
      t(lang, p.facts === 1 ? 'about.publisherLineOne' : 'about.publisherLine', {
        publisher: escapeMarkdown(p.publisher),
        count: p.facts,
      }),
    );
    const newest = facts.map(asOfDate).sort().at(-1);
    const embed = fitEmbed({
      title: t(lang, 'about.title'),
      color: COLORS.notice,
      description: t(lang, 'about.body'),
      fields: [
        {
          name: t(lang, 'about.factsField'),
          value: t(lang, 'about.factsValue', {
            total: facts.length,
            milestones: count('milestone'),
            figures: count('figure'),
            agreements: count('agreement'),
            topics: count('topic'),
          }),
          inline: false,
        },
        {
          name: t(lang, 'about.sourcesField', { count: publishers.length }),
          value: fitLines(sourceLines, LIMITS.fieldValue) || '—',
          inline: false,
        },
        { name: t(lang, 'about.newest'), value: newest ? formatDate(newest, lang) : '—', inline: true },
        ...(details && ctx.health
          ? [
              {
                name: t(lang, 'about.health'),
                value: healthText(await ctx.health(), await serverTimeZone(ctx, interaction.guildId)),
                inline: false,
              },
            ]
          : []),
      ],
    });
    await respond(interaction, { embeds: [embed] }, details || isPrivate(interaction));
  },
};
