import type { ChatInputCommandInteraction } from 'discord.js';
import { fitsForm } from '../../knowledge/fact-form.js';
import type { BotContext } from '../types.js';
import { showFactForm } from './form.js';
import type { FormSession } from './sessions.js';
import { replyLanguage } from '../shared/language.js';
import { t } from '../../i18n/catalogue.js';
import { Refusal } from '../shared/refusal.js';
import { FACTS_OPTIONS } from './options.js';

/** /facts edit id: reason: — opens the form pre-filled with the current fact, remembering its version. */
export async function editFact(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const id = interaction.options.getString(FACTS_OPTIONS.id, true).trim();
  const reason = interaction.options.getString(FACTS_OPTIONS.reason, true).trim();
  const lang = await replyLanguage(interaction, ctx);
  if (!reason) throw new Refusal(t(lang, 'facts.needReason'));
  const stored = await ctx.kb.stored(id);
  if (!stored) throw new Refusal(t(lang, 'facts.noSuchFact', { id }));
  if (stored.deleted) throw new Refusal(t(lang, 'facts.removedEdit', { id }));
  const fits = fitsForm(stored.fact);
  if (!fits.ok) {
    throw new Refusal(t(lang, 'facts.notInForm', { title: stored.fact.title, why: fits.why }));
  }
  const session: FormSession = {
    ownerId: interaction.user.id,
    mode: 'edit',
    kind: stored.fact.kind,
    factId: id,
    version: stored.version,
    reason,
  };
  const key = await ctx.sessions.forms.create(session);
  await showFactForm(interaction, key, session, fits.values, lang, stored.fact.title);
}
