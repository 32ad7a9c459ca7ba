/**
 * Age and sex when the text states them: "47M", "26F", "67y", "a 52-year-old
 * woman", "52 yo F", "aged 60", "I'm 32", "I'm a retired teacher, 82". Sex also from words such as
 * "woman", "gentleman", "pregnant", "prostate", and, failing those, from
 * third-person pronouns when they all agree ("he ... his ...").
 */
import type { Token } from './tokenize.js';
import { isDigits, startsWithLetter } from './shapes.js';

export interface Demographics {
  age?: number;
  sex?: 'female' | 'male';
}

const AGE_SEX = /^(\d{1,3})(m|f|yo|y|yr|yrs|yom|yof)$/;
const YEAR_WORDS = new Set(['year', 'years', 'yr', 'yrs', 'y']);
const SEX_WORDS: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ['woman', 'female'], ['female', 'female'], ['lady', 'female'], ['girl', 'female'], ['mrs', 'female'], ['miss', 'female'],
  ['vagina', 'female'], ['vulva', 'female'], ['uterus', 'female'], ['penis', 'male'], ['scrotum', 'male'], ['testicles', 'male'],
  ['pregnant', 'female'], ['pregnancy', 'female'], ['trimester', 'female'], ['f', 'female'], ['postpartum', 'female'], ['postmenopausal', 'female'],
  ['man', 'male'], ['male', 'male'], ['gentleman', 'male'], ['boy', 'male'], ['mr', 'male'], ['m', 'male'], ['prostate', 'male'], ['erectile', 'male'],
  ['prostatic', 'male'],
]);
const SEX_AFTER_AGE = new Set(['m', 'f', 'male', 'female', 'man', 'woman', 'boy', 'girl', 'gentleman', 'lady', 'yom', 'yof']);
/** What a word tells of the writer or the patient: a pronoun of the third or first person, or a sex. One lookup per word of the note's opening. */
type WordRole = 'he' | 'she' | 'i' | 'female' | 'male';
const WORD_ROLES: ReadonlyMap<string, WordRole> = new Map<string, WordRole>([
  ...['he', 'him', 'his', "he's", 'himself'].map((w): [string, WordRole] => [w, 'he']),
  ...['she', 'her', 'hers', "she's", 'herself'].map((w): [string, WordRole] => [w, 'she']),
  ...['i', "i'm", "i've", 'my'].map((w): [string, WordRole] => [w, 'i']),
  ...SEX_WORDS,
]);

/** "I'm 5 foot tall", "I am 80 kg": a number with a unit after it is not an age. */
const NOT_AGE_UNITS = new Set(['%', 'kg', 'kgs', 'kilos', 'lbs', 'pounds', 'stone', 'st', 'weeks', 'months', 'days', 'hours', 'minutes', 'foot', 'feet', 'ft', 'cm', 'inches', 'times', 'out', '/']);
const plausibleAge = (n: number): boolean => n >= 1 && n <= 110;
const READ_TOKENS = 600;
const ATTACHED_AGE_TOKENS = 12;

/** How far back "I'm" may stand from an age given in apposition ("I'm a retired railway worker, 82."). */
const APPOSITION_REACH = 8;
const APPOSITION_ENDS = new Set(['.', ',', ';', 'and', '!']);

/** "I'm a retired railway worker, 82.": a bare number closing a description of oneself is the age. */
function appositiveAge(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.norm !== ',') return false;
  // "a mum of 3, 4 and 6": a list of numbers is not an age.
  const listed = tokens[i - 2]?.norm.charCodeAt(0) ?? 0;
  if (listed >= 48 && listed <= 57) return false;
  const after = tokens[i + 1]?.norm;
  if (after !== undefined && !APPOSITION_ENDS.has(after)) return false;
  for (let j = i - 2; j >= Math.max(0, i - APPOSITION_REACH); j--) {
    const norm = tokens[j]!.norm;
    if (norm === '.' || norm === '!' || norm === '?' || norm === ';') return false;
    // "I'm a ...", "I am an ...": a description of the person, not "I'm in pain, 8 out of 10".
    if (norm === "i'm" || (norm === 'am' && tokens[j - 1]?.norm === 'i')) return tokens[j + 1]?.norm === 'a' || tokens[j + 1]?.norm === 'an';
  }
  return false;
}

const PERSON_SUBJECTS = new Set(['he', 'she', 'patient', 'pt']);
/** Words that may follow an age given as "she is 62". */
const AGE_CLOSERS = new Set(['.', ',', ';', '!', 'and', 'now', 'with', 'but', 'years', 'yrs', 'year', ')']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);
/** "Mr Patel, 47", "Mrs Jane Jones (62)": a title and one or two names just before (not "MR noted.,3."). */
function titledNameBefore(tokens: readonly Token[], i: number): boolean {
  for (let title = i - 3; title >= i - 4; title--) {
    if (!TITLES.has(tokens[title]?.norm ?? '')) continue;
    let names = true;
    for (let j = title + 1; j < i - 1; j++) names &&= /^[a-z]+$/.test(tokens[j]!.norm);
    if (names) return true;
  }
  return false;
}
const isWordToken = (norm: string): boolean => startsWithLetter(norm);
/** Words before a number that make "3m" a length, not a three-year-old boy. */
const LENGTH_LEADS = new Set([
  'height', 'distance', 'from', 'of', 'about', 'approximately', 'approx', '~', 'walks', 'walk', 'walked', 'walking', 'to', 'after', 'than', 'for', 'only', 'just',
  'claudication', 'claudicant', 'tolerance',
  'over', 'under', 'around', 'within', 'x', 'at', '>', '<', '=', '@',
]);
const measuredBefore = (tokens: readonly Token[], i: number): boolean => LENGTH_LEADS.has(tokens[i - 1]?.norm ?? '');

/** "I am woman 45 years", "I'm a man 60 years": a person word after "I am" just before the years. */
function selfDescribedBefore(tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i - 1]?.norm ?? '';
  if (!SEX_AFTER_AGE.has(noun) || noun.length === 1) return false;
  let k = i - 2;
  if (tokens[k]?.norm === 'a') k--;
  return tokens[k]?.norm === "i'm" || (tokens[k]?.norm === 'am' && tokens[k - 1]?.norm === 'i');
}

/** Records the sex a word after an age states ("47M", "52 yo F", "a 52-year-old woman"), unless one is known. */
function setSex(found: Demographics, word: string | undefined): void {
  if (found.sex || word === undefined) return;
  if (word === 'yom') found.sex = 'male';
  else if (word === 'yof') found.sex = 'female';
  else if (word === 'm' || word === 'f') found.sex = word === 'm' ? 'male' : 'female';
  else if (SEX_AFTER_AGE.has(word)) found.sex = SEX_WORDS.get(word);
}

/**
 * The age a number at `i` states, with the sex that goes with it, if it is an
 * age: "67y", "52-year-old", "52 yo", "aged 60", "I'm 32". Returns true when
 * the token held age and sex in one ("47M") and needs no further look. Kept
 * apart from the token loop so that the loop stays small for the optimiser.
 */
function readAgeAt(tokens: readonly Token[], i: number, found: Demographics): boolean {
  const norm = tokens[i]!.norm;
  const attached = AGE_SEX.exec(norm);
  // "67y" opens a note; "1y follow-up" at its end is a time, not an age. "Fall from height 3m", "claudication distance 50m": metres.
  if (attached && plausibleAge(Number(attached[1])) && (!attached[2]!.startsWith('y') || i < ATTACHED_AGE_TOKENS) && !(attached[2] === 'm' && measuredBefore(tokens, i))) {
    found.age = Number(attached[1]);
    setSex(found, attached[2]);
    if (attached[2]!.startsWith('y')) setSex(found, tokens[i + 1]?.norm);
    return true;
  }
  if (!isDigits(norm, 1, 3) || !plausibleAge(Number(norm))) return false;
  let j = i + 1;
  if (tokens[j]?.norm === '-') j++;
  // "52-year-old", "52 years old", "52 yo", "52 y/o"
  if (YEAR_WORDS.has(tokens[j]?.norm ?? '')) {
    j++;
    if (tokens[j]?.norm === '-') j++;
    if (tokens[j]?.norm === 'old' || tokens[j]?.norm === 'of' || tokens[j]?.norm === 'young') {
      found.age = Number(norm);
      setSex(found, tokens[j + 1]?.norm === '-' ? tokens[j + 2]?.norm : tokens[j + 1]?.norm);
    } else if ((tokens[j]?.norm === '/' || tokens[j]?.norm === '.') && tokens[j + 1]?.norm === 'o') {
      found.age = Number(norm);
      setSex(found, tokens[j + 2]?.norm);
    } else if (selfDescribedBefore(tokens, i)) {
      // "I am woman 45 years"
      found.age = Number(norm);
      setSex(found, tokens[i - 1]?.norm);
    }
    return false;
  }
  if (tokens[j]?.norm === 'yo' || tokens[j]?.norm === 'yrs' || tokens[j]?.norm === 'y') {
    found.age = Number(norm);
    setSex(found, tokens[j + 1]?.norm);
    return false;
  }
  const before = tokens[i - 1]?.norm;
  const beforeThat = tokens[i - 2]?.norm;
  // "aged 60", "age: 60", "I'm 32", "I am 32", "she is 62", "he's 70"
  // "I'm only 33", "I'm just 19"; "a woman of 60"; "F 34" opening a note
  const hedged = (before === 'only' || before === 'just') && (beforeThat === "i'm" || beforeThat === 'am');
  const personOf = before === 'of' && SEX_AFTER_AGE.has(beforeThat ?? '') && beforeThat!.length > 1;
  // "She is 62." but not "he is 107 percent", "the patient is 40 to 100 degrees", "she is 11\" in the right biceps".
  const personIs = ((before === 'is' && PERSON_SUBJECTS.has(beforeThat ?? '')) || before === "he's" || before === "she's") && AGE_CLOSERS.has(tokens[i + 1]?.norm ?? '.');
  const sexFirst = (before === 'm' || before === 'f') && i < ATTACHED_AGE_TOKENS && (beforeThat === undefined || !isWordToken(beforeThat));
  // "Male, 38, back pain"; "Mr Patel, 47, presents"; "Mr Smith (52)"
  const sexThenAge = before === ',' && i < ATTACHED_AGE_TOKENS && SEX_AFTER_AGE.has(beforeThat ?? '') && (beforeThat?.length ?? 0) > 1;
  if (sexThenAge) setSex(found, beforeThat);
  const named = (before === ',' || before === '(') && titledNameBefore(tokens, i) && AGE_CLOSERS.has(tokens[i + 1]?.norm ?? '.');
  if (personOf || sexFirst) setSex(found, personOf ? beforeThat : before);
  if (hedged || personOf || personIs || sexFirst || sexThenAge || named || before === 'aged' || before === 'age' || before === "i'm" || (before === 'am' && beforeThat === 'i') || (before === ':' && beforeThat === 'age') || appositiveAge(tokens, i)) {
    const after = tokens[j]?.norm;
    if (!(after !== undefined && NOT_AGE_UNITS.has(after))) {
      found.age = Number(norm);
      setSex(found, after);
    }
  }
  return false;
}

const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
const UNITS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
]);

/** "I'm sixty-three", "aged seventy": an age in words after the words that give one. */
function wordAgeAt(tokens: readonly Token[], i: number): number | undefined {
  // The word before first: it rules out nearly every word of a note without a lookup.
  const before = tokens[i - 1]?.norm;
  if (!(before === "i'm" || before === 'aged' || (before === 'am' && tokens[i - 2]?.norm === 'i') || before === "he's" || before === "she's")) return undefined;
  const tens = TENS.get(tokens[i]!.norm);
  if (tens === undefined) return undefined;
  const joined = tokens[i + 1]?.norm === '-' ? i + 2 : i + 1;
  const units = UNITS.get(tokens[joined]?.norm ?? '');
  return tens + (units ?? 0);
}

/** "MR noted", "MR angiogram": mitral regurgitation or magnetic resonance, not the title ("Mr Patel", "MR. SMITH"). */
function isAcronymMr(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  return text.slice(token.start, token.end) === 'MR' && tokens[i + 1]?.norm !== '.';
}

export function readDemographics(text: string, tokens: readonly Token[]): Demographics {
  const found: Demographics = {};
  let male = 0;
  let female = 0;
  let firstPerson = 0;
  // Age and sex are stated near the start of a note; a long note is not read to its end for them.
  const end = Math.min(tokens.length, READ_TOKENS);
  // Once the sex is known the pronouns no longer count, and once the age is known too the reading is done.
  for (let i = 0; i < end && !(found.sex && found.age !== undefined); i++) {
    const norm = tokens[i]!.norm;
    const role = found.sex ? undefined : WORD_ROLES.get(norm);
    if (role === 'he') male++;
    else if (role === 'she') female++;
    else if (role === 'i') firstPerson++;
    const first = norm.charCodeAt(0);
    // An age written with its sex ("47M") ends the look at this token.
    if (found.age === undefined && first >= 48 && first <= 57 && readAgeAt(tokens, i, found)) continue;
    if (found.age === undefined && first >= 101 && first <= 116) found.age = wordAgeAt(tokens, i);
    // Plain sex words count once the age pass has had its chance to claim "M"/"F".
    if (!found.sex && (role === 'female' || role === 'male') && norm.length > 1 && !(norm === 'mr' && isAcronymMr(text, tokens, i))) found.sex = role;
  }
  // Third-person pronouns that all agree: two of them, or one in a text where no "I" speaks (whose "she" may be someone else).
  if (!found.sex) {
    const enough = (n: number): boolean => n >= 2 || (n === 1 && firstPerson === 0);
    if (enough(male) && female === 0) found.sex = 'male';
    else if (enough(female) && male === 0) found.sex = 'female';
  }
  return found;
}
