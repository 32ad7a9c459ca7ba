/**
 * Findings made of an activity and what it does ("worse on sitting",
 * "eased by bending forward", "after ~100 ft"), and sites declared well or
 * getting worse ("R leg asymptomatic", "my back is getting worse").
 */
import type { FindingId, Status } from '../../knowledge/vocabulary.js';
import type { ConceptOf } from '../lexicon/index.js';
import type { SectionKind } from '../lexicon/sections.js';
import { scopeOf } from '../scope.js';
import { conceptOf, hasConcept, hasDirected, type SentenceView, type Unit } from '../view.js';
import { newDraft, type Draft, type Site } from './draft.js';
import { ownSide, sideOf } from './sites.js';
import { FILLER } from './words.js';

// Sites declared well, activities

/** "R leg asymptomatic", "my back itself is fine": the site's pain is absent; "my back and left leg are getting worse": present. */
export function wellSiteDraft(view: SentenceView, unit: Unit, site: Site, section: SectionKind, out: Draft[]): void {
  if (site.site !== 'leg' && site.site !== 'back' && site.site !== 'saddle') return;
  if (site.weak) return;
  // A form's "Saddle: intact" answers for the saddle's feeling; "BACK: Normal", "Genital: normal" are inspections.
  const saddleByName = site.site === 'saddle' && view.norm(unit.from) === 'saddle';
  for (let i = unit.to, seen = 0; i < view.to && seen < 8; i++, seen++) {
    const other = view.unitAtToken(i);
    if (other && (hasConcept(other, 'site') || hasConcept(other, 'side'))) {
      i = other.to - 1;
      continue;
    }
    if (other && conceptOf(other, 'trend')?.trend === 'worsening' && site.site !== 'saddle') {
      const scope = scopeOf(view, unit.from, unit.to, section);
      const finding = site.site === 'back' ? 'back_pain' : 'leg_pain';
      const side = finding === 'leg_pain' ? (ownSide(view, { unit, site }) ?? undefined) : undefined;
      const status: Status = scope.negated ? 'absent' : scope.uncertain ? 'unknown' : 'present';
      out.push(newDraft(finding, status, scope.context, unit.from, other.to, { side, trend: 'worsening' }));
      return;
    }
    if (other) {
      const qualifier = conceptOf(other, 'qualifier');
      // "Saddle: reduced": a form's saddle field found abnormal.
      if (saddleByName && qualifier?.meaning === 'abnormal' && view.norm(other.from - 1) === ':') {
        const scope = scopeOf(view, unit.from, unit.to, section);
        out.push(newDraft('saddle_anesthesia', scope.uncertain ? 'unknown' : 'present', scope.context, unit.from, other.to));
        return;
      }
      // "Saddle: intact": the saddle's feeling (not "rectum intact" after surgery).
      const wellWord = WELL_WORDS.has(view.norm(other.from)) || (saddleByName && view.norm(other.from) === 'intact');
      if ((hasDirected(other, 'negation', 'post') || qualifier?.meaning === 'normal') && wellWord) {
        const scope = scopeOf(view, unit.from, unit.to, section);
        // "The area between my legs feels normal": the saddle's feeling.
        const finding = site.site === 'back' ? 'back_pain' : site.site === 'saddle' ? 'saddle_anesthesia' : 'leg_pain';
        const side = finding === 'leg_pain' ? (ownSide(view, { unit, site }) ?? sideOf(view, unit, [{ unit, site }])) : undefined;
        out.push(newDraft(finding, 'absent', scope.context, unit.from, other.to, { side }));
      }
      return;
    }
    if (!FILLER.has(view.norm(i)) && view.norm(i) !== 'itself' && !(saddleByName && view.norm(i) === ':') && !view.sideAt(i)) return;
  }
}

const STATEMENT_ENDS = new Set(['.', ',', ';', '!', 'and', 'but', ':', '.']);
const SIDE_AS_LEG: Site = { kind: 'site', site: 'leg', regions: [] };

/** "My right side is fine": a side as the subject of a well statement is that leg (not "the right side of my back"). */
export function wellSideDraft(view: SentenceView, unit: Unit, section: SectionKind, out: Draft[]): void {
  if (view.norm(unit.to - 1) !== 'side' || view.norm(unit.to) === 'of') return;
  const before = view.norm(unit.from - 1);
  if (unit.from > view.from && before !== 'my' && before !== 'the' && before !== 'his' && before !== 'her' && before !== ';') return;
  // The well word closes the statement: "my right side is fine", not "the left side has a normal plantar response".
  const well = view.units.find((u) => u.from >= unit.to && u.from - unit.to <= 4 && WELL_WORDS.has(view.norm(u.from)));
  if (!well || !STATEMENT_ENDS.has(view.norm(well.to) || '.')) return;
  wellSiteDraft(view, unit, SIDE_AS_LEG, section, out);
}

export const WELL_WORDS = new Set(['asymptomatic', 'fine', 'normal', 'unaffected', 'ok', 'okay', 'completely', 'perfectly', 'is', 'are', 'feel', 'all', 'alright', 'clear', 'spared', 'symptom']);

export const AGGRAVATED: Partial<Record<ConceptOf<'activity'>['activity'], FindingId>> = {
  sitting: 'pain_worse_sitting',
  cough: 'pain_worse_cough_sneeze',
  bending: 'pain_worse_bending_forward',
  walking: 'walking_leg_symptoms',
  standing: 'walking_leg_symptoms',
  night: 'night_pain',
  hip_movement: 'hip_movement_pain',
};

export const EASED: Partial<Record<ConceptOf<'activity'>['activity'], FindingId>> = {
  sitting: 'relief_sitting_or_bending',
  bending: 'relief_sitting_or_bending',
  standing_still: 'relief_standing_still',
  cycling: 'cycling_tolerated',
};

export const ACTIVITY_REACH = 4;

const ONSET_WORDS = new Set(['onset', 'started', 'began', 'begun', 'start', 'came']);

/** Whether the clause tells how the pain began, and not also what makes it worse ("started after lifting and is worse after sitting"). */
function saysOnset(view: SentenceView, clause: number): boolean {
  let onset = false;
  for (let i = view.from; i < view.to; i++) {
    if (view.clause(i) !== clause) continue;
    const unit = view.unitAtToken(i);
    if (conceptOf(unit, 'aggravates')?.strong) return false;
    onset ||= ONSET_WORDS.has(view.norm(i)) || hasConcept(unit, 'onset');
  }
  return onset;
}

export const STRONG_ACTIVITY_REACH = 8;

/** Words before "overnight" that make it when something began or what the night brought, not pain at night. */
const NIGHT_OWNERS = new Set(['onset', 'started', 'began', 'begun', 'developed', 'appeared', 'on', 'sweats', 'sweat', 'sweating', 'sweaty', 'rigors', 'rigours', 'shivers', 'chills', 'fevers', 'temperatures',
  // "admitted overnight", "kept overnight": a stay, not the night's pain.
  'admitted', 'kept', 'stayed', 'observed', 'monitored']);

/** "onset overnight", "came on overnight", "sweats and rigors overnight": the night is when it began, or the sweats'. */
function nightOfSomethingElse(view: SentenceView, unit: Unit): boolean {
  return view.phrase(unit) === 'overnight' && (NIGHT_OWNERS.has(view.norm(unit.from - 1)) || (view.norm(unit.from - 2) === 'and' && NIGHT_OWNERS.has(view.norm(unit.from - 3))));
}

const LYING_WORDS = new Set(['lie', 'lying', 'lay', 'laying', 'lies', 'sleep', 'sleeping', 'sleeps']);
/** Turning in bed, which hurts a mechanical back: "wakes her when she rolls over". */
const ROLLING = new Set(['roll', 'rolls', 'rolling', 'rolled', 'turn', 'turns', 'turning']);
/** Words that say a position eases the pain: "worse at night but can settle lying on her side". */
const EASED_BY = new Set(['settle', 'settles', 'settled', 'eases', 'eased', 'relieved', 'relieves', 'comfortable', 'comfy']);
const ANY_SIDE = new Set(['either', 'any', 'whichever', 'whatever', 'each']);
/** How far after a word for lying its "side" may stand: "lying on my left side", "lying on her right side". */
const SIDE_LYING_REACH = 4;

/** "Pain lying on L side at night": lying on one side, which hurts a hip; a turn eases it, so it is no night pain. */
function saysSideLying(view: SentenceView, clause: number): boolean {
  // A position that eases it may be said in a clause of its own: "worse at night but can settle lying on her side".
  let eased = false;
  let rolling = false;
  for (let i = view.from; i < view.to; i++) {
    eased ||= EASED_BY.has(view.norm(i));
    rolling ||= ROLLING.has(view.norm(i));
  }
  // "Pain wakes her when she rolls over in bed but settles once she gets comfy again": a turn that hurts, then eases.
  if (eased && rolling) return true;
  for (let i = view.from; i < view.to; i++) {
    if ((view.clause(i) !== clause && !eased) || !LYING_WORDS.has(view.norm(i))) continue;
    // Not "lying on either side", which no turn eases.
    for (let j = i + 1; j < view.to && j <= i + SIDE_LYING_REACH; j++) if (view.norm(j) === 'side') return !ANY_SIDE.has(view.norm(j - 1));
  }
  return false;
}

export function activityDraft(view: SentenceView, unit: Unit, activity: ConceptOf<'activity'>, section: SectionKind, out: Draft[]): void {
  const clause = view.clause(unit.from);
  // "Sudden onset back pain after coughing": what set the pain off, not what makes it worse.
  if (view.norm(unit.from - 1) === 'after' && saysOnset(view, clause)) return;
  if (activity.activity === 'night' && (saysSideLying(view, clause) || nightOfSomethingElse(view, unit))) return;
  let aggravator: { unit: Unit; strong: boolean; distance: number } | undefined;
  let easer: { unit: Unit; distance: number } | undefined;
  for (const other of view.units) {
    if (other === unit || view.clause(other.from) !== clause) continue;
    const distance = other.from >= unit.to ? other.from - unit.to : unit.from - other.to;
    const aggravates = conceptOf(other, 'aggravates');
    // "Sitting for a long time makes it much worse": a strong word may stand further off than a weak link.
    if (distance > (aggravates?.strong || hasConcept(other, 'eases') ? STRONG_ACTIVITY_REACH : ACTIVITY_REACH)) continue;
    if (aggravates && (!aggravator || (aggravates.strong && !aggravator.strong))) aggravator = { unit: other, strong: aggravates.strong, distance };
    // The nearest word of easing: "sits to ease it, standing still doesn't help".
    if (hasConcept(other, 'eases') && (!easer || distance < easer.distance)) easer = { unit: other, distance };
  }
  // "Sitting makes it worse, standing is better": each activity takes the word of worsening or easing nearer to it.
  if (easer && aggravator?.strong && aggravator.distance < easer.distance) easer = undefined;
  // "worse after sitting, eases with walking": nor is a word of worsening further off than the easing one.
  if (easer && aggravator && easer.distance < aggravator.distance) aggravator = undefined;
  // "My back hurts at night": pain said right before the night needs no word of worsening.
  if (!aggravator && activity.activity === 'night') {
    const before = view.unitAtToken(unit.from - 1);
    if (before && (hasConcept(before, 'pain') || hasConcept(before, 'trend'))) aggravator = { unit: before, strong: true, distance: 0 };
  }
  const symptoms = symptomsOfLine(view, clause);
  let finding: FindingId | undefined;
  let trigger: Unit | undefined;
  // "Bending forward helps", "sitting down settles it": an activity that eases, said of the symptom in hand.
  if (easer && EASED[activity.activity] && (symptoms.any || easer.unit.from >= unit.to || clauseRefersBack(view, clause))) {
    finding = EASED[activity.activity];
    trigger = easer.unit;
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
  // "Standing still doesn't help": a negation between the activity and what it does.
  const negatedWithin = view.units.some((u) => u !== unit && u !== trigger && u.from >= from && u.to <= to && hasDirected(u, 'negation', 'pre'));
  // "nothing past the knee, worse after sitting": a statement opening on its own word of worsening or easing is not the list denied before it.
  const strongTrigger = conceptOf(trigger, 'aggravates')?.strong === true || hasConcept(trigger, 'eases');
  const ownStatement =
    strongTrigger && scope.negationUnit !== undefined && view.segment(scope.negationUnit.from) !== view.segment(from) && from === trigger.from && view.norm(from - 1) === ',';
  // "Walks the dog 5 km with no leg sx": what the activity is linked to, weakly, is denied.
  const symptomDenied = !strongTrigger && symptomsDeniedInClause(view, clause, section);
  const status: Status = (scope.negated && !ownStatement) || negatedWithin || symptomDenied ? 'absent' : scope.uncertain ? 'unknown' : 'present';
  const draft = newDraft(finding, status, scope.context, from, to);
  if (finding === 'walking_leg_symptoms') {
    const distance = view.readings.find((r) => r.kind === 'distance' && view.clause(r.from) === clause);
    if (distance) draft.grade = distance.value;
  }
  out.push(draft);
}

/** Whether every word of a symptom in the clause is denied: "walks 5 km with no leg sx". */
function symptomsDeniedInClause(view: SentenceView, clause: number, section: SectionKind): boolean {
  let any = false;
  for (const u of view.units) {
    if (view.clause(u.from) !== clause || !(hasConcept(u, 'pain') || conceptOf(u, 'finding')?.mode === 'assert')) continue;
    any = true;
    if (!scopeOf(view, u.from, u.to, section).negated) return false;
  }
  return any;
}

/** "bilateral leg pain after ~100 ft": leg symptoms brought on at a distance are claudication, even without the word "walk". */
export function walkingDistanceDraft(view: SentenceView, section: SectionKind, out: Draft[]): void {
  if (out.some((d) => d.finding === 'walking_leg_symptoms')) return;
  for (const reading of view.readings) {
    if (reading.kind !== 'distance') continue;
    const before = view.norm(reading.from - 1) === '~' || view.norm(reading.from - 1) === 'about' ? view.norm(reading.from - 2) : view.norm(reading.from - 1);
    if (!DISTANCE_LEADS.has(before)) continue;
    const clause = view.clause(reading.from);
    const symptom = out.find((d) => view.clause(d.from) === clause && d.status === 'present' && CLAUDICANT.has(d.finding));
    if (!symptom) continue;
    const scope = scopeOf(view, reading.from, reading.to, section);
    out.push(
      newDraft('walking_leg_symptoms', scope.uncertain ? 'unknown' : 'present', scope.context, Math.min(symptom.from, reading.from), Math.max(symptom.to, reading.to), {
        grade: reading.value,
      }),
    );
    return;
  }
}

const BACK_REFERENCES = new Set(['it', 'them', "it's", 'this', 'they', "they're"]);

/** "It gets better when I lean forward": the clause speaks of a symptom named before. */
function clauseRefersBack(view: SentenceView, clause: number): boolean {
  for (let i = view.from; i < view.to; i++) if (view.clause(i) === clause && BACK_REFERENCES.has(view.norm(i))) return true;
  return false;
}

export const DISTANCE_LEADS = new Set(['after', 'within', 'at', 'beyond', 'than', 'walking', 'walk', 'walks', 'walked', 'manage', 'manages', 'only']);

export const CLAUDICANT: ReadonlySet<FindingId> = new Set(['leg_pain', 'numbness', 'tingling', 'weakness']);

/**
 * The symptoms of a clause, or, for a line of a message that names none, of the line before it: "now shooting pain
 * down my left leg / cant sit for long".
 */
function symptomsOfLine(view: SentenceView, clause: number): { any: boolean; leg: boolean; pain: boolean } {
  const own = symptomsInClause(view, clause);
  if (own.any || clause === 0) return own;
  let start = view.from;
  while (start < view.to && view.clause(start) !== clause) start++;
  return view.newLineBefore(start) ? symptomsInClause(view, clause - 1) : own;
}

export function symptomsInClause(view: SentenceView, clause: number): { any: boolean; leg: boolean; pain: boolean } {
  let any = false;
  let leg = false;
  let pain = false;
  let weakSite = false;
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
      // A foot that drops or a movement that fails shows on walking; it is not brought on by it ("my foot slaps when I walk").
      if (finding.group !== 'pain' && !finding.targets.some((t) => t.movement || t.finding === 'foot_drop')) leg = true;
      if (finding.group === 'pain') pain = true;
    }
    // A joint or the foot counts only with a pain word ("my feet hurt when I walk"), not beside a sign ("my foot slaps").
    if (site?.site === 'leg') {
      if (site.weak) weakSite = true;
      else leg = true;
    }
  }
  return { any, leg: leg || (weakSite && pain), pain };
}
