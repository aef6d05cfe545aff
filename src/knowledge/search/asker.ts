import { askingClause } from './asking.js';
import { isChinese } from './chinese-clauses.js';
import { withoutChineseAsker } from './chinese-asking.js';
import { isPersonWord, mayNamePerson } from './person-words.js';

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

/** "Teacher here —", "journalist here:": the asker saying what they are, at the start. */
const SELF_INTRO = /^(\s*(?:(?:an?|the)\s+)?)([a-z-]+(?:\s+[a-z-]+)?)(\s+here\b)/i;
/** "my prof", "our manager": a person of the asker's own, wherever it stands, is no subject of the base. */
const ASKERS_OWN = /(\b(?:my|our)\s+)([a-z-]+)\b/gi;
/** "our boss keeps saying", "my teacher asked": one of the asker's own who says or asks something is a person. */
const ASKERS_OWN_SAYS =
  /(\b(?:my|our)\s+)([a-z-]+)(?=\s+(?:(?:keeps?|always|just|also|once)\s+)?(?:says?|said|saying|told|tells|asked|asks|wants?|thinks?|thought|claims?|claimed|insists?|reckons?|argues?|argued|mentioned|needs?)\b)/gi;

const withoutPeople = (words: string) => words.replace(/[a-z]+/gi, (w) => (isPersonWord(w.toLowerCase()) ? '' : w));
// In "my boss", "teacher here" the frame already says a person is meant, so a word with any person sense is one.
const withoutSomePeople = (words: string) =>
  words.replace(/[a-z]+/gi, (w) => (mayNamePerson(w.toLowerCase()) ? '' : w));

/** The words before the asking clause, or undefined when the whole question asks. */
function contextBefore(question: string): string | undefined {
  const clause = askingClause(question);
  const at = question.lastIndexOf(clause);
  return clause === question || at <= 0 ? undefined : question.slice(0, at);
}

/**
 * The folded words the asker calls their own in the context before the asking clause ("someone in our chamber said
 * …, is that right?"): when the base has never seen one, it says who asks, not what about. In the asking clause it is
 * what is asked about ("how do I make my plants grow").
 */
export function ownedInContext(question: string): ReadonlySet<string> {
  // Most questions say neither word: no clause to find.
  if (!/\b(?:my|our)\s/i.test(question)) return NONE_OWNED;
  const context = contextBefore(question);
  if (!context) return NONE_OWNED;
  return new Set([...context.matchAll(ASKERS_OWN)].map((m) => m[2]!.toLowerCase()));
}

export const NONE_OWNED: ReadonlySet<string> = new Set();

function withoutEnglishAsker(asked: string): string {
  const question = asked
    .replace(SELF_INTRO, (_, lead: string, words: string, here: string) => lead + withoutSomePeople(words) + here)
    .replace(ASKERS_OWN_SAYS, (_, lead: string, word: string) => lead + withoutSomePeople(word))
    .replace(ASKERS_OWN, (_, lead: string, word: string) => lead + withoutPeople(word));
  const context = contextBefore(question);
  if (context === undefined) return question;
  // Only a word that names nothing but a kind of person ("investor", not "member" or "partner") is dropped.
  const cleaned = context.replace(ASKER_ROLE, (_, lead: string, words: string) => lead + withoutPeople(words));
  return cleaned === context ? question : cleaned + question.slice(context.length);
}
