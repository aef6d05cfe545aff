import type { ChatInputCommandInteraction } from 'discord.js';
import { blankForm } from '../../knowledge/fact-form.js';
import { FACT_KINDS, type FactKind } from '../../knowledge/schema.js';
import type { BotContext } from '../types.js';
import { showFactForm } from './form.js';
import type { FormSession } from './sessions.js';
import { Refusal } from '../shared/refusal.js';
import { FACTS_OPTIONS } from './options.js';

/** /facts add kind: — opens an empty form for that kind. */
export async function addFact(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const kind = interaction.options.getString(FACTS_OPTIONS.kind, true);
  if (!(FACT_KINDS as readonly string[]).includes(kind)) throw new Refusal(`Unknown kind "${kind}": pick milestone, figure or agreement.`);
  const session: FormSession = {
    ownerId: interaction.user.id,
    mode: 'add',
    kind: kind as FactKind,
    reason: interaction.options.getString(FACTS_OPTIONS.reason)?.trim() ?? '',
  };
  const key = ctx.sessions.forms.create(session);
  await showFactForm(interaction, key, session, blankForm(session.kind));
}
