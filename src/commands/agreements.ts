import { escapeMarkdown, SlashCommandBuilder } from 'discord.js';
import { byKind } from '../knowledge/lists.js';
import { checkQuestion } from '../knowledge/question.js';
import { keyFacts, labelled } from '../render/format.js';
import { listFooter } from '../render/list-embed.js';
import { respondWithFacts } from './shared/autocomplete.js';
import { isPrivate } from './shared/respond.js';
import { sendList } from './shared/send-list.js';
import { showFact, showNoAnswer } from './shared/show-fact.js';
import type { Command } from './types.js';
import { replyLanguage } from './shared/language.js';
import { t } from '../i18n/catalogue.js';
import { localTitle } from '../render/fact-text.js';
import { Refusal } from './shared/refusal.js';
import { optionNames, SHARED_OPTIONS } from './shared/options.js';

const OPTIONS = optionNames('name');

export const agreements: Command = {
  scope: 'global',
  guard: 'none',
  data: new SlashCommandBuilder()
    .setName('agreements')
    .setDescription('Trade agreements: signed, in force, status and parties')
    .addStringOption((o) =>
      o
        .setName(OPTIONS.name)
        .setDescription('One agreement, e.g. RCEP or ACFTA 3.0')
        .setAutocomplete(true)
        .setMaxLength(300),
    )
    .addBooleanOption((o) => o.setName(SHARED_OPTIONS.private).setDescription('Only you see the answer')),

  autocomplete: (interaction, ctx) => respondWithFacts(interaction, ctx, 'agreement'),

  async execute(interaction, ctx) {
    const name = interaction.options.getString(OPTIONS.name);
    const ephemeral = isPrivate(interaction);
    const exactId = name !== null && ctx.kb.get(name.trim())?.kind === 'agreement';
    const lang = await replyLanguage(interaction, ctx, exactId ? null : name);
    if (name !== null) {
      const exact = ctx.kb.get(name.trim());
      if (exact?.kind === 'agreement') return showFact(interaction, ctx.kb, exact, ephemeral, [], undefined, lang);
      const check = checkQuestion(name);
      if (!check.ok) throw new Refusal(t(lang, check.key, check.vars));
      const best = ctx.kb.search(check.question, { kind: 'agreement', limit: 1 })[0];
      if (!best) return showNoAnswer(interaction, ctx.kb, check.question, ephemeral, 'agreement', undefined, lang);
      return showFact(interaction, ctx.kb, best.fact, ephemeral, [], undefined, lang);
    }
    const list = byKind(ctx.kb.facts(), 'agreement').sort((a, b) => a.date.localeCompare(b.date));
    const lines = list.map((a) => {
      // The last key fact is the party list, shown here as a count.
      const facts = keyFacts(a, lang)
        .slice(0, -1)
        .map(([k, v]) => (lang === 'en' ? `${k.toLowerCase()}: ${v}` : labelled(k, v, lang)));
      return (
        `**${escapeMarkdown(localTitle(a, lang))}** — ${escapeMarkdown(facts.join(' · '))} · ` +
        `${t(lang, 'list.parties', { count: a.parties.length })}`
      );
    });
    return sendList(
      interaction,
      ctx,
      { title: t(lang, 'list.agreementsTitle'), lines, footer: listFooter(list, lang), lang },
      ephemeral,
    );
  },
};
