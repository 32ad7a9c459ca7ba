/**
 * A movement graded twice over time: "DF 4/5 yesterday, 2/5 today", "EHL
 * was 4/5, now 2/5", "EHL 4/5 → 2/5", "DF power has gone from 4/5 to 2/5".
 * The last grade is the movement's now, and the change between the first and
 * the last is its trend: a grade that fell is weakness getting worse, the red
 * flag no single grade shows.
 */
import type { Side, Trend } from '../../knowledge/vocabulary.js';
import type { Reading } from '../numbers.js';
import { conceptOf, hasConcept, type SentenceView, type Unit } from '../view.js';
import { isDigits } from '../shapes.js';

export interface GradeSeries {
  /** The grade now: the last of the series. */
  readonly grade: number;
  readonly trend: Trend;
  /** Token after the last grade. */
  readonly to: number;
  /** The side the series was said of, when one was named. */
  readonly side?: Side;
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
/** Words that put two grades in time order ("yesterday", "now", "→", "from … to"). */
const TIME_WORDS = new Set([
  'yesterday', 'today', 'now', 'then', 'last', 'week', 'weeks', 'ago', 'admission', 'previously', 'was', 'day', 'initially', 'earlier', 'before', 'morning',
  'tonight', 'night', 'from', 'to', '->', '→', '>', 'hours', 'days', 'since', 'on', 'at', 'this', 'presentation', 'baseline', 'review', 'currently',
  'previous', 'prior', 'originally', 'prev', 'visit', 'first', 'month', 'months', 'year', 'fortnight', 'appointment', 'assessment', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'ago', 'here', 'clinic',
  // "2/5 today vs 4/5 at IA", "5/5 pre-op", "4/5 (Mar) -> 3/5 today", "4+/5 in January".
  // "DF 4/5 @08:00, 3/5 @12:00": a clock time dates each grade.
  '@', 'vs', 'versus', 'cf', 'serial', 'successive', 'visits', 'c/f', 'compared', 'ia', 'pre', 'preop', 'op', 'session', 'wk', 'wks', 'mo', 'mth', 'mths', 'yr', 'hr', 'hrs', 'h', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', ...MONTHS,
]);
/** Words that mark the grade beside them as the earlier one: "was 4/5", "4/5 yesterday", "previously 4/5", "(4/5 on admission)". */
const EARLIER_BEFORE = new Set(['was', 'previously', 'initially', 'originally', 'from', 'prior', 'previous', 'before', 'earlier', 'prev', 'ia', 'preop']);
const EARLIER_AFTER = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'wk', 'week', 'yesterday', 'previously', 'before', 'earlier', 'ago', 'initially', 'admission', 'baseline', 'last', 'prior', 'when', 'at', 'in', 'on', 'pre', 'preop', 'ia']);
/** Words that mark the grade beside them as the grade now: "now 2/5", "2/5 today", "to 2/5". */
const NOW_BEFORE = new Set(['now', 'currently', 'today', 'to', '->', '→', '>']);
const NOW_AFTER = new Set(['today', 'now', 'currently', 'tonight', 'this']);
/** Words that may also stand between the grades of a series. */
const SERIES_GAP = new Set([
  ',', ';', 'and', 'but', 'is', 'it', "it's", 'has', 'have', 'had', 'over', 'within', 'the', '-', '(', ')', 'of', 'a', 'in', '/', ':', 'b', 'were', 'are',
  // Verbs of change: "has gone from 4/5 to 2/5", "dropped from 4 to 2".
  'gone', 'went', 'dropped', 'fallen', 'fell', 'falling', 'dropping', 'deteriorated', 'declined', 'decreased', 'reduced', 'worsened', 'improved', 'increased', 'recovered',
  // Who saw the grade, and where: "4/5 when I saw him on Monday", "4/5 at the GP's last week, 2/5 here today".
  'when', 'i', 'we', 'saw', 'seen', 'him', 'her', 'them', 'gp', "gp's", 'there', 'ward', 'ed', 'by', 'leg', 'legs', 'over', 'visits', 'four', 'three', 'two', 'he', 'she',
  'said', 'says', 'say', 'write', 'writes', 'wrote', 'it', 'today', 'mrc', 'minus', 'plus',
  // How the grade was got: "R ankle DF tested again today: 3/5 now, was 4/5 last wk".
  'tested', 'retested', 're-tested', 'measured', 'graded', 'checked', 'again', 'power', 'strength',
  // A grade from another record: "3/5 (GP letter this am says 4/5 at 0900)".
  'letter', 'note', 'notes', 'records', 'referral', 'am', 'pm', 'documented', 'recorded',
  // "hip flexion was 3/5 on both sides, compared with 4/5 documented in your letter of August".
  'with', 'sides', 'side', 'your', 'his', 'my',
  // Where a grade was taken: "R EHL 4/5 at UCC 08:00, 2/5 at 16:00 here", "was 4/5 at physio assessment 3 weeks ago, now 2/5".
  'ucc', 'utc', 'opd', 'triage', 'physio', 'physiotherapy', 'mau', 'amu', 'cdu', 'surgery', 'a&e', 'ae', 'er',
  // "strength of big toe of my left foot, first time 4, second time 3, today only 2".
  'foot', 'feet', 'toe', 'time', 'second', 'third', 'fourth', 'only',
]);
/** Words of a fall that lead a grade's fall, not a patient's: "fell 4 -> 3", "falling from 5 to 4". */
const GRADE_FALLS = new Set(['fell', 'falling', 'fallen', 'fall']);

/** Words between a grade and the movement it grades: "2/5 at hip flexors". */
const GRADE_LINKS = new Set(['at', 'for', 'of', 'in']);
/** How many words may separate two grades of one series. */
const SERIES_GAP_REACH = 10;
const PART_ENDS = new Set([',', ';', '(', ')', 'vs', 'versus', 'cf']);
/** How far a word that dates a grade may stand from it. */
const DATING_REACH = 3;

/** The grades after `unit` that form a time series, when there are two or more. */
export function gradeSeries(view: SentenceView, unit: Unit): GradeSeries | undefined {
  // "0/5 DF (was 2/5)": a grade written just before the movement is its first.
  const before = view.readingTo(unit.from) ?? (GRADE_LINKS.has(view.norm(unit.from - 1)) ? view.readingTo(unit.from - 1) : undefined);
  const grades: Reading[] = before?.kind === 'mrc' ? [before] : [];
  let timed = false;
  let gap = 0;
  // "R ankle dorsiflexion now 2/5 (3/5 at 02:00), L 5/5": the side named before the movement is the series' own.
  const sideBefore = view.sideAt(unit.from - 1) ?? view.sideAt(unit.from - 2);
  let namedSide: Side | undefined = sideBefore;
  // "Power: R leg 4/5 (was 5/5 at 22:00), L leg 5/5": a side named before the first grade is the series' own too.
  let sideLeads = sideBefore !== undefined;
  for (let i = unit.to; i < view.to; i++) {
    const reading = view.readingFrom(i);
    if (reading) {
      if (reading.kind !== 'mrc') break;
      grades.push(reading);
      gap = 0;
      i = reading.to - 1;
      continue;
    }
    const norm = view.norm(i);
    // Another side or another finding: the grades after it are not this movement's over time ("EHL R 5/5 L 3/5").
    // A word for weakness, power or a change itself is no other finding ("ankle dorsiflexion weakness, 4/5 last week, now 3/5").
    const other = view.unitAtToken(i);
    const finding = conceptOf(other, 'finding');
    // One side may be named along the way ("DF 2/5 L, previously 4/5"); a second is another side's grade.
    const side = view.sideAt(i);
    if (side) {
      // "5/5 on the right and 4/5 on the left": grades side by side, no series; after a series of the side named
      // before the movement, the other side's grade ends it.
      if (namedSide && namedSide !== side) {
        if (sideLeads && grades.length >= 2) break;
        return undefined;
      }
      if (grades.length === 0) sideLeads = true;
      namedSide = side;
      continue;
    }
    // "knee extension fell 4 -> 3": a verb of falling the lexicon reads as a fall is the grade's.
    if (finding && !(finding.group === 'motor' && finding.targets.every((t) => t.movement === undefined)) && !GRADE_FALLS.has(view.phrase(other!))) break;
    if (other && (finding || hasConcept(other, 'trend') || hasConcept(other, 'history'))) {
      timed ||= hasConcept(other, 'trend') || hasConcept(other, 'history');
      i = other.to - 1;
      continue;
    }
    // "12/2 MRC 4, 19/2 MRC 3": a day and month date each grade.
    if (TIME_WORDS.has(norm) || (norm === '/' && isDigits(view.norm(i - 1), 1, 2) && isDigits(view.norm(i + 1), 1, 2))) timed = true;
    else if (!SERIES_GAP.has(norm) && !/^\d+(?:st|nd|rd|th)?$/.test(norm)) break;
    if (grades.length > 0 && ++gap > SERIES_GAP_REACH) break;
  }
  // "L quads 3/5 (4/5 when seen by the ESP on 2nd May)": a grade dated by its own words times the series; so do a
  // table's columns, dated in its header ("Ankle DF  4  3  2").
  timed ||= grades.every((g) => g.inRow);
  if (grades.length < 2 || !(timed || grades.some((g) => when(view, g) !== 0))) return undefined;
  // The grades in time order: one dated as earlier comes first, one dated as now last, whatever the order written
  // ("DF 3/5, was 4/5 on admission", "EHL 2/5 (4/5 yesterday)").
  const dated = grades.map((reading, written) => ({ reading, when: when(view, reading), written }));
  dated.sort((a, b) => a.when - b.when || a.written - b.written);
  const first = dated[0]!.reading;
  const last = dated[dated.length - 1]!.reading;
  const [was, now] = [first.fine ?? first.value, last.fine ?? last.value];
  const trend: Trend = now < was ? 'worsening' : now > was ? 'improving' : 'stable';
  const to = Math.max(...grades.map((g) => g.to));
  return namedSide ? { grade: last.value, trend, to, side: namedSide } : { grade: last.value, trend, to };
}

/**
 * "DF 4+/5 last wk (3/5 in March)", "EHL R 4/5 (pre-op 2/5)", "knee ext 4+/5 (yesterday 3/5)": a grade in brackets
 * after another grade is the one it is set against, the earlier, unless its bracket dates it as now.
 */
function bracketedAfterGrade(view: SentenceView, reading: Reading): boolean {
  let open = reading.from - 1;
  while (open >= view.from && open >= reading.from - DATING_REACH && view.norm(open) !== '(') {
    if (NOW_BEFORE.has(view.norm(open)) || view.readingTo(open + 1)) return false;
    open--;
  }
  if (view.norm(open) !== '(') return false;
  for (let i = reading.to; i < view.to && i < reading.to + DATING_REACH && view.norm(i) !== ')'; i++) if (NOW_AFTER.has(view.norm(i))) return false;
  for (let i = open; i > view.from && i >= open - DATING_REACH; i--) if (view.readingTo(i)?.kind === 'mrc') return true;
  return false;
}

/** Words that set the grade after them against the one before: "3/5, compared with 4/5 in August". */
const COMPARED = new Set(['compared', 'cf', 'c/f', 'vs', 'versus']);

/**
 * -1 for a grade dated as earlier, 1 for one dated as now, 0 when its words do not say; -2 for the grade compared
 * against, which is earlier than any other, however that one is dated ("was 3/5, compared with 4/5 in August").
 */
function when(view: SentenceView, reading: Reading): number {
  for (let i = reading.from - 1; i >= view.from && i >= reading.from - DATING_REACH; i--) if (COMPARED.has(view.norm(i))) return -2;
  if (bracketedAfterGrade(view, reading)) return -2;
  // The words that date a grade stand in its own part of the sentence, not past a comma ("DF 2/5 L, previously 4/5").
  for (let i = reading.from - 1; i >= view.from && i >= reading.from - DATING_REACH && !PART_ENDS.has(view.norm(i)); i--) {
    if (EARLIER_BEFORE.has(view.norm(i))) return -1;
    if (NOW_BEFORE.has(view.norm(i))) return 1;
    if (view.readingTo(i + 1)) break;
  }
  for (let i = reading.to; i < view.to && i < reading.to + DATING_REACH && !PART_ENDS.has(view.norm(i)); i++) {
    // "3/5 previously 4": a dating word just before another grade is that grade's.
    if (EARLIER_BEFORE.has(view.norm(i)) && view.readingFrom(i + 1)) break;
    if (EARLIER_AFTER.has(view.norm(i))) return -1;
    if (NOW_AFTER.has(view.norm(i))) return 1;
    if (view.readingFrom(i)) break;
  }
  return 0;
}
