/**
 * Exact Bayesian inference over every hypothesis: log prior plus the
 * (cluster-tempered) log likelihood of each observation, normalised. Present
 * and absent evidence both count; unknown evidence was never observed.
 */
import type { Case } from '../case/schema.js';
import { HYPOTHESES } from './hypotheses.js';
import { observe, SIDE_BOTH, SIDE_RIGHT, SIDE_UNKNOWN, type Observation } from './observations.js';
import { logPriors } from './priors.js';
import { KEY_COUNT, MODEL, REGION_COUNT, REGION_SLOTS } from './tables.js';

const H = HYPOTHESES.length;
// Imported bindings can compile to getters under some loaders; the hot loop reads module-local copies.
const { logP, log1mP, p, regionLogOdds, regionNone } = MODEL;
const KEY_STRIDE = KEY_COUNT * 2;
const R = REGION_COUNT;
const REGION_STRIDE = REGION_SLOTS * 2 * R;
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
  readonly posterior: Float64Array;
}

/**
 * Log-probability that a finding on leg `s` covers exactly the listed regions
 * (each region independently, per the inclusion map), tempered by
 * REGION_TEMPER because neighbouring regions of one drawing go together.
 */
function regionTerm(h: number, slotBase: number, s: number, regions: readonly number[]): number {
  const base = h * REGION_STRIDE + slotBase + s * R;
  let sum = regionNone[(h * REGION_SLOTS * 2 + slotBase / R) + s] as number;
  for (let j = 0; j < regions.length; j++) sum += regionLogOdds[base + (regions[j] as number)] as number;
  return REGION_TEMPER * sum;
}

/**
 * Writes the tempered log-likelihood of observation o for every hypothesis at
 * `out[offset + h]` and adds it to `logPost[h]`.
 */
function scoreObservation(o: Observation, weight: number, out: Float64Array, offset: number, logPost: Float64Array): void {
  const hasRegions = o.slot >= 0;
  const slotBase = o.slot * 2 * R;
  const regions = o.regions;
  const side = o.side;
  const present = o.present;
  for (let h = 0, at = o.key * 2; h < H; h++, at += KEY_STRIDE) {
    let ll: number;
    if (side === BOTH) {
      ll = present ? (logP[at] as number) + (logP[at + 1] as number) : (log1mP[at] as number) + (log1mP[at + 1] as number);
      if (present && hasRegions) ll += regionTerm(h, slotBase, 0, regions) + regionTerm(h, slotBase, 1, regions);
    } else if (side === UNKNOWN) {
      const pL = p[at] as number;
      const pR = p[at + 1] as number;
      ll = Math.log(1 - (1 - pL) * (1 - pR));
      if (hasRegions) {
        // Which leg is unknown: mix the two legs' region likelihoods by how likely each is to have the finding.
        const left = regionTerm(h, slotBase, 0, regions);
        const right = regionTerm(h, slotBase, 1, regions);
        const top = Math.max(left, right);
        ll += top + Math.log((pL * Math.exp(left - top) + pR * Math.exp(right - top)) / (pL + pR));
      }
    } else {
      const s = side === RIGHT ? 1 : 0;
      ll = present ? (logP[at + s] as number) : (log1mP[at + s] as number);
      if (present && hasRegions) ll += regionTerm(h, slotBase, s, regions);
    }
    const tempered = weight * ll;
    out[offset + h] = tempered;
    logPost[h] = (logPost[h] as number) + tempered;
  }
}

/** Reusable buffers for `score`; a caller that consumes the result before scoring again can pass one to avoid garbage. */
export class Workspace {
  loglik = new Float64Array(H * 16);
  readonly logPost = new Float64Array(H);
  readonly posterior = new Float64Array(H);
  forObservations(count: number): Float64Array {
    if (this.loglik.length < count * H) this.loglik = new Float64Array(count * H * 2);
    return this.loglik;
  }
}

/**
 * Scores a case against every hypothesis. With a workspace, the returned
 * arrays are views into it and are overwritten by the next call.
 */
export function score(kase: Case, workspace: Workspace = new Workspace()): Scored {
  const observations = observe(kase);
  const clusterSize = new Map<string, number>();
  for (const o of observations) clusterSize.set(o.cluster, (clusterSize.get(o.cluster) ?? 0) + 1);
  const loglik = workspace.forObservations(observations.length);
  const logPost = workspace.logPost;
  logPost.set(logPriors(kase.age, kase.sex));
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i] as Observation;
    scoreObservation(o, Math.pow(clusterSize.get(o.cluster) as number, -CLUSTER_GAMMA), loglik, i * H, logPost);
  }
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
  return { observations, loglik, posterior };
}
