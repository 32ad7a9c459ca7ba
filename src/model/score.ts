/**
 * Exact Bayesian inference over every hypothesis: log prior plus the
 * (cluster-tempered) log likelihood of each observation, normalised. Present
 * and absent evidence both count; unknown evidence was never observed.
 */
import type { Case } from '../case/schema.js';
import { HYPOTHESES } from './hypotheses.js';
import { observe, SIDE_BOTH, SIDE_LEFT, SIDE_NONE, SIDE_RIGHT, type Observation } from './observations.js';
import { logPriors } from './priors.js';
import { KEY_COUNT, MODEL, REGION_COUNT, REGION_SLOTS } from './tables.js';

const H = HYPOTHESES.length;
/** Tempering exponent: n observations in one redundancy cluster weigh n^(1-γ) together. */
export const CLUSTER_GAMMA = 0.5;

export interface Scored {
  readonly observations: readonly Observation[];
  /** Tempered log-likelihood of observation o under h at [o * H + h]. */
  readonly loglik: Float64Array;
  readonly posterior: Float64Array;
}

function regionTerm(h: number, o: Observation, side: number): number {
  let sum = 0;
  const base = ((h * REGION_SLOTS + o.slot) * 2 + side) * REGION_COUNT;
  for (const r of o.regions) sum += MODEL.logRegion[base + r] as number;
  return sum / Math.sqrt(o.regions.length);
}

function regionTermUnknownSide(h: number, o: Observation, pL: number, pR: number): number {
  let sum = 0;
  const baseL = ((h * REGION_SLOTS + o.slot) * 2) * REGION_COUNT;
  const baseR = baseL + REGION_COUNT;
  for (const r of o.regions)
    sum += Math.log((pL * (MODEL.region[baseL + r] as number) + pR * (MODEL.region[baseR + r] as number)) / (pL + pR));
  return sum / Math.sqrt(o.regions.length);
}

/** Log-likelihood of one observation under hypothesis h (untempered). */
function observationLogLik(h: number, o: Observation): number {
  const at = (h * KEY_COUNT + o.key) * 2;
  const { logP, log1mP, p } = MODEL;
  const hasRegions = o.slot >= 0;
  switch (o.side) {
    case SIDE_LEFT:
    case SIDE_RIGHT:
    case SIDE_NONE: {
      const s = o.side === SIDE_RIGHT ? 1 : 0;
      if (!o.present) return log1mP[at + s] as number;
      return (logP[at + s] as number) + (hasRegions ? regionTerm(h, o, s) : 0);
    }
    case SIDE_BOTH:
      if (!o.present) return (log1mP[at] as number) + (log1mP[at + 1] as number);
      return (logP[at] as number) + (logP[at + 1] as number) + (hasRegions ? regionTerm(h, o, 0) + regionTerm(h, o, 1) : 0);
    default: {
      const pL = p[at] as number;
      const pR = p[at + 1] as number;
      return Math.log(1 - (1 - pL) * (1 - pR)) + (hasRegions ? regionTermUnknownSide(h, o, pL, pR) : 0);
    }
  }
}

export function score(kase: Case): Scored {
  const observations = observe(kase);
  const clusterSize = new Map<string, number>();
  for (const o of observations) clusterSize.set(o.cluster, (clusterSize.get(o.cluster) ?? 0) + 1);
  const loglik = new Float64Array(observations.length * H);
  const logPost = Float64Array.from(logPriors(kase.age, kase.sex));
  observations.forEach((o, i) => {
    const weight = Math.pow(clusterSize.get(o.cluster) as number, -CLUSTER_GAMMA);
    for (let h = 0; h < H; h++) {
      const ll = weight * observationLogLik(h, o);
      loglik[i * H + h] = ll;
      logPost[h] = (logPost[h] as number) + ll;
    }
  });
  let max = -Infinity;
  for (let h = 0; h < H; h++) max = Math.max(max, logPost[h] as number);
  let total = 0;
  const posterior = new Float64Array(H);
  for (let h = 0; h < H; h++) {
    const v = Math.exp((logPost[h] as number) - max);
    posterior[h] = v;
    total += v;
  }
  for (let h = 0; h < H; h++) posterior[h] = (posterior[h] as number) / total;
  return { observations, loglik, posterior };
}
