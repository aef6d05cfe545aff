import { ButtonStyle, type ButtonInteraction, type ChatInputCommandInteraction, type ModalSubmitInteraction } from 'discord.js';
import { FORM_FIELD_IDS, formFields, type FormValues } from '../../knowledge/fact-form.js';
import { button, COLORS, row } from '../../render/fact-embed.js';
import { factModal } from '../../render/fact-modal.js';
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
  factTitle?: string,
): Promise<void> {
  await interaction.showModal(factFormModal(key, session, values, factTitle));
}

/** The fact form as a modal, its custom id saying what it adds or edits. */
export function factFormModal(key: string, session: FormSession, values: FormValues, factTitle?: string) {
  const adding = session.mode === 'add';
  const customId = factsForm.id(adding ? { key, mode: 'add', kind: session.kind } : { key, mode: 'edit', factId: session.factId!, version: session.version! });
  const title = adding ? `New ${session.kind}` : `Edit: ${factTitle ?? session.factId}`;
  return factModal({ customId, title: clip(title, LIMITS.modalTitle), kind: session.kind, values, adding });
}

/** The five boxes as submitted (a box Discord left out counts as empty). */
export function submittedValues(interaction: ModalSubmitInteraction): FormValues {
  const get = (id: string): string => {
    const field = interaction.fields.fields.get(id) as { value?: unknown } | undefined;
    return typeof field?.value === 'string' ? field.value : '';
  };
  return { title: get('title'), text: get('text'), specifics: get('specifics'), sources: get('sources'), more: get('more') };
}

/** What was typed, as a text file a moderator can copy from when the form cannot simply be reopened. */
export function valuesAsText(session: Pick<FormSession, 'kind'>, values: FormValues): string {
  const labels = new Map(formFields(session.kind, true).map((f) => [f.id, f.label]));
  return `${FORM_FIELD_IDS.filter((id) => labels.has(id)).map((id) => `## ${labels.get(id)}\n${values[id]}`).join('\n\n')}\n`;
}

/** Refuses a submit the form cannot be reopened for (stale, expired): nothing changed, the typed text is attached. */
export async function refuseKeepingText(interaction: ModalSubmitInteraction, message: string, session: Pick<FormSession, 'kind'>, values: FormValues): Promise<void> {
  await respond(
    interaction,
    {
      content: clip(defuseMentions(`⚠️ ${message}\nNothing was changed. What you typed is attached so you can paste it into a fresh form.`), LIMITS.content),
      embeds: [],
      components: [],
      files: [{ attachment: Buffer.from(valuesAsText(session, values), 'utf8'), name: 'your-fact-text.txt' }],
    },
    true,
  );
}

/** Lists every problem and offers "Fix and resend", which reopens the form with exactly what was typed. */
export async function replyWithProblems(interaction: ModalSubmitInteraction, key: string, headline: string, problems: readonly string[]): Promise<void> {
  await respond(interaction, problemsReply(key, headline, problems), true);
}

export function problemsReply(key: string, headline: string, problems: readonly string[]) {
  const count = problems.length;
  const embed = fitEmbed({
    title: clip(headline, LIMITS.embedTitle),
    description: defuseMentions(problems.map((p) => `• ${p}`).join('\n')) || 'The fact could not be saved.',
    color: COLORS.agreement,
    footer: { text: `${count} problem${count === 1 ? '' : 's'} · your text is kept for ${Math.round(FORM_TTL_MS / 60_000)} minutes` },
  });
  return {
    content: 'Nothing was saved. Press **Fix and resend** to reopen the form with what you typed.',
    embeds: [embed],
    components: [row([button(factsDraft.id(key), 'Fix and resend', ButtonStyle.Primary)])],
  };
}
