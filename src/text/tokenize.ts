/**
 * Splits text into tokens with their offsets: runs of letters and digits (an
 * apostrophe inside a word stays in it: "can't", "mother's"), and every other
 * visible character on its own ("+", "/", "?", ","), so clinical shorthand
 * such as "4+/5", "+ve", "2/52" or "B/B" becomes a short token sequence the
 * lexicon and the number readers can match. One pass over the characters; no
 * regular expressions, because this runs over every byte of every note.
 */
import { wordFilter } from './wordFilter.js';

export interface Token {
  /** Lower-case form, with contractions and curly apostrophes normalised. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

// Spellings that mean the same to the matcher. Keys are lower-case.
const NORMAL_FORMS: ReadonlyMap<string, string> = new Map([
  ['cannot', "can't"],
  ['cant', "can't"],
  ['cnt', "can't"],
  ['couldnt', "couldn't"],
  ['dont', "don't"],
  ['doesnt', "doesn't"],
  ['didnt', "didn't"],
  ['havent', "haven't"],
  ['hasnt', "hasn't"],
  ['hadnt', "hadn't"],
  ['isnt', "isn't"],
  ['arent', "aren't"],
  ['wasnt', "wasn't"],
  ['werent', "weren't"],
  ['wont', "won't"],
  ['im', "i'm"],
  ['ive', "i've"],
  // Misspellings and text-speak seen in patients' messages, for the words that matter most.
  ['incontinance', 'incontinence'], ['incontenence', 'incontinence'], ['incontinense', 'incontinence'], ['incontinant', 'incontinent'],
  ['bladdder', 'bladder'], ['bladders', 'bladder'], ['blader', 'bladder'], ['bladdar', 'bladder'], ['bladdr', 'bladder'], ['bldder', 'bladder'], ['sciatcia', 'sciatica'], ['controll', 'control'], ['retension', 'retention'],
  ['siatica', 'sciatica'], ['sciatia', 'sciatica'], ['sciatca', 'sciatica'], ['sciattica', 'sciatica'], ['syatica', 'sciatica'],
  ['numbnes', 'numbness'], ['numbess', 'numbness'], ['numness', 'numbness'], ['tingleing', 'tingling'], ['tinglin', 'tingling'],
  // Dropped g's of text-speak: "knee keeps givin way", "foot draggin".
  ...['givin', 'draggin', 'gettin', 'walkin', 'slappin', 'floppin', 'catchin', 'trippin', 'leakin', 'burnin', 'shootin', 'achin', 'killin', 'goin', 'sweatin', 'shiverin', 'shakin', 'wettin', 'peein'].map((w): [string, string] => [w, `${w}g`]),
  ["pee'd", 'peed'], ['pipi', 'pee'], ['wee-wee', 'wee'], ["wee'd", 'weed'], ["poo'd", 'pooed'],
  ['needels', 'needles'], ['neddles', 'needles'], ['bak', 'back'], ['peein', 'peeing'], ['weein', 'weeing'], ['nite', 'night'],
  ['feever', 'fever'], ['wen', 'when'], ['rly', 'really'], ['realy', 'really'], ['anaesthsia', 'anaesthesia'], ['anesthsia', 'anesthesia'], ['anasthesia', 'anaesthesia'], ['anaesthesa', 'anaesthesia'], ['bowl', 'bowel'], ['wieght', 'weight'], ['weigth', 'weight'], ['weakniss', 'weakness'], ['weekness', 'weakness'], ['saddel', 'saddle'],
]);

/** Most words have no other spelling: the filter spares them the lookup. */
const mayHaveNormalForm = wordFilter(NORMAL_FORMS.keys());

const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Tokens of `text` from `from` to `to` (offsets into `text`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // Lower-case once; per token only when case mapping changes lengths (rare scripts).
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  // Characters are read from the lower-case copy, a string of its own. Read from the text as given, the loop ran
  // about 1.5 times slower on notes once the lexicon's phrases had been tokenised (measured: its few phrases with
  // arrows, "sens ↓", are what slowed it).
  const chars = sameLength ? lower : text;
  let i = from;
  while (i < to) {
    const c = chars.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (isWordCode(c)) {
      let j = i + 1;
      let apostrophe = false;
      while (j < to) {
        const d = chars.charCodeAt(j);
        if (isWordCode(d)) j++;
        else if (isApostrophe(d) && j + 1 < to && isWordCode(chars.charCodeAt(j + 1))) {
          apostrophe = true;
          j++;
        } else break;
      }
      let norm = sameLength ? lower.slice(i, j) : text.slice(i, j).toLowerCase();
      // "w/o" and "w/out" are one word, "without": "lost half a stone w/o trying".
      if (norm === 'w' && text.charCodeAt(j) === 47 && (text.charCodeAt(j + 1) | 32) === 111) {
        const out = (text.charCodeAt(j + 2) | 32) === 117 && (text.charCodeAt(j + 3) | 32) === 116 ? j + 4 : j + 2;
        if (!(out < to && isWordCode(text.charCodeAt(out)))) {
          tokens.push({ norm: 'without', start: i, end: out });
          i = out;
          continue;
        }
      }
      if (apostrophe) norm = norm.replace(/\u2019/g, "'");
      tokens.push({ norm: (mayHaveNormalForm(norm) && NORMAL_FORMS.get(norm)) || norm, start: i, end: j });
      i = j;
      continue;
    }
    // A lone character; surrogate pairs stay together.
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    const char = text.slice(i, i + width);
    tokens.push({ norm: char === '\u2019' ? "'" : char === '&' ? 'and' : char, start: i, end: i + width });
    i += width;
  }
  return tokens;
}

/** Tokens of a lexicon phrase, as the matcher compares them. */
export const phraseTokens = (phrase: string): string[] => tokenize(phrase).map((t) => t.norm);
