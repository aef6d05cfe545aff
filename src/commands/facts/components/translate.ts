import { actorOf } from '../guard.js';
import { showTranslateForm } from '../translate.js';
import { respond } from '../../shared/respond.js';
import { defineComponent } from '../../../components/define.js';
import { FactText, describeIssues, TEXT_LOCALES, type TextLocale } from '../../../knowledge/schema.js';
import { numberMismatches } from '../../../knowledge/translations.js';
import { factEmbed } from '../../../render/fact-embed.js';
import { asRefusal, Refusal } from '../../shared/refusal.js';

const DAMAGED = 'This translation form is damaged; run `/facts translate` again. Nothing was changed.';

/** "Open the form" and the submitted translation: checked (schema and numbers), then saved as one revision. */
export interface TranslateTarget {
  factId: string;
  locale: TextLocale;
  version: number;
}

export function parseTranslateArgs([factId, locale, versionText]: readonly string[]): TranslateTarget | undefined {
  const version = Number(versionText);
  if (!factId || !(TEXT_LOCALES as readonly string[]).includes(locale ?? '') || !Number.isInteger(version) || version < 1) return undefined;
  return { factId, locale: locale as TextLocale, version };
}

export const factsTranslate = defineComponent({
  prefix: 'facts-translate',
  guard: 'moderator',
  /** facts-translate:<fact id ≤64>:<locale>:<version>: the version the moderator started from (stale check). */
  make: (factId: string, locale: TextLocale, version: number) => [factId, locale, version],
  parse: parseTranslateArgs,
  async button(interaction, target, ctx) {
    if (!target) throw new Refusal(DAMAGED);
    const stored = ctx.kb.stored(target.factId);
    if (!stored || stored.deleted) throw new Refusal(`"${target.factId}" is no longer in the base. Nothing was changed.`);
    await showTranslateForm(interaction, stored.fact, target.locale, target.version);
  },
  async modal(interaction, target, ctx) {
    if (!target) throw new Refusal(DAMAGED);
    const stored = ctx.kb.stored(target.factId);
    if (!stored || stored.deleted) throw new Refusal(`"${target.factId}" is no longer in the base. Nothing was changed.`);
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
    if (!parsed.success) throw new Refusal('The translation was not saved:', describeIssues(parsed.error));
    // A mistranslated figure is a wrong fact: every number in the English must be in the translation.
    const mismatches = numberMismatches(fact, parsed.data);
    if (mismatches.length) throw new Refusal('The translation was not saved: its numbers do not match the English.', mismatches);
    const edited = { ...fact, i18n: { ...fact.i18n, [target.locale]: parsed.data } };
    let saved;
    try {
      saved = ctx.kb.edit(fact.id, edited, target.version, actorOf(interaction), `translation (${target.locale})`);
    } catch (error) {
      throw asRefusal(error);
    }
    ctx.log.info(`facts: ${target.locale} translation of ${fact.id} saved`, { by: interaction.user.id, version: saved.stored.version });
    await respond(
      interaction,
      { content: `✅ Saved the ${target.locale} text of \`${fact.id}\` (version ${saved.stored.version}). Members reading ${target.locale} now see:`, embeds: [factEmbed(saved.stored.fact, target.locale)], components: [] },
      true,
    );
  },
});
