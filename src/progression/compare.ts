/**
 * Progression: compares a new assessment's evidence with the patient's
 * earlier assessments and marks each deficit that got worse (a fallen MRC
 * grade, weakness in a new movement or on the other side, numbness over new
 * regions or the other side, a new cauda equina finding) as
 * `trend: 'worsening'`, `source: 'progression'`. The triage rules then fire
 * on it (progressive_weakness, bilateral_motor_deficit, bilateral_leg_symptoms,
 * cauda_equina) exactly as if the clinician had written "worsening": no visit
 * alone shows a decline, so the series must.
 *
 * Pure: no clock, no I/O; the server and the web app run the same code.
 */
import type { EvidenceItem } from '../case/schema.js';
import { CAUDA_EQUINA_FINDINGS, type FindingId, type Region } from '../knowledge/vocabulary.js';
import type { BodySide, ProgressionChange, PriorAssessment } from './change.js';
import { describeChange } from './describe.js';

/** Deficits compared side by side; members of a family count as the same deficit when looking for spread. */
const FAMILIES: readonly { readonly findings: readonly FindingId[]; readonly spreadsBy: 'movement' | 'regions' }[] = [
  { findings: ['weakness', 'foot_drop'], spreadsBy: 'movement' },
  { findings: ['numbness', 'sensory_loss'], spreadsBy: 'regions' },
];

const NORMAL_MRC = 5;

/** Every finding a comparison looks at. */
const COMPARED_FINDINGS: ReadonlySet<string> = new Set([...FAMILIES.flatMap((f) => f.findings), ...CAUDA_EQUINA_FINDINGS]);

/**
 * The part of an assessment's evidence that later comparisons read: what a
 * store keeps per assessment as the baseline for the next ones.
 */
export const comparisonBasis = (evidence: readonly EvidenceItem[]): EvidenceItem[] =>
  evidence.filter((item) => COMPARED_FINDINGS.has(item.finding));

export interface Progression {
  /** The most recent earlier assessment, or null for a patient's first. */
  readonly comparedWith: string | null;
  readonly changes: readonly ProgressionChange[];
  /** The new evidence, with every item that progressed marked worsening. */
  readonly evidence: readonly EvidenceItem[];
}

/** `history` is newest first. */
export function compareWithHistory(evidence: readonly EvidenceItem[], history: readonly PriorAssessment[]): Progression {
  const latest = history[0];
  if (!latest) return { comparedWith: null, changes: [], evidence };
  const changes: ProgressionChange[] = [];
  const marked = evidence.map((item) => {
    const found = changesOf(item, history);
    changes.push(...found);
    return found.length > 0 && item.trend !== 'worsening' ? { ...item, trend: 'worsening' as const, source: 'progression' as const } : item;
  });
  return { comparedWith: latest.assessmentId, changes, evidence: marked };
}

function changesOf(item: EvidenceItem, history: readonly PriorAssessment[]): ProgressionChange[] {
  if (!isDeficit(item)) return [];
  const finding = item.finding as FindingId;
  const changes: Omit<ProgressionChange, 'text'>[] = [];
  if ((CAUDA_EQUINA_FINDINGS as readonly string[]).includes(finding)) {
    const latest = history[0]!;
    if (!latest.evidence.some((prior) => prior.finding === finding && prior.status === 'present'))
      changes.push({ kind: 'new_finding', finding, comparedWith: latest.assessmentId });
  }
  for (const side of sidesOf(item)) {
    const fell = gradeFall(item, side, history);
    if (fell) changes.push(fell);
    const family = FAMILIES.find((f) => f.findings.includes(finding));
    if (family && side !== undefined) {
      const spread = familySpread(item, side, family, history) ?? (fell ? undefined : newAfterAbsent(item, side, history));
      if (spread) changes.push(spread);
    }
  }
  return changes.map((change) => ({ ...change, text: describeChange(change) }));
}

/** An MRC grade lower than the last grade recorded for the same movement and side (an absent weakness counts as normal strength). */
function gradeFall(item: EvidenceItem, side: BodySide | undefined, history: readonly PriorAssessment[]): Omit<ProgressionChange, 'text'> | undefined {
  if (item.finding !== 'weakness' || item.grade === undefined || item.movement === undefined) return undefined;
  for (const prior of history) {
    const grades = prior.evidence
      .filter((p) => p.finding === 'weakness' && p.movement === item.movement && covers(p, side))
      .flatMap((p) => (p.status === 'absent' ? [NORMAL_MRC] : p.status === 'present' && p.grade !== undefined ? [p.grade] : []));
    if (grades.length === 0) continue;
    // Several grades for one movement in one visit: the weakest is the baseline, so a repeat is never a fall.
    const from = Math.min(...grades);
    if (from <= item.grade) return undefined;
    return { kind: 'grade_fell', finding: 'weakness', side, movement: item.movement, from, to: item.grade, comparedWith: prior.assessmentId };
  }
  return undefined;
}

/** The deficit was only on the other side before, or now reaches a movement or regions it did not reach on this side. */
function familySpread(
  item: EvidenceItem,
  side: BodySide,
  family: (typeof FAMILIES)[number],
  history: readonly PriorAssessment[],
): Omit<ProgressionChange, 'text'> | undefined {
  const earlier = history.flatMap((prior) =>
    prior.evidence.filter((p) => family.findings.includes(p.finding as FindingId) && isDeficit(p)).map((p) => ({ prior, item: p })),
  );
  if (earlier.length === 0) return undefined;
  const sameSide = earlier.filter((e) => covers(e.item, side) || e.item.side === undefined);
  const finding = item.finding as FindingId;
  if (sameSide.length === 0) return { kind: 'other_side', finding, side, comparedWith: earlier[0]!.prior.assessmentId };
  const newest = sameSide[0]!.prior.assessmentId;
  if (family.spreadsBy === 'movement') {
    const wasThere = sameSide.some((e) => e.item.finding === finding && (finding !== 'weakness' || e.item.movement === undefined || e.item.movement === item.movement));
    if (wasThere || (finding === 'weakness' && item.movement === undefined)) return undefined;
    return finding === 'weakness'
      ? { kind: 'new_movement', finding, side, movement: item.movement, comparedWith: newest }
      : { kind: 'new_finding', finding, side, comparedWith: newest };
  }
  const before = new Set<Region>(sameSide.flatMap((e) => e.item.regions ?? []));
  const added = (item.regions ?? []).filter((region) => !before.has(region));
  // Without regions on both sides of the comparison there is nothing to measure spread by.
  if (before.size === 0 || added.length === 0) return undefined;
  return { kind: 'new_regions', finding, side, regions: added, comparedWith: newest };
}

/** Present now, recorded absent (for this side and movement) at the last assessment that looked. */
function newAfterAbsent(item: EvidenceItem, side: BodySide, history: readonly PriorAssessment[]): Omit<ProgressionChange, 'text'> | undefined {
  for (const prior of history) {
    const same = prior.evidence.filter((p) => p.finding === item.finding && p.movement === item.movement && (covers(p, side) || p.side === undefined));
    if (same.length === 0) continue;
    if (!same.every((p) => p.status === 'absent')) return undefined;
    return { kind: 'new_finding', finding: item.finding as FindingId, side, movement: item.movement, comparedWith: prior.assessmentId };
  }
  return undefined;
}

const isDeficit = (item: EvidenceItem): boolean =>
  item.status === 'present' && !(item.finding === 'weakness' && item.grade === NORMAL_MRC);

const sidesOf = (item: EvidenceItem): (BodySide | undefined)[] =>
  item.side === 'both' ? ['left', 'right'] : [item.side];

/** Whether an item speaks about this side (`both` speaks about each; a side-less item only about side-less ones). */
const covers = (item: EvidenceItem, side: BodySide | undefined): boolean =>
  side === undefined ? item.side === undefined : item.side === side || item.side === 'both';
