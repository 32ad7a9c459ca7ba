/** What can change between two assessments of one patient that makes a deficit "progressive". */
import type { EvidenceItem } from '../case/schema.js';
import type { FindingId, Movement, Region } from '../knowledge/vocabulary.js';

export const CHANGE_KINDS = [
  /** An MRC grade of a movement on a side fell. */
  'grade_fell',
  /** Weakness appeared in a movement that was not weak before (same side). */
  'new_movement',
  /** A deficit that was on one side appeared on the other. */
  'other_side',
  /** Numbness or sensory loss covers regions it did not cover before (same side). */
  'new_regions',
  /** A finding recorded as absent before, or a cauda equina finding missing from the previous assessment, is present now. */
  'new_finding',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type BodySide = 'left' | 'right';

export interface ProgressionChange {
  readonly kind: ChangeKind;
  readonly finding: FindingId;
  readonly side?: BodySide | undefined;
  readonly movement?: Movement | undefined;
  /** For new_regions: the regions not covered before. */
  readonly regions?: readonly Region[] | undefined;
  /** For grade_fell: the earlier and the current MRC grade. */
  readonly from?: number | undefined;
  readonly to?: number | undefined;
  /** The earlier assessment that holds the baseline this change is measured against. */
  readonly comparedWith: string;
  /** The change in plain words. */
  readonly text: string;
}

/** One earlier assessment, as the comparison needs it: its id and the evidence it used. */
export interface PriorAssessment {
  readonly assessmentId: string;
  readonly evidence: readonly EvidenceItem[];
}
