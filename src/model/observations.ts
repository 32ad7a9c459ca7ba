/**
 * Turns a case into observations the compiled model can score: one per
 * evidence item (unknown status carries no information and is skipped), plus
 * the course features read from onset, duration and trends.
 */
import type { Case, EvidenceItem } from '../case/schema.js';
import { CHRONIC_DAYS, COURSE_FEATURES, type EmissionKey } from '../knowledge/emissions.js';
import { FINDING_BY_ID, FINDINGS, type FindingId } from '../knowledge/vocabulary.js';
import { keyIndex, REGION_FINDING_SLOT, REGION_INDEX } from './tables.js';

export const SIDE_LEFT = 0;
export const SIDE_RIGHT = 1;
export const SIDE_BOTH = 2;
/** A lateral finding reported without a side: on at least one leg, which one unknown. */
export const SIDE_UNKNOWN = 3;
export const SIDE_NONE = 4;

export interface Observation {
  readonly key: number;
  readonly keyName: EmissionKey;
  readonly side: number;
  readonly present: boolean;
  /** Region-map slot of the finding, or -1. */
  readonly slot: number;
  readonly regions: readonly number[];
  /** Redundancy cluster (see CLUSTER_OF), with the sign: e.g. "sensory:+". */
  readonly cluster: string;
  /** The same cluster as a small integer, for counting without strings. */
  readonly clusterId: number;
  /** The evidence item this came from, or undefined for a course feature (always set, so every observation has one shape). */
  readonly item: EvidenceItem | undefined;
}

/**
 * Findings that share a latent cause carry overlapping information (reference,
 * "How to use" note 3): within a cluster, n present observations count as √n,
 * not n, and so do n absent ones (tempered apart, so that a string of normal
 * findings does not dilute one abnormal sign, nor the reverse).
 */
export const CLUSTER_OF: Partial<Record<FindingId, string>> = {
  leg_pain_worse_than_back: 'pain_quality',
  shooting_pain: 'pain_quality',
  burning_pain: 'pain_quality',
  deep_aching_pain: 'pain_quality',
  numbness: 'sensory',
  tingling: 'sensory',
  sensory_loss: 'sensory',
  weakness: 'motor',
  foot_drop: 'motor',
  knee_reflex_reduced: 'reflex',
  ankle_reflex_reduced: 'reflex',
  hamstring_reflex_reduced: 'reflex',
  slr_positive: 'tension',
  crossed_slr_positive: 'tension',
  femoral_stretch_positive: 'tension',
  pain_worse_cough_sneeze: 'mechanical',
  pain_worse_sitting: 'mechanical',
  pain_worse_bending_forward: 'mechanical',
  walking_leg_symptoms: 'claudication',
  relief_sitting_or_bending: 'claudication',
  relief_standing_still: 'claudication',
  cycling_tolerated: 'claudication',
  bladder_dysfunction: 'cauda',
  bowel_dysfunction: 'cauda',
  saddle_anesthesia: 'cauda',
  sexual_dysfunction: 'cauda',
  perianal_sensation_reduced: 'cauda',
  anal_tone_reduced: 'cauda',
  post_void_residual: 'cauda',
  groin_pain: 'hip',
  hip_movement_pain: 'hip',
  hip_rotation_limited: 'hip',
  trochanter_tenderness: 'hip',
  smoking: 'vascular',
  vascular_disease: 'vascular',
  pedal_pulses_reduced: 'vascular',
};

/**
 * Cluster names and ids, computed once: every finding's cluster and every
 * course feature, each with a present (+) and an absent (−) id.
 */
const CLUSTER_NAMES: readonly string[] = [...new Set([...FINDINGS.map((f) => CLUSTER_OF[f] ?? f), ...COURSE_FEATURES])];
const CLUSTER_BASE: ReadonlyMap<string, number> = new Map(CLUSTER_NAMES.map((name, i) => [name, i * 2]));
const CLUSTER_LABEL: readonly string[] = CLUSTER_NAMES.flatMap((name) => [`${name}:-`, `${name}:+`]);
/** How many cluster ids there are (for counting arrays). */
export const CLUSTER_COUNT = CLUSTER_LABEL.length;
const clusterIdOf = (name: string, present: boolean): number => (CLUSTER_BASE.get(name) as number) + (present ? 1 : 0);

/** A post-void residual at or above this volume counts as retention (spec/triage-policy.md). */
const RETENTION_ML = 200;

function observeItem(item: EvidenceItem, out: Observation[]): void {
  if (item.status === 'unknown') return;
  const finding = item.finding as FindingId;
  const spec = FINDING_BY_ID.get(finding);
  if (!spec) return;
  let present = item.status === 'present';
  let keyName: EmissionKey = finding;
  if (finding === 'weakness') {
    if (item.movement !== undefined) keyName = `weakness@${item.movement}`;
    // MRC 5 is normal strength: an examined, absent weakness.
    if (item.grade === 5) present = false;
  }
  if (finding === 'post_void_residual' && present && item.grade !== undefined && item.grade < RETENTION_ML) present = false;
  const side = !spec.lateral
    ? SIDE_NONE
    : item.side === 'left'
      ? SIDE_LEFT
      : item.side === 'right'
        ? SIDE_RIGHT
        : item.side === 'both' || !present
          ? SIDE_BOTH
          : SIDE_UNKNOWN;
  const slot = present && item.regions && item.regions.length > 0 ? (REGION_FINDING_SLOT[finding] ?? -1) : -1;
  const regions = slot >= 0 ? [...new Set(item.regions)].map((r) => REGION_INDEX.get(r) as number) : NO_REGIONS;
  const clusterId = clusterIdOf(CLUSTER_OF[finding] ?? finding, present);
  out.push({ key: keyIndex(keyName), keyName, side, present, slot, regions, cluster: CLUSTER_LABEL[clusterId] as string, clusterId, item });
}

const NO_REGIONS: readonly number[] = [];

function course(keyName: EmissionKey, present: boolean): Observation {
  // A course feature is its own cluster, whichever way it points.
  const clusterId = clusterIdOf(keyName, true);
  return { key: keyIndex(keyName), keyName, side: SIDE_NONE, present, slot: -1, regions: NO_REGIONS, cluster: keyName, clusterId, item: undefined };
}

export function observe(kase: Case): Observation[] {
  const out: Observation[] = [];
  for (const item of kase.evidence) observeItem(item, out);
  if (kase.onset !== undefined) out.push(course('sudden_onset', kase.onset === 'sudden'));
  if (kase.durationDays !== undefined) out.push(course('chronic_course', kase.durationDays > CHRONIC_DAYS));
  let worsening = false;
  let settled = false;
  for (const item of kase.evidence) {
    if (item.status !== 'present' || item.trend === undefined) continue;
    if (item.trend === 'worsening') worsening = true;
    else settled = true;
  }
  if (worsening || settled) out.push(course('worsening_course', worsening));
  return out;
}
