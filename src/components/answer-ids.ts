import type { AnswerIds } from '../render/fact-embed.js';
import { openFact } from './open-fact.js';
import { report } from './report.js';

/** The ids under an answer, from the components that handle them. */
export const ANSWER_IDS: AnswerIds = {
  openFact: (factId, lang) => openFact.id(factId, lang),
  report: (factId) => report.id(factId),
};
