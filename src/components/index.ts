import type { ComponentHandler } from '../commands/types.js';
import { FACTS_COMPONENTS } from '../commands/facts/components/index.js';
import { openFact } from './open-fact.js';
import { page } from './page.js';
import { report } from './report.js';

export const ALL_COMPONENTS = [openFact, report, page, ...FACTS_COMPONENTS] as const;

/** Every custom id prefix the bot handles (discord-utils-bot's ComponentName). */
export type ComponentName = (typeof ALL_COMPONENTS)[number]['prefix'];

/** custom ids look like "prefix:arg:arg"; the prefix picks the handler. */
export function parseCustomId(customId: string): { prefix: string; args: string[] } {
  const [prefix = '', ...args] = customId.split(':');
  return { prefix, args };
}

/** The router's lookup: the handler a custom id goes to, if any. */
export function componentFor(
  components: ReadonlyMap<string, ComponentHandler>,
  customId: string,
): ComponentHandler | undefined {
  return components.get(parseCustomId(customId).prefix);
}

export function componentMap(list: readonly ComponentHandler[] = ALL_COMPONENTS): Map<string, ComponentHandler> {
  return new Map(list.map((c) => [c.prefix, c]));
}
