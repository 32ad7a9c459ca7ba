/**
 * A patient's series for charts: per assessment, the triage level, pain, the
 * MRC grade of each tested movement and the regions of each symptom. Read
 * straight from the stored assessments' evidence; nothing is re-assessed.
 */
import type { Assessment } from '../case/schema.js';
import type { Movement, Region, Side, TriageLevel } from '../knowledge/vocabulary.js';
import type { ChangeKind } from './change.js';

export interface TimelineInput {
  readonly assessmentId: string;
  readonly createdAt: string;
  readonly assessment: Assessment;
  readonly progression: readonly { readonly kind: ChangeKind }[];
}

export interface TimelinePoint {
  readonly assessmentId: string;
  readonly createdAt: string;
  readonly triageLevel: TriageLevel;
  readonly redFlags: readonly string[];
  readonly pain: {
    readonly back: 'present' | 'absent' | null;
    readonly leg: 'present' | 'absent' | null;
    readonly legSides: readonly Side[];
    readonly legRegions: readonly Region[];
  };
  readonly grades: readonly { readonly movement: Movement; readonly side: Side | null; readonly grade: number }[];
  readonly regions: readonly { readonly finding: string; readonly side: Side | null; readonly regions: readonly Region[] }[];
  /** The kinds of progression found when this assessment was made. */
  readonly progression: readonly ChangeKind[];
}

const REGION_FINDINGS = new Set(['leg_pain', 'numbness', 'tingling', 'sensory_loss']);

/** Points in the order given (the store passes them oldest first, as a chart reads). */
export const buildTimeline = (inputs: readonly TimelineInput[]): TimelinePoint[] => inputs.map(toPoint);

function toPoint({ assessmentId, createdAt, assessment, progression }: TimelineInput): TimelinePoint {
  const evidence = assessment.evidence;
  const status = (finding: string): 'present' | 'absent' | null => {
    const items = evidence.filter((e) => e.finding === finding && e.status !== 'unknown');
    if (items.length === 0) return null;
    return items.some((e) => e.status === 'present') ? 'present' : 'absent';
  };
  const legPain = evidence.filter((e) => e.finding === 'leg_pain' && e.status === 'present');
  return {
    assessmentId,
    createdAt,
    triageLevel: assessment.triage.level,
    redFlags: assessment.redFlags.map((flag) => flag.id),
    pain: {
      back: status('back_pain'),
      leg: status('leg_pain'),
      legSides: unique(legPain.flatMap((e) => (e.side ? [e.side] : []))),
      legRegions: unique(legPain.flatMap((e) => e.regions ?? [])),
    },
    grades: evidence.flatMap((e) =>
      e.finding === 'weakness' && e.movement !== undefined && (e.grade !== undefined || e.status === 'absent')
        ? [{ movement: e.movement, side: e.side ?? null, grade: e.status === 'absent' ? 5 : e.grade! }]
        : [],
    ),
    regions: evidence.flatMap((e) =>
      REGION_FINDINGS.has(e.finding) && e.status === 'present' && e.regions?.length
        ? [{ finding: e.finding, side: e.side ?? null, regions: e.regions }]
        : [],
    ),
    progression: unique(progression.map((change) => change.kind)),
  };
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
