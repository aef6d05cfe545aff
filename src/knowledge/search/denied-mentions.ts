/**
 * A fact's text can name a thing only to deny it (标准不属于五个新增领域（数字经济…）, "not one of the five new
 * ones"): those words say what the fact is not, so they must not make it an answer about them. The denial runs from
 * the negation to the end of its clause; a parenthesis inside it (the list of what is denied) goes with it.
 */
const DENIED_ZH = /(?:(?<!是)不是|并非|不属于|不包括|而非)(?:[^，,。；;（(]|[（(][^）)]*[）)])*/gu;

/** The text without the clauses that deny what they name. */
export function withoutDenied(text: string): string {
  return text.replace(DENIED_ZH, ' ');
}
