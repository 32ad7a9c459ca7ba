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

/** Time words that may stand between a comparative and its "than": "floppier today than yest". */
const NOW_WORDS = new Set(['today', 'now', 'tonight', 'this', 'morning', 'again']);

/** Whether the comparative at token i is said against an earlier time ("than it was two weeks ago"), not another leg. */
function againstEarlierTime(view: SentenceView, i: number): boolean {
  let than = i + 1;
  while (than < i + 3 && NOW_WORDS.has(view.norm(than))) than++;
  if (view.norm(than) !== 'than') return false;
  let at = than + 1;
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

/** Marks the present weakness and foot drop of a clause as worsening; returns whether there were any. */
function markWeakness(view: SentenceView, drafts: readonly Draft[], clause: number): boolean {
  let marked = false;
  for (const d of drafts) {
    if ((d.finding !== 'weakness' && d.finding !== 'foot_drop') || d.status !== 'present' || view.clause(d.from) !== clause) continue;
    d.trend ??= 'worsening';
    marked = true;
  }
  return marked;
}

/** "weaker", or "more weak" as learners of English say it ("every day is more weak"). */
const isComparative = (view: SentenceView, i: number): boolean =>
  COMPARATIVES.has(view.norm(i)) || (view.norm(i) === 'weak' && view.norm(i - 1) === 'more');

/** Words right after a comparative that make it a steady series: "getting weaker daily". */
const SERIES_AFTER = new Set(['daily', 'hourly']);

/**
 * Marks as worsening the present weakness and foot drop of a clause that compares them with an earlier time.
 * Returns whether the sentence compared with an earlier time and named no finding to mark ("worse than tues def"
 * after "R knee keeps giving way"), for the sentence before to take.
 */
export function comparedWithBefore(view: SentenceView, drafts: readonly Draft[]): boolean {
  let unclaimed = false;
  for (let i = view.from; i < view.to; i++) {
    if (!isComparative(view, i)) continue;
    const clause = view.clause(i);
    const earlier = againstEarlierTime(view, i);
    if (!earlier && !SERIES_AFTER.has(view.norm(i + 1)) && !toldAsSeries(view, clause)) continue;
    let claimed = markWeakness(view, drafts, clause);
    // "R knee keeps givin way / worse than tues def": a comparison on a line of no finding is the line's before it.
    if (!claimed && earlier && !drafts.some((d) => view.clause(d.from) === clause)) claimed = markWeakness(view, drafts, clause - 1);
    unclaimed ||= earlier && !claimed && drafts.length === 0;
  }
  return unclaimed;
}
