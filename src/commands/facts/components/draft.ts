import { showFactForm } from '../form.js';
import { blankForm } from '../../../knowledge/fact-form.js';
import { defineComponent } from '../../../components/define.js';
import { Refusal } from '../../shared/refusal.js';

/** "Fix and resend": reopens the form with what the moderator typed last time (a modal cannot reopen itself). */
export const factsDraft = defineComponent({
  prefix: 'facts-draft',
  guard: 'moderator',
  make: (key: string) => [key],
  parse: ([key]) => ({ key }),
  async button(interaction, { key }, ctx) {
    const session = key ? ctx.sessions.forms.get(key) : undefined;
    if (!session) {
      throw new Refusal('This draft has expired (drafts are kept for an hour). Run `/facts add` or `/facts edit` again.');
    }
    if (session.ownerId !== interaction.user.id) throw new Refusal('This draft belongs to another moderator.');
    const title = session.factId ? ctx.kb.stored(session.factId)?.fact.title : undefined;
    await showFactForm(interaction, key!, session, session.values ?? blankForm(session.kind), title);
  },
});
