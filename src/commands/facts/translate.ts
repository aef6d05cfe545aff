import {
  ActionRowBuilder,
  ButtonStyle,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { Fact, FactText, TextLocale } from '../../knowledge/schema.js';
import { button, COLORS, row } from '../../render/fact-embed.js';
import { clip, defuseMentions, fitEmbed, LIMITS } from '../../render/limits.js';
import { respond } from '../shared/respond.js';
import type { BotContext } from '../types.js';
import { factsTranslate } from './components/translate.js';
import { Refusal } from '../shared/refusal.js';
import { FACTS_OPTIONS } from './options.js';
import { replyLanguage } from '../shared/language.js';
import { DEFAULT_LANG, t, type Lang } from '../../i18n/catalogue.js';

/** "English", "简体中文": a locale as moderators pick it. */
export const LOCALE_NAMES: Record<TextLocale, string> = { 'zh-CN': '简体中文 (zh-CN)' };

/**
 * /facts translate id: locale: — shows the English (and the current translation) privately, with a button that opens
 * the form: a Discord form cannot show text beside its boxes, so the English stays in view in the message behind it.
 */
export async function translateFact(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const id = interaction.options.getString(FACTS_OPTIONS.id, true).trim();
  const locale = (interaction.options.getString(FACTS_OPTIONS.locale) ?? 'zh-CN') as TextLocale;
  const lang = await replyLanguage(interaction, ctx);
  const stored = await ctx.kb.stored(id);
  if (!stored || stored.deleted) throw new Refusal(t(lang, 'facts.translate.noSuchFact', { id }));
  await respond(interaction, translateView(stored.fact, locale, stored.version, lang), true);
}

/** The English beside the current translation, with the button that opens the form. */
export function translateView(fact: Fact, locale: TextLocale, version: number, lang: Lang = DEFAULT_LANG) {
  const current = fact.i18n?.[locale];
  const field = (name: string, value: string | undefined) => ({
    name,
    value: clip(defuseMentions(value?.trim() || '—'), LIMITS.fieldValue),
    inline: false,
  });
  const embed = fitEmbed({
    title: t(lang, 'facts.translate.title', { title: fact.title, locale: LOCALE_NAMES[locale] }),
    color: COLORS.notice,
    description: t(lang, 'facts.translate.description'),
    fields: [
      field(t(lang, 'facts.translate.englishTitle'), fact.title),
      field(t(lang, 'facts.translate.englishSummary'), fact.summary),
      field(t(lang, 'facts.translate.englishDetails'), fact.details),
      field(t(lang, 'facts.translate.englishAliases'), fact.aliases.join('\n')),
      field(t(lang, 'facts.translate.currentTitle', { locale }), current?.title),
      field(t(lang, 'facts.translate.currentSummary', { locale }), current?.summary),
    ],
    footer: { text: t(lang, 'facts.translate.footer', { id: fact.id, version }) },
  });
  const open = button(
    factsTranslate.id(fact.id, locale, version),
    t(lang, 'facts.translate.openForm'),
    ButtonStyle.Primary,
  );
  return { embeds: [embed], components: [row([open])] };
}

/** The translation form, pre-filled with the current text; each box's placeholder is the English it translates. */
export async function showTranslateForm(
  interaction: ButtonInteraction,
  fact: Fact,
  locale: TextLocale,
  version: number,
  lang: Lang,
): Promise<void> {
  await interaction.showModal(translateModal(fact, locale, version, lang));
}

export function translateModal(
  fact: Fact,
  locale: TextLocale,
  version: number,
  lang: Lang = DEFAULT_LANG,
): ModalBuilder {
  const current: Partial<FactText> = fact.i18n?.[locale] ?? {};
  const input = (
    id: string,
    label: string,
    english: string | undefined,
    value: string | undefined,
    style: TextInputStyle,
    max: number,
    required: boolean,
  ) => {
    const box = new TextInputBuilder()
      .setCustomId(id)
      .setLabel(label)
      .setStyle(style)
      .setMaxLength(max)
      .setRequired(required);
    if (english?.trim()) box.setPlaceholder(clip(english, LIMITS.placeholder));
    if (value) box.setValue(clip(value, max));
    return new ActionRowBuilder<TextInputBuilder>().addComponents(box);
  };
  return new ModalBuilder()
    .setCustomId(factsTranslate.id(fact.id, locale, version))
    .setTitle(clip(`${locale}: ${fact.title}`, LIMITS.modalTitle))
    .addComponents(
      input('title', t(lang, 'facts.translate.labelTitle'), fact.title, current.title, TextInputStyle.Short, 100, true),
      input(
        'summary',
        t(lang, 'facts.translate.labelSummary'),
        fact.summary,
        current.summary,
        TextInputStyle.Paragraph,
        1000,
        true,
      ),
      input(
        'details',
        t(lang, 'facts.translate.labelDetails'),
        fact.details,
        current.details,
        TextInputStyle.Paragraph,
        1000,
        false,
      ),
      input(
        'aliases',
        t(lang, 'facts.translate.labelAliases'),
        fact.aliases.join(', '),
        current.aliases?.join('\n'),
        TextInputStyle.Paragraph,
        2000,
        false,
      ),
    );
}
