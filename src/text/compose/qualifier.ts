/**
 * Which way a neutral term went ("ankle jerks absent", "DF 4/5", "SLR +ve",
 * "0/0 Achilles"): the adjacent word or grade before it, else the first
 * qualifier or number after it, else a weakness word in the same clause for a
 * movement.
 */
import type { Reading } from '../numbers.js';
import { conceptOf, hasConcept, hasDirected, type SentenceView, type Unit } from '../view.js';
import type { Finding } from './draft.js';
import { FILLER } from './words.js';
import { isDigits } from '../shapes.js';

export const QUALIFIER_BACK_REACH = 6;

export const QUALIFIER_FORWARD_REACH = 9;

/** Angles beyond this, with no word for the result, read as a negative straight leg raise. */
export const SLR_NORMAL_ANGLE = 70;

export interface Polarity {
  readonly meaning: 'abnormal' | 'normal';
  readonly grade?: number;
  /** The unit that gave the meaning, so that a negation word used as qualifier is not applied twice. */
  readonly unit?: Unit;
}

/** Which way a neutral term went: the adjacent word or grade before it, else the first qualifier or number after it. */
export function qualifierOf(view: SentenceView, unit: Unit, term: Finding): Polarity | undefined {
  const clause = view.clause(unit.from);
  let linked = false;
  // A result before an earlier item of the list ("no trouble with my bladder, bowels"): the item's own result after it comes first.
  let acrossList: Polarity | undefined;
  let crossedList = false;
  for (let i = unit.from - 1, seen = 0; i >= view.from && seen < QUALIFIER_BACK_REACH && view.clause(i) === clause; i--, seen++) {
    // "My legs aren't weak and my bladder is normal": "and my" starts another statement, whose result follows it.
    if (view.opensOwnStatement(i)) break;
    // "Possible UMN signs - plantars equivocal": a spaced dash starts another item.
    if (view.norm(i) === '-' && view.segment(i) !== view.segment(i - 1)) break;
    // "4/5 in the right EHL": a grade just before the term, but not one across "and" ("knee jerks 2+ and ankle jerks 1+").
    const numberBefore = linked ? undefined : view.readingTo(i + 1);
    // "HF 5  KE 5  DF 4": in a chart's row, a bare grade right after another movement is that movement's.
    if (numberBefore && numberBefore.to - numberBefore.from === 1 && conceptOf(view.unitAtToken(numberBefore.from - 1), 'finding')?.group === 'motor') break;
    if (numberBefore) {
      const polarity = polarityOfReading(numberBefore, term);
      if (polarity === 'stop' || numberBefore.kind === 'angle') break;
      if (polarity) return polarity;
      i = numberBefore.from;
      continue;
    }
    const other = fillerUnit(view, i) ? undefined : view.unitAtToken(i);
    if (other && other !== unit) {
      const verdict = judge(view, other, term, i);
      if (verdict === 'stop') break;
      if (verdict && crossedList) {
        acrossList = verdict;
        break;
      }
      if (verdict) return verdict.grade === undefined ? graded(view, unit, term, verdict, clause) : verdict;
      // An earlier item of the same list does not use up the reach: "no trouble with my bladder, bowels or sex life".
      if (listItem(other, term)) seen -= other.to - other.from;
      i = other.from;
      continue;
    }
    // "bladder, bowels": a comma after an item of the same family joins a list.
    const listComma = view.norm(i) === ',' && listItem(view.unitAtToken(i - 1), term);
    if (!FILLER.has(view.norm(i)) && !view.sideAt(i) && !listComma && !GRADE_BACK_LINKS.has(view.norm(i))) break;
    if (ITEM_JOINS.has(view.norm(i)) || listComma) {
      linked = true;
      crossedList ||= listComma;
      seen--;
    }
  }
  let reading: Reading | undefined;
  let crossedComma = false;
  // "Bowels: 1 episode of incontinence": a sphincter's label carries the search into the field after its colon
  // (not "Power:", whose field lists the movements, each with its own grade).
  let forwardClause = clause;
  const labelled = view.norm(unit.to) === ':' && term.group === 'sphincter';
  for (let i = unit.to, seen = 0; i < view.to && seen < QUALIFIER_FORWARD_REACH; i++, seen++) {
    if (labelled && i === unit.to) forwardClause = view.clause(i + 1);
    if (view.clause(i) !== forwardClause && view.norm(i - 1) !== ':' && view.norm(i) !== ':') break;
    const numberHere = view.readingFrom(i);
    // "Reflexes: 2/2 BUE, absent in BLE": a grade given for the arms is not the legs' result; "650ml pre-void" is no residual.
    if (numberHere && (gradesElsewhere(view, numberHere) || beforeVoiding(view, numberHere))) {
      i = numberHere.to - 1;
      continue;
    }
    if (numberHere) {
      const polarity = polarityOfReading(numberHere, term);
      if (polarity === 'stop') break;
      if (polarity) {
        reading ??= numberHere;
        if (numberHere.kind !== 'angle') return polarity;
      }
      i = numberHere.to - 1;
      continue;
    }
    const other = fillerUnit(view, i) ? undefined : view.unitAtToken(i);
    // "PR: perianal sensation reduced, anal tone normal": a label's field names its own items, each with its result;
    // so, past a comma, does a test of another kind ("power 5/5 incl EHL, L ankle jerk reduced").
    const otherTerm = other && other !== unit ? conceptOf(other, 'finding') : undefined;
    if (otherTerm?.mode === 'neutral' && (labelled || (crossedComma && otherTerm.group !== term.group))) break;
    // "hip flexion has slipped a grade (3/5 now)", "quads had dropped to 4/5": a change said before the result leads to it.
    if (other && other !== unit && term.targets.some((t) => t.movement) && ((hasConcept(other, 'trend') && !hasConcept(other, 'finding')) || FALL_VERBS.has(view.phrase(other)))) {
      i = other.to - 1;
      continue;
    }
    // "SLR 40° L, crossed SLR neg", "SLR R 60 deg, L neg": after an angle, a comma or another test starts another result.
    if (reading && (view.norm(i) === ',' || (other && other !== unit && hasConcept(other, 'finding')))) break;
    if (other && other !== unit) {
      const verdict = judge(view, other, term, i);
      if (verdict === 'stop' || (verdict && view.opensOwnedFinding(other))) break;
      // "..., with bilateral plantar flexion, absent jaw jerk": past a comma, a word that qualifies the noun after it is that noun's.
      // So, after a label's colon, is one that qualifies an item of the field: "PR: reduced perianal sensation".
      if (verdict && crossedComma && qualifiesNext(view, other)) break;
      if (verdict && labelled && qualifiesItem(view, other)) break;
      // So, anywhere, does one right before another test named: "PR shows absent perianal sensation; anal tone preserved".
      // (Not one right after the term: "knee jerk reduced ankle jerk absent" reads the reduction as the knee's.)
      if (verdict && other.from > unit.to && qualifiesItem(view, other) && conceptOf(view.unitAtToken(other.to), 'finding')?.mode === 'neutral') break;
      if (verdict) return { ...verdict, ...(reading && { grade: reading.value }) };
      i = other.to - 1;
      continue;
    }
    if (view.norm(i) === ',') crossedComma = true;
    // "Bowels: 1 episode of incontinence": a count of the events that are the result.
    if (EPISODE_WORDS.has(view.norm(i)) || (isDigits(view.norm(i)) && EPISODE_WORDS.has(view.norm(i + 1)))) continue;
    if (!FILLER.has(view.norm(i)) && !view.sideAt(i) && view.norm(i) !== ':' && view.norm(i) !== ',') break;
  }
  if (reading) {
    const polarity = polarityOfReading(reading, term);
    if (!polarity || polarity === 'stop') return undefined;
    // "SLR 70 deg B without leg pain", "SLR L 70 with tight hamstrings only": a raise that brings on no leg pain is negative.
    return reading.kind === 'angle' && polarity.meaning === 'abnormal' && noRadicularPainAfter(view, reading.to) ? { ...polarity, meaning: 'normal' } : polarity;
  }
  // Only an item that stands bare in the list takes it: not "bowels loose".
  if (acrossList && LIST_ENDS.has(view.norm(unit.to))) return acrossList;
  // "feels weak when I try to straighten my knee": a weakness word in the same clause names the movement's result;
  // not for a movement denied of its own ("getting weaker daily and today couldn't go up on her toes").
  const ownDenial = view.unitAtToken(unit.from - 1);
  if (term.targets.some((t) => t.movement) && !(ownDenial && ownDenial.to === unit.from && hasDirected(ownDenial, 'negation', 'pre'))) {
    const weak = view.units.find(
      (u) =>
        u !== unit &&
        view.clause(u.from) === clause &&
        Math.abs(u.from - unit.from) <= MOVEMENT_WEAKNESS_REACH &&
        conceptOf(u, 'finding')?.group === 'motor' &&
        conceptOf(u, 'finding')?.mode === 'assert' &&
        !view.opensOwnedFinding(u),
    );
    if (weak) return { meaning: 'abnormal', unit: weak };
  }
  return undefined;
}

export const MOVEMENT_WEAKNESS_REACH = 9;

/** Verbs of a grade's fall that the lexicon reads as something else ("dropped" a weight): "quads had dropped to 4/5". */
const FALL_VERBS = new Set(['dropped', 'fallen', 'fell', 'falling', 'dropping', 'dropped to', 'fallen to', 'fell to']);

/** Words between a grade and the movement after it: "3/5 today for lifting my foot up". */
const GRADE_BACK_LINKS = new Set(['for', 'today']);

/** Whether a grade is followed by a place outside the leg and back ("2/2 BUE", "2+ at the biceps"). */
export function gradesElsewhere(view: SentenceView, reading: Reading): boolean {
  for (let i = reading.to; i < view.to && i < reading.to + 4; i++) {
    const site = conceptOf(view.unitAtToken(i), 'site');
    if (site) return site.site === 'other';
    if (!FILLER.has(view.norm(i)) && !view.sideAt(i)) return false;
  }
  return false;
}

/** "Bladder scan 650ml pre-void": a volume measured before voiding. */
function beforeVoiding(view: SentenceView, reading: Reading): boolean {
  const after = view.unitAtToken(reading.to);
  return reading.kind === 'volume' && after !== undefined && view.phrase(after).startsWith('pre');
}

/** Whether a qualifier stands before a word it qualifies ("absent jaw jerk"), rather than after its term. */
export function qualifiesNext(view: SentenceView, qualifier: Unit): boolean {
  const next = qualifier.to;
  if (next >= view.to) return false;
  const norm = view.norm(next);
  const c = norm.charCodeAt(0);
  const word = (c >= 97 && c <= 122) || hasConcept(view.unitAtToken(next), 'finding');
  return word && !FILLER.has(norm) && !view.sideAt(next) && conceptOf(view.unitAtToken(next), 'site')?.site !== 'leg';
}

/** Whether a qualifier stands right before an item it qualifies, not a label of its own ("reduced perianal sensation", not "normal bowels:"). */
function qualifiesItem(view: SentenceView, qualifier: Unit): boolean {
  const next = view.unitAtToken(qualifier.to);
  return next !== undefined && next.from === qualifier.to && hasConcept(next, 'finding') && view.norm(next.to) !== ':';
}

/** A neutral term of the same family as `term`: an item of the same list ("bladder, bowels or sex life"). */
const listItem = (other: Unit | undefined, term: Finding): boolean => {
  const finding = conceptOf(other, 'finding');
  return finding?.mode === 'neutral' && finding.group === term.group;
};

/** What may follow an item that stands bare in a list: "bladder, bowels or sex life". */
const LIST_ENDS = new Set(['', ',', 'or', 'and', '.', ';', 'nor']);

const EPISODE_WORDS = new Set(['episode', 'episodes', 'bout', 'bouts']);

/** Words that join items of a list: a number before one of them belongs to the item before. */
const ITEM_JOINS = new Set(['and', 'or', '&']);

/**
 * "Weakness of right ankle dorsiflexion 4/5", "4/5 weakness of the left EHL":
 * the word before the term gave the result, and a number next to that word or
 * just after the term, if it agrees, gives its grade.
 */
function graded(view: SentenceView, unit: Unit, term: Finding, verdict: Polarity, clause: number): Polarity {
  const withGrade = (reading: Reading | undefined): Polarity | undefined => {
    if (!reading) return undefined;
    const polarity = polarityOfReading(reading, term);
    const agrees = polarity !== undefined && polarity !== 'stop' && polarity.meaning === verdict.meaning && polarity.grade !== undefined;
    return agrees ? { ...verdict, grade: polarity.grade } : verdict;
  };
  const word = verdict.unit;
  const before = word && withGrade(view.readingTo(word.from));
  if (before) return before;
  for (let i = unit.to, seen = 0; i < view.to && seen < QUALIFIER_FORWARD_REACH && view.clause(i) === clause; i++, seen++) {
    const after = withGrade(view.readingFrom(i));
    if (after) return after;
    if (!FILLER.has(view.norm(i)) && !view.sideAt(i) && view.norm(i) !== ',') break;
  }
  return verdict;
}

/** A one-word unit that is also a filler word ("with", "on"): it only links. */
export function fillerUnit(view: SentenceView, i: number): boolean {
  const unit = view.unitAtToken(i);
  return unit !== undefined && unit.to - unit.from === 1 && FILLER.has(view.norm(i)) && !unit.concepts.some((c) => c.kind === 'qualifier' || c.kind === 'finding' || c.kind === 'negation');
}

const DOWN_ARROWS = new Set(['↓', '⬇', '↓↓', '↓ ↓']);

/** For a sign whose presence is the abnormality, "present" and "absent" say whether the sign is there. */
const PRESENCE: Readonly<Record<string, 'abnormal' | 'normal'>> = { present: 'abnormal', absent: 'normal' };

/** Which way a qualifier says the term went: "absent" is abnormal for a reflex, normal for Babinski's sign. */
export function qualifierMeaning(view: SentenceView, qualifier: Unit, term: Finding): 'abnormal' | 'normal' | undefined {
  const meaning = conceptOf(qualifier, 'qualifier')?.meaning;
  // "Plantars ↓↓": an arrow down beside the plantar response is its direction, flexor, which is normal.
  if (meaning !== undefined && DOWN_ARROWS.has(view.phrase(qualifier)) && term.targets.some((t) => t.finding === 'upper_motor_neuron_signs')) return 'normal';
  if (meaning === undefined || !term.presenceAbnormal || qualifier.to - qualifier.from !== 1) return meaning;
  return PRESENCE[view.norm(qualifier.from)] ?? meaning;
}

/** Words after a raise's angle that say it brought on no leg pain: "without leg pain", "tight hamstrings only", "posterior thigh tightness only". */
const NO_PAIN_WORDS = new Set(['without', 'no', 'nil']);
const HAMSTRING_WORDS = new Set(['hamstring', 'hamstrings', 'tight', 'tightness']);
const ANGLE_TAIL = 8;

/**
 * Whether token i is in what follows a raise's angle that brought on no leg pain: "SLR L 70° with mild posterior
 * thigh tightness only" is the hamstrings' stretch, no pain of the thigh.
 */
export function inPainlessRaiseTail(view: SentenceView, i: number): boolean {
  return view.readings.some((r) => r.kind === 'angle' && r.to <= i && i < r.to + ANGLE_TAIL && raisedBefore(view, r.from) && noRadicularPainAfter(view, r.to));
}

/** How far before its angle a raise may be named: "SLR L 70°", "SLR on the left to 70°". */
const RAISE_REACH = 4;
const RAISES = new Set(['slr_positive', 'crossed_slr_positive']);

/** Whether a leg raise is named just before token `at`: not a lumbar flexion's angle. */
function raisedBefore(view: SentenceView, at: number): boolean {
  return view.units.some((u) => u.to <= at && at - u.to <= RAISE_REACH && (conceptOf(u, 'finding')?.targets.some((t) => RAISES.has(t.finding)) ?? false));
}

function noRadicularPainAfter(view: SentenceView, from: number): boolean {
  for (let i = from; i < view.to && i < from + ANGLE_TAIL; i++) {
    const norm = view.norm(i);
    if (norm === ',' || norm === ';') return false;
    if (HAMSTRING_WORDS.has(norm)) return true;
    if (NO_PAIN_WORDS.has(norm) && (view.norm(i + 1) === 'leg' || view.norm(i + 1) === 'radicular') && view.norm(i + 2) === 'pain') return true;
  }
  return false;
}

/** The last word of a resolution that, said of a reflex, tells it was lost. */
const DISAPPEARANCES = new Set(['gone', 'disappeared', 'vanished', 'lost']);

/** What another unit next to a neutral term says about it: a polarity, nothing (skip it), or stop looking. */
export function judge(view: SentenceView, other: Unit, term: Finding, at: number): Polarity | 'stop' | undefined {
  const meaning = qualifierMeaning(view, other, term);
  if (meaning) return { meaning, unit: other };
  // "my ankle jerk has gone on that side", "the R knee jerk disappeared": a reflex that went is a reflex lost.
  if (term.group === 'reflex' && !term.presenceAbnormal && other.from >= at && DISAPPEARANCES.has(view.norm(other.to - 1))) return { meaning: 'abnormal', unit: other };
  if (hasDirected(other, 'negation', 'post') && other.from >= at) return { meaning: 'normal', unit: other };
  const finding = conceptOf(other, 'finding');
  if (finding) {
    // "bladder or bowel incontinence": an asserting term of the same family lends its meaning.
    if (finding.mode === 'assert' && finding.group === term.group && !finding.fixed) return { meaning: 'abnormal', unit: other };
    if (finding.mode === 'neutral') return undefined;
    return 'stop';
  }
  if (hasConcept(other, 'site') || hasConcept(other, 'side') || hasConcept(other, 'dermatome')) return undefined;
  return 'stop';
}

export function polarityOfReading(reading: Reading, term: Finding): Polarity | 'stop' | undefined {
  const findings = term.targets.map((t) => t.finding);
  switch (reading.kind) {
    case 'mrc':
      if (!findings.includes('weakness')) return 'stop';
      return reading.value < 5 ? { meaning: 'abnormal', grade: reading.value } : { meaning: 'normal', grade: reading.value };
    case 'reflex':
      if (term.group !== 'reflex') return 'stop';
      return reading.value <= 1 ? { meaning: 'abnormal' } : { meaning: 'normal' };
    case 'angle':
      if (!findings.some((f) => f === 'slr_positive' || f === 'crossed_slr_positive')) return undefined;
      return reading.value <= SLR_NORMAL_ANGLE ? { meaning: 'abnormal', grade: reading.value } : { meaning: 'normal', grade: reading.value };
    case 'volume':
      if (!findings.includes('post_void_residual')) return 'stop';
      return { meaning: 'abnormal', grade: reading.value };
    case 'distance':
    case 'temperature':
    case 'weight':
      return undefined;
  }
}
