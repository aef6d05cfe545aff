import { actorOf } from '../guard.js';
import { showTranslateForm } from '../translate.js';
import { respond } from '../../shared/respond.js';
import { defineComponent } from '../../../components/define.js';
import { FactText, describeIssues, TEXT_LOCALES, type TextLocale } from '../../../knowledge/schema.js';
import { numberMismatches } from '../../../knowledge/translations.js';
import { factEmbed } from '../../../render/fact-embed.js';
import { asRefusal, Refusal } from '../../shared/refusal.js';
import { replyLanguage } from '../../shared/language.js';
import { t } from '../../../i18n/catalogue.js';

/** "Open the form" and the submitted translation: checked (schema and numbers), then saved as one revision. */
export interface TranslateTarget {
  factId: string;
  locale: TextLocale;
  version: number;
}

export function parseTranslateArgs([factId, locale, versionText]: readonly string[]): TranslateTarget | undefined {
  const version = Number(versionText);
  if (
    !factId ||
    !(TEXT_LOCALES as readonly string[]).includes(locale ?? '') ||
    !Number.isInteger(version) ||
    version < 1
  )
    return undefined;
  return { factId, locale: locale as TextLocale, version };
}

export const factsTranslate = defineComponent({
  prefix: 'facts-translate',
  guard: 'moderator',
  /** facts-translate:<fact id ≤64>:<locale>:<version>: the version the moderator started from (stale check). */
  make: (factId: string, locale: TextLocale, version: number) => [factId, locale, version],
  parse: parseTranslateArgs,
  async button(interaction, target, ctx) {
    const lang = await replyLanguage(interaction, ctx);
    if (!target) throw new Refusal(t(lang, 'facts.translate.damaged'));
    const stored = await ctx.kb.stored(target.factId);
    if (!stored || stored.deleted) throw new Refusal(t(lang, 'facts.translate.gone', { id: target.factId }));
    await showTranslateForm(interaction, stored.fact, target.locale, target.version, lang);
  },
  async modal(interaction, target, ctx) {
    const lang = await replyLanguage(interaction, ctx);
    if (!target) throw new Refusal(t(lang, 'facts.translate.damaged'));
    const stored = await ctx.kb.stored(target.factId);
    if (!stored || stored.deleted) throw new Refusal(t(lang, 'facts.translate.gone', { id: target.factId }));
    const get = (id: string) =>
      interaction.fields.fields.has(id) ? interaction.fields.getTextInputValue(id).trim() : '';
    const { fact } = stored;
    const parsed = FactText.safeParse({
      title: get('title'),
      summary: get('summary'),
      ...(get('details') ? { details: get('details') } : {}),
      aliases: get('aliases')
        .split('\n')
        .map((a) => a.trim())
        .filter(Boolean),
      // Example questions are not in the form: the ones already written are kept.
      questions: fact.i18n?.[target.locale]?.questions ?? [],
    });
    if (!parsed.success) throw new Refusal(t(lang, 'facts.translate.notSaved'), describeIssues(parsed.error));
    // A mistranslated figure is a wrong fact: every number in the English must be in the translation.
    const mismatches = numberMismatches(fact, parsed.data);
    if (mismatches.length) throw new Refusal(t(lang, 'facts.translate.numbersMismatch'), mismatches);
    const edited = { ...fact, i18n: { ...fact.i18n, [target.locale]: parsed.data } };
    let saved;
    try {
      saved = await ctx.kb.edit(
        fact.id,
        edited,
        target.version,
        actorOf(interaction),
        `translation (${target.locale})`,
      );
    } catch (error) {
      throw asRefusal(error, lang);
    }
    ctx.log.info(`facts: ${target.locale} translation of ${fact.id} saved`, {
      by: interaction.user.id,
      version: saved.stored.version,
    });
    await respond(
      interaction,
      {
        content: t(lang, 'facts.translate.saved', {
          locale: target.locale,
          id: fact.id,
          version: saved.stored.version,
        }),
        embeds: [factEmbed(saved.stored.fact, target.locale)],
        components: [],
      },
      true,
    );
  },
});
