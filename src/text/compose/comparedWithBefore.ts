/**
 * Weakness compared with an earlier time is weakness getting worse: "my right
 * calf is weaker than it was two weeks ago", "weaker than on mon", "each day
 * his legs have been weaker". Compared with the other leg it is not: "the
 * left is weaker than the right" says where, not when.
 */
import type { SentenceView } from '../view.js';
import type { Draft } from './draft.js';

/** Words that compare a state with another. */
const COMPARATIVES = new Set(['weaker', 'worse', 'floppier', 'heavier']);

/** What may stand between "than" and the time it names: "than (it was) on Monday". */
const THAN_GAP = new Set(['it', 'they', 'he', 'she', 'was', 'were', 'had', 'been', 'on', 'at', 'in', 'the', 'my', 'his', 'her', 'their', 'a', 'an', 'from']);

/** Times and events that date the earlier state. */
const EARLIER_TIMES = new Set([
  'before', 'previously', 'prior', 'last', 'yesterday', 'yday', 'yest', 'ago', 'when', 'earlier', 'then', 'this', 'first', 'start', 'beginning',
  'visit', 'review', 'appointment', 'admission', 'adjustment', 'session', 'assessment', 'clinic', 'consultation',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
]);

/** A change told as a steady series, which a comparative in the clause makes a worsening: "each day … weaker". */
const SERIES: readonly (readonly string[])[] = [['each', 'day'], ['every', 'day'], ['each', 'week'], ['every', 'week'], ['day', 'by', 'day'], ['by', 'the', 'day']];

/** Whether the comparative at token i is said against an earlier time ("than it was two weeks ago"), not another leg. */
function againstEarlierTime(view: SentenceView, i: number): boolean {
  if (view.norm(i + 1) !== 'than') return false;
  let at = i + 2;
  while (at < view.to && THAN_GAP.has(view.norm(at))) at++;
  if (view.sideAt(at) || view.norm(at) === 'other' || view.norm(at) === 'opposite' || view.norm(at) === 'good') return false;
  for (let k = at; k < view.to && k < at + 4; k++) if (EARLIER_TIMES.has(view.norm(k))) return true;
  return false;
}

function toldAsSeries(view: SentenceView, clause: number): boolean {
  for (let i = view.from; i < view.to; i++) {
    if (view.clause(i) !== clause) continue;
    if (SERIES.some((words) => words.every((word, k) => view.norm(i + k) === word))) return true;
  }
  return false;
}

/** Marks as worsening the present weakness and foot drop of a clause that compares them with an earlier time. */
export function comparedWithBefore(view: SentenceView, drafts: readonly Draft[]): void {
  for (let i = view.from; i < view.to; i++) {
    if (!COMPARATIVES.has(view.norm(i))) continue;
    const clause = view.clause(i);
    if (!againstEarlierTime(view, i) && !toldAsSeries(view, clause)) continue;
    for (const d of drafts)
      if ((d.finding === 'weakness' || d.finding === 'foot_drop') && d.status === 'present' && view.clause(d.from) === clause) d.trend ??= 'worsening';
  }
}
