/**
 * How long the symptoms have lasted, in days, and how they began, from
 * phrases such as "2/52", "3/12", "3 weeks", "a month ago", "for the past few
 * weeks", "since yesterday", "since Monday", "today".
 *
 * Assumptions, stated because a note carries no date of its own:
 * - A month is 30 days and a year 365; "few" and "several" are 3, "couple" 2;
 *   a range ("6-7/12", "3 or 4 months") is its midpoint.
 * - "Since <weekday>" counts back from `referenceDate` when the caller gives
 *   one (the day the text was written). Without one it is taken as 7 days:
 *   at most a week, which is all triage needs ("recent" means ≤ 42 days).
 * - "today", "this morning", "tonight" are 0 days; "yesterday", "last night" 1.
 */
import type { Token } from './tokenize.js';
import { isDigits } from './shapes.js';

const UNIT_DAYS: ReadonlyMap<string, number> = new Map([
  ['day', 1], ['days', 1], ['d', 1], ['dy', 1], ['dys', 1],
  ['week', 7], ['weeks', 7], ['wk', 7], ['wks', 7], ['w', 7],
  ['month', 30], ['months', 30], ['mo', 30], ['mos', 30], ['mth', 30], ['mths', 30], ['mnth', 30], ['mnths', 30],
  ['year', 365], ['years', 365], ['yr', 365], ['yrs', 365], ['y', 365],
  ['fortnight', 14], ['fortnights', 14], ['hours', 1 / 24], ['hour', 1 / 24], ['hrs', 1 / 24], ['hr', 1 / 24], ['h', 1 / 24],
]);
/** "2/52" weeks, "3/12" months, "5/7" days, "6/24" hours. */
const FRACTION_DAYS: ReadonlyMap<string, number> = new Map([['7', 1], ['52', 7], ['12', 30], ['24', 1 / 24]]);
const FRACTION_MAX: ReadonlyMap<string, number> = new Map([['7', 21], ['52', 52], ['12', 24], ['24', 72]]);
const WORD_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20], ['thirty', 30], ['few', 3], ['several', 3], ['couple', 2], ['many', 6], ['some', 3],
  ['last', 1], ['past', 1], ['half', 0.5],
]);
// Not "x": "LBP x 3/7" is three days of back pain.
const FREQUENCY_WORDS = new Set(['times', 'once', 'twice', 'per', 'every', 'each']);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([['today', 0], ['tonight', 0], ['yesterday', 1], ['overnight', 1]]);
const ATTACHED = /^(\d{1,3})(d|w|wk|wks|mo|mos|y|yr|yrs|hrs|h)$/;

export interface DurationReading {
  readonly days: number;
  readonly from: number;
  readonly to: number;
}

const numberAt = (tokens: readonly Token[], i: number): number | undefined => {
  const norm = tokens[i]?.norm;
  if (norm === undefined) return undefined;
  if (/^\d{1,3}(\.\d)?$/.test(norm)) return Number(norm);
  return WORD_NUMBERS.get(norm);
};

/** Durations stated in tokens [from, to). */
export function readDurations(tokens: readonly Token[], from: number, to: number, referenceDate?: Date): DurationReading[] {
  const found: DurationReading[] = [];
  for (let i = from; i < to; i++) {
    const norm = tokens[i]!.norm;
    const attached = ATTACHED.exec(norm);
    if (attached) {
      // "67y M", "67yr old": an age.
      if (attached[2]!.startsWith('y') && statesAge(tokens, i + 1)) continue;
      found.push({ days: Math.round(Number(attached[1]) * (UNIT_DAYS.get(attached[2]!) ?? 1)), from: i, to: i + 1 });
      continue;
    }
    if ((norm === 'last' || norm === 'this') && i + 1 < to) {
      const next = tokens[i + 1]!.norm;
      if (next === 'night') found.push({ days: 1, from: i, to: i + 2 });
      else if (next === 'morning' || next === 'afternoon' || next === 'evening') found.push({ days: 0, from: i, to: i + 2 });
      else if (next === 'week') found.push({ days: 7, from: i, to: i + 2 });
      else if (next === 'month') found.push({ days: 30, from: i, to: i + 2 });
      if (found.at(-1)?.from === i) {
        i++;
        continue;
      }
    }
    let value = numberAt(tokens, i);
    const previous = tokens[i - 1]?.norm;
    // "twice a day", "3 times a week", "every three or four hours": a frequency, not a duration (nor is the range's other end).
    // "for the next few weeks my back was sore": a stretch of the story, not how long it has lasted until now.
    if (value !== undefined && (previous === 'next' || previous === 'following')) continue;
    // "I am woman 45 years": an age; "pregnant, 28 weeks": a pregnancy.
    if (value !== undefined && (AGE_NOUNS.has(previous ?? '') || ((previous === ',' || previous === 'at') && PREGNANCY.has(tokens[i - 2]?.norm ?? '')))) continue;
    // "review in 2/52", "f/u in 6 weeks": when to come back, not how long it has lasted.
    if (value !== undefined && previous === 'in' && FUTURE_LEADS.has(tokens[i - 2]?.norm ?? '')) continue;
    if (value !== undefined && previous !== undefined && FREQUENCY_WORDS.has(previous)) {
      const link = tokens[i + 1]?.norm;
      if ((link === '-' || link === 'or' || link === 'to') && numberAt(tokens, i + 2) !== undefined) i += 2;
      continue;
    }
    if (value !== undefined) {
      // "2/52", "6-7/12", "~1/12"
      if (tokens[i + 1]?.norm === '/' && isDigits(norm)) {
        const denominator = tokens[i + 2]?.norm ?? '';
        const perDay = FRACTION_DAYS.get(denominator);
        // "BP 146/52" is a blood pressure: a duration's numerator stays within a year or so of its unit.
        if (perDay !== undefined && value <= FRACTION_MAX.get(denominator)!) {
          const low = tokens[i - 1]?.norm === '-' ? numberAt(tokens, i - 2) : undefined;
          const mid = low !== undefined && low < value ? (low + value) / 2 : value;
          found.push({ days: Math.round(mid * perDay), from: low !== undefined ? i - 2 : i, to: i + 3 });
          i += 2;
          continue;
        }
      }
      // "3 weeks", "3-4 months", "a few weeks", "couple of days", "three or four months"
      let j = i + 1;
      let high = value;
      if ((tokens[j]?.norm === '-' || tokens[j]?.norm === 'or' || tokens[j]?.norm === 'to') && numberAt(tokens, j + 1) !== undefined) {
        high = numberAt(tokens, j + 1)!;
        j += 2;
      }
      const vague = tokens[j]?.norm;
      if (vague === 'few' || vague === 'couple' || vague === 'several') {
        value = high = WORD_NUMBERS.get(vague)!;
        j++;
      }
      // "two and a half weeks"
      if (isAndAHalf(tokens, j)) {
        value += 0.5;
        high += 0.5;
        j += 3;
      }
      if (tokens[j]?.norm === 'of') j++;
      if (tokens[j]?.norm === '-') j++;
      const unit = UNIT_DAYS.get(tokens[j]?.norm ?? '');
      // "a 52-year-old", "52 years old", "68 y/o M", "3 month old baby", "80 years young": an age, not how long.
      if (unit !== undefined && statesAge(tokens, j + 1, unit === 365)) {
        i = j;
        continue;
      }
      // "the last 3 weeks" is read at the number; "last week" below.
      if (unit !== undefined && (norm === 'last' || norm === 'past') && j !== i + 1) continue;
      if (unit !== undefined) {
        // "a week and a half"
        const half = isAndAHalf(tokens, j + 1) ? 0.5 : 0;
        found.push({ days: Math.round(((value + high) / 2 + half) * unit), from: i, to: j + 1 + (half ? 3 : 0) });
        i = j + (half ? 3 : 0);
      }
      continue;
    }
    const relative = RELATIVE_DAYS.get(norm);
    if (relative !== undefined) {
      found.push({ days: relative, from: i, to: i + 1 });
      continue;
    }
    // "for a long time", "a long while", "for years": chronic, taken as a year.
    if ((norm === 'long' && (tokens[i + 1]?.norm === 'time' || tokens[i + 1]?.norm === 'while')) || (norm === 'years' && (tokens[i - 1]?.norm === 'for' || tokens[i - 1]?.norm === 'many'))) {
      found.push({ days: 365, from: i, to: i + 2 });
      continue;
    }
    const weekday = WEEKDAYS.indexOf(norm);
    if (weekday >= 0 && (tokens[i - 1]?.norm === 'since' || tokens[i - 1]?.norm === 'on' || tokens[i - 1]?.norm === 'last')) {
      found.push({ days: daysSinceWeekday(weekday, referenceDate), from: i - 1, to: i + 1 });
    }
  }
  return found;
}

const AGE_NOUNS = new Set(['woman', 'man', 'male', 'female', 'lady', 'gentleman', 'boy', 'girl', 'aged', 'age']);
const PREGNANCY = new Set(['pregnant', 'gestation', 'pregnancy', 'gravida']);
const FUTURE_LEADS = new Set(['review', 'rv', 'see', 'seen', 'u', 'fu', 'up', 'return', 'recheck', 'reassess', 'repeat', 'again', 'back', 'appointment', 'appt', 'clinic', 'reviewed']);

/** Sex words that follow an age in a note's opening: "67y M", "68 yrs female". */
const SEX_AFTER_YEARS = new Set(['m', 'f', 'male', 'female', 'man', 'woman', 'gentleman', 'lady', 'boy', 'girl']);

/** Whether the words from `j` make the number before them an age: "old", "-old", "y/o" or "y.o." after years, "young", a sex after years. */
function statesAge(tokens: readonly Token[], j: number, years = true): boolean {
  const next = tokens[j]?.norm;
  if (next === 'old' || (next === '-' && tokens[j + 1]?.norm === 'old')) return true;
  // "30 weeks pregnant": a stage of pregnancy.
  if (next === 'pregnant' || next === 'gestation' || next === 'pregnancy') return true;
  if (!years || next === undefined) return false;
  return ((next === '/' || next === '.') && tokens[j + 1]?.norm === 'o') || next === 'young' || SEX_AFTER_YEARS.has(next);
}

const isAndAHalf = (tokens: readonly Token[], j: number): boolean =>
  tokens[j]?.norm === 'and' && (tokens[j + 1]?.norm === 'a' || tokens[j + 1]?.norm === 'one') && tokens[j + 2]?.norm === 'half';

function daysSinceWeekday(weekday: number, referenceDate: Date | undefined): number {
  if (!referenceDate) return 7;
  const back = (referenceDate.getUTCDay() - weekday + 7) % 7;
  return back === 0 ? 7 : back;
}
