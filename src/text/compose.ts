/**
 * Turns the units of one sentence into finding mentions: a term with its
 * qualifier ("ankle jerks absent", "DF 4/5"), a pain word with its sites
 * ("pain down the back of my left leg"), an activity with what it does
 * ("worse on sitting"), a site declared well ("R leg asymptomatic"); each
 * with its status from ./scope.ts, its side, regions, movement and grade.
 */
import { FINDING_BY_ID, type FindingId, type Side, type Trend } from '../knowledge/vocabulary.js';
import type { ConceptOf } from './lexicon/index.js';
import type { SectionKind } from './lexicon/sections.js';
import { comparedWithBefore } from './compose/comparedWithBefore.js';
import { activityDraft, walkingDistanceDraft, wellSideDraft, wellSiteDraft } from './compose/activities.js';
import { newDraft, type Draft } from './compose/draft.js';
import { painDrafts } from './compose/pain.js';
import { measureDrafts } from './compose/measures.js';
import { qualifierOf } from './compose/qualifier.js';
import { termDrafts } from './compose/terms.js';
import { conceptOf, hasConcept, hasDirected, type SentenceView, type Unit } from './view.js';

export type { Draft } from './compose/draft.js';

export interface SentenceFindings {
  readonly drafts: Draft[];
  /** Trend words with no finding of their own in this sentence ("It has got worse since"). */
  readonly orphanTrend?: Trend;
  /** The orphan trend is the pain's ("increasing pain over the past weeks"): it goes to the pains before, not to weakness. */
  readonly orphanOfPain?: true;
}

export function composeSentence(view: SentenceView, section: SectionKind): SentenceFindings {
  const drafts: Draft[] = [];
  const attachedSites = new Set<Unit>();
  const usedWeakness = new Set<Unit>();

  // A "weak" that qualifies another term ("weak push-off", "weak ankle pulses") is that term's result, not a weakness of its own.
  for (const unit of view.units) {
    const term = conceptOf(unit, 'finding');
    if (!term || term.mode !== 'neutral') continue;
    const polarity = qualifierOf(view, unit, term);
    if (polarity?.unit && conceptOf(polarity.unit, 'finding')?.group === 'motor' && (term.targets.some((t) => t.movement) || hasConcept(polarity.unit, 'qualifier')))
      usedWeakness.add(polarity.unit);
  }

  for (const unit of view.units) {
    // A phrase may name several findings, each with its own conditions ("had an accident" with "wee" or with "poo").
    const terms = unit.concepts.filter((c): c is ConceptOf<'finding'> => c.kind === 'finding');
    if (terms.length > 0) {
      if (!usedWeakness.has(unit)) for (const term of terms) termDrafts(view, unit, term, section, attachedSites, drafts);
      continue;
    }
    const pain = conceptOf(unit, 'pain');
    if (pain) painDrafts(view, unit, pain, section, attachedSites, drafts);
  }
  for (const unit of view.units) {
    const site = conceptOf(unit, 'site');
    if (site && !attachedSites.has(unit)) wellSiteDraft(view, unit, site, section, drafts);
    else if (hasConcept(unit, 'side')) wellSideDraft(view, unit, section, drafts);
    const activity = conceptOf(unit, 'activity');
    if (activity) activityDraft(view, unit, activity, section, drafts);
  }
  walkingDistanceDraft(view, section, drafts);
  measureDrafts(view, section, drafts);
  sideNamedApart(view, drafts);
  sideOfHeading(view, drafts);
  bothPainsOfComparison(drafts);
  uninjuredFall(view, drafts);
  fallFromWeakness(view, drafts);
  worseWeakness(view, drafts);
  const unclaimedComparison = comparedWithBefore(view, drafts);
  const findings = applyTrends(view, drafts);
  // "R knee keeps giving way. worse than tues def": a comparison with before, in a sentence of no finding, is the sentence before's.
  return unclaimedComparison && !findings.orphanTrend ? { ...findings, orphanTrend: 'worsening' } : findings;
}

/** Words that deny an injury outright, right before it: "no injury", "not injured" (not "no head injury", which names a place). */
const INJURY_DENIALS = new Set(['no', 'not', 'without', 'nil', 'uninjured']);

/** "Had one fall at home, no injury": a fall the sentence says did no harm is no significant trauma. */
function uninjuredFall(view: SentenceView, drafts: Draft[]): void {
  const unhurt = drafts.some((d) => d.finding === 'trauma' && d.status === 'absent' && d.context === 'current' && INJURY_DENIALS.has(view.norm(d.from - 1)));
  if (unhurt) for (const d of drafts) if (d.finding === 'trauma' && d.status === 'present') d.status = 'absent';
}

const FALL_WORDS = new Set(['fall', 'falls', 'fell', 'fallen', 'falling']);
/** Words that give a fall its cause after it: "because the toe catch", "when the knee buckled". */
const CAUSE_LINKS = new Set(['because', 'cos', 'coz', 'when', 'as']);
/** How far a cause may stand after the fall's words, and its weakness after the cause's word ("because the toe catch"). */
const CAUSE_REACH = 6;
const CAUSE_SUBJECT_REACH = 3;

/**
 * "Yesterday I fall on the stair because the toe catch", "two falls when the knee buckled": a fall the sentence says
 * the weakness caused is the weakness's, not an injury.
 */
function fallFromWeakness(view: SentenceView, drafts: Draft[]): void {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const fall = drafts[k]!;
    if (fall.finding !== 'trauma' || fall.status !== 'present' || !FALL_WORDS.has(view.norm(fall.from))) continue;
    // "her L knee extension fell 4 -> 3", "fell from 4/5 to 2/5": a grade that fell is no fall.
    const graded = view.readingFrom(fall.to) ?? (view.norm(fall.to) === 'from' || view.norm(fall.to) === 'to' ? view.readingFrom(fall.to + 1) : undefined);
    if (graded?.kind === 'mrc') {
      drafts.splice(k, 1);
      continue;
    }
    let link = -1;
    for (let i = fall.to; i < view.to && i < fall.to + CAUSE_REACH && link < 0; i++) if (CAUSE_LINKS.has(view.norm(i))) link = i;
    if (link < 0) continue;
    // The weakness must follow the link at once, as its subject: not "fell from a ladder when at work and now has weak legs".
    const caused =
      drafts.some((d) => (d.finding === 'weakness' || d.finding === 'foot_drop') && d.status === 'present' && d.from > link && d.from - link <= CAUSE_SUBJECT_REACH) ||
      legGaveWayAfter(view, link + 1);
    if (caused) drafts.splice(k, 1);
  }
}

/** Words that may stand between a weakness and "worse": "my weakness is much worse", "foot drop has got worse". */
const WORSE_GAP = new Set(['is', 'are', "it's", 'has', 'have', 'got', 'gotten', 'getting', 'become', 'been', 'much', 'a', 'lot', 'bit', 'even', 'now', 'far', 'way', 'definitely', 'def', 'slightly', 'little']);
/** Words after "worse" that make it an aggravation or a comparison, not a change: "worse on stairs", "worse than the pain". */
const WORSE_ON = new Set(['on', 'with', 'when', 'if', 'after', 'in', 'at', 'than', 'by', 'for', 'while', 'during', 'going', 'walking', 'standing', 'sitting', 'lying']);
const WORSE_WORDS = new Set(['worse', 'worsened']);
const WORSE_REACH = 4;

/**
 * "My weakness is worse.", "Foot drop worse.": a weakness said to be worse, with no activity that makes it so, is
 * getting worse, which the lexicon's "worse" (an aggravation: "worse on walking") does not say by itself.
 */
function worseWeakness(view: SentenceView, drafts: Draft[]): void {
  for (const unit of view.units) if (unit.to - unit.from === 1 && WORSE_WORDS.has(view.norm(unit.from)) && !WORSE_ON.has(view.norm(unit.to))) markWorseWeakness(view, drafts, unit);
}

function markWorseWeakness(view: SentenceView, drafts: Draft[], worse: Unit): void {
  const clause = view.clause(worse.from);
  if (view.units.some((u) => u.from >= worse.to && view.clause(u.from) === clause && hasConcept(u, 'activity'))) return;
  const weak = drafts.find((d) => (d.finding === 'weakness' || d.finding === 'foot_drop') && d.status === 'present' && d.to <= worse.from && worse.from - d.to <= WORSE_REACH && view.clause(d.from) === clause);
  if (!weak) return;
  for (let i = weak.to; i < worse.from; i++) if (!WORSE_GAP.has(view.norm(i)) && view.sideAt(i) === undefined) return;
  weak.trend ??= 'worsening';
}

/** A leg that went, told as a fall's cause: "cos R leg just went", "because my knee gave out". */
const GIVING_LIMBS = new Set(['leg', 'legs', 'knee', 'knees']);
const LIMB_LEADS = new Set(['my', 'his', 'her', 'the']);
const GAVE_WAY = new Set(['buckled', 'collapsed', 'folded']);
/** What may follow "went" when it means the leg gave way, not "went numb": the statement's end, "from under me". */
const AFTER_WENT = new Set(['', '.', ',', ';', '!', ')', 'and', 'from', 'on', 'again', 'under']);

function legGaveWayAfter(view: SentenceView, at: number): boolean {
  let i = at;
  while (i < view.to && (view.sideAt(i) !== undefined || LIMB_LEADS.has(view.norm(i)))) i++;
  if (!GIVING_LIMBS.has(view.norm(i))) return false;
  i++;
  if (view.norm(i) === 'just') i++;
  const verb = view.norm(i);
  const next = view.norm(i + 1);
  return GAVE_WAY.has(verb) || (verb === 'gave' && (next === 'way' || next === 'out')) || (verb === 'went' && AFTER_WENT.has(next));
}

/** "My leg pain is much worse than my back pain" says that there are both. */
function bothPainsOfComparison(drafts: Draft[]): void {
  for (const d of [...drafts]) {
    if (d.finding !== 'leg_pain_worse_than_back' || d.status !== 'present') continue;
    for (const finding of ['leg_pain', 'back_pain'] as const)
      if (!drafts.some((other) => other.finding === finding && other.status === 'present')) drafts.push(newDraft(finding, 'present', d.context, d.from, d.to));
  }
}

/**
 * "The pain goes from my bum down the back of my thigh to my heel, left side": a sentence that names one
 * side standing alone, which none of its findings took, says it of its leg findings. Not when it names a
 * place other than the legs (an arm, the face), whose side that may be.
 */
function sideNamedApart(view: SentenceView, drafts: Draft[]): void {
  if (drafts.length === 0 || drafts.some((d) => d.side)) return;
  let side: Side | undefined;
  for (let i = view.from; i < view.to; i++) {
    const unit = view.unitAtToken(i);
    if (conceptOf(unit, 'site')?.site === 'other') return;
    const here = view.sideAt(i);
    if (!here) continue;
    const end = unit && hasConcept(unit, 'side') ? unit.to : i + 1;
    if (here === 'both' || (side && side !== here) || !STANDS_ALONE.has(view.norm(end) || '.')) return;
    side = here;
    i = end - 1;
  }
  if (side) for (const d of drafts) if (d.status === 'present' && FINDING_BY_ID.get(d.finding)?.lateral) d.side = side;
}

/**
 * "LLE: hip flexion 5/5, DF 3/5", "Power in the right leg: hip flexion 4/5, knee extension 4/5", "Power: R hip
 * flex 5, knee ext 5, DF 4": a side in a heading, or leading the list after it, is the side of every item of
 * the list that names none, when the list names no other side.
 */
function sideOfHeading(view: SentenceView, drafts: Draft[]): void {
  let colon = view.from;
  while (colon < view.to && view.norm(colon) !== ':') colon++;
  if (colon >= view.to) return;
  const sides = new Set<Side>();
  for (let i = view.from; i < view.to; i++) {
    const side = view.sideAt(i);
    // After the colon, only a side that leads the list counts as the heading's; any other is an item's own.
    if (side && (i < colon || i === colon + 1)) sides.add(side);
    else if (side) return;
  }
  if (sides.size !== 1) return;
  const [side] = sides;
  for (const d of drafts) if (d.from > colon && d.side === undefined && FINDING_BY_ID.get(d.finding)?.lateral) d.side = side;
}

/** What may follow a side that stands alone: the end of its statement ("..., left side.", "on the right"). */
const STANDS_ALONE = new Set(['.', ',', ';', ')', 'side', 'only', 'worse', 'more']);

/** Words between a negation and the change it denies: "not getting any worse". */
const CHANGE_GAP = new Set(['getting', 'any', 'much', 'become', 'becoming', 'gotten', 'got', 'been', 'get']);

function deniedJustBefore(view: SentenceView, unit: Unit): boolean {
  let i = unit.from - 1;
  while (i >= view.from && CHANGE_GAP.has(view.norm(i))) i--;
  const before = view.unitAtToken(i);
  return before !== undefined && before.to === i + 1 && hasDirected(before, 'negation', 'pre');
}

function applyTrends(view: SentenceView, drafts: Draft[]): SentenceFindings {
  let orphanTrend: Trend | undefined;
  let orphanOfPain = false;
  // The work for each trend word is a function of its own: callbacks that read the loop's unit would make the
  // engine allocate a scope for every unit of every sentence, trend or not.
  for (const unit of view.units) {
    const said = conceptOf(unit, 'trend');
    if (!said) continue;
    const orphan = applyTrend(view, drafts, unit, said.trend);
    if (orphan) {
      orphanTrend = orphan;
      orphanOfPain = view.units.some((u) => hasConcept(u, 'pain'));
    }
  }
  resolvedByLaterClause(view, drafts);
  return { drafts, ...(orphanTrend && { orphanTrend }), ...(orphanOfPain && { orphanOfPain: true }) };
}

/** Gives one trend word's change to the findings it is said of; returns the change when it is said of none here. */
function applyTrend(view: SentenceView, drafts: Draft[], unit: Unit, said: Trend): Trend | undefined {
  // "not getting worse", "isn't any better": a change denied is no change.
  const trend: Trend = deniedJustBefore(view, unit) ? 'stable' : said;
  const clause = view.clause(unit.from);
  const candidates = drafts.filter((d) => d.status === 'present' && view.clause(d.from) === clause && !RISK_FACTORS.has(d.finding));
  // The words may be the finding itself ("getting weaker"), else the nearest finding before, else after.
  const own = candidates.filter((d) => d.from <= unit.from && d.to >= unit.to);
  // "progressively worsening LBP and weakness": every finding of the list the word leads.
  const led = candidates.filter((d) => d.from >= unit.to && view.segment(d.from) === view.segment(unit.from));
  // The nearest by place, whatever order the findings were composed in.
  const before = candidates.filter((d) => d.to <= unit.from).reduce<Draft | undefined>((near, d) => (!near || d.to > near.to ? d : near), undefined);
  const after = candidates.find((d) => d.from >= unit.to);
  // "paraparesis progressing over 48 hours and urinary retention": a change said right after a finding is that finding's.
  const adjacent = before && unit.from - before.to <= 1 ? [before] : [];
  const nearest = own.length > 0 ? own : adjacent.length > 0 ? adjacent : led.length > 0 ? led : [before ?? after].filter((d): d is Draft => d !== undefined);
  // "My foot is dropping when I walk, it is more bad than last week": a clause whose subject is "it" tells of the finding before.
  const targets = nearest.length > 0 ? nearest : [saidOfFindingBefore(view, drafts, unit)].filter((d): d is Draft => d !== undefined);
  for (const target of targets) target.trend ??= trend;
  if (targets.length > 0) return undefined;
  // "The pain is getting worse": a pain named with no place is the pain that changes, not the weakness of the sentence before.
  // Nor is a change said of a place ("No change in legs.") the change of the sentence before.
  const namesFinding = view.units.some((u) => hasConcept(u, 'finding') || hasConcept(u, 'site'));
  // "It's a lot worse than when I saw the GP - then I could walk on my heels ...": a change said first, of "it",
  // tells of the sentence before, whatever the rest of the sentence goes on to name.
  const backReference = CLAUSE_BACK_REFERENCES.has(view.norm(view.from)) && !namesFindingBefore(view, unit.from);
  return backReference || (!drafts.some((d) => d.status === 'present') && !namesFinding) ? trend : undefined;
}

function namesFindingBefore(view: SentenceView, at: number): boolean {
  return view.units.some((u) => u.from < at && (hasConcept(u, 'finding') || hasConcept(u, 'site')));
}

/** Pronouns that open a clause about the finding of the clause before. */
const CLAUSE_BACK_REFERENCES = new Set(['it', "it's", 'its', 'this', "this's", 'which']);
/** What may stand before that pronoun: the clause's own punctuation and joining word. */
const CLAUSE_OPENERS = new Set([',', ';', '-', '–', '—', 'and', 'but', 'though', 'although']);

/** The nearest finding before `unit` in an earlier clause, when the clause of `unit` opens with "it" and names none of its own. */
function saidOfFindingBefore(view: SentenceView, drafts: readonly Draft[], unit: Unit): Draft | undefined {
  const clause = view.clause(unit.from);
  let start = unit.from;
  while (start > view.from && view.clause(start - 1) === clause) start--;
  while (start < unit.from && CLAUSE_OPENERS.has(view.norm(start))) start++;
  if (!CLAUSE_BACK_REFERENCES.has(view.norm(start))) return undefined;
  return drafts
    .filter((d) => d.status === 'present' && d.to <= start && !RISK_FACTORS.has(d.finding))
    .reduce<Draft | undefined>((near, d) => (!near || d.to > near.to ? d : near), undefined);
}

/** "..., but that settled within days": a clause of only a pronoun and a resolution word ends the findings before it. */
function resolvedByLaterClause(view: SentenceView, drafts: Draft[]): void {
  // Each resolution word in a function of its own (see applyTrends).
  for (const unit of view.units) if (hasDirected(unit, 'negation', 'post') && !view.recursAfter(unit.to)) resolveClauseBefore(view, drafts, unit);
  resolvedBySegment(view, drafts);
}

function resolveClauseBefore(view: SentenceView, drafts: Draft[], unit: Unit): void {
  const clause = view.clause(unit.from);
  // A finding before the resolution in its clause is what resolved ("..., and the numbness has gone"); one after is said apart.
  if (clause === 0 || drafts.some((d) => view.clause(d.from) === clause && d.from < unit.from)) return;
  // "No improvement in the numbness, though pain has settled": the clause names what settled.
  if (view.units.some((u) => view.clause(u.from) === clause && u.to <= unit.from && (hasConcept(u, 'pain') || hasConcept(u, 'finding') || hasConcept(u, 'site')))) return;
  const before = view.norm(unit.from - 1);
  if (!RESOLVED_SUBJECTS.has(before) && !RESOLVED_SUBJECTS.has(view.norm(unit.from - 2))) return;
  // "..., and on the right it was fine": a side names what is fine, not the findings before.
  if (clauseNamesSide(view, clause, unit.from)) return;
  // "immediate LBP, tingling down both legs which has now gone": a relative clause resolves only what it follows.
  const resolved = drafts.filter((d) => view.clause(d.from) === clause - 1 && d.status === 'present' && !LASTING.has(d.finding));
  const nearest = before === 'which' || view.norm(unit.from - 2) === 'which' ? resolved.filter((d) => d.to === Math.max(...resolved.map((r) => r.to))) : resolved;
  for (const d of nearest) d.status = 'absent';
}

/** Standing facts about the patient, which do not get better or worse as symptoms do ("diabetes, improved control"). */
const RISK_FACTORS: ReadonlySet<FindingId> = new Set([
  'diabetes', 'smoking', 'cancer_history', 'osteoporosis', 'immunosuppression', 'iv_drug_use', 'vascular_disease', 'previous_spine_surgery', 'trauma',
]);

/** Findings that stay once had, whatever became of them: "prostate cancer years ago, all clear now" is a history of cancer. */
const LASTING: ReadonlySet<FindingId> = new Set(['cancer_history', 'previous_spine_surgery', 'smoking', 'diabetes', 'vascular_disease', 'osteoporosis']);

/** What may follow the resolution word that closes a statement: "it's gone now", "it has settled completely". */
const RESOLUTION_ENDS = new Set(['', '.', ',', ';', '!', 'now', 'completely', 'totally', 'since', 'away', 'off']);

/** "Had a fever last week, it's gone now": a pronoun and a resolution word after a comma end the finding before them. */
function resolvedBySegment(view: SentenceView, drafts: Draft[]): void {
  for (const unit of view.units) {
    if (!hasDirected(unit, 'negation', 'post') || !RESOLUTION_ENDS.has(view.norm(unit.to)) || view.recursAfter(unit.to)) continue;
    const segment = view.segment(unit.from);
    // ", it's gone now", ", now settled": a resolution that opens its segment, after a pronoun or with its time word.
    const opens = (view.norm(unit.from - 2) === ',' && RESOLVED_SUBJECTS.has(view.norm(unit.from - 1))) || (view.norm(unit.from - 1) === ',' && RESOLVED_SINCE.has(view.norm(unit.from)));
    if (segment === 0 || !opens) continue;
    if (segmentNamesDraft(view, drafts, segment)) continue;
    for (const d of drafts) if (view.segment(d.from) === segment - 1 && d.status === 'present' && !LASTING.has(d.finding)) d.status = 'absent';
  }
}

function segmentNamesDraft(view: SentenceView, drafts: readonly Draft[], segment: number): boolean {
  for (const d of drafts) if (view.segment(d.from) === segment) return true;
  return false;
}

function clauseNamesSide(view: SentenceView, clause: number, before: number): boolean {
  for (let i = before - 1; i >= view.from && view.clause(i) === clause; i--) if (view.sideAt(i)) return true;
  return false;
}

/** The time word a resolution may open with: "…, now settled", "…, since resolved". */
const RESOLVED_SINCE = new Set(['now', 'since']);

const RESOLVED_SUBJECTS = new Set(['that', 'it', 'this', 'which', 'they', 'these', 'those', 'all', "it's", 'has', 'have', "that's", 'thats', 'its',
  // "...; completely gone since": a resolution opening its clause with only its degree.
  'completely', 'totally', 'entirely']);
