import { factsDraft } from './draft.js';
import { factsForm } from './form.js';
import { factsImport } from './import.js';
import { factsReports } from './reports.js';
import { factsTranslate } from './translate.js';
import { factsUnanswered } from './unanswered.js';

/** /facts's buttons and modals, all moderator-only. */
export const FACTS_COMPONENTS = [
  factsForm,
  factsDraft,
  factsImport,
  factsReports,
  factsUnanswered,
  factsTranslate,
] as const;
