import { escapeMarkdown, SlashCommandBuilder } from 'discord.js';
import { byKind } from '../knowledge/lists.js';
import { checkQuestion } from '../knowledge/question.js';
import { keyFacts } from '../render/format.js';
import { listFooter } from '../render/list-embed.js';
import { respondWithFacts } from './shared/autocomplete.js';
import { isPrivate, refuse } from './shared/respond.js';
import { sendList } from './shared/send-list.js';
import { showFact, showNoAnswer } from './shared/show-fact.js';
import type { Command } from './types.js';

export const agreements: Command = {
  scope: 'global',
  data: new SlashCommandBuilder()
    .setName('agreements')
    .setDescription('Trade agreements: signed, in force, status and parties')
    .addStringOption((o) => o.setName('name').setDescription('One agreement, e.g. RCEP or ACFTA 3.0').setAutocomplete(true).setMaxLength(300))
    .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer')),

  autocomplete: (interaction, { kb }) => respondWithFacts(interaction, kb, 'agreement'),

  async execute(interaction, ctx) {
    const name = interaction.options.getString('name');
    const ephemeral = isPrivate(interaction);
    if (name !== null) {
      const exact = ctx.kb.get(name.trim());
      if (exact?.kind === 'agreement') return showFact(interaction, ctx.kb, exact, ephemeral);
      const check = checkQuestion(name);
      if (!check.ok) return refuse(interaction, check.error);
      const best = ctx.kb.search(check.question, { kind: 'agreement', limit: 1 })[0];
      if (!best) return showNoAnswer(interaction, ctx.kb, check.question, ephemeral, 'agreement');
      return showFact(interaction, ctx.kb, best.fact, ephemeral);
    }
    const list = byKind(ctx.kb.facts(), 'agreement').sort((a, b) => a.date.localeCompare(b.date));
    const lines = list.map((a) => {
      const facts = keyFacts(a).filter(([k]) => k !== 'Parties').map(([k, v]) => `${k.toLowerCase()}: ${v}`);
      return `**${escapeMarkdown(a.title)}** — ${escapeMarkdown(facts.join(' · '))} · parties: ${a.parties.length}`;
    });
    return sendList(interaction, ctx, { title: 'Agreements', lines, footer: listFooter(list) }, ephemeral);
  },
};
