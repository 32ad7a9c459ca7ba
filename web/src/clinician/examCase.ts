/**
 * The examination form's values and how they become a Case: MRC grades per
 * movement and side (5 is recorded as no weakness, with the movement, so the
 * timeline can chart it), reflexes, tension signs, pulses, perianal
 * sensation and sensory loss from the body map.
 */
import type { Case, EvidenceItem } from '../../../src/case/schema.js';
import type { FindingId, Movement } from '../../../src/knowledge/vocabulary.js';
import type { LegSide } from '../bodymap/geometry.js';
import { marksToEvidence, type Marks } from '../bodymap/marks.js';

export type Sign = 'positive' | 'negative';
export const LEG_SIDES: readonly LegSide[] = ['left', 'right'];
export const REFLEXES = ['knee_reflex_reduced', 'ankle_reflex_reduced', 'hamstring_reflex_reduced'] as const satisfies readonly FindingId[];
export const SIDED_SIGNS = ['crossed_slr_positive', 'femoral_stretch_positive', 'pedal_pulses_reduced'] as const satisfies readonly FindingId[];
export type ReflexFinding = (typeof REFLEXES)[number];
export type SidedSign = (typeof SIDED_SIGNS)[number];

export interface ExamValues {
  readonly durationDays?: number;
  readonly backPain?: Sign;
  readonly legPain: Partial<Record<LegSide, Sign>>;
  readonly grades: Partial<Record<`${Movement}:${LegSide}`, number>>;
  readonly reflexes: Partial<Record<`${ReflexFinding}:${LegSide}`, Sign>>;
  readonly slr: Partial<Record<LegSide, { readonly result: Sign; readonly angle?: number }>>;
  readonly signs: Partial<Record<`${SidedSign}:${LegSide}`, Sign>>;
  readonly perianal?: Sign;
  readonly analTone?: Sign;
  readonly sensory: Marks;
}

export const EMPTY_EXAM: ExamValues = { legPain: {}, grades: {}, reflexes: {}, slr: {}, signs: {}, sensory: {} };

const signItem = (finding: FindingId, sign: Sign | undefined, side?: LegSide): EvidenceItem[] =>
  sign ? [{ finding, status: sign === 'positive' ? 'present' : 'absent', ...(side && { side }) }] : [];

export function examToEvidence(exam: ExamValues): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  items.push(...signItem('back_pain', exam.backPain));
  for (const side of LEG_SIDES) items.push(...signItem('leg_pain', exam.legPain[side], side));
  for (const [key, grade] of Object.entries(exam.grades) as [`${Movement}:${LegSide}`, number | undefined][]) {
    if (grade === undefined) continue;
    const [movement, side] = key.split(':') as [Movement, LegSide];
    items.push(
      grade >= 5
        ? { finding: 'weakness', status: 'absent', side, movement }
        : { finding: 'weakness', status: 'present', side, movement, grade },
    );
  }
  for (const [key, sign] of Object.entries(exam.reflexes) as [`${ReflexFinding}:${LegSide}`, Sign | undefined][]) {
    const [finding, side] = key.split(':') as [ReflexFinding, LegSide];
    items.push(...signItem(finding, sign, side));
  }
  for (const side of LEG_SIDES) {
    const slr = exam.slr[side];
    if (!slr) continue;
    items.push({
      finding: 'slr_positive',
      status: slr.result === 'positive' ? 'present' : 'absent',
      side,
      ...(slr.result === 'positive' && slr.angle !== undefined && { grade: slr.angle }),
    });
  }
  for (const [key, sign] of Object.entries(exam.signs) as [`${SidedSign}:${LegSide}`, Sign | undefined][]) {
    const [finding, side] = key.split(':') as [SidedSign, LegSide];
    items.push(...signItem(finding, sign, side));
  }
  items.push(...signItem('perianal_sensation_reduced', exam.perianal));
  items.push(...signItem('anal_tone_reduced', exam.analTone));
  items.push(...marksToEvidence(exam.sensory, ['sensory_loss'], false, false));
  return items;
}

/**
 * The case to save: the examination, plus (only if the clinician chooses)
 * the person's own interview answers from this device. An examined finding
 * wins over the person's answer about the same finding and side.
 */
export function examToCase(exam: ExamValues, interview?: Case): Case {
  const examined = examToEvidence(exam);
  const same = (a: EvidenceItem, b: EvidenceItem) => a.finding === b.finding && a.side === b.side && a.movement === b.movement;
  const reported = (interview?.evidence ?? []).filter((item) => item.status !== 'unknown' && !examined.some((e) => same(e, item)));
  const base: Case = interview ? { ...interview, evidence: [] } : { evidence: [] };
  return {
    ...base,
    ...(exam.durationDays !== undefined && { durationDays: exam.durationDays }),
    evidence: [...reported, ...examined],
  };
}
