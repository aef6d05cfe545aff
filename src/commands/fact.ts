import { SlashCommandBuilder } from 'discord.js';
import { checkQuestion } from '../knowledge/question.js';
import { respondWithFacts } from './shared/autocomplete.js';
import { showRemovedFact } from './shared/removed-fact.js';
import { isPrivate } from './shared/respond.js';
import { showFact, showNoAnswer } from './shared/show-fact.js';
import type { Command } from './types.js';
import { replyLanguage } from './shared/language.js';
import { t } from '../i18n/catalogue.js';
import { Refusal } from './shared/refusal.js';
import { optionNames, SHARED_OPTIONS } from './shared/options.js';

const OPTIONS = optionNames('name');

export const fact: Command = {
  scope: 'global',
  guard: 'none',
  data: new SlashCommandBuilder()
    .setName('fact')
    .setDescription('Look up one fact by name (suggestions appear as you type)')
    .addStringOption((o) =>
      o
        .setName(OPTIONS.name)
        .setDescription('Start typing: RCEP, China-Laos Railway…')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(300),
    )
    .addBooleanOption((o) => o.setName(SHARED_OPTIONS.private).setDescription('Only you see the answer')),

  autocomplete: (interaction, ctx) => respondWithFacts(interaction, ctx),

  async execute(interaction, ctx) {
    const { kb } = ctx;
    const typed = interaction.options.getString(OPTIONS.name, true);
    const exact = kb.get(typed.trim());
    // An id picked from the suggestions says nothing about the language; typed words do.
    const lang = await replyLanguage(interaction, ctx, exact ? null : typed);
    if (exact) return showFact(interaction, kb, exact, isPrivate(interaction), [], ctx, lang);
    const removed = await kb.stored(typed.trim());
    if (removed?.deleted) return showRemovedFact(interaction, removed, ctx);
    // The user pressed enter before picking a suggestion: treat the text as a search, best effort.
    const check = checkQuestion(typed);
    if (!check.ok) throw new Refusal(t(lang, check.key, check.vars));
    const best =
      kb.search(check.question, { limit: 1 })[0] ?? kb.suggest(check.question, 1).map((f) => ({ fact: f }))[0];
    if (!best) return showNoAnswer(interaction, kb, check.question, isPrivate(interaction), undefined, undefined, lang);
    return showFact(interaction, kb, best.fact, isPrivate(interaction), [], ctx, lang);
  },
};
