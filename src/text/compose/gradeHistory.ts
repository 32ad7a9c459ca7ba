/**
 * A movement graded in more than one place in a note, over its sentences:
 * "Seen 2/52 ago: L quads 4+/5, L hip flexion 5/5. Today quads 4-/5 and hip
 * flexion 4/5." or "0800: L ankle DF 4/5, R 5/5. 1400: L DF 3/5 and now R DF
 * 4/5." A note writes its examinations in the order they were done, so a
 * grade lower than the one written before it for the same movement of the
 * same leg is weakness getting worse, the red flag no sentence shows alone;
 * one higher is weakness getting better. A grade that a sentence already
 * dated ("3/5, was 4/5") keeps the trend its sentence gave it.
 */
import { readNumbers } from '../numbers.js';
import type { Token } from '../tokenize.js';
import type { Draft } from './draft.js';

/**
 * Sets the trend of each current graded movement from the grade written before it for the same movement and leg.
 * The drafts are the note's findings of now and of before ("Seen 2/52 ago: EHL 4/5"), in the order written; a
 * normal grade ("5/5") counts as 5.
 */
export function trendsFromEarlierGrades(drafts: readonly Draft[], tokens: readonly Token[]): void {
  const graded: { draft: Draft; grade: number }[] = [];
  for (const draft of drafts) {
    if (draft.finding !== 'weakness' || !draft.movement || draft.status === 'unknown' || draft.context === 'family' || draft.context === 'hypothetical') continue;
    const written = writtenGrade(draft, tokens);
    // An inability told now is compared with the grades before it, never made one that later grades are compared with.
    const grade = written ?? utterInabilityNow(draft, tokens);
    if (grade === undefined) continue;
    // The last grade written before this one, for the same movement of the same leg (a leg not named is any leg).
    let earlier: { draft: Draft; grade: number } | undefined;
    for (let i = graded.length - 1; i >= 0 && !earlier; i--) {
      const other = graded[i]!;
      if (other.draft.movement === draft.movement && sameLeg(other.draft, draft)) earlier = other;
    }
    if (written !== undefined) graded.push({ draft, grade });
    if (!earlier || draft.context !== 'current' || draft.trend || draft.status !== 'present' || earlier.draft.to > draft.from) continue;
    // A grade known only whole ("EHL 4") is compared whole: "4-/5" then "4" is no change.
    const whole = !Number.isInteger(grade) && !Number.isInteger(earlier.grade) ? undefined : Math.round;
    const [now, before] = whole ? [whole(grade), whole(earlier.grade)] : [grade, earlier.grade];
    if (now < before) draft.trend = 'worsening';
    else if (now > before) draft.trend = 'improving';
    // "L EHL 4/5 … 14:00: L DF now 3/5, EHL 3/5": the movement followed is on the leg it was first graded on.
    if (draft.trend) draft.side ??= earlier.draft.side;
  }
}

const sameLeg = (a: Draft, b: Draft): boolean => a.side === b.side || a.side === undefined || b.side === undefined;

/** A verb, or the words of a change, between a movement and its grade. */
const GRADE_VERBS = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'dropped', 'fallen', 'fell', 'gone', 'down', 'to', 'now']);

/** How far after a movement's words its grade may be written: "L hip flexion 5/5", "EHL R 4+/5". */
const GRADE_REACH = 3;

/**
 * The MRC grade a draft's words give, with its plus or minus ("4+/5" above "4-/5"): the last grade written as a
 * fraction of 5 in its span, or failing one the first just after it. A normal result counts only when written as a
 * grade ("5/5"), not in words ("normal").
 */
function writtenGrade(draft: Draft, tokens: readonly Token[]): number | undefined {
  let found: number | undefined;
  // "quads were 4+/5", "quads had dropped to 4/5": a verb, or the words of a change, between the movement and its grade.
  let end = draft.to;
  while (end < tokens.length && GRADE_VERBS.has(tokens[end]!.norm)) end++;
  for (const reading of readNumbers(tokens, draft.from, Math.min(tokens.length, end + GRADE_REACH))) {
    if (reading.kind !== 'mrc' || tokens[reading.to - 2]?.norm !== '/') continue;
    if (reading.from >= draft.to && (found !== undefined || commaBetween(tokens, draft.to, reading.from))) break;
    found = reading.fine ?? reading.value;
  }
  if (found === undefined) return draft.status === 'present' ? draft.grade : undefined;
  // The grade read must be the draft's own: a present weakness is below 5, a normal power is 5.
  if (draft.status === 'present' ? found >= 5 || (draft.grade !== undefined && Math.abs(found - draft.grade) > 0.5) : found < 5) return draft.status === 'present' ? draft.grade : undefined;
  return found;
}

/** How far after a movement's words "at all" may stand, and before them its "now": "Now I can't go up on my left toes at all". */
const AT_ALL_REACH = 5;
const NOW_REACH = 4;
const NOW_WORDS = new Set(['now', 'today', 'tonight', 'currently']);

/**
 * "Now I can't go up on my left toes at all": a movement that cannot be done at all, said of now, is compared as no
 * power (0), so that a grade written before it ("my left calf was 4/5") shows the change.
 */
function utterInabilityNow(draft: Draft, tokens: readonly Token[]): number | undefined {
  if (draft.status !== 'present' || draft.grade !== undefined) return undefined;
  let now = false;
  for (let i = Math.max(0, draft.from - NOW_REACH); i < draft.from; i++) now ||= NOW_WORDS.has(tokens[i]!.norm);
  if (!now) return undefined;
  for (let i = draft.to; i < tokens.length && i < draft.to + AT_ALL_REACH; i++) if (tokens[i]!.norm === 'at' && tokens[i + 1]?.norm === 'all') return 0;
  return undefined;
}

function commaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.norm === ',') return true;
  return false;
}
