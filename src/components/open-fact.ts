import { showRemovedFact } from '../commands/shared/removed-fact.js';
import { showFact } from '../commands/shared/show-fact.js';
import { replyLanguage } from '../commands/shared/language.js';
import { languages, t, type Lang } from '../i18n/catalogue.js';
import { defineComponent } from './define.js';
import { Refusal } from '../commands/shared/refusal.js';

/** A related-fact button: whoever presses it gets that fact just for themselves. */
export const openFact = defineComponent({
  prefix: 'fact',
  guard: 'none',
  /** The answer's language rides along, so a related fact opens in the language of the answer it came from. */
  make: (factId: string, lang: Lang = 'en') => (lang === 'en' ? [factId] : [factId, lang]),
  parse: ([id, answerLang]) => ({ id, answerLang }),
  async button(interaction, { id, answerLang }, ctx) {
    const { kb } = ctx;
    // The answer's language, carried in the id, wins: a related fact opens as the answer it sits under.
    const lang = answerLang && languages().includes(answerLang) ? answerLang : await replyLanguage(interaction, ctx);
    const fact = id ? kb.get(id) : undefined;
    const removed = id && !fact ? await kb.stored(id) : undefined;
    if (removed?.deleted) return showRemovedFact(interaction, removed, ctx);
    if (!fact) throw new Refusal(t(lang, 'answer.gone'));
    return showFact(interaction, kb, fact, true, [], ctx, lang);
  },
});
