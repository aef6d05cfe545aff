/**
 * Verbs that name one act in other words, as stems: "who penned / authored the column" asks who wrote it, which a
 * fact states as "writing for" or "wrote"; "who declared the talks done" asks who announced it; "who called it X",
 * who said it was. Only acts whose verbs people swap freely are grouped.
 */
const WRITING: readonly string[] = ['write', 'pen', 'author'];
const SAME_ACTS: readonly (readonly string[])[] = [
  WRITING,
  ['announc', 'declar', 'proclaim'],
  // "Who called it a strong signal" asks who said so: a fact states it as "said it would send a strong signal".
  ['call', 'say', 'describ', 'dub', 'term', 'label'],
  // "Who is developing the corridor" asks who builds it, which a fact states as "built by" or "developed by".
  ['build', 'develop', 'construct'],
];

/** The stems that state the act a verb's stem names: itself and the verbs of the same act. */
export function sameAct(lemma: string): readonly string[] {
  return SAME_ACTS.find((group) => group.includes(lemma)) ?? [lemma];
}

/** Whether a verb's stem names the act of writing a piece ("who wrote / penned / authored it"). */
export function isWritingAct(lemma: string): boolean {
  return WRITING.includes(lemma);
}
