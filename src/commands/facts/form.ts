import {
  ButtonStyle,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import { FORM_FIELD_IDS, type FormValues } from '../../knowledge/fact-form.js';
import { button, COLORS, row } from '../../render/fact-embed.js';
import { factModal, localFormFields } from '../../render/fact-modal.js';
import { DEFAULT_LANG, t, type Lang } from '../../i18n/catalogue.js';
import { clip, defuseMentions, fitEmbed, LIMITS } from '../../render/limits.js';
import { respond } from '../shared/respond.js';
import { factsDraft } from './components/draft.js';
import { factsForm } from './components/form.js';
import { FORM_TTL_MS, type FormSession } from './sessions.js';

/** Opens the fact form (a modal) for a session: a new fact, an edit, or a draft being fixed. */
export async function showFactForm(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  key: string,
  session: FormSession,
  values: FormValues,
  lang: Lang,
  factTitle?: string,
): Promise<void> {
  await interaction.showModal(factFormModal(key, session, values, factTitle, lang));
}

/** The fact form as a modal, its custom id saying what it adds or edits. */
export function factFormModal(
  key: string,
  session: FormSession,
  values: FormValues,
  factTitle?: string,
  lang: Lang = DEFAULT_LANG,
) {
  const adding = session.mode === 'add';
  const customId = factsForm.id(
    adding
      ? { key, mode: 'add', kind: session.kind }
      : { key, mode: 'edit', factId: session.factId!, version: session.version! },
  );
  const title = adding
    ? t(lang, 'facts.form.titleNew', { kind: t(lang, `facts.form.kindName.${session.kind}`) })
    : t(lang, 'facts.form.titleEdit', { title: factTitle ?? session.factId ?? '' });
  return factModal({ customId, title: clip(title, LIMITS.modalTitle), kind: session.kind, values, adding, lang });
}

/** The five boxes as submitted (a box Discord left out counts as empty). */
export function submittedValues(interaction: ModalSubmitInteraction): FormValues {
  const get = (id: string): string => {
    const field = interaction.fields.fields.get(id) as { value?: unknown } | undefined;
    return typeof field?.value === 'string' ? field.value : '';
  };
  return {
    title: get('title'),
    text: get('text'),
    specifics: get('specifics'),
    sources: get('sources'),
    more: get('more'),
  };
}

/** What was typed, as a text file a moderator can copy from when the form cannot simply be reopened. */
export function valuesAsText(
  session: Pick<FormSession, 'kind'>,
  values: FormValues,
  lang: Lang = DEFAULT_LANG,
): string {
  const labels = new Map(localFormFields(session.kind, true, lang).map((f) => [f.id, f.label]));
  return `${FORM_FIELD_IDS.filter((id) => labels.has(id))
    .map((id) => `## ${labels.get(id)}\n${values[id]}`)
    .join('\n\n')}\n`;
}

/** Refuses a submit the form cannot be reopened for (stale, expired): nothing changed, the typed text is attached. */
export async function refuseKeepingText(
  interaction: ModalSubmitInteraction,
  message: string,
  session: Pick<FormSession, 'kind'>,
  values: FormValues,
  lang: Lang,
): Promise<void> {
  await respond(
    interaction,
    {
      content: clip(defuseMentions(t(lang, 'facts.form.keptText', { message })), LIMITS.content),
      embeds: [],
      components: [],
      files: [{ attachment: Buffer.from(valuesAsText(session, values, lang), 'utf8'), name: 'your-fact-text.txt' }],
    },
    true,
  );
}

/** Lists every problem and offers "Fix and resend", which reopens the form with exactly what was typed. */
export async function replyWithProblems(
  interaction: ModalSubmitInteraction,
  key: string,
  headline: string,
  problems: readonly string[],
  lang: Lang,
): Promise<void> {
  await respond(interaction, problemsReply(key, headline, problems, lang), true);
}

export function problemsReply(key: string, headline: string, problems: readonly string[], lang: Lang = DEFAULT_LANG) {
  const count = problems.length;
  const minutes = Math.round(FORM_TTL_MS / 60_000);
  const embed = fitEmbed({
    title: clip(headline, LIMITS.embedTitle),
    description: defuseMentions(problems.map((p) => `• ${p}`).join('\n')) || t(lang, 'facts.form.couldNotSave'),
    color: COLORS.agreement,
    footer: {
      text: t(lang, count === 1 ? 'facts.form.problemsFooterOne' : 'facts.form.problemsFooter', { count, minutes }),
    },
  });
  return {
    content: t(lang, 'facts.form.nothingSaved'),
    embeds: [embed],
    components: [row([button(factsDraft.id(key), t(lang, 'facts.form.fixAndResend'), ButtonStyle.Primary)])],
  };
}
