import type { Analysis, SearchHit } from './engine.js';
import { tokenizeQuery } from './normalize.js';

/** "What are the members using RCEP for", "what are China and ASEAN planning": an activity asked of a subject. */
const ACTIVITY = /^\s*(?:what|how|why|where)\s+(?:are|is|were|was)\s+(?:[a-z'-]+\s+){1,5}?([a-z]+ing)\b/i;
/** Verbs that only carry the question ("what is going on", "what are they saying about it"). */
const LIGHT = /^(?:go|com|happen|be|do|say|mean|talk|look)ing$/i;

/**
 * The activity an asking clause asks of its subject, as a check on hits: a fact that never says the activity's verb
 * (a list of RCEP's members for "what are the members using it for") names the subject but not what it does. Only a
 * verb the base holds counts; one it has never seen says nothing either way. Undefined when no activity is asked.
 */
export function activityCheck(asking: string, analysis: Analysis): ((hit: SearchHit) => boolean) | undefined {
  const verb = ACTIVITY.exec(asking)?.[1];
  if (verb === undefined || LIGHT.test(verb)) return undefined;
  const token = tokenizeQuery(verb)[0]?.token;
  if (token === undefined || analysis.unseen.includes(token) || !analysis.terms.some((t) => t.text === token))
    return undefined;
  // A hit from another analysis (a part of the question, a wider search) is not judged here.
  return (hit) => analysis.covered[analysis.hits.indexOf(hit)]?.has(token) ?? true;
}
