import type { RepliableInteraction } from 'discord.js';
import type { StoredFact } from '../../knowledge/store/facts.js';
import { formatDate } from '../../render/format.js';
import { moderatorVerdict } from '../facts/guard.js';
import type { BotContext } from '../types.js';
import { refuse } from './respond.js';

/** A removed fact is named as removed, never replaced by a look-alike; only moderators are told how to bring it back. */
export async function showRemovedFact(interaction: RepliableInteraction, stored: StoredFact, ctx: Pick<BotContext, 'config'>): Promise<void> {
  const { fact } = stored;
  const lines = [`“${fact.title}” (\`${fact.id}\`) was removed from the fact base on ${formatDate(stored.updatedAt.slice(0, 10))}.`];
  if (moderatorVerdict(interaction, ctx.config).allowed) {
    lines.push(`Moderators: bring it back with \`/facts restore id:${fact.id} reason:…\`; \`/facts history id:${fact.id}\` shows why it was removed.`);
  } else {
    lines.push('Try `/ask` with other words, or `/timeline` and `/figures` to browse.');
  }
  await refuse(interaction, lines.join('\n'));
}
