/**
 * The forward model compiled at module load: for every hypothesis, the
 * probability of every finding (per leg for lateral findings) and the
 * distribution of body regions its symptoms are drawn in. Inference then only
 * adds precomputed logarithms, a few microseconds per case.
 */
import { GENERIC_SCIATIC_PAIN, MYOTOMES, PAIN_MAP, PAIN_NON_DERMATOMAL, REGION_INCLUSION, ROOT_SIGNS, ROOT_WEAKNESS, SENSORY_MAP, type RegionWeights } from '../knowledge/anatomy.js';
import { COURSE_FEATURES, LEAK, PROFILES, type EmissionKey, type Profile } from '../knowledge/emissions.js';
import { FINDING_BY_ID, FINDINGS, MOVEMENTS, REGIONS, ROOTS, type FindingId, type Movement, type Region, type Root } from '../knowledge/vocabulary.js';
import { HYPOTHESES, LEG_SIDES, type Hypothesis, type LegSide } from './hypotheses.js';

export const EMISSION_KEYS: readonly EmissionKey[] = [
  ...FINDINGS,
  ...MOVEMENTS.map((m) => `weakness@${m}` as const),
  ...COURSE_FEATURES,
];
export const KEY_INDEX: ReadonlyMap<EmissionKey, number> = new Map(EMISSION_KEYS.map((k, i) => [k, i]));
export const keyIndex = (key: EmissionKey): number => KEY_INDEX.get(key) as number;

const findingOfKey = (key: EmissionKey): FindingId | undefined =>
  key.startsWith('weakness@') ? 'weakness' : FINDING_BY_ID.has(key) ? (key as FindingId) : undefined;
export const isLateralKey = (key: EmissionKey): boolean => FINDING_BY_ID.get(findingOfKey(key) ?? '')?.lateral === true;

/** The findings that carry body regions, and which map their regions follow. */
export const REGION_KIND: Partial<Record<FindingId, 'pain' | 'sensory'>> = {
  leg_pain: 'pain',
  numbness: 'sensory',
  tingling: 'sensory',
  sensory_loss: 'sensory',
};
const REGION_FINDINGS = ['leg_pain', 'numbness', 'tingling', 'sensory_loss'] as const;
export const REGION_FINDING_SLOT: Partial<Record<FindingId, number>> = { leg_pain: 0, numbness: 1, tingling: 2, sensory_loss: 3 };

const H = HYPOTHESES.length;
const K = EMISSION_KEYS.length;
const R = REGIONS.length;
const SLOTS = REGION_FINDINGS.length;

/** Probabilities are kept away from 0 and 1: no single finding may veto a hypothesis outright. */
const P_MIN = 0.002;
const P_MAX = 0.995;
const clamp = (p: number): number => Math.min(P_MAX, Math.max(P_MIN, p));
const WEAKNESS_LEAK = 0.02;

const profilesOf = (h: Hypothesis): Profile[] => h.profiles.map((id) => PROFILES[id] as Profile);

function profileValue(h: Hypothesis, key: EmissionKey): number | undefined {
  let value: number | undefined;
  for (const profile of profilesOf(h)) {
    const v = profile.emissions[key];
    if (v !== undefined) value = v.value;
  }
  return value;
}

function leakValue(key: EmissionKey): number {
  const v = LEAK[key];
  if (v !== undefined) return v.value;
  if (key.startsWith('weakness@')) return WEAKNESS_LEAK;
  throw new Error(`no leak probability for ${key}`);
}

/** How likely a compressed root is to produce this finding on its own leg. */
export function rootSignStrength(key: EmissionKey, root: Root): number {
  if (key.startsWith('weakness@')) {
    const movement = key.slice('weakness@'.length) as Movement;
    return ROOT_WEAKNESS.value * (MYOTOMES[movement][root]?.value ?? 0);
  }
  return ROOT_SIGNS[key as FindingId]?.[root]?.value ?? 0;
}

/** P(key present on `side`) under h, before clamping: the cause's own rate, then noisy-OR with its roots. */
function lateralProbability(h: Hypothesis, key: EmissionKey, side: LegSide): number {
  const state = h.legs[side];
  const base = state.active ? (profileValue(h, key) ?? leakValue(key)) : leakValue(key);
  let spared = 1 - base;
  for (const { root, involvement } of state.roots) spared *= 1 - involvement * rootSignStrength(key, root);
  return 1 - spared;
}

/**
 * A region map as inclusion probabilities: the chance that a symptom from this
 * cause covers each region. The case format says a finding's `regions` lists
 * every region it covers, so unlisted regions are information too.
 */
function inclusionMap(weights: RegionWeights | undefined): Float64Array {
  const out = new Float64Array(R);
  let max = 0;
  REGIONS.forEach((r, i) => {
    const w = weights?.[r]?.value ?? 0;
    out[i] = w;
    max = Math.max(max, w);
  });
  if (max === 0) return out.fill(REGION_INCLUSION.unmapped.value);
  const floor = REGION_INCLUSION.floor.value;
  const core = REGION_INCLUSION.core.value;
  return out.map((w) => floor + (core - floor) * (w / max));
}

const GENERIC = inclusionMap(GENERIC_SCIATIC_PAIN);
const FLAT = inclusionMap(undefined);
const ROOT_REGION: Record<'pain' | 'sensory', Record<Root, Float64Array>> = {
  sensory: Object.fromEntries(ROOTS.map((root) => [root, inclusionMap(SENSORY_MAP[root])])) as Record<Root, Float64Array>,
  pain: Object.fromEntries(
    ROOTS.map((root) => {
      const path = inclusionMap(PAIN_MAP[root]);
      const blur = PAIN_NON_DERMATOMAL[root].value;
      return [root, path.map((q, i) => (1 - blur) * q + blur * (GENERIC[i] as number))];
    }),
  ) as Record<Root, Float64Array>,
};

function profileRegions(h: Hypothesis, kind: 'pain' | 'sensory'): Float64Array | undefined {
  let map: RegionWeights | undefined;
  for (const profile of profilesOf(h)) {
    const candidate = kind === 'sensory' ? (profile.sensoryRegions ?? profile.painRegions) : profile.painRegions;
    if (candidate) map = candidate;
  }
  return map ? inclusionMap(map) : undefined;
}

/**
 * Which regions a finding covers on one leg: a mixture of the causes that can
 * produce it there, each weighted by how likely it is to (the same terms as
 * the noisy-OR).
 */
function regionInclusion(h: Hypothesis, finding: FindingId, side: LegSide): Float64Array {
  const kind = REGION_KIND[finding] as 'pain' | 'sensory';
  const state = h.legs[side];
  const mix = new Float64Array(R);
  let total = 0;
  const add = (weight: number, map: Float64Array): void => {
    total += weight;
    for (let i = 0; i < R; i++) mix[i] = (mix[i] as number) + weight * (map[i] as number);
  };
  const own = state.active ? profileValue(h, finding) : undefined;
  if (own !== undefined) add(own, profileRegions(h, kind) ?? (kind === 'pain' ? GENERIC : FLAT));
  add(leakValue(finding), kind === 'pain' ? GENERIC : FLAT);
  for (const { root, involvement } of state.roots) add(involvement * rootSignStrength(finding, root), ROOT_REGION[kind][root]);
  return mix.map((v) => v / total);
}

/**
 * The compiled tables, laid out hypothesis-last so that scoring one
 * observation walks contiguous memory across all hypotheses.
 */
export interface CompiledModel {
  readonly hypotheses: readonly Hypothesis[];
  /** P(present) at ((key * 2 + side) * H + h); side 0 left, 1 right; non-lateral keys repeat the value on both sides. */
  readonly p: Float64Array;
  readonly logP: Float64Array;
  readonly log1mP: Float64Array;
  /** P(region covered | finding present on side) at (((slot * 2 + side) * R + region) * H + h). */
  readonly region: Float64Array;
  /** log(q / (1 − q)) of the same. */
  readonly regionLogOdds: Float64Array;
  /** Σ_r log(1 − q) at ((slot * 2 + side) * H + h): the log-probability that no region is covered. */
  readonly regionNone: Float64Array;
}

export const pIndex = (h: number, key: number, side: number): number => (key * 2 + side) * H + h;
export const regionIndex = (h: number, slot: number, side: number, region: number): number => ((slot * 2 + side) * R + region) * H + h;

function compile(): CompiledModel {
  const p = new Float64Array(H * K * 2);
  const region = new Float64Array(H * SLOTS * 2 * R);
  const regionNone = new Float64Array(H * SLOTS * 2);
  for (const h of HYPOTHESES) {
    EMISSION_KEYS.forEach((key, k) => {
      if (isLateralKey(key)) {
        p[pIndex(h.index, k, 0)] = clamp(lateralProbability(h, key, 'left'));
        p[pIndex(h.index, k, 1)] = clamp(lateralProbability(h, key, 'right'));
      } else {
        const v = clamp(profileValue(h, key) ?? leakValue(key));
        p[pIndex(h.index, k, 0)] = v;
        p[pIndex(h.index, k, 1)] = v;
      }
    });
    REGION_FINDINGS.forEach((finding, slot) =>
      LEG_SIDES.forEach((side, s) => {
        const q = regionInclusion(h, finding, side);
        let none = 0;
        for (let r = 0; r < R; r++) {
          region[regionIndex(h.index, slot, s, r)] = q[r] as number;
          none += Math.log(1 - (q[r] as number));
        }
        regionNone[(slot * 2 + s) * H + h.index] = none;
      }),
    );
  }
  return {
    hypotheses: HYPOTHESES,
    p,
    logP: p.map(Math.log),
    log1mP: p.map((v) => Math.log(1 - v)),
    region,
    regionLogOdds: region.map((q) => Math.log(q / (1 - q))),
    regionNone,
  };
}

export const MODEL: CompiledModel = compile();
export const KEY_COUNT = K;
export const HYPOTHESIS_COUNT = H;
export const REGION_COUNT = R;
export const REGION_SLOTS = SLOTS;
export const REGION_INDEX: ReadonlyMap<Region, number> = new Map(REGIONS.map((r, i) => [r, i]));
