/**
 * The American spellings a British one may stand for (colour → color, centre → center, organise → organize,
 * analyse → analyze, defence → defense, catalogue → catalog): word lists built from American text (the tagger
 * lexicon) know only those. The standard correspondences, each tried alone; most words match none.
 */
const CORRESPONDENCES: readonly [RegExp, string][] = [
  [/our(s|ed|ing|ful|ite|ites)?$/, 'or$1'],
  [/tre(s|d)?$/, 'ter$1'],
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/ence(s)?$/, 'ense$1'],
  [/ogue(s)?$/, 'og$1'],
];

export function americanSpellings(word: string): string[] {
  const out: string[] = [];
  for (const [pattern, replacement] of CORRESPONDENCES) {
    if (pattern.test(word)) out.push(word.replace(pattern, replacement));
  }
  return out;
}
