/**
 * What a person marked on the body map, and how marks become evidence items:
 * each symptom is recorded per leg with the regions marked; a leg left
 * unmarked is "absent" when the person says they have finished, or unknown
 * when they say they are not sure.
 */
import type { EvidenceItem } from '../../../src/case/schema.js';
import type { FindingId, Region } from '../../../src/knowledge/vocabulary.js';
import type { LegSide } from './geometry.js';

export type Symptom = 'pain' | 'numbness' | 'tingling' | 'sensory_loss';

export const SYMPTOM_FINDING: Readonly<Record<Symptom, FindingId>> = {
  pain: 'leg_pain',
  numbness: 'numbness',
  tingling: 'tingling',
  sensory_loss: 'sensory_loss',
};

export const SYMPTOM_WORDS: Readonly<Record<Symptom, { label: string; term: string }>> = {
  pain: { label: 'Pain', term: 'leg pain' },
  numbness: { label: 'Numbness', term: 'hypoaesthesia' },
  tingling: { label: 'Pins and needles', term: 'paraesthesia' },
  sensory_loss: { label: 'Reduced feeling on testing', term: 'sensory loss' },
};

export type LegMarks = Readonly<Record<LegSide, readonly Region[]>>;
export type Marks = Readonly<Partial<Record<Symptom, LegMarks>>> & { readonly backPain?: boolean };

export const EMPTY_LEGS: LegMarks = { left: [], right: [] };

export function toggleRegion(marks: Marks, symptom: Symptom, side: LegSide, region: Region): Marks {
  const legs = marks[symptom] ?? EMPTY_LEGS;
  const current = legs[side];
  const next = current.includes(region) ? current.filter((r) => r !== region) : [...current, region];
  return { ...marks, [symptom]: { ...legs, [side]: next } };
}

export const isMarked = (marks: Marks, symptom: Symptom, side: LegSide, region: Region): boolean =>
  (marks[symptom]?.[side] ?? []).includes(region);

/** Evidence from the marks for the given symptoms; unmarked legs are absent when `finished`, else unknown (left out). */
export function marksToEvidence(marks: Marks, symptoms: readonly Symptom[], finished: boolean, withBack: boolean): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  if (withBack) {
    if (marks.backPain) items.push({ finding: 'back_pain', status: 'present' });
    else if (finished) items.push({ finding: 'back_pain', status: 'absent' });
  }
  for (const symptom of symptoms) {
    const finding = SYMPTOM_FINDING[symptom];
    const legs = marks[symptom] ?? EMPTY_LEGS;
    const marked = (['left', 'right'] as const).filter((side) => legs[side].length > 0);
    for (const side of marked) items.push({ finding, status: 'present', side, regions: [...legs[side]] });
    if (!finished) continue;
    if (marked.length === 0) items.push({ finding, status: 'absent' });
    else if (marked.length === 1) items.push({ finding, status: 'absent', side: marked[0] === 'left' ? 'right' : 'left' });
  }
  return items;
}

/** Marks from evidence (to show a person's answers again on the result page). */
export function evidenceToMarks(evidence: readonly EvidenceItem[]): Marks {
  let marks: Marks = { backPain: evidence.some((i) => i.finding === 'back_pain' && i.status === 'present') };
  for (const [symptom, finding] of Object.entries(SYMPTOM_FINDING) as [Symptom, FindingId][]) {
    for (const item of evidence) {
      if (item.finding !== finding || item.status !== 'present' || !item.regions) continue;
      const sides: LegSide[] = item.side === 'both' ? ['left', 'right'] : item.side ? [item.side] : [];
      for (const side of sides)
        for (const region of item.regions) if (!isMarked(marks, symptom, side, region)) marks = toggleRegion(marks, symptom, side, region);
    }
  }
  return marks;
}
