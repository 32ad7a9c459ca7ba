/**
 * From the posterior over hypotheses to the stable assessment fields: pain
 * mechanism, conditions and root involvement. Roots are reported per laterality
 * pattern — left only, right only, both — so the three entries of a root are
 * disjoint and their sum is the marginal probability the root is involved.
 */
import { CONDITION_INFO } from '../knowledge/conditions.js';
import { CONDITIONS, PAIN_MECHANISMS, ROOTS, type ConditionId, type PainMechanism, type Root, type Side } from '../knowledge/vocabulary.js';
import { HYPOTHESES } from './hypotheses.js';
import type { ConditionPosterior, MechanismPosterior, RootPosterior } from './types.js';

const H = HYPOTHESES.length;
const ROOT_COUNT = ROOTS.length;
/** Root entries below this probability are left out: "low values everywhere" need not list every root. */
export const ROOT_REPORT_MIN = 0.01;

/** Involvement of each root per leg: [h][root][side] → index (h * ROOT_COUNT + r) * 2 + side. */
const INVOLVEMENT = new Float64Array(H * ROOT_COUNT * 2);
for (const h of HYPOTHESES)
  (['left', 'right'] as const).forEach((side, s) => {
    for (const { root, involvement } of h.legs[side].roots) {
      const at = (h.index * ROOT_COUNT + ROOTS.indexOf(root)) * 2 + s;
      INVOLVEMENT[at] = 1 - (1 - (INVOLVEMENT[at] as number)) * (1 - involvement);
    }
  });

const MECHANISM_OF = Int32Array.from(HYPOTHESES, (h) => PAIN_MECHANISMS.indexOf(h.mechanism));
const CONDITION_OF = Int32Array.from(HYPOTHESES, (h) => CONDITIONS.indexOf(h.condition));

const byProbability = <T extends { probability: number }>(a: T, b: T): number => b.probability - a.probability;

/**
 * Probabilities are reported to millionths: more digits would be false
 * precision, and short numbers are cheaper to write out. Entries are sorted
 * before rounding, so ties keep the exact order.
 */
export const reported = (probability: number): number => Math.round(probability * 1e6) / 1e6;

export function mechanismPosterior(posterior: Float64Array): MechanismPosterior[] {
  const sums = new Float64Array(PAIN_MECHANISMS.length);
  for (let h = 0; h < H; h++) {
    const m = MECHANISM_OF[h] as number;
    sums[m] = (sums[m] as number) + (posterior[h] as number);
  }
  const out = PAIN_MECHANISMS.map((id, i) => ({ id, probability: sums[i] as number })).sort(byProbability);
  for (const entry of out) entry.probability = reported(entry.probability);
  return out;
}

export function conditionPosterior(posterior: Float64Array): ConditionPosterior[] {
  const sums = new Float64Array(CONDITIONS.length);
  for (let h = 0; h < H; h++) {
    const c = CONDITION_OF[h] as number;
    sums[c] = (sums[c] as number) + (posterior[h] as number);
  }
  const out = CONDITIONS.map((id, i) => ({
    id,
    name: CONDITION_INFO[id].name,
    probability: sums[i] as number,
    icd10: CONDITION_INFO[id].icd10,
  })).sort(byProbability);
  for (const entry of out) entry.probability = reported(entry.probability);
  return out;
}

/** P(root pattern | h) for every h: the share of h in which the root is involved on exactly that side pattern (shared; do not modify). */
export const rootPatternWeights = (root: Root, side: Side): Float64Array => ROOT_PATTERN_WEIGHTS.get(`${root}:${side}`) as Float64Array;

function computeRootPatternWeights(root: Root, side: Side): Float64Array {
  const r = ROOTS.indexOf(root);
  const out = new Float64Array(H);
  for (let h = 0; h < H; h++) {
    const at = (h * ROOT_COUNT + r) * 2;
    const left = INVOLVEMENT[at] as number;
    const right = INVOLVEMENT[at + 1] as number;
    out[h] = side === 'left' ? left * (1 - right) : side === 'right' ? right * (1 - left) : left * right;
  }
  return out;
}

const ROOT_PATTERN_WEIGHTS = new Map(
  ROOTS.flatMap((root) => (['left', 'right', 'both'] as const).map((side) => [`${root}:${side}`, computeRootPatternWeights(root, side)] as const)),
);

/** The non-zero root involvements as a flat list (h, root, left, right): most hypotheses involve no root or one. */
const INVOLVED_H: number[] = [];
const INVOLVED_ROOT: number[] = [];
const INVOLVED_LEFT: number[] = [];
const INVOLVED_RIGHT: number[] = [];
for (let h = 0; h < H; h++)
  for (let r = 0; r < ROOT_COUNT; r++) {
    const at = (h * ROOT_COUNT + r) * 2;
    const left = INVOLVEMENT[at] as number;
    const right = INVOLVEMENT[at + 1] as number;
    if (left === 0 && right === 0) continue;
    INVOLVED_H.push(h);
    INVOLVED_ROOT.push(r);
    INVOLVED_LEFT.push(left);
    INVOLVED_RIGHT.push(right);
  }
const INV_H = Int32Array.from(INVOLVED_H);
const INV_ROOT = Int32Array.from(INVOLVED_ROOT);
const INV_LEFT = Float64Array.from(INVOLVED_LEFT);
const INV_RIGHT = Float64Array.from(INVOLVED_RIGHT);
const ROOT_SUMS = new Float64Array(ROOT_COUNT * 3);

export function rootPosterior(posterior: Float64Array): RootPosterior[] {
  const sums = ROOT_SUMS.fill(0);
  for (let j = 0; j < INV_H.length; j++) {
    const w = posterior[INV_H[j] as number] as number;
    if (w < 1e-9) continue;
    const left = INV_LEFT[j] as number;
    const right = INV_RIGHT[j] as number;
    const r3 = (INV_ROOT[j] as number) * 3;
    sums[r3] = (sums[r3] as number) + w * left * (1 - right);
    sums[r3 + 1] = (sums[r3 + 1] as number) + w * right * (1 - left);
    sums[r3 + 2] = (sums[r3 + 2] as number) + w * left * right;
  }
  const out: RootPosterior[] = [];
  ROOTS.forEach((root, r) =>
    (['left', 'right', 'both'] as const).forEach((side, s) => {
      const probability = sums[r * 3 + s] as number;
      if (probability >= ROOT_REPORT_MIN) out.push({ root, side, probability });
    }),
  );
  out.sort(byProbability);
  for (const entry of out) entry.probability = reported(entry.probability);
  return out;
}

const indicator = (of: Int32Array, index: number): Float64Array => Float64Array.from(of, (x) => (x === index ? 1 : 0));
const MECHANISM_WEIGHTS = new Map(PAIN_MECHANISMS.map((m, i) => [m, indicator(MECHANISM_OF, i)]));
const CONDITION_WEIGHTS = new Map(CONDITIONS.map((c, i) => [c, indicator(CONDITION_OF, i)]));

/** 1 for the hypotheses with this pain mechanism, 0 for the others (shared; do not modify). */
export const mechanismWeights = (mechanism: PainMechanism): Float64Array => MECHANISM_WEIGHTS.get(mechanism) as Float64Array;

/** 1 for the hypotheses of this condition, 0 for the others (shared; do not modify). */
export const conditionWeights = (condition: ConditionId): Float64Array => CONDITION_WEIGHTS.get(condition) as Float64Array;
