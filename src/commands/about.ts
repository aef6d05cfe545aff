import { SlashCommandBuilder } from 'discord.js';
import { COLORS } from '../render/fact-embed.js';
import { formatDate, asOfDate } from '../render/format.js';
import { fitEmbed } from '../render/limits.js';
import { isPrivate, refuse, respond } from './shared/respond.js';
import type { Command } from './types.js';
import { moderatorVerdict } from './facts/guard.js';
import { healthText } from './shared/health-text.js';
import { serverTimeZone } from './shared/server-time.js';

export const about: Command = {
  scope: 'global',
  data: new SlashCommandBuilder()
    .setName('about')
    .setDescription('What Corridor covers, where its facts come from, and how to suggest a correction')
    .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer'))
    .addBooleanOption((o) => o.setName('details').setDescription('Moderators: add the bot\'s health (only you see it)')),

  async execute(interaction, ctx) {
    const { kb } = ctx;
    // Health facts are for the people who run the bot: home-server moderators only, and never in public.
    const details = interaction.options.getBoolean('details') ?? false;
    if (details && !moderatorVerdict(interaction, ctx.config).allowed) {
      return refuse(interaction, 'The health details are for the fact moderators of the home server. Use `/about` without `details`.');
    }
    const facts = kb.facts();
    const count = (kind: string) => facts.filter((f) => f.kind === kind).length;
    const publishers = new Map<string, number>();
    for (const f of facts) for (const p of new Set(f.sources.map((s) => s.publisher))) publishers.set(p, (publishers.get(p) ?? 0) + 1);
    const topSources = [...publishers].sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} (${n})`);
    const newest = facts.map(asOfDate).sort().at(-1);
    const embed = fitEmbed({
      title: 'About Corridor',
      color: COLORS.notice,
      description: [
        'Corridor answers questions about China–ASEAN economic cooperation from a curated, cited fact base: milestones (such as the China-Laos Railway opening), figures (trade volumes, traffic counts) and agreements (the China-ASEAN Free Trade Area and its 2.0 and 3.0 upgrades, RCEP).',
        '',
        'Every answer names its source and how current it is. Moderators keep the base up to date, and every change is kept with who made it, when and why.',
        '',
        '**Commands:** `/ask`, `/fact`, `/timeline`, `/figures`, `/agreements`, `/upcoming`. Server managers: `/reminders` for anniversary posts.',
        '',
        '**Found a mistake?** Press **Report a problem** under any answer; it goes straight to the moderators.',
      ].join('\n'),
      fields: [
        { name: 'Facts', value: `${facts.length} in all: ${count('milestone')} milestones, ${count('figure')} figures, ${count('agreement')} agreements, ${count('topic')} background topics`, inline: false },
        { name: 'Sources', value: topSources.join(', ') || '—', inline: false },
        { name: 'Newest source', value: newest ? formatDate(newest) : '—', inline: true },
        ...(details && ctx.health ? [{ name: 'Bot health (moderators)', value: healthText(ctx.health(), serverTimeZone(ctx, interaction.guildId)), inline: false }] : []),
      ],
    });
    await respond(interaction, { embeds: [embed] }, details || isPrivate(interaction));
  },
};
