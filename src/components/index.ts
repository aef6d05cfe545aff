import type { ComponentHandler } from '../commands/types.js';
import { factsDraft, factsForm } from './facts-form.js';
import { factsImport } from './facts-import.js';
import { factsReports } from './facts-reports.js';
import { factsUnanswered } from './facts-unanswered.js';
import { factsTranslate } from './facts-translate.js';
import { openFact } from './open-fact.js';
import { page } from './page.js';
import { report } from './report.js';

export const ALL_COMPONENTS: readonly ComponentHandler[] = [openFact, report, page, factsForm, factsDraft, factsImport, factsReports, factsUnanswered, factsTranslate];

/** custom ids look like "prefix:arg:arg"; the prefix picks the handler. */
export function parseCustomId(customId: string): { prefix: string; args: string[] } {
  const [prefix = '', ...args] = customId.split(':');
  return { prefix, args };
}
