/**
 * Exact Bayesian inference over every hypothesis: log prior plus the
 * (cluster-tempered) log likelihood of each observation, normalised. Present
 * and absent evidence both count; unknown evidence was never observed.
 */
import type { Case } from '../case/schema.js';
import { HYPOTHESES } from './hypotheses.js';
import { CLUSTER_COUNT, observe, SIDE_BOTH, SIDE_RIGHT, SIDE_UNKNOWN, type Observation } from './observations.js';
import { logPriors } from './priors.js';
import { MODEL, REGION_COUNT } from './tables.js';

const H = HYPOTHESES.length;
// Imported bindings can compile to getters under some loaders; the hot loop reads module-local copies.
const { logP, log1mP, p, regionLogOdds, regionNone } = MODEL;
const R = REGION_COUNT;
const BOTH = SIDE_BOTH;
const UNKNOWN = SIDE_UNKNOWN;
const RIGHT = SIDE_RIGHT;
/** Tempering exponent: n observations in one redundancy cluster weigh n^(1-γ) together. */
export const CLUSTER_GAMMA = 0.5;
/**
 * Exponent on the region likelihood of one item: its regions are one drawing,
 * not fifteen independent facts (neighbouring regions are covered together).
 */
export const REGION_TEMPER = 0.5;

export interface Scored {
  readonly observations: readonly Observation[];
  /** Tempered log-likelihood of observation o under h at [o * H + h]. */
  readonly loglik: Float64Array;
  /** 1 / likelihood (exp(−loglik)) at the same place, for the observations whose `hasRatio` is 1. */
  readonly ratio: Float64Array;
  readonly hasRatio: Uint8Array;
  readonly posterior: Float64Array;
}

/**
 * Adds, for every hypothesis, the log-probability that a finding on leg `s`
 * covers exactly the listed regions (each region independently, per the
 * inclusion map), tempered by REGION_TEMPER because neighbouring regions of
 * one drawing go together.
 */
function addRegionTerm(slot: number, s: number, regions: readonly number[], into: Float64Array): void {
  const noneBase = (slot * 2 + s) * H;
  for (let h = 0; h < H; h++) into[h] = (into[h] as number) + REGION_TEMPER * (regionNone[noneBase + h] as number);
  for (let j = 0; j < regions.length; j++) {
    const base = ((slot * 2 + s) * R + (regions[j] as number)) * H;
    for (let h = 0; h < H; h++) into[h] = (into[h] as number) + REGION_TEMPER * (regionLogOdds[base + h] as number);
  }
}

const LEFT_TERM = new Float64Array(H);
const RIGHT_TERM = new Float64Array(H);

/**
 * Writes the tempered log-likelihood of observation o for every hypothesis at
 * `out[offset + h]` and adds it to `logPost[h]`; returns whether it also wrote
 * the reciprocal likelihoods at `ratio[offset + h]`.
 */
function scoreObservation(o: Observation, clusterSize: number, out: Float64Array, offset: number, logPost: Float64Array, ratio: Float64Array): boolean {
  const weight = clusterWeight(clusterSize);
  const row = ROW;
  const hasRegions = o.slot >= 0;
  const present = o.present;
  const left = o.key * 2 * H;
  const right = left + H;
  if (!(present && hasRegions) && o.side !== BOTH && o.side !== UNKNOWN && clusterSize <= RATIO_CLUSTER_MAX) {
    // The common case, one leg (or no side) and no regions: one pass writes the term, the posterior and the reciprocal.
    const base = o.side === RIGHT ? right : left;
    const table = present ? logP : log1mP;
    const inverse = (present ? INVERSE_PRESENT : INVERSE_ABSENT)[clusterSize] as Float64Array;
    for (let h = 0; h < H; h++) {
      const tempered = weight * (table[base + h] as number);
      out[offset + h] = tempered;
      logPost[h] = (logPost[h] as number) + tempered;
      ratio[offset + h] = inverse[base + h] as number;
    }
    return true;
  }
  if (o.side === BOTH) {
    const table = present ? logP : log1mP;
    for (let h = 0; h < H; h++) row[h] = (table[left + h] as number) + (table[right + h] as number);
    if (present && hasRegions) {
      addRegionTerm(o.slot, 0, o.regions, row);
      addRegionTerm(o.slot, 1, o.regions, row);
    }
  } else if (o.side === UNKNOWN) {
    for (let h = 0; h < H; h++) row[h] = Math.log(1 - (1 - (p[left + h] as number)) * (1 - (p[right + h] as number)));
    if (hasRegions) {
      // Which leg is unknown: mix the two legs' region likelihoods by how likely each is to have the finding.
      LEFT_TERM.fill(0);
      RIGHT_TERM.fill(0);
      addRegionTerm(o.slot, 0, o.regions, LEFT_TERM);
      addRegionTerm(o.slot, 1, o.regions, RIGHT_TERM);
      for (let h = 0; h < H; h++) {
        const pL = p[left + h] as number;
        const pR = p[right + h] as number;
        const l = LEFT_TERM[h] as number;
        const r = RIGHT_TERM[h] as number;
        const top = Math.max(l, r);
        row[h] = (row[h] as number) + top + Math.log((pL * Math.exp(l - top) + pR * Math.exp(r - top)) / (pL + pR));
      }
    }
  } else {
    const base = o.side === RIGHT ? right : left;
    const table = present ? logP : log1mP;
    for (let h = 0; h < H; h++) row[h] = table[base + h] as number;
    if (present && hasRegions) addRegionTerm(o.slot, o.side === RIGHT ? 1 : 0, o.regions, row);
  }
  for (let h = 0; h < H; h++) {
    const tempered = weight * (row[h] as number);
    out[offset + h] = tempered;
    logPost[h] = (logPost[h] as number) + tempered;
  }
  // The explanation's leave-one-out needs 1 / likelihood; for a finding on both legs without regions that
  // is a product of precomputed reciprocals, which saves the exponentials later (one leg: the fast path above).
  if (o.side !== BOTH || clusterSize > RATIO_CLUSTER_MAX || (present && hasRegions)) return false;
  const inverse = (present ? INVERSE_PRESENT : INVERSE_ABSENT)[clusterSize] as Float64Array;
  for (let h = 0; h < H; h++) ratio[offset + h] = (inverse[left + h] as number) * (inverse[right + h] as number);
  return true;
}

/**
 * 1 / likelihood of a finding, present or absent, for clusters of up to
 * RATIO_CLUSTER_MAX observations (each tempered to weight n^−γ): the
 * explanation's leave-one-out divides by the likelihood, and these tables
 * spare it an exponential per hypothesis.
 */
const RATIO_CLUSTER_MAX = 4;
const INVERSE_PRESENT: Float64Array[] = [];
const INVERSE_ABSENT: Float64Array[] = [];
for (let n = 1; n <= RATIO_CLUSTER_MAX; n++) {
  const w = Math.pow(n, -CLUSTER_GAMMA);
  INVERSE_PRESENT[n] = p.map((v) => Math.pow(v, -w));
  INVERSE_ABSENT[n] = p.map((v) => Math.pow(1 - v, -w));
}

const ROW = new Float64Array(H);
/** Observations per cluster id in the case being scored; zeroed again after each case. */
const CLUSTER_SIZE = new Int32Array(CLUSTER_COUNT);
/** n^−γ for small n, the weight of each of n observations in one cluster. */
const CLUSTER_WEIGHT = Float64Array.from({ length: 16 }, (_, n) => (n === 0 ? 1 : Math.pow(n, -CLUSTER_GAMMA)));
const clusterWeight = (n: number): number => (n < CLUSTER_WEIGHT.length ? (CLUSTER_WEIGHT[n] as number) : Math.pow(n, -CLUSTER_GAMMA));

/** Reusable buffers for `score`; a caller that consumes the result before scoring again can pass one to avoid garbage. */
export class Workspace {
  loglik = new Float64Array(H * 16);
  ratio = new Float64Array(H * 16);
  hasRatio = new Uint8Array(16);
  readonly logPost = new Float64Array(H);
  readonly posterior = new Float64Array(H);
  forObservations(count: number): void {
    if (this.loglik.length >= count * H) return;
    this.loglik = new Float64Array(count * H * 2);
    this.ratio = new Float64Array(count * H * 2);
    this.hasRatio = new Uint8Array(count * 2);
  }
}

/**
 * Scores a case against every hypothesis. With a workspace, the returned
 * arrays are views into it and are overwritten by the next call.
 */
export function score(kase: Case, workspace: Workspace = new Workspace()): Scored {
  const observations = observe(kase);
  const clusterSize = CLUSTER_SIZE;
  for (let i = 0; i < observations.length; i++) {
    const id = (observations[i] as Observation).clusterId;
    clusterSize[id] = (clusterSize[id] as number) + 1;
  }
  workspace.forObservations(observations.length);
  const { loglik, ratio, hasRatio } = workspace;
  const logPost = workspace.logPost;
  logPost.set(logPriors(kase.age, kase.sex));
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i] as Observation;
    hasRatio[i] = scoreObservation(o, clusterSize[o.clusterId] as number, loglik, i * H, logPost, ratio) ? 1 : 0;
  }
  for (let i = 0; i < observations.length; i++) clusterSize[(observations[i] as Observation).clusterId] = 0;
  let max = -Infinity;
  for (let h = 0; h < H; h++) max = Math.max(max, logPost[h] as number);
  let total = 0;
  const posterior = workspace.posterior;
  for (let h = 0; h < H; h++) {
    const v = Math.exp((logPost[h] as number) - max);
    posterior[h] = v;
    total += v;
  }
  for (let h = 0; h < H; h++) posterior[h] = (posterior[h] as number) / total;
  return { observations, loglik, ratio, hasRatio, posterior };
}
