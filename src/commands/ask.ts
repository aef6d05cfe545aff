import { SlashCommandBuilder } from 'discord.js';
import { checkQuestion, MAX_QUESTION_LENGTH } from '../knowledge/question.js';
import { noteUnanswered } from './shared/note-unanswered.js';
import { isPrivate } from './shared/respond.js';
import { showAnswer } from './shared/show-fact.js';
import type { Command } from './types.js';
import { replyLanguage } from './shared/language.js';
import { t } from '../i18n/catalogue.js';
import { Refusal } from './shared/refusal.js';
import { optionNames, SHARED_OPTIONS } from './shared/options.js';

const OPTIONS = optionNames('question');

export const ask: Command = {
  scope: 'global',
  guard: 'none',
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about China–ASEAN trade, milestones and agreements')
    .addStringOption((o) =>
      o
        .setName(OPTIONS.question)
        .setDescription('e.g. "when did the China-Laos Railway open?"')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addBooleanOption((o) => o.setName(SHARED_OPTIONS.private).setDescription('Only you see the answer')),

  async execute(interaction, ctx) {
    const typed = interaction.options.getString(OPTIONS.question, true);
    const lang = await replyLanguage(interaction, ctx, typed);
    const check = checkQuestion(typed);
    if (!check.ok) throw new Refusal(t(lang, check.key, check.vars));
    const answer = ctx.kb.answer(check.question);
    try {
      await showAnswer(interaction, ctx.kb, answer, check.question, isPrivate(interaction), ctx, lang);
    } finally {
      // Logged after the reply: the write waits for the disk, the member should not.
      if (answer.kind === 'none')
        await noteUnanswered(
          ctx,
          interaction.guildId,
          check.question,
          'none',
          answer.nearest.map((f) => f.id),
        );
      // A part of a two-part question that no fact answers is a question the base cannot answer, like a whole one.
      if (answer.kind === 'facts')
        for (const part of answer.missing)
          await noteUnanswered(
            ctx,
            interaction.guildId,
            part,
            'none',
            ctx.kb.nearest(part, 3).map((f) => f.id),
          );
    }
  },
};
