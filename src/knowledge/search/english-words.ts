import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * Whether a word is English (word-list: 274,000 words with their inflections). Loaded once the bot is READY (see
 * dictionaries.ts), or on first use, and kept as one string with line offsets (about 4 MB, binary-searched) instead
 * of a Set of strings (about 50 MB).
 */
let text = '';
let starts = new Uint32Array(0);
/** The few words out of order in the list, which a binary search would miss. */
const stragglers = new Set<string>();

function load(): void {
  text = readFileSync(wordListPath, 'utf8');
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  starts = new Uint32Array(count);
  for (let i = 0, n = 1; i < text.length; i++) if (text.charCodeAt(i) === 10) starts[n++] = i + 1;
  for (let i = 1; i < count; i++) {
    const previous = wordAt(i - 1);
    if (previous >= wordAt(i)) stragglers.add(previous);
  }
}

function wordAt(i: number): string {
  const end = i + 1 < starts.length ? starts[i + 1]! - 1 : text.length;
  return text.slice(starts[i], end);
}

/** Loads the list now rather than on the first question that needs it. */
export function loadEnglishWords(): void {
  if (!text) load();
}

export function isEnglishWord(word: string): boolean {
  if (!text) load();
  if (stragglers.has(word)) return true;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = wordAt(mid);
    if (w === word) return true;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const CAPITALISED_WORD = /\b[A-Z][a-z]+\b/g;

/** Capitalised words that are no English word ("Chongqing", "Hasan"), lowercased: parts of names. */
export function capitalisedNames(text: string): string[] {
  return [...text.matchAll(CAPITALISED_WORD)].map((m) => m[0].toLowerCase()).filter((w) => !isEnglishWord(w));
}
