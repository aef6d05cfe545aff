/** Words never an owner: "it's", "what's", "that's" are contractions. */
const CONTRACTIONS = new Set(['it', 'what', 'that', 'who', 'there', 'here', 'let', 'he', 'she', 'where', 'how']);
const POSSESSIVE = /\b([a-z][a-z0-9-]*)['’]s\b/gi;

/** The owners a text names with a possessive ("ASEAN's largest trading partner" → asean), lower-cased. */
export function possessors(text: string): string[] {
  return [...text.matchAll(POSSESSIVE)].map((m) => m[1]!.toLowerCase()).filter((w) => !CONTRACTIONS.has(w));
}
