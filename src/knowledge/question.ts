export const MAX_QUESTION_LENGTH = 300;

/** A refusal carries its catalogue key and values, so handlers can say it in the asker's language. */
export type QuestionCheck =
  { ok: true; question: string } | { ok: false; error: string; key: string; vars: Record<string, number> };

/** Cleans a typed question; refuses empty and over-long ones with a message fit for the asker. */
export function checkQuestion(raw: string): QuestionCheck {
  // Control and zero-width characters carry no meaning in a question and break matching.
  const question = raw
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2060\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!question)
    return {
      ok: false,
      error: 'Please type a question, for example "when did the China-Laos Railway open?".',
      key: 'errors.emptyQuestion',
      vars: {},
    };
  const length = [...question].length;
  if (length > MAX_QUESTION_LENGTH) {
    const vars = { max: MAX_QUESTION_LENGTH, length };
    return {
      ok: false,
      error: `Questions can be at most ${MAX_QUESTION_LENGTH} characters (yours has ${length}).`,
      key: 'errors.longQuestion',
      vars,
    };
  }
  return { ok: true, question };
}
