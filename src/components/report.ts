import { ActionRowBuilder, ModalBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';
import { noteUnanswered } from '../commands/shared/note-unanswered.js';
import { respond } from '../commands/shared/respond.js';
import { checkQuestion, MAX_QUESTION_LENGTH } from '../knowledge/question.js';
import { MAX_REPORT_NOTE, MIN_REPORT_NOTE, REPORT_LIMIT } from '../knowledge/store/reports.js';
import { clip } from '../render/limits.js';
import { replyLanguage } from '../commands/shared/language.js';
import { t, type Lang } from '../i18n/catalogue.js';
import type { Fact } from '../knowledge/schema.js';
import { localTitle } from '../render/fact-text.js';
import { defineComponent } from './define.js';
import { Refusal } from '../commands/shared/refusal.js';

/** "Report a problem": a short modal; the note lands in the moderators' queue (/facts reports). */
export const report = defineComponent({
  prefix: 'report',
  guard: 'none',
  make: (factId: string) => [factId],
  parse: ([id]) => ({ id }),
  async button(interaction, { id }, ctx) {
    const fact = id ? ctx.kb.get(id) : undefined;
    const lang = await replyLanguage(interaction, ctx);
    if (!fact) throw new Refusal(t(lang, 'report.gone'));
    await interaction.showModal(reportModal(fact, lang));
  },
  async modal(interaction, { id }, ctx) {
    const { store, kb, now, log } = ctx;
    const fact = id ? kb.get(id) : undefined;
    const lang = await replyLanguage(interaction, ctx);
    if (!fact) throw new Refusal(t(lang, 'report.goneNothing'));
    const outcome = await store.reports.submit({
      factId: fact.id,
      guildId: interaction.guildId,
      userId: interaction.user.id,
      userName: interaction.user.tag,
      note: interaction.fields.getTextInputValue('note'),
      at: now().toISOString(),
    });
    if (!outcome.ok && outcome.reason === 'too-short') {
      throw new Refusal(t(lang, 'report.tooShort', { min: MIN_REPORT_NOTE }));
    }
    if (!outcome.ok) {
      throw new Refusal(t(lang, 'report.tooMany', { max: REPORT_LIMIT.max }));
    }
    const saved = outcome.report;
    log.info(`report #${saved.id} on ${fact.id}`);
    // A wrong answer to a stated question joins the unanswered log, with the reported fact as its nearest.
    const asked = checkQuestion(
      interaction.fields.fields.has('question') ? interaction.fields.getTextInputValue('question') : '',
    );
    if (asked.ok) {
      const nearest = [...new Set([fact.id, ...kb.nearest(asked.question, 3).map((f) => f.id)])];
      await noteUnanswered(ctx, interaction.guildId, asked.question, 'report', nearest);
    }
    await respond(
      interaction,
      { content: t(lang, 'report.thanks', { id: saved.id, title: localTitle(fact, lang) }) },
      true,
    );
  },
});

/** The report form; its id names the fact, so the submit knows what was reported. */
export function reportModal(fact: Fact, lang: Lang): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(report.id(fact.id))
    .setTitle(clip(t(lang, 'report.title', { title: localTitle(fact, lang) }), 45))
    .addComponents(
      new ActionRowBuilder<TextInputBuilder>().addComponents(
        new TextInputBuilder()
          .setCustomId('note')
          .setLabel(clip(t(lang, 'report.whatLabel'), 45))
          .setStyle(TextInputStyle.Paragraph)
          .setRequired(true)
          .setMinLength(MIN_REPORT_NOTE)
          .setMaxLength(MAX_REPORT_NOTE)
          .setPlaceholder(clip(t(lang, 'report.whatPlaceholder'), 100)),
      ),
      new ActionRowBuilder<TextInputBuilder>().addComponents(
        new TextInputBuilder()
          .setCustomId('question')
          .setLabel(clip(t(lang, 'report.questionLabel'), 45))
          .setStyle(TextInputStyle.Short)
          .setRequired(false)
          .setMaxLength(MAX_QUESTION_LENGTH)
          .setPlaceholder(clip(t(lang, 'report.questionPlaceholder'), 100)),
      ),
    );
}
