/**
 * Shapes of a token's words, read from their characters. These are asked of
 * many tokens of every note, where a regular expression written in place
 * costs a new object and a match each time. Tokens' words are lower case.
 */

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/** "4", "4/5"'s first token, "3rd": starts with a digit. */
export const startsWithDigit = (word: string): boolean => isDigitCode(word.charCodeAt(0));

/** Starts with a letter from a to z. */
export function startsWithLetter(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 97 && code <= 122;
}

/** Only digits, from `min` to `max` of them: isDigits("12", 1, 2). */
export function isDigits(word: string, min = 1, max = Number.POSITIVE_INFINITY): boolean {
  if (word.length < min || word.length > max) return false;
  for (let i = 0; i < word.length; i++) if (!isDigitCode(word.charCodeAt(i))) return false;
  return true;
}

/** One digit from 0 to 5: a grade written bare ("DF 4"). */
export function isGradeDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  return word.length === 1 && code >= 48 && code <= 53;
}
