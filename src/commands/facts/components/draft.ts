import { showFactForm } from '../form.js';
import { blankForm } from '../../../knowledge/fact-form.js';
import { defineComponent } from '../../../components/define.js';
import { Refusal } from '../../shared/refusal.js';
import { replyLanguage } from '../../shared/language.js';
import { t } from '../../../i18n/catalogue.js';

/** "Fix and resend": reopens the form with what the moderator typed last time (a modal cannot reopen itself). */
export const factsDraft = defineComponent({
  prefix: 'facts-draft',
  guard: 'moderator',
  make: (key: string) => [key],
  parse: ([key]) => ({ key }),
  async button(interaction, { key }, ctx) {
    const lang = await replyLanguage(interaction, ctx);
    const session = key ? await ctx.sessions.forms.get(key) : undefined;
    if (!session) throw new Refusal(t(lang, 'facts.form.draftExpired'));
    if (session.ownerId !== interaction.user.id) throw new Refusal(t(lang, 'facts.form.draftNotYours'));
    const title = session.factId ? (await ctx.kb.stored(session.factId))?.fact.title : undefined;
    await showFactForm(interaction, key!, session, session.values ?? blankForm(session.kind), lang, title);
  },
});
