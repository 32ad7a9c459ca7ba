/**
 * Sentences of a note, from its tokens. A sentence ends after ".", "?" or "!"
 * followed by a space, a comma (MTSamples writes ".," where the original had
 * a line break) or the end, except after an abbreviation, a list number
 * ("1.") or inside a decimal; at a blank line; at a line break after closing
 * punctuation; and before a section header ("FAMILY HISTORY:", "PMH:"),
 * which stays attached to the sentence it introduces so that its context
 * travels with it (the convention of ../shared/corpus/ANNOTATION.md).
 */
import type { Token } from './tokenize.js';
import { isDigits, startsWithDigit } from './shapes.js';

export interface Sentence {
  /** Index of the first token in the text's token list. */
  readonly from: number;
  /** Index just past the last token. */
  readonly to: number;
}

/** '.', '?' or '!': compared as strings rather than looked up in a set, for every token of every note. */
const isEnder = (norm: string): boolean => norm === '.' || norm === '?' || norm === '!';
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'v', 'e', 'i', 'g', 'eg', 'ie', 'etc', 'approx', 'no', 'pt', 'pts', 'p', 'a', 'm',
  'fig', 'inc', 'yr', 'yrs', 'wk', 'wks', 'hr', 'hrs', 'min', 'mins', 'mo', 'mos', 'b', 't', 'q', 'd', 'h', 'c', 'y', 'o',
]);
/** Abbreviations of units of time, which end a sentence as often as they continue one. */
const TIME_UNITS = new Set(['yr', 'yrs', 'wk', 'wks', 'hr', 'hrs', 'min', 'mins', 'mo', 'mos']);
const PATIENT_ABBREVIATIONS = new Set(['pt', 'pts']);
/** Words before "pt." that make it an object ending its sentence, not a subject opening one. */
const OBJECT_LEADS = new Set(['per', 'by', 'to', 'with', 'of', 'for', 'from', 'the']);
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 0xa0;
const isUpperWord = (text: string, token: Token): boolean => {
  let letters = 0;
  for (let i = token.start; i < token.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters > 0;
};

/**
 * Where a section header starts at token `i`: up to six upper-case words (or
 * a short mixed-case word such as "Plan", "Imp", "O/E") followed by ":".
 * Returns the index of the colon, or -1.
 */
export function headerColonAt(text: string, tokens: readonly Token[], i: number): number {
  for (let j = i, words = 0; j < tokens.length && j < i + 12; j++) {
    const token = tokens[j]!;
    if (token.norm === ':') return words > 0 ? j : -1;
    if (token.norm === '/' || token.norm === '&' || token.norm === '-') continue;
    const upper = isUpperWord(text, token);
    // A short capitalised word ("Plan:", "Imp:") counts only as the whole header.
    if (!upper && !(j === i && tokens[j + 1]?.norm === ':' && /^[A-Z][a-z]{1,11}$/.test(text.slice(token.start, token.end)))) return -1;
    if (++words > 6) return -1;
  }
  return -1;
}

/** The last word of a table row's result: a grade or number, a reflex "+", a side. */
const ROW_ENDS = /^(\d+|\+|-|l|r|bilat|bilaterally|left|right|lt|rt|normal|absent|intact|reduced|brisk)$/;
/** Whether a token's first letter is a capital (A-Z) in the text as written. */
export const isCapitalised = (text: string, token: Token): boolean => {
  const c = text.charCodeAt(token.start);
  return c >= 65 && c <= 90;
};

function newlinesBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Whether a line break stands between two tokens. */
export const lineBreakBetween = (text: string, a: Token, b: Token): boolean => newlinesBetween(text, a.end, b.start) > 0;

export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const close = (to: number): void => {
    if (to > from) sentences.push({ from, to });
    from = to;
  };
  // Where the current line holds a question mark: its answer ends the line ("Fever? Not sure, felt hot").
  let questionOnLine = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token.norm === '?') questionOnLine = true;
    if (next) {
      const lines = newlinesBetween(text, token.end, next.start);
      const questionLine = questionOnLine;
      if (lines > 0) questionOnLine = false;
      if (lines >= 2 || (lines === 1 && (isEnder(token.norm) || token.norm === ':' || token.norm === ';'))) {
        close(i + 1);
        continue;
      }
      // A header after a comma or a line break starts a new sentence.
      if ((token.norm === ',' || lines === 1) && isUpperWord(text, next) && headerColonAt(text, tokens, i + 1) > 0) {
        close(i + 1);
        continue;
      }
      // A table's rows: a line that ends on a result ("Hip flexion 5/5 bilat", "Ankle DF L 4/5 R 5/5") and a next
      // line that begins with a capital are two rows, whose sides and grades are their own.
      // So are a form's question lines: "Trouble passing urine? No" and the next question.
      // Rows of dated grades too: "18/3 (GP) 5/5" then "22/3 (ED) 4/5".
      if (lines === 1 && (((ROW_ENDS.test(token.norm) || questionLine) && isCapitalised(text, next)) || (isDigits(token.norm) && startsWithDigit(next.norm)))) {
        close(i + 1);
        continue;
      }
    }
    if (!isEnder(token.norm)) continue;
    const after = token.end < text.length ? text.charCodeAt(token.end) : -1;
    // "'Yes, the outside of my calf.' Q: ...": a closing quotation mark stays with the sentence it closes.
    const closingQuote = (after === 39 || after === 34 || after === 0x2019 || after === 0x201d) && next !== undefined && next.start === token.end && (next.end >= text.length || isSpace(text.charCodeAt(next.end)) || text.charCodeAt(next.end) === 10);
    if (!(after === -1 || isSpace(after) || after === 44 || after === 10 || after === 13 || after === 34 || after === 41 || closingQuote)) continue;
    const previous = tokens[i - 1];
    // "? CES": a question mark that opens its sentence is a query, not an end.
    if (token.norm === '?' && i === from) continue;
    if (token.norm === '.' && previous && previous.end === token.start) {
      // "No. 5" is a number; "Any fevers? No. Weight loss?" is an answer that ends its sentence.
      // A unit of time ends its sentence before a capitalised word: "ex-smoker 20 pack-yrs. On discharge: ...".
      // So does the patient named as an object: "Progressive over past fortnight per pt. DF R 2/5."
      const objectEnds = PATIENT_ABBREVIATIONS.has(previous.norm) && OBJECT_LEADS.has(tokens[i - 2]?.norm ?? '') && next !== undefined && isCapitalised(text, next);
      // A rate ends its sentence: "smokes 10/d. c/o LBP".
      const rateEnds = previous.norm === 'd' && tokens[i - 2]?.norm === '/';
      // "go straight to A&E. Pain down my right leg …": the emergency department is no abbreviation's end.
      const placeEnds = previous.norm === 'e' && tokens[i - 2]?.norm === 'and' && tokens[i - 3]?.norm === 'a';
      const unitEnds = (TIME_UNITS.has(previous.norm) && next !== undefined && isCapitalised(text, next)) || objectEnds || rateEnds || placeEnds;
      if (ABBREVIATIONS.has(previous.norm) && !unitEnds && !(previous.norm === 'no' && !startsWithDigit(next?.norm ?? ''))) continue;
      // "1." opening a numbered item.
      if (isDigits(previous.norm, 1, 2) && (i - 1 === from || tokens[i - 2]?.norm === ',')) continue;
    }
    if (closingQuote) i++;
    close(i + 1);
  }
  close(tokens.length);
  return sentences;
}
