/**
 * Turns the units of one sentence into finding mentions: a term with its
 * qualifier ("ankle jerks absent", "DF 4/5"), a pain word with its sites
 * ("pain down the back of my left leg"), an activity with what it does
 * ("worse on sitting"), a site declared well ("R leg asymptomatic"); each
 * with its status from ./scope.ts, its side, regions, movement and grade.
 */
import { FINDING_BY_ID, type FindingId, type Movement, type Region, type Side, type Status, type Trend } from '../knowledge/vocabulary.js';
import type { ConceptOf, FindingTarget } from './lexicon/index.js';
import type { SectionKind } from './lexicon/sections.js';
import type { Reading, ReadingKind } from './numbers.js';
import { scopeOf, type MentionContext, type Scope } from './scope.js';
import { conceptOf, hasConcept, hasDirected, type SentenceView, type Unit } from './view.js';

/** A finding mention before merging: token positions, not yet offsets. */
export interface Draft {
  finding: FindingId;
  status: Status;
  context: MentionContext;
  side?: Side;
  regions?: Region[];
  movement?: Movement;
  grade?: number;
  trend?: Trend;
  /** Token range of the words that fired it. */
  from: number;
  to: number;
}

type Finding = ConceptOf<'finding'>;
type Pain = ConceptOf<'pain'>;
type Site = ConceptOf<'site'>;

/** Words skipped when looking for a term's qualifier or its sites. */
const FILLER = new Set([
  'my', 'the', 'his', 'her', 'their', 'your', 'a', 'an', 'its', '-', 'of', 'on', 'in', 'at', 'to', 'into', 'down', 'up', 'over', 'along', 'through', 'around',
  'across', 'from', 'and', 'or', '/', '+', '&', '(', ')', 'all', 'way', 'whole', 'entire', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have',
  'had', 'feels', 'feel', 'felt', 'seems', 'seem', 'appears', 'appear', 'remains', 'remain', 'became', 'become', 'both', 'very', 'quite', 'slightly', 'mildly',
  'markedly', 'severely', 'moderately', 'somewhat', 'little', 'bit', 'also', 'now', 'still', 'again', 'mild', 'moderate', 'severe', 'marked', 'significant',
  'slight', 'some', 'any', 'with', 'as', 'lower', 'upper', 'sided', 'side', 'aspect', 'area', 'region', 'part', 'towards', 'toward', 'as', 'far', 'just',
  'below', 'above', 'behind', 'onto', 'out', 'back', 'front', 'tested', 'testing', 'test', 'exam', 'examination', 'strength', 'grade', 'graded', 'measured',
  'was', 'at', 'about', 'approximately', '~', 'then', 'sometimes', 'occasionally', 'intermittent', 'intermittently', 'constant', 'constantly', 'radiating',
  'versus', 'vs', 'than', 'greater', 'more', 'compared', 'reported', 'noted', 'found', 'described', 'appreciated', 'elicited', 'demonstrated', 'revealed',
  'shows', 'showed', 'reveals', 'throughout', 'overall', 'generally', 'global', 'globally', 'distal', 'proximal', 'distally', 'proximally',
]);
/** Post-void residual at which the triage policy calls it a red flag (POLICY). */
const RETENTION_ML = 200;
const BARE_NEGATION_GAP = new Set(['able', 'properly', 'really', 'ever', 'feel', 'palpate', 'elicit', 'obtain', 'detect']);
const QUALIFIER_BACK_REACH = 6;
const QUALIFIER_FORWARD_REACH = 9;
const SITE_FORWARD_REACH = 20;
const UNKNOWN_BUDGET = 3;

const GRADE_READING: Partial<Record<FindingId, ReadingKind>> = {
  weakness: 'mrc',
  slr_positive: 'angle',
  post_void_residual: 'volume',
  walking_leg_symptoms: 'distance',
};
/** Angles beyond this, with no word for the result, read as a negative straight leg raise. */
const SLR_NORMAL_ANGLE = 70;

interface Polarity {
  readonly meaning: 'abnormal' | 'normal';
  readonly grade?: number;
  /** The unit that gave the meaning, so that a negation word used as qualifier is not applied twice. */
  readonly unit?: Unit;
}

export interface SentenceFindings {
  readonly drafts: Draft[];
  /** Trend words with no finding of their own in this sentence ("It has got worse since"). */
  readonly orphanTrend?: Trend;
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
    const term = conceptOf(unit, 'finding');
    if (term) {
      if (!usedWeakness.has(unit)) termDrafts(view, unit, term, section, attachedSites, drafts);
      continue;
    }
    const pain = conceptOf(unit, 'pain');
    if (pain) painDrafts(view, unit, pain, section, attachedSites, drafts);
  }
  for (const unit of view.units) {
    const site = conceptOf(unit, 'site');
    if (site && !attachedSites.has(unit)) wellSiteDraft(view, unit, site, section, drafts);
    const activity = conceptOf(unit, 'activity');
    if (activity) activityDraft(view, unit, activity, section, drafts);
  }
  walkingDistanceDraft(view, section, drafts);
  return applyTrends(view, drafts);
}

// ---------------------------------------------------------------------------
// Terms

function termDrafts(view: SentenceView, unit: Unit, term: Finding, section: SectionKind, attachedSites: Set<Unit>, out: Draft[]): void {
  if (term.requires && !term.requires.some((word) => sentenceHas(view, word))) return;
  const scope = scopeOf(view, unit.from, unit.to, section);
  let status: Status;
  let grade: number | undefined;
  let qualifierUnit: Unit | undefined;
  if (term.fixed) status = term.fixed;
  else if (term.mode === 'assert') {
    status = scope.negated ? 'absent' : 'present';
    grade = readingNear(view, unit, 'mrc')?.value;
  } else {
    const polarity = qualifierOf(view, unit, term) ?? bareNegation(view, unit, term, scope);
    if (!polarity) return;
    status = polarity.meaning === 'abnormal' ? 'present' : 'absent';
    grade = polarity.grade;
    qualifierUnit = polarity.unit;
    // A negation close before the term or its qualifier ("haven't had any problems with my bladder") turns it;
    // so does any negation over a list whose asserting term lent the meaning ("no accidents with my bladder or bowels").
    const lentByList = polarity.unit !== undefined && conceptOf(polarity.unit, 'finding')?.mode === 'assert';
    const nearest = polarity.unit && polarity.unit.from < unit.from ? polarity.unit : unit;
    if (scope.negated && scope.negationUnit !== polarity.unit && status === 'present' && (lentByList || nearBefore(view, scope.negationUnit!, nearest, 4))) status = 'absent';
  }
  if (scope.uncertain && status === 'present') status = 'unknown';
  let context = scope.context;
  if (context === 'historical' && term.historical) context = 'current';
  // ANNOTATION.md: the injury that began the current problem counts, whenever it happened.
  if (context === 'historical' && scope.dated && term.targets.some((t) => t.finding === 'trauma')) context = 'current';
  if (term.needsHistory && !(scope.historical || hasHistoryWord(view, unit))) return;
  if (term.needsHistory && context === 'historical') context = 'current';

  // Sensory terms take regions from their sites; motor terms only a side ("BLE weakness").
  const sites = term.sensory || term.group === 'motor' ? sitesOf(view, unit, attachedSites) : [];
  // Weakness or numbness of the arm, hand or face is not a finding about the legs.
  const ownSites = sites.filter((s) => s.direct);
  if (ownSites.length > 0 && ownSites.every((s) => s.site.site === 'other')) return;
  const saddle = sites.some((s) => s.site.site === 'saddle');
  // Lost feeling that a clinician found is the examination finding ("the doctor found I've lost feeling ...").
  const examined = term.sensory && examinedInSentence(view);
  for (const target of term.targets) {
    let finding = target.finding;
    if (examined && finding === 'numbness') finding = 'sensory_loss';
    if (saddle && (finding === 'numbness' || finding === 'tingling')) finding = 'saddle_anesthesia';
    if (saddle && finding === 'sensory_loss') finding = examined || term.mode === 'neutral' ? 'perianal_sensation_reduced' : 'saddle_anesthesia';
    const draft: Draft = { finding, status, context, from: unit.from, to: unit.to };
    // The words that fired a neutral term include its qualifier ("ankle jerks absent").
    if (qualifierUnit && Math.abs(qualifierUnit.from - unit.from) <= QUALIFIER_FORWARD_REACH) {
      draft.from = Math.min(draft.from, qualifierUnit.from);
      draft.to = Math.max(draft.to, qualifierUnit.to);
    }
    if (target.movement) draft.movement = target.movement;
    const spec = FINDING_BY_ID.get(finding);
    if (spec?.regions) {
      const regions = new Set<Region>(target.regions ?? []);
      for (const s of sites) for (const r of s.site.regions) regions.add(r);
      for (const r of dermatomeRegions(view, unit)) regions.add(r);
      if (regions.size > 0) draft.regions = [...regions];
    }
    if (spec?.lateral) {
      const side = sideOf(view, unit, sites);
      if (side) draft.side = side;
    }
    const wanted = GRADE_READING[finding];
    // A grade measures the finding when present (MRC power, SLR angle, residual volume).
    if (wanted && grade !== undefined && status === 'present') draft.grade = grade;
    if (finding === 'post_void_residual' && draft.grade === undefined) continue;
    // A large residual is urinary retention, which is bladder dysfunction (spec/triage-policy.md threshold).
    if (finding === 'post_void_residual' && draft.grade! >= RETENTION_ML && status === 'present') out.push({ ...draft, finding: 'bladder_dysfunction', grade: undefined } as Draft);
    if (finding === 'slr_positive' && draft.grade === undefined && status === 'present') {
      const angle = readingNear(view, unit, 'angle');
      if (angle) draft.grade = angle.value;
    }
    if (sites.length > 0) {
      draft.from = Math.min(draft.from, ...sites.map((s) => s.unit.from));
      draft.to = Math.max(draft.to, ...sites.map((s) => s.unit.to));
    }
    out.push(draft);
  }
}

function bareNegation(view: SentenceView, unit: Unit, term: Finding, scope: Scope): Polarity | undefined {
  if (!scope.negated || !term.bareNegation || !nearBefore(view, scope.negationUnit!, unit, 4)) return undefined;
  // Only a negation of the term itself: "no urination" is not "no excessive urination".
  for (let i = scope.negationUnit!.to; i < unit.from; i++) {
    // Other items of the same list may stand between: "no bowel movement or urination".
    const between = view.unitAtToken(i);
    if (between && (hasConcept(between, 'finding') || hasConcept(between, 'ignore'))) continue;
    if (!FILLER.has(view.norm(i)) && !BARE_NEGATION_GAP.has(view.norm(i)) && !view.sideAt(i)) return undefined;
  }
  return { meaning: term.bareNegation === 'present' ? 'abnormal' : 'normal', unit: scope.negationUnit! };
}

/** Which way a neutral term went: the adjacent word before it, else the first qualifier or number after it. */
export function qualifierOf(view: SentenceView, unit: Unit, term: Finding): Polarity | undefined {
  const clause = view.clause(unit.from);
  for (let i = unit.from - 1, seen = 0; i >= view.from && seen < QUALIFIER_BACK_REACH && view.clause(i) === clause; i--, seen++) {
    const other = fillerUnit(view, i) ? undefined : view.unitAtToken(i);
    if (other && other !== unit) {
      const verdict = judge(view, other, term, i);
      if (verdict === 'stop') break;
      if (verdict) return verdict;
      i = other.from;
      continue;
    }
    if (!FILLER.has(view.norm(i)) && !view.sideAt(i)) break;
  }
  let reading: Reading | undefined;
  for (let i = unit.to, seen = 0; i < view.to && seen < QUALIFIER_FORWARD_REACH; i++, seen++) {
    if (view.clause(i) !== clause && view.norm(i - 1) !== ':' && view.norm(i) !== ':') break;
    const numberHere = view.readings.find((r) => r.from === i);
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
    if (other && other !== unit) {
      const verdict = judge(view, other, term, i);
      if (verdict === 'stop') break;
      if (verdict) return { ...verdict, ...(reading && { grade: reading.value }) };
      i = other.to - 1;
      continue;
    }
    if (!FILLER.has(view.norm(i)) && !view.sideAt(i) && view.norm(i) !== ':' && view.norm(i) !== ',') break;
  }
  if (reading) {
    const polarity = polarityOfReading(reading, term);
    return polarity && polarity !== 'stop' ? polarity : undefined;
  }
  // "feels weak when I try to straighten my knee": a weakness word in the same clause names the movement's result.
  if (term.targets.some((t) => t.movement)) {
    const weak = view.units.find(
      (u) => u !== unit && view.clause(u.from) === clause && Math.abs(u.from - unit.from) <= MOVEMENT_WEAKNESS_REACH && conceptOf(u, 'finding')?.group === 'motor' && conceptOf(u, 'finding')?.mode === 'assert',
    );
    if (weak) return { meaning: 'abnormal', unit: weak };
  }
  return undefined;
}
const MOVEMENT_WEAKNESS_REACH = 9;
const SIDE_FORWARD_REACH = 8;

/** A one-word unit that is also a filler word ("with", "on"): it only links. */
function fillerUnit(view: SentenceView, i: number): boolean {
  const unit = view.unitAtToken(i);
  return unit !== undefined && unit.to - unit.from === 1 && FILLER.has(view.norm(i)) && !unit.concepts.some((c) => c.kind === 'qualifier' || c.kind === 'finding' || c.kind === 'negation');
}

/** What another unit next to a neutral term says about it: a polarity, nothing (skip it), or stop looking. */
function judge(view: SentenceView, other: Unit, term: Finding, at: number): Polarity | 'stop' | undefined {
  const qualifier = conceptOf(other, 'qualifier');
  if (qualifier) return { meaning: qualifier.meaning, unit: other };
  if (hasDirected(other, 'negation', 'post') && other.from >= at) return { meaning: 'normal', unit: other };
  const finding = conceptOf(other, 'finding');
  if (finding) {
    // "bladder or bowel incontinence": an asserting term of the same family lends its meaning.
    if (finding.mode === 'assert' && finding.group === term.group && !finding.fixed) return { meaning: 'abnormal', unit: other };
    if (finding.mode === 'neutral') return undefined;
    return 'stop';
  }
  if (hasConcept(other, 'site') || hasConcept(other, 'side') || hasConcept(other, 'dermatome')) return undefined;
  void view;
  return 'stop';
}

function polarityOfReading(reading: Reading, term: Finding): Polarity | 'stop' | undefined {
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
      return undefined;
  }
}

// ---------------------------------------------------------------------------
// Pain

interface AttachedSite {
  readonly unit: Unit;
  readonly site: Site;
  /** Reached without passing another finding ("hand weakness", "weakness of the arm"), not through a list ("numbness and arm weakness"). */
  readonly direct?: boolean;
}

function painDrafts(view: SentenceView, unit: Unit, pain: Pain, section: SectionKind, attachedSites: Set<Unit>, out: Draft[]): void {
  const sites = sitesOf(view, unit, attachedSites);
  const legSites = sites.filter((s) => s.site.site === 'leg');
  const strongLeg = legSites.some((s) => !s.site.weak) || ((pain.radiates || pain.impliesLeg) && legSites.length > 0);
  const from = Math.min(unit.from, ...sites.map((s) => s.unit.from));
  const scope = scopeOf(view, from, unit.to, section);
  const status: Status = scope.negated ? 'absent' : scope.uncertain ? 'unknown' : 'present';
  const span = (parts: readonly AttachedSite[]): Pick<Draft, 'from' | 'to'> => ({
    from: Math.min(unit.from, ...parts.map((s) => s.unit.from)),
    to: Math.max(unit.to, ...parts.map((s) => s.unit.to)),
  });

  if (!pain.radiates) {
    const back = sites.filter((s) => s.site.site === 'back');
    if (back.length > 0) out.push({ finding: 'back_pain', status, context: scope.context, ...span(back) });
  }
  const groin = sites.filter((s) => s.site.site === 'groin');
  // Pain from the back into the groin and thigh is leg pain reaching the groin, and groin pain as well.
  if (groin.length > 0 && legSites.length > 0) legSites.push(...groin);
  if (groin.length > 0) {
    const side = sideOf(view, unit, groin);
    out.push({ finding: 'groin_pain', status, context: scope.context, ...(side && { side }), ...span(groin) });
  }
  const dermatome = dermatomeRegions(view, unit);
  let legSides: (Side | undefined)[] = [];
  if (strongLeg) {
    // One leg_pain per side: "left buttock and right calf pain" is two.
    const bySide = new Map<Side | undefined, AttachedSite[]>();
    for (const s of legSites) {
      const side = ownSide(view, s) ?? sideOf(view, unit, [s]);
      bySide.set(side, [...(bySide.get(side) ?? []), s]);
    }
    if (bySide.size > 1 && bySide.has(undefined)) {
      // An unsided site in a list with sided ones shares their side when there is only one.
      const sided = [...bySide.keys()].filter((k) => k !== undefined);
      if (sided.length === 1) {
        bySide.set(sided[0], [...bySide.get(sided[0])!, ...bySide.get(undefined)!]);
        bySide.delete(undefined);
      }
    }
    for (const [side, group] of bySide) {
      const regions = new Set<Region>(dermatome);
      for (const s of group) for (const r of s.site.regions) regions.add(r);
      out.push({ finding: 'leg_pain', status, context: scope.context, ...(side && { side }), ...(regions.size > 0 && { regions: [...regions] }), ...span(group) });
      legSides.push(side);
    }
  } else if (pain.impliesLeg || (pain.radiates && dermatome.length > 0) || (pain.radiates && scope.negated && sites.length === 0)) {
    const side = sideOf(view, unit, []);
    out.push({ finding: 'leg_pain', status, context: scope.context, ...(side && { side }), ...(dermatome.length > 0 && { regions: dermatome }), from: unit.from, to: unit.to });
    legSides = [side];
  }
  if (pain.quality) {
    const quality = pain.quality;
    if (legSides.length > 0) for (const side of legSides) out.push({ finding: quality, status, context: scope.context, ...(side && { side }), from: unit.from, to: unit.to });
    else if (quality === 'burning_pain' || quality === 'deep_aching_pain') {
      // Quality words about the leg only: "burning in my feet" is handled above; a burning back is not a finding.
    }
  }
}

/** The sites a pain or sensory word applies to: those just before it ("left leg pain") and after it ("pain down my left leg"). */
function sitesOf(view: SentenceView, unit: Unit, attachedSites: Set<Unit>): AttachedSite[] {
  const found: AttachedSite[] = [];
  let direct = true;
  const take = (other: Unit): void => {
    const site = conceptOf(other, 'site');
    if (!site) return;
    found.push({ unit: other, site, direct });
    attachedSites.add(other);
  };
  // Before: an adjacent compound, possibly a list ("buttock and leg pain").
  for (let i = unit.from - 1; i >= view.from; i--) {
    const other = view.unitAtToken(i);
    if (other && other !== unit && hasConcept(other, 'site')) {
      take(other);
      i = other.from;
      continue;
    }
    if (other && (hasConcept(other, 'side') || hasConcept(other, 'dermatome'))) {
      i = other.from;
      continue;
    }
    const norm = view.norm(i);
    if (found.length > 0 && (norm === 'and' || norm === ',' || norm === '/' || norm === '+' || norm === '&' || norm === 'or')) continue;
    if (ADJECTIVES.has(norm) || AUXILIARIES.has(norm) || view.sideAt(i)) continue;
    break;
  }
  // After: through prepositions and other pain or sensory words of the same list.
  direct = true;
  let clause = view.clause(unit.from);
  let unknown = 0;
  for (let i = unit.to; i < view.to && i < unit.to + SITE_FORWARD_REACH; i++) {
    // "Pain location: lower lumbar": a colon carries the list on.
    if (view.norm(i) === ':') clause = view.clause(i + 1);
    if (view.clause(i) !== clause && view.norm(i) !== ':') break;
    const other = view.unitAtToken(i);
    if (other && other !== unit) {
      if (hasConcept(other, 'site')) {
        take(other);
        unknown = 0;
      } else if (hasConcept(other, 'negation') || hasConcept(other, 'activity') || conceptOf(other, 'aggravates')?.strong || hasConcept(other, 'eases') || hasConcept(other, 'trend')) break;
      else if (conceptOf(other, 'finding') && !(conceptOf(other, 'finding')!.sensory || conceptOf(other, 'finding')!.group === 'pain' || conceptOf(other, 'finding')!.group === 'motor')) break;
      else if (hasConcept(other, 'finding') || hasConcept(other, 'pain')) direct = false;
      i = other.to - 1;
      continue;
    }
    const norm = view.norm(i);
    // ", and both my legs ...": a new clause in all but name.
    if (norm === ',' && view.norm(i + 1) === 'and') break;
    if (norm === ',') {
      // A comma continues the list only if a site, a side or a linking word follows ("pain, primarily in the right buttock").
      const next = view.unitAtToken(i + 1);
      const after = view.norm(i + 1);
      if (!(next && (hasConcept(next, 'site') || hasConcept(next, 'side'))) && !view.sideAt(i + 1) && !LINKING_WORDS.has(after) && !FILLER.has(after)) break;
      continue;
    }
    if (norm === ':') continue;
    if (FILLER.has(norm) || view.sideAt(i) || LINKING_WORDS.has(norm)) continue;
    if (++unknown > UNKNOWN_BUDGET) break;
  }
  return found;
}

const ADJECTIVES = new Set(['low', 'lower', 'upper', 'severe', 'mild', 'chronic', 'acute', 'intermittent', 'constant', 'bilateral', 'right', 'left', 'sided', '-', 'the', 'my', 'his', 'her', 'of', 'moderate', 'new', 'ongoing', 'persistent', 'recurrent', 'occasional', 'dull', 'sharp', 'nagging', 'unilateral', 'posterior', 'anterior', 'lateral', 'medial', 'whole', 'entire', 'in', 'both', 'also', 'their', 'a', 'some', 'worsening', 'increasing', 'terrible', 'bad', 'excruciating', 'mechanical', 'axial', 'significant']);
const AUXILIARIES = new Set(['gone', 'went', 'go', 'goes', 'become', 'became', 'grown', 'getting', 'is', 'are', 'was', 'were', 'has', 'have', 'been', 'keeps', 'kept', 'started', 'starts', 'feels', 'felt', 'still', 'really', 'very', 'so', 'also', "'s", 'itself', 'always', 'now', 'being', 'gets', 'getting', 'got', 'had', 'will', 'would', 'can', 'does', 'do', 'did', 'constantly', 'badly', 'really', 'quite']);
const LINKING_WORDS = new Set(['primarily', 'mainly', 'mostly', 'predominantly', 'particularly', 'especially', 'located', 'localized', 'localised', 'situated', 'felt', 'centered', 'centred', 'focused', 'which', 'that', 'radiates', 'radiating', 'extending', 'that', 'which', 'it', 'goes', 'go', 'going', 'comes', 'came', 'round', 'spreads', 'all', 'way', 'then', 'sometimes', 'feels', 'like', 'with', 'associated', 'involving', 'affecting', 'especially', 'mainly', 'mostly', 'predominantly', 'primarily', 'more', 'than', 'extending', 'as', 'well', 'far', 'just', 'get', 'gets', 'got', 'getting', 'have', 'has', 'had', 'felt', 'running', 'runs']);


// ---------------------------------------------------------------------------
// Sites declared well, activities

/** "R leg asymptomatic", "my back itself is fine": the site's pain is absent; "my back and left leg are getting worse": present. */
function wellSiteDraft(view: SentenceView, unit: Unit, site: Site, section: SectionKind, out: Draft[]): void {
  if (site.site !== 'leg' && site.site !== 'back') return;
  if (site.weak) return;
  for (let i = unit.to, seen = 0; i < view.to && seen < 8; i++, seen++) {
    const other = view.unitAtToken(i);
    if (other && (hasConcept(other, 'site') || hasConcept(other, 'side'))) {
      i = other.to - 1;
      continue;
    }
    if (other && conceptOf(other, 'trend')?.trend === 'worsening') {
      const scope = scopeOf(view, unit.from, unit.to, section);
      const finding = site.site === 'back' ? 'back_pain' : 'leg_pain';
      const side = finding === 'leg_pain' ? (ownSide(view, { unit, site }) ?? undefined) : undefined;
      const status: Status = scope.negated ? 'absent' : scope.uncertain ? 'unknown' : 'present';
      out.push({ finding, status, context: scope.context, trend: 'worsening', ...(side && { side }), from: unit.from, to: other.to });
      return;
    }
    if (other) {
      const qualifier = conceptOf(other, 'qualifier');
      if ((hasDirected(other, 'negation', 'post') || qualifier?.meaning === 'normal') && WELL_WORDS.has(view.norm(other.from))) {
        const scope = scopeOf(view, unit.from, unit.to, section);
        const finding = site.site === 'back' ? 'back_pain' : 'leg_pain';
        const side = finding === 'leg_pain' ? (ownSide(view, { unit, site }) ?? sideOf(view, unit, [{ unit, site }])) : undefined;
        out.push({ finding, status: 'absent', context: scope.context, ...(side && { side }), from: unit.from, to: other.to });
      }
      return;
    }
    if (!FILLER.has(view.norm(i)) && view.norm(i) !== 'itself' && !view.sideAt(i)) return;
  }
}
const WELL_WORDS = new Set(['asymptomatic', 'fine', 'normal', 'unaffected', 'ok', 'okay', 'completely', 'perfectly', 'is', 'are', 'feel', 'all', 'alright', 'clear', 'spared', 'symptom']);

const AGGRAVATED: Partial<Record<ConceptOf<'activity'>['activity'], FindingId>> = {
  sitting: 'pain_worse_sitting',
  cough: 'pain_worse_cough_sneeze',
  bending: 'pain_worse_bending_forward',
  walking: 'walking_leg_symptoms',
  standing: 'walking_leg_symptoms',
  night: 'night_pain',
};
const EASED: Partial<Record<ConceptOf<'activity'>['activity'], FindingId>> = {
  sitting: 'relief_sitting_or_bending',
  bending: 'relief_sitting_or_bending',
  standing_still: 'relief_standing_still',
  cycling: 'cycling_tolerated',
};
const ACTIVITY_REACH = 4;
const STRONG_ACTIVITY_REACH = 8;

function activityDraft(view: SentenceView, unit: Unit, activity: ConceptOf<'activity'>, section: SectionKind, out: Draft[]): void {
  const clause = view.clause(unit.from);
  let aggravator: { unit: Unit; strong: boolean } | undefined;
  let easer: Unit | undefined;
  for (const other of view.units) {
    if (other === unit || view.clause(other.from) !== clause) continue;
    const distance = other.from >= unit.to ? other.from - unit.to : unit.from - other.to;
    const aggravates = conceptOf(other, 'aggravates');
    // "Sitting for a long time makes it much worse": a strong word may stand further off than a weak link.
    if (distance > (aggravates?.strong || hasConcept(other, 'eases') ? STRONG_ACTIVITY_REACH : ACTIVITY_REACH)) continue;
    if (aggravates && (!aggravator || (aggravates.strong && !aggravator.strong))) aggravator = { unit: other, strong: aggravates.strong };
    if (hasConcept(other, 'eases')) easer ??= other;
  }
  const symptoms = symptomsInClause(view, clause);
  let finding: FindingId | undefined;
  let trigger: Unit | undefined;
  if (easer && EASED[activity.activity] && symptoms.any) {
    finding = EASED[activity.activity];
    trigger = easer;
  } else if (aggravator && AGGRAVATED[activity.activity]) {
    const wanted = AGGRAVATED[activity.activity]!;
    // "Coughing makes it worse" needs no symptom word beside it; walking needs a leg, night needs pain, and a weak link ("when") needs a symptom.
    const context = wanted === 'walking_leg_symptoms' ? symptoms.leg : wanted === 'night_pain' ? symptoms.pain : aggravator.strong || symptoms.any;
    if (context) {
      finding = wanted;
      trigger = aggravator.unit;
    }
  }
  if (!finding || !trigger) return;
  const from = Math.min(unit.from, trigger.from);
  const to = Math.max(unit.to, trigger.to);
  const scope = scopeOf(view, from, to, section);
  const status: Status = scope.negated ? 'absent' : scope.uncertain ? 'unknown' : 'present';
  const draft: Draft = { finding, status, context: scope.context, from, to };
  if (finding === 'walking_leg_symptoms') {
    const distance = view.readings.find((r) => r.kind === 'distance' && view.clause(r.from) === clause);
    if (distance) draft.grade = distance.value;
  }
  out.push(draft);
}

/** "bilateral leg pain after ~100 ft": leg symptoms brought on at a distance are claudication, even without the word "walk". */
function walkingDistanceDraft(view: SentenceView, section: SectionKind, out: Draft[]): void {
  if (out.some((d) => d.finding === 'walking_leg_symptoms')) return;
  for (const reading of view.readings) {
    if (reading.kind !== 'distance') continue;
    const before = view.norm(reading.from - 1) === '~' || view.norm(reading.from - 1) === 'about' ? view.norm(reading.from - 2) : view.norm(reading.from - 1);
    if (!DISTANCE_LEADS.has(before)) continue;
    const clause = view.clause(reading.from);
    const symptom = out.find((d) => view.clause(d.from) === clause && d.status === 'present' && CLAUDICANT.has(d.finding));
    if (!symptom) continue;
    const scope = scopeOf(view, reading.from, reading.to, section);
    out.push({ finding: 'walking_leg_symptoms', status: scope.uncertain ? 'unknown' : 'present', context: scope.context, grade: reading.value, from: Math.min(symptom.from, reading.from), to: Math.max(symptom.to, reading.to) });
    return;
  }
}
const DISTANCE_LEADS = new Set(['after', 'within', 'at', 'beyond', 'than', 'walking', 'walk', 'only']);
const CLAUDICANT: ReadonlySet<FindingId> = new Set(['leg_pain', 'numbness', 'tingling', 'weakness']);

function symptomsInClause(view: SentenceView, clause: number): { any: boolean; leg: boolean; pain: boolean } {
  let any = false;
  let leg = false;
  let pain = false;
  for (const unit of view.units) {
    if (view.clause(unit.from) !== clause) continue;
    // Only words that state a symptom count, not the name of a test or a muscle ("hamstrings").
    if (conceptOf(unit, 'finding')?.mode === 'neutral') continue;
    const finding = conceptOf(unit, 'finding');
    const site = conceptOf(unit, 'site');
    if (hasConcept(unit, 'pain')) {
      any = true;
      pain = true;
      if (conceptOf(unit, 'pain')!.impliesLeg) leg = true;
    }
    if (finding && (finding.group === 'pain' || finding.group === 'sensory' || finding.group === 'motor' || finding.targets.some((t) => t.finding === 'walking_leg_symptoms'))) {
      any = true;
      if (finding.group !== 'pain') leg = true;
      if (finding.group === 'pain') pain = true;
    }
    if (site?.site === 'leg') leg = true;
  }
  return { any, leg, pain };
}

// ---------------------------------------------------------------------------
// Sides, regions, trends

/** A side written inside the site's own words, or just before it ("my left leg", "both legs"). */
function ownSide(view: SentenceView, s: AttachedSite): Side | undefined {
  const sides = new Set<Side>();
  for (let i = s.unit.from; i < s.unit.to; i++) {
    const side = view.sideAt(i) ?? passedSide(view, i, s.unit);
    if (side) sides.add(side);
  }
  for (let i = s.unit.from - 1, seen = 0; i >= view.from && seen < 3; i--, seen++) {
    const side = view.sideAt(i);
    if (side) {
      sides.add(side);
      break;
    }
    if (!ADJECTIVES.has(view.norm(i)) && !FILLER.has(view.norm(i))) break;
  }
  if (sides.size > 1) return 'both';
  const [only] = sides;
  if (only) return only;
  return s.site.plural ? 'both' : undefined;
}

/** Side words the matcher stepped over inside a unit ("front of my right thigh"). */
function passedSide(view: SentenceView, i: number, unit: Unit): Side | undefined {
  if (i < unit.from || i >= unit.to) return undefined;
  const norm = view.norm(i);
  return norm === 'left' || norm === 'right' || norm === 'both' || norm === 'bilateral' ? (norm === 'bilateral' ? 'both' : norm) : undefined;
}

/** The side of a lateral mention: in its sites, then the nearest side word before it in its segment, then just after. */
function sideOf(view: SentenceView, unit: Unit, sites: readonly AttachedSite[]): Side | undefined {
  const fromSites = new Set<Side>();
  for (const s of sites) {
    const side = ownSide(view, s);
    if (side) fromSites.add(side);
  }
  if (fromSites.size > 0) return fromSites.size > 1 ? 'both' : [...fromSites][0];
  for (let i = unit.from; i < unit.to; i++) {
    const side = passedSide(view, i, unit);
    if (side) return side;
  }
  const segment = view.segment(unit.from);
  for (let i = unit.from - 1; i >= view.from && view.segment(i) === segment; i--) {
    const side = view.sideAt(i);
    if (side) return side;
  }
  for (let i = unit.to; i < view.to && i < unit.to + SIDE_FORWARD_REACH && view.segment(i) === segment; i++) {
    const side = view.sideAt(i);
    if (side) return side;
  }
  return undefined;
}

function dermatomeRegions(view: SentenceView, unit: Unit): Region[] {
  const own = conceptOf(unit, 'dermatome');
  if (own) return [...own.regions];
  const segment = view.segment(unit.from);
  for (const other of view.units) {
    if (other === unit || view.segment(other.from) !== segment) continue;
    if (Math.abs(other.from - unit.from) > 10) continue;
    const dermatome = conceptOf(other, 'dermatome');
    if (dermatome) return [...dermatome.regions];
  }
  return [];
}

function applyTrends(view: SentenceView, drafts: Draft[]): SentenceFindings {
  let orphanTrend: Trend | undefined;
  for (const unit of view.units) {
    const trend = conceptOf(unit, 'trend');
    if (!trend) continue;
    const clause = view.clause(unit.from);
    const candidates = drafts.filter((d) => d.status === 'present' && view.clause(d.from) === clause);
    // The words may be the finding itself ("getting weaker"), else the nearest finding before, else after.
    const own = candidates.filter((d) => d.from <= unit.from && d.to >= unit.to);
    // "progressively worsening LBP and weakness": every finding of the list the word leads.
    const led = candidates.filter((d) => d.from >= unit.to && view.segment(d.from) === view.segment(unit.from));
    const before = candidates.filter((d) => d.to <= unit.from).at(-1);
    const after = candidates.find((d) => d.from >= unit.to);
    const targets = own.length > 0 ? own : led.length > 0 ? led : [before ?? after].filter((d): d is Draft => d !== undefined);
    for (const target of targets) target.trend ??= trend.trend;
    if (targets.length === 0 && !drafts.some((d) => d.status === 'present')) orphanTrend = trend.trend;
  }
  resolvedByLaterClause(view, drafts);
  return { drafts, ...(orphanTrend && { orphanTrend }) };
}

/** "..., but that settled within days": a clause of only a pronoun and a resolution word ends the findings before it. */
function resolvedByLaterClause(view: SentenceView, drafts: Draft[]): void {
  for (const unit of view.units) {
    if (!hasDirected(unit, 'negation', 'post')) continue;
    const clause = view.clause(unit.from);
    if (clause === 0 || drafts.some((d) => view.clause(d.from) === clause)) continue;
    const before = view.norm(unit.from - 1);
    if (!RESOLVED_SUBJECTS.has(before) && !RESOLVED_SUBJECTS.has(view.norm(unit.from - 2))) continue;
    for (const d of drafts) if (view.clause(d.from) === clause - 1 && d.status === 'present') d.status = 'absent';
  }
}
const RESOLVED_SUBJECTS = new Set(['that', 'it', 'this', 'which', 'they', 'these', 'those', 'all', "it's", 'has', 'have']);

// ---------------------------------------------------------------------------
// Small helpers

function readingNear(view: SentenceView, unit: Unit, kind: ReadingKind): Reading | undefined {
  const segment = view.segment(unit.from);
  return view.readings.find((r) => r.kind === kind && view.segment(r.from) === segment && r.from >= unit.to && r.from - unit.to <= 6);
}

function nearBefore(view: SentenceView, trigger: Unit, unit: Unit, reach: number): boolean {
  void view;
  return trigger.to <= unit.from && unit.from - trigger.to <= reach;
}

const EXAMINED_BY = new Set(['doctor', 'examination', 'exam', 'examined', 'examining', 'o/e', 'physician', 'nurse', 'physio', 'physiotherapist', 'clinician', 'gp']);
const EXAMINED_VERBS = new Set(['found', 'checked', 'tested', 'examined', 'showed', 'noted', 'revealed', 'on']);
function examinedInSentence(view: SentenceView): boolean {
  for (let i = view.from; i < view.to; i++) if (EXAMINED_BY.has(view.norm(i)) && (EXAMINED_VERBS.has(view.norm(i + 1)) || EXAMINED_VERBS.has(view.norm(i - 1)))) return true;
  return false;
}

function sentenceHas(view: SentenceView, word: string): boolean {
  for (let i = view.from; i < view.to; i++) if (view.norm(i) === word) return true;
  return false;
}

const HISTORY_WORDS = new Set(['had', 'post', 'after', 'previous', 'prior', 'ago', 'underwent', 'undergone', 'since']);
function hasHistoryWord(view: SentenceView, unit: Unit): boolean {
  const clause = view.clause(unit.from);
  for (let i = view.from; i < view.to; i++) if (view.clause(i) === clause && HISTORY_WORDS.has(view.norm(i))) return true;
  return false;
}

export type { FindingTarget };
