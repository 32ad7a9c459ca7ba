/**
 * A term of the lexicon with its qualifier, scope, sites, side, movement and
 * grade: "ankle jerks absent bilat", "EHL 4/5 R", "numb between my legs".
 */
import { FINDING_BY_ID, type FindingId, type Region, type Status } from '../../knowledge/vocabulary.js';
import { WEAK_REGION_MOVEMENT } from '../lexicon/index.js';
import type { SectionKind } from '../lexicon/sections.js';
import type { Reading, ReadingKind } from '../numbers.js';
import { scopeOf, type MentionContext, type Scope } from '../scope.js';
import { conceptOf, hasConcept, hasDirected, type SentenceView, type Unit } from '../view.js';
import { newDraft, type Draft, type Finding } from './draft.js';
import { QUALIFIER_FORWARD_REACH, qualifierOf, qualifiesNext, type Polarity } from './qualifier.js';
import { gradeSeries } from './gradeSeries.js';
import { explainedLoss } from './measures.js';
import { reflexSiteResults } from './reflexSites.js';
import { sideResults, type SideResult, type TermResult } from './sideResults.js';
import { dermatomeRegions, sideOf, sitesOf, type AttachedSite } from './sites.js';
import { BARE_NEGATION_GAP, FILLER } from './words.js';

/** Post-void residual at which the triage policy calls it a red flag (POLICY). */
export const RETENTION_ML = 200;

/** The risk factors a social history or drug list states; "paracetamol prn fever" is no fever. */
const SECTION_RISKS: Readonly<Record<string, ReadonlySet<FindingId>>> = {
  social: new Set(['smoking', 'iv_drug_use']),
  medications: new Set(['diabetes', 'immunosuppression', 'osteoporosis']),
};
/** A steroid in a drug list is a risk only when taken long term ("prednisone" for an asthma attack is not). */
const LONG_TERM = new Set(['long', 'chronic', 'chronically', 'maintenance', 'years', 'months']);

function sectionHolds(view: SentenceView, term: Finding, section: SectionKind): boolean {
  const risks = SECTION_RISKS[section];
  if (!risks || !term.targets.every((t) => risks.has(t.finding))) return false;
  if (section !== 'medications' || !term.targets.some((t) => t.finding === 'osteoporosis')) return true;
  for (let i = view.from; i < view.to; i++) if (LONG_TERM.has(view.norm(i))) return true;
  return false;
}

/** "Chronic incontinence, much worse in the last 2 days": a long-standing complaint that has changed is new again. */
function worseNow(view: SentenceView): boolean {
  for (let i = view.from; i < view.to; i++) {
    if (view.norm(i) !== 'worse' && view.norm(i) !== 'worsening') continue;
    for (let j = i + 1; j < view.to && j <= i + 4; j++) if (RECENT_WORDS.has(view.norm(j))) return true;
  }
  return false;
}
const RECENT_WORDS = new Set(['last', 'past', 'since', 'over', 'today', 'recently', 'yesterday', 'now']);

const CHRONIC_WORDS = new Set(['longstanding', 'long-standing', 'chronic', 'lifelong', 'life-long']);

/** Whether the term is said to be long-lasting: a word just before it ("long standing" too), or after it in its clause ("for years", "nothing new"). */
function chronicBefore(view: SentenceView, unit: Unit): boolean {
  for (let i = unit.from - 1; i >= view.from && i >= unit.from - 3; i--) {
    const norm = view.norm(i);
    if (CHRONIC_WORDS.has(norm) || (norm === 'standing' && (view.norm(i - 1) === 'long' || (view.norm(i - 1) === '-' && view.norm(i - 2) === 'long')))) return true;
  }
  const clause = view.clause(unit.from);
  for (let i = unit.to; i + 1 < view.to && view.clause(i) === clause; i++) {
    const pair = `${view.norm(i)} ${view.norm(i + 1)}`;
    // "I must wait long time and push hard": a long wait to start is the finding, not how long it has been.
    if (CHRONIC_AFTER.has(pair) && !WAITING.has(view.norm(i - 1)) && !WAITING.has(view.norm(i - 2))) return true;
  }
  return false;
}
const WAITING = new Set(['wait', 'waits', 'waiting', 'take', 'takes', 'taking', 'took']);
const CHRONIC_AFTER = new Set(['for years', 'for decades', 'nothing new', 'since childhood', 'since childbirth', 'many years', 'long time', 'no change', 'since prostatectomy']);

const namesWeakness = (term: Finding): boolean => term.targets.some((t) => t.finding === 'weakness');

const MEMORY_WORDS = new Set(['recall', 'remember', 'aware', 'unaware']);

/** Words an asserting term may open on that make it an inability of its own: "can't maintain an erection". */
const INABILITY_OPENERS = new Set(["can't", 'cannot', "couldn't", 'unable', 'cant']);

/** Whether "and" or a comma joins on a new statement between two tokens. */
function joinedBetween(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (view.norm(i) === 'and' || view.norm(i) === ',') return true;
  return false;
}

/** Words that give an examined item's result after it ("perianal sensation reduced"), never a deficit a list shares. */
const RESULTS_SAID_AFTER = new Set(['reduced', 'decreased', 'diminished', 'absent', 'impaired', 'lax', 'patulous', 'depressed', 'markedly reduced', 'slightly reduced', 'mildly reduced', '↓']);

/** Whether a term of the same family stands earlier in the sentence: "It's wee I can't hold, not poo". */
const sameFamilyBefore = (view: SentenceView, before: number, term: Finding): boolean =>
  view.units.some((u) => u.to <= before && conceptOf(u, 'finding')?.group === term.group);

const FOOT_WORDS = new Set(['foot', 'feet']);
const footBefore = (view: SentenceView, unit: Unit): boolean => {
  for (let i = view.from; i < unit.from; i++) if (FOOT_WORDS.has(view.norm(i))) return true;
  return false;
};
/** "on the bottom": the underside of what was named, not the buttocks. */
const isUnderside = (view: SentenceView, site: Unit): boolean => view.phrase(site) === 'bottom' && view.norm(site.from - 1) === 'the' && view.norm(site.from - 2) === 'on';

/** Saddle places named as the symptom is felt: "the saddle area", "when wiping" (not "perianal", the examiner's word). */
const SYMPTOM_SADDLE_WORDS = new Set(['saddle', 'when', 'on', 'after']);

/** Words that say a past illness is over, which does not undo it as a risk. */
const RESOLUTIONS = new Set(['clear', 'resolved', 'has resolved', 'have resolved', 'gone', 'has gone', 'cleared', 'no longer present']);


export const GRADE_READING: Partial<Record<FindingId, ReadingKind>> = {
  weakness: 'mrc',
  slr_positive: 'angle',
  post_void_residual: 'volume',
  walking_leg_symptoms: 'distance',
};

// Terms

/** How far back the term a result word belongs to may stand: "Bowel dysfunction: Yes - 1 episode incontinence". */
const RESULT_REACH = 7;

/**
 * Whether the nearest term before `unit` names `finding` and has no result of its own: the word is its result
 * ("bowels incontinent", "Bowel: yes - 1 episode incontinence"; not "his bowels have been normal; he was incontinent").
 */
function resultOfTermBefore(view: SentenceView, unit: Unit, finding: FindingId): boolean {
  // A field labelled with the term holds its results: "Bowels: ... 1 episode of incontinence".
  const label = view.unitAtToken(view.from);
  if (label && view.norm(label.to) === ':' && conceptOf(label, 'finding')?.targets.some((t) => t.finding === finding)) return true;
  for (let i = unit.from - 1; i >= view.from && i >= unit.from - RESULT_REACH; i--) {
    const other = view.unitAtToken(i);
    if (view.norm(i) === ';' || hasConcept(other, 'subject') || hasConcept(other, 'qualifier') || hasConcept(other, 'terminator')) return false;
    const before = conceptOf(other, 'finding');
    // A word naming the function waits for its result ("bowels incontinent"); a finding stated whole is a label only before its
    // colon, or the first of a pair ("faecal urgency and incontinence", "loose stools and incontinence").
    if (before && other) {
      const paired = view.norm(unit.from - 1) === 'and' && other.to === unit.from - 1;
      return before.targets.some((t) => t.finding === finding) && (before.mode === 'neutral' || view.norm(other.to) === ':' || paired);
    }
  }
  // "Bowels? Incontinent x1.": the answer to a one-word question about the bowel.
  const asked = view.tokens[view.from - 2]?.norm;
  let start = view.from;
  while (start < unit.from && ANSWER_OPENERS.has(view.norm(start))) start++;
  return unit.from - start <= 1 && view.tokens[view.from - 1]?.norm === '?' && asked !== undefined && finding === 'bowel_dysfunction' && BOWEL_LABELS.has(asked);
}

// "going by the clock" is passing urine at set times for want of its urge; "BNO 4 days" is bowels not opened.
const BLADDER_WORDS = new Set(['bladder', 'wee', 'pee', 'peeing', 'weeing', 'urine', 'urinate', 'urinating', 'urinary', 'water', 'void', 'voiding', 'pissing', 'dribble', 'dribbles', 'dribbling', 'stream', 'wet', 'pu']);
const BOWEL_WORD_SET = new Set(['anal', 'poop', 'bowel', 'bowels', 'poo', 'pooing', 'pooped', 'pooping', 'poop', 'stool', 'stools', 'faeces', 'feces', 'faecal', 'fecal', 'constipated', 'constipation', 'bm', 'bms', 'bo', 'bno', 'pooed', 'pood', 'smelt', 'smelled']);

/** The one sphincter a sentence names, when it names one and not the other. */
function sphincterNamedAlone(view: SentenceView): 'bladder_dysfunction' | 'bowel_dysfunction' | undefined {
  let bladder = false;
  let bowel = false;
  let clock = false;
  for (let i = view.from; i < view.to; i++) {
    bladder ||= BLADDER_WORDS.has(view.norm(i));
    bowel ||= BOWEL_WORD_SET.has(view.norm(i));
    clock ||= view.norm(i) === 'clock';
  }
  // "I don't feel when I need to go, I just go by the clock": going by the clock, with neither organ named, is the bladder.
  if (!bladder && !bowel && clock) return 'bladder_dysfunction';
  return bladder === bowel ? undefined : bladder ? 'bladder_dysfunction' : 'bowel_dysfunction';
}

const ANSWER_OPENERS = new Set(['yes', 'y', 'yeah', ',', '-']);
const BOWEL_LABELS = new Set(['bowels', 'bowel', 'bo', 'bms', 'stool', 'stools', 'faecal', 'fecal']);

/**
 * "Bladder/bowel disturbance N", "Bowel problems: N": a word of the form's label right after the term is no result;
 * the answer after it is.
 */
function labelAnswer(view: SentenceView, unit: Unit, polarity: Polarity | undefined): Polarity | undefined {
  // The label's word may stand after the rest of a list: "Bladder or bowel changes - No".
  if (!polarity?.unit || polarity.unit.from < unit.to || polarity.unit.from - unit.to > 3) return polarity;
  const answer = view.formAnswerAfter(polarity.unit.to);
  return answer ? { meaning: answer.answer === 'yes' ? 'abnormal' : 'normal' } : polarity;
}

export function termDrafts(view: SentenceView, unit: Unit, term: Finding, section: SectionKind, attachedSites: Set<Unit>, out: Draft[], result?: TermResult): void {
  if (term.requires && !term.requires.some((word) => sentenceHas(view, word))) return;
  // "Haven't pooped in 4 days and I can't tell when I need to go": a word for both sphincters, in a sentence about one, is that one's.
  if (term.targets.length === 2 && term.targets.every((t) => t.finding === 'bladder_dysfunction' || t.finding === 'bowel_dysfunction')) {
    const only = sphincterNamedAlone(view);
    if (only) term = { ...term, targets: term.targets.filter((t) => t.finding === only) };
  }
  // "Bowels: 1 episode of incontinence": a word for either sphincter, said of the bowel, is the bowel's.
  if (term.resultOf && resultOfTermBefore(view, unit, term.resultOf)) term = { ...term, targets: [{ finding: term.resultOf }], resultOf: undefined };
  // A social history or a drug list holds risk factors ("SH: IVDU, non-smoker", "DH: pred 10mg OD long term") and nothing else.
  const scope = scopeOf(view, unit.from, unit.to, sectionHolds(view, term, section) ? 'current' : section);
  let status: Status;
  let grade: number | undefined;
  let qualifierUnit: Unit | undefined;
  /** Results further on that may be another side's ("right hip flexion 5/5, left 4/5"). */
  let otherSides: readonly SideResult[] = [];
  if (term.fixed) status = term.fixed;
  else if (term.mode === 'assert') {
    if (term.denialOnly && !scope.negated) return;
    // "I had prostate cancer years ago, all clear now": a risk that is history by nature stays, however it resolved.
    const resolvedHistory = term.historical && scope.negationUnit !== undefined && scope.negationUnit.from >= unit.to && RESOLUTIONS.has(view.phrase(scope.negationUnit));
    // "'things don't feel the same down there' and can't maintain an erection": a term that is itself an inability,
    // joined on after an earlier denial, is not that denial's.
    const ownInability = scope.negationUnit !== undefined && scope.negationUnit.to < unit.from && INABILITY_OPENERS.has(view.norm(unit.from)) && joinedBetween(view, scope.negationUnit.to, unit.from);
    status = scope.negated && !resolvedHistory && !ownInability ? 'absent' : 'present';
    grade = readingNear(view, unit, 'mrc')?.value;
  } else if (result) {
    status = result.meaning === 'abnormal' ? 'present' : 'absent';
    grade = result.grade;
  } else {
    // "DF has deteriorated from 4/5 to 2/5": grades over time are the result, whatever words of change stand between.
    const series = namesWeakness(term) ? gradeSeries(view, unit) : undefined;
    const fromSeries: Polarity | undefined = series && { meaning: series.grade < 5 ? 'abnormal' : 'normal', grade: series.grade };
    const polarity = labelAnswer(view, unit, fromSeries ?? ownQualifier(view, unit, term, scope)) ?? bareNegation(view, unit, term, scope) ?? formPolarity(scope) ?? exceptionPolarity(view, unit, term);
    // "DTRs 2+ at the knees and absent at the ankles": a word for reflexes in general, graded by place.
    if (term.group === 'reflex' && term.targets.length > 1) {
      const bySite = reflexSiteResults(view, unit, term, polarity);
      for (const site of bySite) {
        const own: Finding = { ...term, targets: [{ finding: site.finding }] };
        termDrafts(view, unit, own, section, attachedSites, out, { meaning: site.meaning, ...(site.side && { side: site.side }), from: site.from, to: site.to, sites: [] });
      }
      if (bySite.length > 0) return;
    }
    // "tapped below my knees, the right leg jerked normally and the left didn't move": one result per side,
    // when the test has no result of its own words, or the one found past a comma is only the first side's,
    // or a result after the test may be followed by the other side's ("right hip flexion 5/5, left 4/5",
    // "Achilles absent on the right, present on the left").
    const farQualifier = polarity?.unit !== undefined && view.segment(polarity.unit.from) !== view.segment(unit.from);
    // A result without a unit is a grade read after the test ("5/5", "2+").
    const byGrade = polarity !== undefined && polarity.unit === undefined;
    const after = byGrade || (polarity?.unit !== undefined && polarity.unit.from >= unit.to);
    if (!polarity || farQualifier || after) {
      const results = sideResults(view, unit, term);
      if (!polarity || new Set(results.map((r) => r.side)).size > 1) {
        for (const sideResult of results) {
          for (const site of sideResult.sites) attachedSites.add(site);
          termDrafts(view, unit, term, section, attachedSites, out, sideResult);
        }
        return;
      }
      if (after) otherSides = results;
    }
    status = polarity.meaning === 'abnormal' ? 'present' : 'absent';
    grade = polarity.grade;
    qualifierUnit = polarity.unit;
    // A negation close before the term or its qualifier ("haven't had any problems with my bladder") turns it;
    // so does any negation over a list whose asserting term lent the meaning ("no accidents with my bladder or bowels").
    const lentByList = polarity.unit !== undefined && conceptOf(polarity.unit, 'finding')?.mode === 'assert';
    const nearest = polarity.unit && polarity.unit.from < unit.from ? polarity.unit : unit;
    // So does a negation after the term and its result ("toileting problems were denied"), unless it leads the next item
    // ("decreased rectal tone and absent anal reflex") or is another side's ("depressed L ankle reflex, R normal").
    const resultEnd = Math.max(unit.to, polarity.unit?.to ?? 0);
    const deniedAfter =
      scope.negationUnit !== undefined &&
      scope.negationUnit.from >= resultEnd &&
      !qualifiesNext(view, scope.negationUnit) &&
      !sideBetween(view, resultEnd, scope.negationUnit.from);
    // "no ankle jerks present", "no DP/PT palpable L": a sign denied right before its normal result is not there.
    const deniedSign =
      (term.group === 'sign' || term.group === 'reflex') && status === 'absent' && term.bareNegation === 'present' && after && polarity.unit !== undefined && scope.negationUnit?.to === unit.from;
    if (deniedSign) status = 'present';
    // "no voluntary squeeze, perianal sensation reduced": a result said after a later item of the list is that item's own.
    const ownResultPastComma = after && polarity.unit !== undefined && RESULTS_SAID_AFTER.has(view.phrase(polarity.unit)) && scope.negationUnit !== undefined && view.hasComma(scope.negationUnit.to, unit.from);
    // "no active dorsiflexion of R ankle (0/5)": a weakness graded by its own number is no weakness denied.
    const gradedWeak = byGrade && polarity.grade !== undefined && polarity.grade < 5 && namesWeakness(term);
    if (
      scope.negated &&
      scope.negationUnit !== polarity.unit &&
      status === 'present' &&
      !gradedWeak &&
      !(ownResultPastComma && !deniedAfter) &&
      !deniedSign &&
      // A measured result of its own ("…, no perianal sensation, PVR 600ml") is not denied by a list's negation further back.
      (lentByList || deniedAfter || (nearBefore(view, scope.negationUnit!, nearest, 4) && !(byGrade && view.hasComma(scope.negationUnit!.to, nearest.from))) ||
        (!byGrade && deniedList(view, scope.negationUnit!, nearest)))
    )
      status = 'absent';
  }
  // "I've been doing Weight Watchers and lost a stone": a loss the text explains is no unexplained weight loss.
  if (status === 'present' && term.mode === 'assert' && term.targets.every((t) => t.finding === 'weight_loss') && explainedLoss(view)) status = 'absent';
  // "I'm not sure if my bladder is OK", "plantar responses were equivocal": an unsure answer either way is unknown.
  const unsureResult = qualifierUnit !== undefined && (hasDirected(qualifierUnit, 'uncertain', 'pre') || hasDirected(qualifierUnit, 'uncertain', 'post'));
  if ((scope.uncertain || result?.uncertain || unsureResult) && (status === 'present' || term.mode === 'neutral')) status = 'unknown';
  let context = scope.context;
  // "Left EHL now 2/5, previously 4/5": a movement followed over time is followed now, whatever dates its earlier grade.
  if (context === 'historical' && namesWeakness(term) && gradeSeries(view, unit)) context = 'current';
  // "Longstanding erectile dysfunction", "chronic stress incontinence": the sphincter findings of the policy are new ones.
  if (context === 'current' && term.group === 'sphincter' && status === 'present' && chronicBefore(view, unit) && !worseNow(view)) context = 'historical';
  if (context === 'historical' && term.historical) context = 'current';
  // ANNOTATION.md: the injury that began the current problem counts, whenever it happened.
  if (context === 'historical' && scope.dated && term.targets.some((t) => t.finding === 'trauma')) context = 'current';
  if (term.needsHistory && !(scope.historical || hasHistoryWord(view, unit))) return;
  if (term.needsHistory && context === 'historical') context = 'current';

  // Sensory terms take regions from their sites; motor terms only a side ("BLE weakness").
  let sites = term.sensory || term.group === 'motor' ? sitesOf(view, unit, attachedSites) : [];
  // Weakness or numbness of the arm, hand or face is not a finding about the legs.
  const ownSites = sites.filter((s) => s.direct);
  if (ownSites.length > 0 && ownSites.every((s) => s.site.site === 'other')) return;
  // "My right foot feels numb on the bottom": after a foot, "on the bottom" is its sole (not "both feet and my bottom").
  if (footBefore(view, unit)) sites = sites.filter((s) => !isUnderside(view, s.unit));
  const saddle = sites.some((s) => s.site.site === 'saddle');
  // "No loss of sensation in the saddle area" speaks of the symptom; "perianal sensation intact" of the examination.
  const saddleNamed = sites.some((s) => s.site.site === 'saddle' && SYMPTOM_SADDLE_WORDS.has(view.norm(s.unit.from))) || (saddle && toldAsSymptom(view));
  // Lost feeling that a clinician found is the examination finding ("the doctor found I've lost feeling ...").
  const examined = term.sensory && examinedInSentence(view);
  const firstDraft = out.length;
  for (const target of term.targets) {
    let finding = target.finding;
    if (examined && finding === 'numbness') finding = 'sensory_loss';
    if (saddle && (finding === 'numbness' || finding === 'tingling')) finding = 'saddle_anesthesia';
    if (saddle && finding === 'sensory_loss') finding = examined || (term.mode === 'neutral' && !saddleNamed) ? 'perianal_sensation_reduced' : 'saddle_anesthesia';
    const draft = newDraft(finding, status, context, unit.from, unit.to);
    if (term.syndrome) draft.syndrome = true;
    // The words that fired a neutral term include its qualifier ("ankle jerks absent").
    if (qualifierUnit && Math.abs(qualifierUnit.from - unit.from) <= QUALIFIER_FORWARD_REACH) {
      draft.from = Math.min(draft.from, qualifierUnit.from);
      draft.to = Math.max(draft.to, qualifierUnit.to);
    }
    if (target.movement) draft.movement = target.movement;
    else if (finding === 'weakness' && term.mode === 'assert') {
      const movement = ownSites.flatMap((s) => s.site.regions).map((r) => WEAK_REGION_MOVEMENT[r]).find((m) => m !== undefined);
      if (movement) draft.movement = movement;
    }
    const spec = FINDING_BY_ID.get(finding);
    if (spec?.regions) {
      const regions = new Set<Region>(target.regions ?? []);
      for (const s of sites) for (const r of s.site.regions) regions.add(r);
      for (const r of dermatomeRegions(view, unit)) regions.add(r);
      if (regions.size > 0) draft.regions = [...regions];
    }
    if (result) draft.to = Math.max(draft.to, result.to);
    if (spec?.lateral) {
      const side = result?.side ?? sideOf(view, unit, sites);
      if (side) draft.side = side;
    }
    if (result?.trend && status === 'present') draft.trend = result.trend;
    const wanted = GRADE_READING[finding];
    // A grade measures the finding when present (MRC power, SLR angle, residual volume).
    if (wanted && grade !== undefined && status === 'present') draft.grade = grade;
    if (finding === 'post_void_residual' && draft.grade === undefined) continue;
    // A large residual is urinary retention, which is bladder dysfunction (spec/triage-policy.md threshold).
    if (finding === 'post_void_residual' && draft.grade! >= RETENTION_ML && status === 'present') out.push({ ...draft, finding: 'bladder_dysfunction', grade: undefined });
    // A measure just after the term grades it when its result gave none ("SLR +ve R 40°", "claudication 100m").
    if (wanted && wanted !== 'mrc' && draft.grade === undefined && status === 'present') {
      const measure = readingNear(view, unit, wanted);
      if (measure) draft.grade = measure.value;
    }
    if (sites.length > 0) {
      draft.from = Math.min(draft.from, ...sites.map((s) => s.unit.from));
      draft.to = Math.max(draft.to, ...sites.map((s) => s.unit.to));
    }
    // "DF 4/5 yesterday, 2/5 today": the grade now, and which way it went.
    const series = finding === 'weakness' && status !== 'unknown' ? gradeSeries(view, unit) : undefined;
    // A series said of one side is that side's ("R DF 2/5 (3/5 at 02:00), L 5/5").
    if (series && !(series.side && draft.side && series.side !== draft.side)) {
      draft.status = series.grade < 5 ? 'present' : 'absent';
      draft.grade = series.grade < 5 ? series.grade : undefined;
      draft.trend = series.trend;
      draft.to = Math.max(draft.to, series.to);
    }
    out.push(draft);
    // "Both feet and my bottom are numb": the legs' lost feeling as well as the saddle's.
    if (saddle && finding !== target.finding && finding === 'saddle_anesthesia') legSensoryDraft(view, unit, sites, examined && target.finding === 'numbness' ? 'sensory_loss' : target.finding, status, context, out);
  }
  for (const other of otherSides)
    if (!out.slice(firstDraft).some((d) => d.side === other.side)) termDrafts(view, unit, term, section, attachedSites, out, other);
}

function legSensoryDraft(view: SentenceView, unit: Unit, sites: readonly AttachedSite[], finding: FindingId, status: Status, context: MentionContext, out: Draft[]): void {
  const legSites = sites.filter((s) => s.site.site === 'leg');
  if (legSites.length === 0) return;
  const regions = [...new Set(legSites.flatMap((s) => s.site.regions))];
  out.push(newDraft(finding, status, context, Math.min(unit.from, ...legSites.map((s) => s.unit.from)), Math.max(unit.to, ...legSites.map((s) => s.unit.to)), {
    side: sideOf(view, unit, legSites),
    regions: regions.length > 0 ? regions : undefined,
  }));
}

const EXCEPTIONS = new Set(['apart from', 'except', 'except for', 'other than', 'aside from', 'save for']);

/**
 * "No weakness apart from big toe extension on the right": the exception to a denied finding is that
 * finding, in the function the term names.
 */
function exceptionPolarity(view: SentenceView, unit: Unit, term: Finding): Polarity | undefined {
  const exception = view.units.find((u) => u.to <= unit.from && unit.from - u.to <= 1 && EXCEPTIONS.has(view.phrase(u)));
  if (!exception) return undefined;
  const denied = view.units.find((u) => {
    const other = conceptOf(u, 'finding');
    return u.to <= exception.from && other?.mode === 'assert' && other.group === term.group && scopeOf(view, u.from, u.to, 'current').negated;
  });
  return denied ? { meaning: 'abnormal', unit: exception } : undefined;
}

/** "Bladder: Y", "Bowels: no": a form's answer is the result of a term that names a function. */
function formPolarity(scope: Scope): Polarity | undefined {
  const form = scope.formAnswer;
  if (!form) return undefined;
  return { meaning: form.answer === 'no' ? 'normal' : 'abnormal', unit: { from: form.at, to: form.at + 1, concepts: [] } };
}

/**
 * The qualifier of a term, unless the term is denied bare and the qualifier stands past a comma and another item
 * ("no voluntary squeeze, perianal sensation reduced": the squeeze is absent, the reduction is the sensation's).
 */
function ownQualifier(view: SentenceView, unit: Unit, term: Finding, scope: Scope): Polarity | undefined {
  const polarity = qualifierOf(view, unit, term);
  const far = polarity?.unit;
  if (!far || far.from < unit.to || !view.hasComma(unit.to, far.from) || !bareNegation(view, unit, term, scope)) return polarity;
  for (let i = unit.to; i < far.from; i++) if (conceptOf(view.unitAtToken(i), 'finding')) return undefined;
  return polarity;
}

export function bareNegation(view: SentenceView, unit: Unit, term: Finding, scope: Scope): Polarity | undefined {
  if (!scope.negated || !term.bareNegation || !nearBefore(view, scope.negationUnit!, unit, 4)) return undefined;
  // "accidents in my knickers, poo, not wee": a contrast with the function before, not the function failing
  // (unlike "absent anal tone, no perianal sensation", a list of findings).
  const negation = scope.negationUnit!;
  // "does not remember feeling itchy": not remembering denies an event, it is no function failing.
  for (let i = negation.from; i < negation.to; i++) if (MEMORY_WORDS.has(view.norm(i))) return undefined;
  if (view.phrase(negation) === 'not' && view.norm(negation.from - 1) === ',' && sameFamilyBefore(view, negation.from, term)) return undefined;
  // Only a negation of the term itself: "no urination" is not "no excessive urination".
  for (let i = scope.negationUnit!.to; i < unit.from; i++) {
    // Other items of the same list may stand between: "no bowel movement or urination".
    const between = view.unitAtToken(i);
    if (between && (hasConcept(between, 'finding') || hasConcept(between, 'ignore'))) continue;
    if (!FILLER.has(view.norm(i)) && !BARE_NEGATION_GAP.has(view.norm(i)) && !view.sideAt(i)) return undefined;
  }
  // "no focal motor or sensory deficits": what is denied is the deficit the list shares, so the function is normal.
  if (term.bareNegation === 'present' && listSharesDeficit(view, unit)) return { meaning: 'normal', unit: scope.negationUnit! };
  return { meaning: term.bareNegation === 'present' ? 'abnormal' : 'normal', unit: scope.negationUnit! };
}

/** Words that join the items of a list. */
const LIST_JOINS = new Set([',', 'or', 'and', 'nor', '/']);

/** Whether the term is the first of a list ("motor or sensory ...") that ends on a word for a deficit. */
function listSharesDeficit(view: SentenceView, unit: Unit): boolean {
  if (!LIST_JOINS.has(view.norm(unit.to))) return false;
  const clause = view.clause(unit.from);
  // One word the lexicon does not know may be another item ("no voiding or stooling problems").
  let unknown = 0;
  for (let i = unit.to; i < view.to && i < unit.to + 6 && view.clause(i) === clause; i++) {
    const other = view.unitAtToken(i);
    const finding = conceptOf(other, 'finding');
    if (finding?.mode === 'assert') return !view.opensOwnedFinding(other!);
    if (conceptOf(other, 'qualifier')?.meaning === 'abnormal') return !RESULTS_SAID_AFTER.has(view.phrase(other!));
    if (other && !finding) return false;
    if (other) i = other.to - 1;
    else if (!LIST_JOINS.has(view.norm(i)) && !FILLER.has(view.norm(i)) && ++unknown > 1) return false;
  }
  return false;
}

// Small helpers

/**
 * "She denies any bowel or bladder dysfunction or loss of sensation in her
 * genital area": a denial that reaches through a list of items joined, last,
 * by "or". After "and" or a bare comma a new statement may begin ("no back
 * pain, and reduced ankle jerk on the left").
 */
function deniedList(view: SentenceView, negation: Unit, nearest: Unit): boolean {
  let lastJoin: string | undefined;
  for (let i = negation.to; i < nearest.from; i++) {
    const other = view.unitAtToken(i);
    if (other && (hasConcept(other, 'finding') || hasConcept(other, 'site') || hasConcept(other, 'side'))) {
      i = other.to - 1;
      continue;
    }
    const norm = view.norm(i);
    if (LIST_JOINS.has(norm)) lastJoin = norm;
    // A word the lexicon does not know may be an item of the list ("denies fever, chills, bladder or bowel changes").
    else if (!FILLER.has(norm) && !LIST_JOINS.has(view.norm(i + 1))) return false;
  }
  // "Denies numbness, P&N, bladder/bowel changes": a list joined by commas alone is denied to its end, like one ending on "or".
  return lastJoin === 'or' || lastJoin === 'nor' || lastJoin === ',';
}

function sideBetween(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (view.sideAt(i)) return true;
  return false;
}

export function readingNear(view: SentenceView, unit: Unit, kind: ReadingKind): Reading | undefined {
  const segment = view.segment(unit.from);
  return view.readings.find((r) => r.kind === kind && view.segment(r.from) === segment && r.from >= unit.to && r.from - unit.to <= 6);
}

export function nearBefore(view: SentenceView, trigger: Unit, unit: Unit, reach: number): boolean {
  void view;
  return trigger.to <= unit.from && unit.from - trigger.to <= reach;
}

/** Words that tell what the patient noticed, not what an examiner found: "he has noticed loss of sensation in his penis". */
const SYMPTOM_TELLING = new Set(['noticed', 'notices', 'noticing', 'complains', 'complained', 'complaining', 'reports', 'describes', 'described', 'i', "i've", "i'm"]);

const toldAsSymptom = (view: SentenceView): boolean => {
  for (let i = view.from; i < view.to; i++) if (SYMPTOM_TELLING.has(view.norm(i))) return true;
  return false;
};

export const EXAMINED_BY = new Set(['doctor', 'examination', 'exam', 'examined', 'examining', 'o/e', 'physician', 'nurse', 'physio', 'physiotherapist', 'clinician', 'gp']);

export const EXAMINED_VERBS = new Set(['found', 'checked', 'tested', 'examined', 'showed', 'noted', 'revealed', 'on']);

export function examinedInSentence(view: SentenceView): boolean {
  for (let i = view.from; i < view.to; i++) if (EXAMINED_BY.has(view.norm(i)) && (EXAMINED_VERBS.has(view.norm(i + 1)) || EXAMINED_VERBS.has(view.norm(i - 1)))) return true;
  return false;
}

export function sentenceHas(view: SentenceView, word: string): boolean {
  for (let i = view.from; i < view.to; i++) if (view.norm(i) === word) return true;
  return false;
}

export const HISTORY_WORDS = new Set(['had', 'post', 'after', 'previous', 'prior', 'ago', 'underwent', 'undergone', 'since']);

export function hasHistoryWord(view: SentenceView, unit: Unit): boolean {
  const clause = view.clause(unit.from);
  for (let i = view.from; i < view.to; i++) if (view.clause(i) === clause && HISTORY_WORDS.has(view.norm(i))) return true;
  return false;
}
