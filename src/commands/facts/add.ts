import type { ChatInputCommandInteraction } from 'discord.js';
import { blankForm } from '../../knowledge/fact-form.js';
import { isFactKind, kindList } from '../../knowledge/fact-kinds.js';
import type { BotContext } from '../types.js';
import { showFactForm } from './form.js';
import type { FormSession } from './sessions.js';
import { Refusal } from '../shared/refusal.js';
import { replyLanguage } from '../shared/language.js';
import { t } from '../../i18n/catalogue.js';
import { FACTS_OPTIONS } from './options.js';

/** /facts add kind: — opens an empty form for that kind. */
export async function addFact(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const kind = interaction.options.getString(FACTS_OPTIONS.kind, true);
  const lang = await replyLanguage(interaction, ctx);
  if (!isFactKind(kind)) throw new Refusal(t(lang, 'facts.unknownKind', { kind, kinds: kindList() }));
  const session: FormSession = {
    ownerId: interaction.user.id,
    mode: 'add',
    kind,
    reason: interaction.options.getString(FACTS_OPTIONS.reason)?.trim() ?? '',
  };
  const key = await ctx.sessions.forms.create(session);
  await showFactForm(interaction, key, session, blankForm(session.kind), lang);
}
