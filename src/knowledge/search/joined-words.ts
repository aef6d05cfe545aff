import { isEnglishWord } from './english-words.js';
import { tokensOf, type QueryToken } from './normalize.js';

/** Each part of a split is at least this long: shorter ones would split real words into chance pieces. */
const MIN_PART = 3;

/**
 * "chinalaos", "supplychain": two words typed without the space between them, read as the two when the base holds
 * both and the whole is no English word. Other tokens are left as they are.
 */
export function splitJoined(tokens: QueryToken[], known: (token: string) => boolean): QueryToken[] {
  return tokens.flatMap((t) => {
    const raw = t.raw;
    if (known(t.token) || !/^[a-z]+$/.test(raw) || raw.length < MIN_PART * 2 || isEnglishWord(raw)) return [t];
    for (let i = MIN_PART; i <= raw.length - MIN_PART; i++) {
      // Not through the query cache: trying each cut would churn it.
      const parts = tokensOf(`${raw.slice(0, i)} ${raw.slice(i)}`);
      if (parts.length === 2 && parts.every((p) => known(p.token))) return parts;
    }
    return [t];
  });
}
