/**
 * A movement named in one sentence and graded in the next: "Physio measured
 * my R ankle lift again today. 3/5 now, was 4/5 last wk." The first sentence
 * names the movement with no result; the second gives grades, and dates them,
 * with no movement of its own. Together they are the movement's grade now and
 * its trend, the red flag neither sentence shows alone. Rows of grades under
 * it, each with its date or visit ("Power R ankle PF:" then "18/3 (GP) 5/5",
 * "22/3 (ED) 4/5"; "Session 1 (01/03): R PF 5-/5." then "Session 2 (15/03):
 * 4/5.") grade the same movement one after another.
 */
import type { Movement, Side } from '../../knowledge/vocabulary.js';
import type { Reading } from '../numbers.js';
import { conceptOf, hasConcept, type SentenceView, type Unit } from '../view.js';
import { newDraft, type Draft } from './draft.js';
import { gradeSeries } from './gradeSeries.js';
import { isGradeDigit } from '../shapes.js';

export interface UngradedMovement {
  readonly movement: Movement;
  readonly side: Side | undefined;
  /** The movement's own weakness, when its sentence graded it ("hip flexion on the right was 4+/5"). */
  readonly graded?: Draft;
}

/** How far before a movement its side may stand: "my R ankle lift". */
const SIDE_REACH = 3;

/**
 * The one movement a sentence names, with no result or with its own grade, if there is exactly one and no other
 * weakness: the movement that grades in the sentences after it are of.
 */
export function ungradedMovement(view: SentenceView, drafts: readonly Draft[]): UngradedMovement | undefined {
  let found: UngradedMovement | undefined;
  for (const unit of view.units) {
    const movement = conceptOf(unit, 'finding')?.targets.find((t) => t.movement)?.movement;
    if (!movement) continue;
    // "Power R ankle PF (tiptoe):": the same movement named twice is still one.
    if (found && found.movement !== movement) return undefined;
    found ??= { movement, side: sideBefore(view, unit) };
  }
  if (!found) return undefined;
  const weak = drafts.filter((d) => d.finding === 'weakness' || d.finding === 'foot_drop');
  if (weak.length === 0) return found;
  // "Session 1 (01/03): R PF 5-/5": graded here, and followed in the rows after.
  const own = weak.length === 1 && weak[0]!.movement === found.movement && weak[0]!.grade !== undefined ? weak[0] : undefined;
  return own && { movement: found.movement, side: own.side ?? found.side, graded: own };
}

function sideBefore(view: SentenceView, unit: Unit): Side | undefined {
  for (let i = unit.from - 1; i >= view.from && i >= unit.from - SIDE_REACH; i--) {
    const side = view.sideAt(i);
    if (side) return side;
  }
  return undefined;
}

/** How many words may label a row before its grade: "Session 2 (15/03):", "26/3 (today)". */
const ROW_LABEL_REACH = 8;

/**
 * The weakness of the movement the sentence before named, from a sentence that opens on its grades ("3/5 now,
 * was 4/5 last wk."), or on a short label and then a grade ("22/3 (ED) 4/5", "Session 2 (15/03): 4/5, 5 raises"):
 * the last grade in time, and the trend between the first and the last. The label must name no finding.
 */
export function carriedGradeDraft(view: SentenceView, carried: UngradedMovement): Draft | undefined {
  const told = pronounGrade(view);
  if (told) return toldGradeDraft(told, carried);
  let first: Reading | undefined;
  for (let i = view.from; i < view.to && i <= view.from + ROW_LABEL_REACH && !first; i++) {
    const unit = view.unitAtToken(i);
    if (unit && (hasConcept(unit, 'finding') || hasConcept(unit, 'site') || hasConcept(unit, 'pain'))) return undefined;
    const reading = view.readingFrom(i);
    if (reading && reading.kind === 'mrc' && !DATE_LEADS.has(view.norm(i - 1))) first = reading;
  }
  if (!first) return undefined;
  const series = gradeSeries(view, { from: first.from, to: first.from, concepts: [] });
  const grade = series?.grade ?? first.value;
  const to = series?.to ?? first.to;
  return newDraft('weakness', grade < 5 ? 'present' : 'absent', 'current', first.from, to, {
    side: series?.side ?? carried.side,
    movement: carried.movement,
    grade,
    trend: series?.trend,
  });
}

/** Verbs after "it" that lead its grade: "it was 3/5", "it is 3 now", "it's down to 2". */
const GRADE_VERBS = new Set(['was', 'is', "it's", 'has', 'had']);
/** Words that may stand between the verb and the grade. */
const GRADE_LEADS = new Set(['now', 'only', 'down', 'to', 'about', 'gone', 'dropped', 'fallen', 'been', 'just', 'at']);
/** Words after a grade told with "was" that date it before the grade of the sentence before ("it was 4 at the start of the month"). */
const EARLIER_AFTER = new Set(['ago', 'last', 'start', 'beginning', 'before', 'previously', 'first', 'initially', 'earlier']);
const EARLIER_REACH = 6;

interface ToldGrade {
  readonly value: number;
  readonly from: number;
  readonly to: number;
  /** "it was 4 at the start of the month": the grade before, not after, the one the sentence before gave. */
  readonly earlier: boolean;
}

/**
 * A grade told of "it", the movement of the sentence before: "At the follow-up the neurologist said it was 3/5",
 * "Today the other doctor say it is 3 now", "it was 4 at the start of the month". A bare number counts here, where
 * "it" has just been graded.
 */
function pronounGrade(view: SentenceView): ToldGrade | undefined {
  for (let i = view.from; i + 2 < view.to; i++) {
    const norm = view.norm(i);
    if (norm !== 'it' && norm !== "it's") continue;
    let at = norm === "it's" ? i + 1 : i + 1;
    if (norm === 'it') {
      if (!GRADE_VERBS.has(view.norm(at))) continue;
      at++;
    }
    while (at < view.to && GRADE_LEADS.has(view.norm(at))) at++;
    const reading = view.readingFrom(at);
    const value = reading?.kind === 'mrc' ? reading.value : isGradeDigit(view.norm(at)) && view.norm(at + 1) !== '/' ? Number(view.norm(at)) : undefined;
    if (value === undefined) continue;
    const to = reading?.kind === 'mrc' ? reading.to : at + 1;
    let earlier = false;
    if (view.norm(i + 1) === 'was') for (let k = to; k < view.to && k < to + EARLIER_REACH; k++) earlier ||= EARLIER_AFTER.has(view.norm(k));
    return { value, from: at, to, earlier };
  }
  return undefined;
}

/** The weakness a grade told of "it" gives: the movement's grade now, or, dated before, the trend of the grade after it. */
function toldGradeDraft(told: ToldGrade, carried: UngradedMovement): Draft | undefined {
  if (told.earlier) {
    const now = carried.graded;
    if (now?.grade !== undefined && now.status === 'present' && !now.trend && told.value !== now.grade) now.trend = now.grade < told.value ? 'worsening' : 'improving';
    return undefined;
  }
  return newDraft('weakness', told.value < 5 ? 'present' : 'absent', 'current', told.from, told.to, {
    side: carried.side,
    movement: carried.movement,
    grade: told.value,
  });
}

/** Words before a number that make it a date: "on 4/5", "since 3/4". */
const DATE_LEADS = new Set(['on', 'since', 'from', 'until', 'till', 'by', 'dated', 'date']);
