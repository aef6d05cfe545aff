import type { ComponentHandler } from '../commands/types.js';
import { openFact } from './open-fact.js';
import { page } from './page.js';
import { report } from './report.js';

export const ALL_COMPONENTS: readonly ComponentHandler[] = [openFact, report, page];

/** custom ids look like "prefix:arg:arg"; the prefix picks the handler. */
export function parseCustomId(customId: string): { prefix: string; args: string[] } {
  const [prefix = '', ...args] = customId.split(':');
  return { prefix, args };
}
