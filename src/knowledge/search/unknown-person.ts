import type { Analysis } from './engine.js';
import { tokenizeQuery } from './normalize.js';

/** "Whos navid kalantri", "who is Jane Doe": who a named person is, by a first and a last name. */
const WHO_NAMED = /\bwho(?:['’]?s|\s+is|\s+was|\s+are)\s+([a-z]+)\s+([a-z]+)\b/i;

/**
 * Whether the question asks who someone is whose name the base has never seen (both words unseen): no fact is about
 * that person, however well one matches the rest ("…, wat did he writte" meets the column's "wrote").
 */
export function asksUnknownPerson(question: string, { unseen }: Analysis): boolean {
  const named = WHO_NAMED.exec(question);
  if (!named) return false;
  return [named[1]!, named[2]!].every((word) => {
    const token = tokenizeQuery(word)[0]?.token;
    return token !== undefined && unseen.includes(token);
  });
}
