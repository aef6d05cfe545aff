import type { RepliableInteraction } from 'discord.js';
import type { StoredFact } from '../../knowledge/store/facts.js';
import { formatDate } from '../../render/format.js';
import { moderatorVerdict } from '../facts/guard.js';
import type { BotContext } from '../types.js';
import { replyLanguage } from './language.js';
import { t } from '../../i18n/catalogue.js';
import { localTitle } from '../../render/fact-text.js';
import { Refusal } from './refusal.js';

/** A removed fact is named as removed, never replaced by a look-alike; only moderators are told how to bring it back. */
export async function showRemovedFact(
  interaction: RepliableInteraction,
  stored: StoredFact,
  ctx: Pick<BotContext, 'config' | 'store'>,
): Promise<void> {
  const { fact } = stored;
  const lang = await replyLanguage(interaction, ctx);
  const lines = [
    t(lang, 'answer.removed', {
      title: localTitle(fact, lang),
      id: fact.id,
      date: formatDate(stored.updatedAt.slice(0, 10), lang),
    }),
  ];
  lines.push(
    t(lang, moderatorVerdict(interaction, ctx.config).allowed ? 'answer.removedMods' : 'answer.removedTry', {
      id: fact.id,
    }),
  );
  throw new Refusal(lines.join('\n'));
}
