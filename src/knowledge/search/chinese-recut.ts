import { isChineseStopword } from './chinese.js';
import type { QueryToken } from './normalize.js';

const HAN_ONLY = /^\p{Script=Han}+$/u;
/** The longest base word tried at each character (the segmenter's words are rarely longer). */
const LONGEST = 4;

/**
 * The word segmenter sometimes cuts a question across the words the base holds (往东南亚 → 往东 | 南亚, where the
 * base has 东南 | 亚). Two neighbouring Chinese words the base has never seen are cut again, longest base word first;
 * the new cut is kept only when every piece is a word of the base or a lone stopword character (dropped), so a
 * word the base does not hold (天气, 榴莲) stays whole and unseen.
 */
export function recutUnseen(tokens: QueryToken[], known: (token: string) => boolean): QueryToken[] {
  const unseenHan = (t: QueryToken | undefined) => t !== undefined && HAN_ONLY.test(t.token) && !known(t.token);
  const out: QueryToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]];
    const pieces = unseenHan(a) && unseenHan(b) ? recut(a.token + b!.token, known) : undefined;
    if (!pieces) {
      out.push(a);
      continue;
    }
    for (const p of pieces) out.push({ token: p, raw: p });
    i++;
  }
  return out;
}

/** The run cut into base words (stopword characters dropped), or undefined when some piece is neither. */
function recut(run: string, known: (token: string) => boolean): string[] | undefined {
  const chars = Array.from(run);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length;) {
    let n = Math.min(LONGEST, chars.length - i);
    while (n > 1 && !known(chars.slice(i, i + n).join(''))) n--;
    const piece = chars.slice(i, i + n).join('');
    if (n === 1 && !known(piece) && !isChineseStopword(piece)) return undefined;
    if (n > 1 || !isChineseStopword(piece)) pieces.push(piece);
    i += n;
  }
  return pieces.length > 0 && pieces.some((p) => Array.from(p).length > 1) ? pieces : undefined;
}
