/**
 * Numbers that grade a finding, read from the tokens of a sentence: MRC
 * power ("4/5", "4+/5", "5-/5"), reflex grades ("1+", "0"), angles ("30°",
 * "40 deg"), volumes ("PVR 350 ml", "900mL") and walking distances ("100
 * yards"). Each reading remembers its tokens so that the extractor can tie it
 * to the nearest term. Temperatures ("Temp 38.5", "T 101.2 F") are read in
 * degrees Celsius, after a word that names them.
 */
import type { Token } from './tokenize.js';
import { isDigits, isGradeDigit, startsWithLetter } from './shapes.js';

export type ReadingKind = 'mrc' | 'reflex' | 'angle' | 'volume' | 'distance' | 'temperature' | 'weight';

export interface Reading {
  readonly kind: ReadingKind;
  readonly value: number;
  readonly from: number;
  readonly to: number;
  /** An MRC grade with its plus or minus, for comparing grades over time ("4+/5" above "4-/5"): 4.3 and 3.7. */
  readonly fine?: number;
  /** One of a row's grades written one after another, as a table dated in columns gives them ("Ankle DF  4  3  2"). */
  readonly inRow?: true;
}

const isInteger = (s: string | undefined): boolean => s !== undefined && s.length > 0 && s.length <= 4 && isDigits(s);
const ANGLE_UNITS = new Set(['deg', 'degs', 'degree', 'degrees', '°', 'º', 'dgr']);
const VOLUME_UNITS = new Set(['ml', 'mls', 'cc', 'ccs', "cc's", 'millilitres', 'milliliters', 'millilitre', 'milliliter']);
/** Metres per unit. */
const DISTANCE_UNITS: ReadonlyMap<string, number> = new Map([
  ['m', 1], ['metres', 1], ['meters', 1], ['metre', 1], ['meter', 1], ['yards', 0.9144], ['yard', 0.9144], ['yds', 0.9144], ['yd', 0.9144],
  ['feet', 0.3048], ['ft', 0.3048], ['km', 1000], ['miles', 1609], ['mile', 1609], ['blocks', 80], ['block', 80],
]);
const NUMBER_WITH_UNIT = /^(\d{1,4})(ml|mls|cc|deg|degs|m|yds|yards|ft|km|kg|kgs|lb|lbs|st)$/;
/** A body weight, or a weight lost: "lost 8kg", "2 stone". */
const WEIGHT_UNITS = new Set(['kg', 'kgs', 'kilo', 'kilos', 'kilograms', 'lb', 'lbs', 'pounds', 'stone', 'st']);

const REFLEX_GRADE = /^[0-4]$/;
/** Words that may stand before an age and sex opening a sentence ("Pt 81M"). */
const AGE_OPENERS = new Set(['pt', 'patient', ':', '-', ',', '(']);
/** Measures of the bladder in millilitres, whose bare number is a volume. */
const VOLUME_LEADS = new Set(['pvr', 'residual', 'pvrs', 'residuals', 'scanner', 'still']);
/** Tests graded in degrees, whose bare number is an angle. */
const ANGLE_LEADS = new Set(['slr', 'slrt', 'lasegue', 'lasègue']);
const ANGLE_SIDES = new Set(['l', 'r', 'lt', 'rt', 'left', 'right', 'b', 'bilat', 'bilaterally']);

/** Words after which a sentence's bare numbers 0-5 are MRC grades ("Power: EHL 4"). */
const POWER_WORDS = new Set(['power', 'strength', 'mrc', 'myotomes', 'myotomal']);
/** What may follow a bare grade: the end of its item, a side, "throughout". */
const BARE_GRADE_ENDS = new Set([
  '.', ',', ';', ')', 'and', 'throughout', 'bilaterally', 'bilat', 'l', 'r', 'left', 'right', 'lt', 'rt', 'on', 'in', 'at', '(',
  // A bare grade in a series over time: "MRC 4 -> 3 over the last 2 sessions", "power 4 now 3".
  '→', 'over', 'now', 'today', 'yesterday',
]);

/**
 * Two or more bare grades one after another that end the row, each with its plus or minus: "Knee flex  5  4  4-",
 * "Ankle PF 4 3+ 3". Undefined for anything else.
 */
function gradeColumns(tokens: readonly Token[], from: number, to: number): Reading[] | undefined {
  const grades: Reading[] = [];
  let i = from;
  while (i < to && isGradeDigit(tokens[i]!.norm)) {
    const value = Number(tokens[i]!.norm);
    const sign = tokens[i + 1]?.norm;
    const signed = (sign === '+' || sign === '-') && i + 1 < to;
    grades.push({ kind: 'mrc', value: signed && sign === '-' && value === 5 ? 4 : value, ...(signed && { fine: value + (sign === '+' ? 0.3 : -0.3) }), from: i, to: signed ? i + 2 : i + 1, inRow: true });
    i += signed ? 2 : 1;
  }
  return grades.length >= 2 && i === to ? grades : undefined;
}

/** Words before a bare number that tell it as the next grade: "it was 3", "only a 2", "now 2". */
const GRADE_TELLERS = new Set(['was', 'is', 'now', 'a', 'to']);

/** Grades a row must hold to be read as a chart's row of power. */
const ROW_GRADES = 3;

/** Words before a number that make it no grade of a row: "power is about 5 x 5". */
const NOT_ROW_WORDS = new Set(['about', 'around', 'approximately', 'approx', 'x', 'of', 'and', 'to', 'is', 'was', 'are', 'were', 'by', 'at', 'for', 'only', 'just']);

/** Whether tokens [from, to) are a row of words each followed by a bare grade 0-5: "HF 5  KE 5  DF 4  EHL 4". */
function gradeRow(tokens: readonly Token[], from: number, to: number): boolean {
  // "02:00 DF 3, EHL 3, others unchanged": a row timed by the clock needs only two.
  const timed = isDigits(tokens[from]?.norm ?? '', 1, 2) && tokens[from + 1]?.norm === ':';
  const needed = timed ? 2 : ROW_GRADES;
  let grades = 0;
  for (let i = from + 1; i < to && grades < needed; i++) {
    const word = tokens[i - 1]!.norm;
    const next = tokens[i + 1]?.norm;
    if (isGradeDigit(tokens[i]!.norm) && /^[a-z]+$/.test(word) && !NOT_ROW_WORDS.has(word) && next !== '/' && next !== 'x') grades++;
  }
  return grades >= needed;
}

/** The first power word of tokens [from, to), or `to` when there is none. */
function powerWordBefore(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (POWER_WORDS.has(tokens[i]!.norm)) return i;
  return to;
}

/** Words that name a temperature; "t" only with a decimal after it ("T 38.2", not "T 12"). */
/** Words a temperature follows; "running" and "spiking" only with a decimal ("running 100.8"), not "running 5 miles". */
const TEMPERATURE_WORDS = new Set(['temp', 'temperature', 'tmax', 't', 'temps', 'temperatures', 'running', 'spiking', 'spiked', 'thermometer', "temp's", "temperature's"]);
const TEMPERATURE_LINKS = new Set([':', 'of', 'was', 'is', '=', 'max', 'up', 'to', 'said', 'read', 'showed', 'says', 'been', 'has', 'reached', 'show', 'shows', 'reads', 'yesterday', 'today', 'tonight',
  // Where it was taken: "temp in surgery 38.4", "temp at home 38.2".
  'in', 'at', 'surgery', 'clinic', 'triage', 'home', 'ed']);
const TEMPERATURE_UNITS = new Set(['°', 'º', 'c', 'f', 'degrees', 'deg', '°c', '°f']);

/** "Temp 38.5", "temperature of 37.2 C", "T 101.2 F": a body temperature, in degrees Celsius. */
function temperatureAt(tokens: readonly Token[], i: number, value: number): Reading | undefined {
  const celsius = value >= 34 && value <= 43;
  const fahrenheit = value >= 93 && value <= 110;
  if (!celsius && !fahrenheit) return undefined;
  let before = i - 1;
  while (before >= 0 && before >= i - 3 && TEMPERATURE_LINKS.has(tokens[before]!.norm)) before--;
  const word = tokens[before]?.norm;
  if (word === undefined || !TEMPERATURE_WORDS.has(word)) return undefined;
  let to = i + 1;
  let reading = value;
  // "38.5": the tokens "38", ".", "5" written together.
  const point = tokens[i + 1];
  const tenths = tokens[i + 2];
  // The tenths may carry their unit: "100.9F".
  if (point?.norm === '.' && point.start === tokens[i]!.end && tenths && tenths.start === point.end && /^\d{1,2}[fc]?$/.test(tenths.norm)) {
    reading = Number(`${value}.${tenths.norm.replace(/[fc]$/, '')}`);
    to = i + 3;
  } else if (word === 't' || word === 'running' || word === 'spiking' || word === 'spiked') return undefined;
  while (to < tokens.length && to < i + 5 && TEMPERATURE_UNITS.has(tokens[to]!.norm)) to++;
  const degrees = fahrenheit ? ((reading - 32) * 5) / 9 : reading;
  return { kind: 'temperature', value: Math.round(degrees * 10) / 10, from: i, to };
}

/** "2/2", "0/1", "2+/2+", "3+/3": two reflex grades, left and right. */
function pairedReflex(tokens: readonly Token[], i: number, value: number): Reading | undefined {
  if (value > 4) return undefined;
  let at = i + 1;
  if (tokens[at]?.norm === '+') at++;
  if (tokens[at]?.norm !== '/' || !REFLEX_GRADE.test(tokens[at + 1]?.norm ?? '')) return undefined;
  const other = Number(tokens[at + 1]!.norm);
  const to = tokens[at + 2]?.norm === '+' ? at + 3 : at + 2;
  return { kind: 'reflex', value: Math.min(value, other), from: i, to };
}

/** Verbs of a grade's change before "from": "dropped from 4+ to 3". */
const CHANGE_VERBS = new Set(['dropped', 'fallen', 'fell', 'falling', 'dropping', 'declining', 'going', 'gone', 'went', 'deteriorated', 'declined', 'decreased', 'reduced', 'worsened', 'slipped', 'improved', 'increased', 'recovered', 'risen', 'rose']);

const SIDE_LETTERS = new Set(['l', 'r', 'left', 'right', 'lt', 'rt']);

/** A bare grade at `i`, with its plus or minus. */
function bareGradeAt(tokens: readonly Token[], i: number): Reading | undefined {
  const norm = tokens[i]?.norm ?? '';
  if (!isGradeDigit(norm)) return undefined;
  const value = Number(norm);
  const sign = tokens[i + 1]?.norm;
  if (sign === '+' || sign === '-') return { kind: 'mrc', value: sign === '-' && value === 5 ? 4 : value, fine: value + (sign === '+' ? 0.3 : -0.3), from: i, to: i + 2 };
  return { kind: 'mrc', value, from: i, to: i + 1 };
}

/** "from 4+ to 3": both grades; "from 5 to 4-/5": the first, the second read as it stands; else none. */
function changeGrades(tokens: readonly Token[], i: number, to: number): Reading[] | undefined {
  const first = bareGradeAt(tokens, i);
  if (!first || tokens[first.to]?.norm !== 'to' || first.to + 1 >= to) return undefined;
  const second = bareGradeAt(tokens, first.to + 1);
  if (!second) return undefined;
  if (tokens[second.to]?.norm !== '/') return [first, second];
  // Not a score out of ten ("from 8 to 3/10").
  return tokens[second.to + 1]?.norm === '5' ? [first] : undefined;
}

/** Words before a bare grade that date it as earlier: "(was 4+)". */
const EARLIER_LEADS = new Set(['was', 'previously', 'prev', 'from']);
/** How far after a grade out of 5 an earlier bare grade may stand. */
const EARLIER_GRADE_REACH = 3;

const isBareGrade = (token: Token | undefined): boolean => token !== undefined && isGradeDigit(token.norm);
/** Whether the number at `i` stands in a chain of two arrows or more between grades: "5 -> 4 -> 3", "5 → 4 → 3". */
function inGradeChain(tokens: readonly Token[], i: number): boolean {
  let arrows = 0;
  let j = i;
  // Walk back to the chain's first grade, then count its arrows forwards.
  for (;;) {
    if (tokens[j - 1]?.norm === '→' && isBareGrade(tokens[j - 2])) j -= 2;
    else if (tokens[j - 1]?.norm === '>' && tokens[j - 2]?.norm === '-' && isBareGrade(tokens[j - 3])) j -= 3;
    else break;
  }
  const first = j;
  for (;;) {
    if (tokens[j + 1]?.norm === '→' && isBareGrade(tokens[j + 2])) j += 2;
    else if (tokens[j + 1]?.norm === '-' && tokens[j + 2]?.norm === '>' && isBareGrade(tokens[j + 3])) j += 3;
    else break;
    arrows++;
  }
  // Not a "/5" grade's numerator, nor a score out of ten ("VAS 7 -> 3"). One arrow is enough after a word of a grade's
  // fall or a side: "knee extension fell 4 -> 3 and the R 5 -> 4".
  const before = tokens[first - 1]?.norm ?? '';
  const led = CHANGE_VERBS.has(before) || SIDE_LETTERS.has(before);
  return (arrows >= 2 || (arrows === 1 && led)) && tokens[i + 1]?.norm !== '/';
}

const LITRE_UNITS = new Set(['l', 'litre', 'litres', 'liter', 'liters', 'ltr', 'ltrs']);
const ATTACHED_LITRES = /^(\d{1,2})(l|ltr|litres?|liters?)$/;

/** A volume in litres, as a bladder's is written when large ("1.1 L residual", "PVR 1.2L"): in millilitres. */
function litresAt(tokens: readonly Token[], i: number, to: number): Reading | undefined {
  if (tokens[i]!.norm.length > 1 || tokens[i + 1]?.norm !== '.' || tokens[i + 1]!.start !== tokens[i]!.end || i + 2 >= to) return undefined;
  const fraction = tokens[i + 2]!;
  const attached = ATTACHED_LITRES.exec(fraction.norm);
  const digits = attached ? attached[1]! : isDigits(fraction.norm, 1, 2) && LITRE_UNITS.has(tokens[i + 3]?.norm ?? '') ? fraction.norm : undefined;
  if (digits === undefined) return undefined;
  const value = Math.round(Number(`${tokens[i]!.norm}.${digits}`) * 1000);
  return { kind: 'volume', value, from: i, to: attached ? i + 3 : i + 4 };
}

export function readNumbers(tokens: readonly Token[], from: number, to: number): Reading[] {
  const readings: Reading[] = [];
  let powerAt: number | undefined;
  let row: boolean | undefined;
  for (let i = from; i < to; i++) {
    const norm = tokens[i]!.norm;
    // "KJ ++ bilat, AJ +": a reflex graded in plus signs after its name, two or three of them (one alone is too often "and").
    if (norm === '+' && tokens[i + 1]?.norm === '+' && startsWithLetter(tokens[i - 1]?.norm ?? '')) {
      const plus = tokens[i + 2]?.norm === '+' ? 3 : 2;
      if (!/^[+\/\d]/.test(tokens[i + plus]?.norm ?? '')) readings.push({ kind: 'reflex', value: plus, from: i, to: i + plus });
      i += plus - 1;
      continue;
    }
    const c = norm.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    const attached = NUMBER_WITH_UNIT.exec(norm);
    if (attached) {
      const value = Number(attached[1]);
      const unit = attached[2]!;
      // "81M, known prostate ca": an age and sex opening a sentence, not metres.
      if (unit === 'm' && (i === from || (i === from + 1 && AGE_OPENERS.has(tokens[from]!.norm)))) continue;
      if (WEIGHT_UNITS.has(unit)) readings.push({ kind: 'weight', value, from: i, to: i + 1 });
      else if (VOLUME_UNITS.has(unit)) readings.push({ kind: 'volume', value, from: i, to: i + 1 });
      else if (ANGLE_UNITS.has(unit)) readings.push({ kind: 'angle', value, from: i, to: i + 1 });
      else readings.push({ kind: 'distance', value: value * (DISTANCE_UNITS.get(unit) ?? 1), from: i, to: i + 1 });
      continue;
    }
    if (!isInteger(norm)) continue;
    // A clock time ("at 02:00", "14:20") is no grade.
    if ((tokens[i + 1]?.norm === ':' && isInteger(tokens[i + 2]?.norm)) || (tokens[i - 1]?.norm === ':' && isInteger(tokens[i - 2]?.norm) && norm.length === 2)) continue;
    const value = Number(norm);
    const litres = litresAt(tokens, i, to);
    if (litres) {
      readings.push(litres);
      i = litres.to - 1;
      continue;
    }
    const temperature = temperatureAt(tokens, i, value);
    if (temperature) {
      readings.push(temperature);
      i = temperature.to - 1;
      continue;
    }
    const next = tokens[i + 1]?.norm;
    const afterNext = tokens[i + 2]?.norm;
    // MRC: "4/5", "4+/5", "5-/5". A plus or minus refines a grade without leaving it ("4-/5" is grade 4), except
    // that "5-/5" is short of full power, so weakness of grade 4.
    if (value <= 5 && next === '/' && afterNext === '5') {
      readings.push({ kind: 'mrc', value, from: i, to: i + 3 });
      i += 2;
      continue;
    }
    if (value <= 5 && (next === '+' || next === '-') && afterNext === '/' && tokens[i + 3]?.norm === '5') {
      readings.push({ kind: 'mrc', value: next === '-' && value === 5 ? 4 : value, fine: value + (next === '+' ? 0.3 : -0.3), from: i, to: i + 4 });
      i += 3;
      continue;
    }
    // "3 out of 5"
    if (value <= 5 && next === 'out' && afterNext === 'of' && tokens[i + 3]?.norm === '5') {
      readings.push({ kind: 'mrc', value, from: i, to: i + 4 });
      i += 3;
      continue;
    }
    // "hip flexion has dropped from 4+ to 3": two bare grades of a change, the words of a grade's fall or rise before them.
    const change = value <= 5 && tokens[i - 1]?.norm === 'from' && CHANGE_VERBS.has(tokens[i - 2]?.norm ?? '') ? changeGrades(tokens, i, to) : undefined;
    if (change) {
      readings.push(...change);
      i = change[change.length - 1]!.to - 1;
      continue;
    }
    // "hip flexion now 3/5 (was 4+)": a bare grade dated as earlier, just after a grade out of 5, is the same movement's.
    const earlierGrade = value <= 5 && EARLIER_LEADS.has(tokens[i - 1]?.norm ?? '') && next !== '/' && readings.some((r) => r.kind === 'mrc' && i - r.to <= EARLIER_GRADE_REACH);
    const earlier = earlierGrade ? bareGradeAt(tokens, i) : undefined;
    if (earlier) {
      readings.push(earlier);
      i = earlier.to - 1;
      continue;
    }
    // Reflexes by side, "2/2", "0/1", "2+/2+" (a denominator of 5 is MRC, read above): the weaker side's grade.
    // "4/5 on 2/3": a date, not reflexes side by side.
    // So is "4/5 (1/4)": a date in brackets after a grade.
    const dated = tokens[i - 1]?.norm === 'on' || (tokens[i - 1]?.norm === '(' && tokens[i - 2]?.norm === '5' && tokens[i - 3]?.norm === '/');
    const paired = dated ? undefined : pairedReflex(tokens, i, value);
    if (paired) {
      readings.push(paired);
      i = paired.to - 1;
      continue;
    }
    // Reflex grade "1+", "2+" (not followed by "/5").
    if (value <= 4 && next === '+' && afterNext !== '/') {
      readings.push({ kind: 'reflex', value, from: i, to: i + 2 });
      i += 1;
      continue;
    }
    // "PVR 550": a post-void residual is a volume in millilitres, with or without the unit.
    if (VOLUME_LEADS.has(tokens[i - 1]?.norm ?? '') && value >= 10 && next !== '/' && next !== '%') {
      readings.push({ kind: 'volume', value, from: i, to: next !== undefined && VOLUME_UNITS.has(next) ? i + 2 : i + 1 });
      if (next !== undefined && VOLUME_UNITS.has(next)) i += 1;
      continue;
    }
    // "SLR 40 L": a straight leg raise is graded in degrees, with or without the unit.
    // "SLR L 40": a side may stand between the test and its angle; "SLR R 60, L 30": the other side's angle follows the first.
    const sided = ANGLE_SIDES.has(tokens[i - 1]?.norm ?? '');
    const lead = sided ? tokens[i - 2]?.norm : tokens[i - 1]?.norm;
    const otherSide = sided && lead === ',' && readings[readings.length - 1]?.kind === 'angle' && readings[readings.length - 1]!.to >= i - 3;
    if ((ANGLE_LEADS.has(lead ?? '') || otherSide) && value >= 10 && value <= 90 && !(next !== undefined && (next === '/' || next === '%'))) {
      readings.push({ kind: 'angle', value, from: i, to: next !== undefined && ANGLE_UNITS.has(next) ? i + 2 : i + 1 });
      if (next !== undefined && ANGLE_UNITS.has(next)) i += 1;
      continue;
    }
    if (next !== undefined && ANGLE_UNITS.has(next) && value <= 180) {
      readings.push({ kind: 'angle', value, from: i, to: i + 2 });
      i += 1;
      continue;
    }
    if (next !== undefined && VOLUME_UNITS.has(next)) {
      readings.push({ kind: 'volume', value, from: i, to: i + 2 });
      i += 1;
      continue;
    }
    if (next !== undefined && WEIGHT_UNITS.has(next)) {
      readings.push({ kind: 'weight', value, from: i, to: i + 2 });
      i += 1;
      continue;
    }
    const metres = next !== undefined ? DISTANCE_UNITS.get(next) : undefined;
    if (metres !== undefined) {
      readings.push({ kind: 'distance', value: Math.round(value * metres), from: i, to: i + 2 });
      i += 1;
      continue;
    }
    // "Power: ... EHL 4-, PF 5": a bare grade with a minus, short of that grade ("5-" is short of full power).
    // "4 -> 3": an arrow, not a minus.
    const arrow = next === '-' && afterNext === '>';
    if (value <= 5 && next === '-' && !arrow && BARE_GRADE_ENDS.has(afterNext ?? '.') && (powerAt ??= powerWordBefore(tokens, from, to)) < i) {
      readings.push({ kind: 'mrc', value: value === 5 ? 4 : value, from: i, to: i + 2 });
      i += 1;
      continue;
    }
    // "Ankle DF    4    3    2" under a header of dates: a movement's grades over time, one per column, ending the row.
    const columns = startsWithLetter(tokens[i - 1]?.norm ?? '') ? gradeColumns(tokens, i, to) : undefined;
    if (columns) {
      readings.push(...columns);
      i = columns[columns.length - 1]!.to - 1;
      continue;
    }
    // "12:00  HF 5  KE 5  DF 4  EHL 4  PF 5": a row of a neuro-observation chart, each movement with its bare grade.
    if (value <= 5 && startsWithLetter(tokens[i - 1]?.norm ?? '') && next !== '/' && (row ??= gradeRow(tokens, from, to))) {
      readings.push({ kind: 'mrc', value, from: i, to: i + 1 });
      continue;
    }
    // "lifting my big toe was 4 out of 5, last week it was 3, and today … only a 2": after a grade, a bare number told as
    // the next one is a grade too.
    if (value <= 5 && next !== '/' && next !== '%' && GRADE_TELLERS.has(tokens[i - 1]?.norm ?? '') && readings.some((r) => r.kind === 'mrc')) {
      readings.push({ kind: 'mrc', value, from: i, to: i + 1 });
      continue;
    }
    // "second week she say 4 minus": a bare grade with its sign in words, where the sentence speaks of power or grades.
    if (value <= 5 && (next === 'minus' || next === 'plus') && ((powerAt ??= powerWordBefore(tokens, from, to)) < i || inGradeChain(tokens, i))) {
      readings.push({ kind: 'mrc', value: next === 'minus' && value === 5 ? 4 : value, fine: value + (next === 'plus' ? 0.3 : -0.3), from: i, to: i + 2 });
      i += 1;
      continue;
    }
    // "Power: L ankle DF 4, EHL 3; R 5 throughout": grades without "/5" once the sentence speaks of power.
    // "L quads 5 -> 4 -> 3 at successive visits": grades chained by arrows need no power word.
    if (value <= 5 && inGradeChain(tokens, i)) {
      readings.push({ kind: 'mrc', value, from: i, to: i + 1 });
      continue;
    }
    if (value <= 5 && (BARE_GRADE_ENDS.has(next ?? '.') || arrow) && tokens[i - 1]?.norm !== '/' && (powerAt ??= powerWordBefore(tokens, from, to)) < i) {
      readings.push({ kind: 'mrc', value, from: i, to: i + 1 });
      continue;
    }
    // A bare "0" right after a reflex name reads as absent; the extractor decides whether it follows one.
    if (value === 0) readings.push({ kind: 'reflex', value: 0, from: i, to: i + 1 });
  }
  return readings;
}
