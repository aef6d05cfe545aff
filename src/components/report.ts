import { ActionRowBuilder, ModalBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';
import { noteUnanswered } from '../commands/shared/note-unanswered.js';
import { refuse, respond } from '../commands/shared/respond.js';
import type { ComponentHandler } from '../commands/types.js';
import { checkQuestion, MAX_QUESTION_LENGTH } from '../knowledge/question.js';
import { MAX_REPORT_NOTE, MIN_REPORT_NOTE, REPORT_LIMIT, submitReport } from '../knowledge/store/reports.js';
import { clip } from '../render/limits.js';

/** "Report a problem": a short modal; the note lands in the moderators' queue (/facts reports). */
export const report: ComponentHandler = {
  prefix: 'report',
  async button(interaction, [id], { kb }) {
    const fact = id ? kb.get(id) : undefined;
    if (!fact) return refuse(interaction, 'That fact is no longer in the base.');
    const modal = new ModalBuilder()
      .setCustomId(`report:${fact.id}`)
      .setTitle(clip(`Report: ${fact.title}`, 45))
      .addComponents(
        new ActionRowBuilder<TextInputBuilder>().addComponents(
          new TextInputBuilder()
            .setCustomId('note')
            .setLabel('What is wrong or out of date?')
            .setStyle(TextInputStyle.Paragraph)
            .setRequired(true)
            .setMinLength(MIN_REPORT_NOTE)
            .setMaxLength(MAX_REPORT_NOTE)
            .setPlaceholder('e.g. the figure was revised; newer source: …'),
        ),
        new ActionRowBuilder<TextInputBuilder>().addComponents(
          new TextInputBuilder()
            .setCustomId('question')
            .setLabel('What did you ask? (if the answer was wrong)')
            .setStyle(TextInputStyle.Short)
            .setRequired(false)
            .setMaxLength(MAX_QUESTION_LENGTH)
            .setPlaceholder('Optional: your question, so moderators can teach it to the bot'),
        ),
      );
    await interaction.showModal(modal);
  },
  async modal(interaction, [id], ctx) {
    const { db, kb, now, log } = ctx;
    const fact = id ? kb.get(id) : undefined;
    if (!fact) return refuse(interaction, 'That fact is no longer in the base, so there is nothing to report.');
    const outcome = submitReport(db, {
      factId: fact.id,
      guildId: interaction.guildId,
      userId: interaction.user.id,
      userName: interaction.user.tag,
      note: interaction.fields.getTextInputValue('note'),
      at: now().toISOString(),
    });
    if (!outcome.ok && outcome.reason === 'too-short') {
      return refuse(interaction, `Please say a little more about the problem (at least ${MIN_REPORT_NOTE} characters).`);
    }
    if (!outcome.ok) {
      return refuse(
        interaction,
        `Thank you for helping! You have sent ${REPORT_LIMIT.max} reports in the last hour, which is the most we take from one person; please try again a little later.`,
      );
    }
    const saved = outcome.report;
    log.info(`report #${saved.id} on ${fact.id}`);
    // A wrong answer to a stated question joins the unanswered log, with the reported fact as its nearest.
    const asked = checkQuestion(interaction.fields.fields.has('question') ? interaction.fields.getTextInputValue('question') : '');
    if (asked.ok) {
      const nearest = [...new Set([fact.id, ...kb.nearest(asked.question, 3).map((f) => f.id)])];
      noteUnanswered(ctx, interaction.guildId, asked.question, 'report', nearest);
    }
    await respond(interaction, { content: `Thanks! Your report #${saved.id} on “${fact.title}” is with the moderators.` }, true);
  },
};
