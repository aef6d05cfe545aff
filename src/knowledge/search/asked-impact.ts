import type { Fact } from '../schema.js';
import { ownText, type FactCheck } from './asked-attribute.js';

/**
 * "What has the Rayong zone done for people there, jobs n stuff?", "what does it do for locals": what a project has
 * done for the people where it stands, which only a fact that says so (jobs, local people, their livelihoods) gives;
 * one that only says what the project is, or who runs it, is a near miss.
 */
const ASKS_LOCAL =
  /\b(?:for|to|on)\s+(?:the\s+)?(?:locals?\b|(?:ppl|people)\s+(?:there|living\s+there|nearby)\b|local\s+(?:people|economy|economies|communities|workers|residents)\b|residents\b|host\s+(?:countries|nations|economies|communities)\b)|(?<!\b(?:my|our|your)\s+)\b(?:local\s+)?jobs?\b|\bemployment\b/i;
const SAYS_LOCAL = /\bjobs?\b|\bemploy|\blocal\b|\blivelihoods?\b|\bincomes?\b|\bresidents\b|\bworkers\b/i;

export function localImpactCheck(asking: string): FactCheck | undefined {
  return ASKS_LOCAL.test(asking) ? (fact: Fact) => SAYS_LOCAL.test(ownText(fact)) : undefined;
}
