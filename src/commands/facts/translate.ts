import { ActionRowBuilder, ButtonStyle, ModalBuilder, TextInputBuilder, TextInputStyle, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Fact, FactText, TextLocale } from '../../knowledge/schema.js';
import { button, COLORS, row } from '../../render/fact-embed.js';
import { clip, defuseMentions, fitEmbed, LIMITS } from '../../render/limits.js';
import { respond } from '../shared/respond.js';
import type { BotContext } from '../types.js';
import { factsTranslate } from './components/translate.js';
import { Refusal } from '../shared/refusal.js';
import { FACTS_OPTIONS } from './options.js';

/** "English", "简体中文": a locale as moderators pick it. */
export const LOCALE_NAMES: Record<TextLocale, string> = { 'zh-CN': '简体中文 (zh-CN)' };

/**
 * /facts translate id: locale: — shows the English (and the current translation) privately, with a button that opens
 * the form: a Discord form cannot show text beside its boxes, so the English stays in view in the message behind it.
 */
export async function translateFact(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const id = interaction.options.getString(FACTS_OPTIONS.id, true).trim();
  const locale = (interaction.options.getString(FACTS_OPTIONS.locale) ?? 'zh-CN') as TextLocale;
  const stored = ctx.kb.stored(id);
  if (!stored || stored.deleted) throw new Refusal(`There is no fact with id "${id}" in the base. Pick one from the suggestions while typing.`);
  await respond(interaction, translateView(stored.fact, locale, stored.version), true);
}

/** The English beside the current translation, with the button that opens the form. */
export function translateView(fact: Fact, locale: TextLocale, version: number) {
  const current = fact.i18n?.[locale];
  const field = (name: string, value: string | undefined) => ({ name, value: clip(defuseMentions(value?.trim() || '—'), LIMITS.fieldValue), inline: false });
  const embed = fitEmbed({
    title: `Translate “${fact.title}” into ${LOCALE_NAMES[locale]}`,
    color: COLORS.notice,
    description: 'The English is below; press **Open the form** to write or correct the translation. Numbers must match the English (2.38 trillion = 2.38万亿).',
    fields: [
      field('English title', fact.title),
      field('English summary', fact.summary),
      field('English details', fact.details),
      field('English aliases', fact.aliases.join('\n')),
      field(`Current ${locale} title`, current?.title),
      field(`Current ${locale} summary`, current?.summary),
    ],
    footer: { text: `${fact.id} · version ${version}` },
  });
  return { embeds: [embed], components: [row([button(factsTranslate.id(fact.id, locale, version), 'Open the form', ButtonStyle.Primary)])] };
}

/** The translation form, pre-filled with the current text; each box's placeholder is the English it translates. */
export async function showTranslateForm(interaction: ButtonInteraction, fact: Fact, locale: TextLocale, version: number): Promise<void> {
  await interaction.showModal(translateModal(fact, locale, version));
}

export function translateModal(fact: Fact, locale: TextLocale, version: number): ModalBuilder {
  const current: Partial<FactText> = fact.i18n?.[locale] ?? {};
  const input = (id: string, label: string, english: string | undefined, value: string | undefined, style: TextInputStyle, max: number, required: boolean) => {
    const box = new TextInputBuilder().setCustomId(id).setLabel(label).setStyle(style).setMaxLength(max).setRequired(required);
    if (english?.trim()) box.setPlaceholder(clip(english, LIMITS.placeholder));
    if (value) box.setValue(clip(value, max));
    return new ActionRowBuilder<TextInputBuilder>().addComponents(box);
  };
  return new ModalBuilder()
    .setCustomId(factsTranslate.id(fact.id, locale, version))
    .setTitle(clip(`${locale}: ${fact.title}`, LIMITS.modalTitle))
    .addComponents(
      input('title', 'Title', fact.title, current.title, TextInputStyle.Short, 100, true),
      input('summary', 'Summary', fact.summary, current.summary, TextInputStyle.Paragraph, 1000, true),
      input('details', 'Details (optional)', fact.details, current.details, TextInputStyle.Paragraph, 1000, false),
      input('aliases', 'Other names, one a line (optional)', fact.aliases.join(', '), current.aliases?.join('\n'), TextInputStyle.Paragraph, 2000, false),
    );
}
