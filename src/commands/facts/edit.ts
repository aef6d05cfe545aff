import type { ChatInputCommandInteraction } from 'discord.js';
import { fitsForm } from '../../knowledge/fact-form.js';
import { refuse } from '../shared/respond.js';
import type { BotContext } from '../types.js';
import { showFactForm } from './form.js';
import { sessionsFor, type FormSession } from './sessions.js';

/** /facts edit id: reason: — opens the form pre-filled with the current fact, remembering its version. */
export async function editFact(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const id = interaction.options.getString('id', true).trim();
  const reason = interaction.options.getString('reason', true).trim();
  if (!reason) return refuse(interaction, 'Please give a reason: it is kept in the fact history.');
  const stored = ctx.kb.stored(id);
  if (!stored) return refuse(interaction, `There is no fact with id "${id}". Pick one from the suggestions while typing.`);
  if (stored.deleted) return refuse(interaction, `"${id}" is removed; restore it with \`/facts restore\` before editing.`);
  const fits = fitsForm(stored.fact);
  if (!fits.ok) {
    return refuse(interaction, `“${stored.fact.title}” cannot be edited in the form: ${fits.why}. Use \`/facts export\`, change the file, then \`/facts import\` it.`);
  }
  const session: FormSession = {
    ownerId: interaction.user.id,
    mode: 'edit',
    kind: stored.fact.kind,
    factId: id,
    version: stored.version,
    reason,
  };
  const key = sessionsFor(ctx).forms.create(session);
  await showFactForm(interaction, key, session, fits.values, stored.fact.title);
}
