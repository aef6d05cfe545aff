import { actorOf, ensureModerator, refuseKnowledgeError } from '../commands/facts/guard.js';
import { FACTS_PREFIX } from '../commands/facts/custom-ids.js';
import { parseTranslateArgs, showTranslateForm } from '../commands/facts/translate.js';
import { refuse, respond } from '../commands/shared/respond.js';
import type { ComponentHandler } from '../commands/types.js';
import { FactText, describeIssues } from '../knowledge/schema.js';
import { numberMismatches } from '../knowledge/translations.js';
import { factEmbed } from '../render/fact-embed.js';

const DAMAGED = 'This translation form is damaged; run `/facts translate` again. Nothing was changed.';

/** "Open the form" and the submitted translation: checked (schema and numbers), then saved as one revision. */
export const factsTranslate: ComponentHandler = {
  prefix: FACTS_PREFIX.translate,
  async button(interaction, args, ctx) {
    if (!(await ensureModerator(interaction, ctx.config))) return;
    const target = parseTranslateArgs(args);
    if (!target) return refuse(interaction, DAMAGED);
    const stored = ctx.kb.stored(target.factId);
    if (!stored || stored.deleted) return refuse(interaction, `"${target.factId}" is no longer in the base. Nothing was changed.`);
    await showTranslateForm(interaction, stored.fact, target.locale, target.version);
  },
  async modal(interaction, args, ctx) {
    if (!(await ensureModerator(interaction, ctx.config))) return;
    const target = parseTranslateArgs(args);
    if (!target) return refuse(interaction, DAMAGED);
    const stored = ctx.kb.stored(target.factId);
    if (!stored || stored.deleted) return refuse(interaction, `"${target.factId}" is no longer in the base. Nothing was changed.`);
    const get = (id: string) => (interaction.fields.fields.has(id) ? interaction.fields.getTextInputValue(id).trim() : '');
    const { fact } = stored;
    const parsed = FactText.safeParse({
      title: get('title'),
      summary: get('summary'),
      ...(get('details') ? { details: get('details') } : {}),
      aliases: get('aliases').split('\n').map((a) => a.trim()).filter(Boolean),
      // Example questions are not in the form: the ones already written are kept.
      questions: fact.i18n?.[target.locale]?.questions ?? [],
    });
    if (!parsed.success) return refuse(interaction, 'The translation was not saved:', describeIssues(parsed.error));
    // A mistranslated figure is a wrong fact: every number in the English must be in the translation.
    const mismatches = numberMismatches(fact, parsed.data);
    if (mismatches.length) return refuse(interaction, 'The translation was not saved: its numbers do not match the English.', mismatches);
    const edited = { ...fact, i18n: { ...fact.i18n, [target.locale]: parsed.data } };
    let saved;
    try {
      saved = ctx.kb.edit(fact.id, edited, target.version, actorOf(interaction), `translation (${target.locale})`);
    } catch (error) {
      return refuseKnowledgeError(interaction, error);
    }
    ctx.log.info(`facts: ${target.locale} translation of ${fact.id} saved`, { by: interaction.user.id, version: saved.stored.version });
    await respond(
      interaction,
      { content: `✅ Saved the ${target.locale} text of \`${fact.id}\` (version ${saved.stored.version}). Members reading ${target.locale} now see:`, embeds: [factEmbed(saved.stored.fact, target.locale)], components: [] },
      true,
    );
  },
};
