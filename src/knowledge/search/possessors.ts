/** Words never an owner: "it's", "what's", "that's" are contractions. */
const CONTRACTIONS = new Set(['it', 'what', 'that', 'who', 'there', 'here', 'let', 'he', 'she', 'where', 'how']);
const POSSESSIVE = /\b([a-z][a-z0-9-]*)['’]s\b/gi;

/** "The biggest trading partner of China": a relation named with "of" has its owner after it. */
const OF_OWNER =
  /\b(?:partners?|suppliers?|markets?|customers?|neighbou?rs?)\s+(?:of|for)\s+(?:the\s+)?([a-z][a-z0-9-]*)/gi;

/** The owners a text names with a possessive ("ASEAN's largest trading partner" → asean), lower-cased. */
export function possessors(text: string): string[] {
  return [...text.matchAll(POSSESSIVE), ...text.matchAll(OF_OWNER)]
    .map((m) => m[1]!.toLowerCase())
    .filter((w) => !CONTRACTIONS.has(w));
}
