import { askingClause } from './asking.js';
import { isChinese } from './chinese-clauses.js';
import { withoutChineseAsker } from './chinese-asking.js';
import { isPersonWord } from './person-words.js';

/**
 * The asker naming their own role ("I'm an investor", "as a reporter", "my boss", "we're a furniture maker"): the
 * role word is one of the two words after the opener.
 */
const ASKER_ROLE = /(\b(?:i'?m|i am|we'?re|we are|as|my|our)\s+(?:(?:an?|the)\s+)?)([a-z-]+(?:\s+[a-z]+)?)\b/gi;

/**
 * The question without the words of its context that say who asks (作为一名出口商，… → 作为一名，…; "I'm an investor
 * scouting sites. Which zones …" → "I'm an scouting sites. …"): they would rank the facts that happen to name such
 * people first. In the asking part (有多少名员工, "how many passengers") they are what is asked and stay.
 */
export function withoutAsker(question: string): string {
  return isChinese(question) ? withoutChineseAsker(question) : withoutEnglishAsker(question);
}

function withoutEnglishAsker(question: string): string {
  const clause = askingClause(question);
  const at = question.lastIndexOf(clause);
  if (clause === question || at < 0) return question;
  const context = question.slice(0, at);
  // Only a word that names nothing but a kind of person ("investor", not "member" or "partner") is dropped.
  const cleaned = context.replace(
    ASKER_ROLE,
    (_, lead: string, words: string) =>
      lead + words.replace(/[a-z]+/gi, (w) => (isPersonWord(w.toLowerCase()) ? '' : w)),
  );
  return cleaned === context ? question : cleaned + question.slice(at);
}
