import { FIELDS, FIELD_WEIGHTS, type IndexedDoc } from './documents.js';

export const FIELD_COUNT = FIELDS.length;
export const QUESTIONS_FIELD = FIELDS.indexOf('questions');
export const FIELD_WEIGHT_LIST = FIELDS.map((f) => FIELD_WEIGHTS[f]);
/** Field counts are packed COUNT_BASE to a field (7 fields x 7 bits: an exact integer in a double). */
export const COUNT_BASE = 128;

/**
 * A token's count in each field of a fact, packed into one number (the title's count lowest); -1 when a count does
 * not fit, to be read from the fact when used.
 */
export function packCounts(doc: IndexedDoc, token: string): number {
  let packed = 0;
  for (let f = FIELD_COUNT - 1; f >= 0; f--) {
    const c = doc.counts[FIELDS[f]!].get(token) ?? 0;
    if (c >= COUNT_BASE) return -1;
    packed = packed * COUNT_BASE + c;
  }
  return packed;
}
