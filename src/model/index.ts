/**
 * The Bayesian model: a generative anatomical model (lesion → roots →
 * findings) compiled into tables, inverted with Bayes' rule over every
 * hypothesis. `infer` gives the stable assessment fields and the explanation;
 * `simulate` runs the model forwards.
 */
import type { Case } from '../case/schema.js';
import { explain } from './explain.js';
import { conditionPosterior, mechanismPosterior, rootPosterior } from './marginals.js';
import { score, Workspace } from './score.js';
import type { Inference } from './types.js';

export type { Inference } from './types.js';
export { score, Workspace, type Scored } from './score.js';
export { HYPOTHESES, HYPOTHESIS_BY_ID, type Hypothesis, type Lesion } from './hypotheses.js';
export { simulate, simulationToCase, parseLesion, type SimulatedFinding, type SimulationTarget } from './simulate.js';

/** A root conclusion is explained only when a root picture is plausible at all. */
const ROOT_EXPLAIN_MIN = 0.2;

/** One workspace for the synchronous `infer`: its buffers are fully read before it returns. */
const WORKSPACE = new Workspace();

export function infer(kase: Case): Inference {
  const scored = score(kase, WORKSPACE);
  const painMechanism = mechanismPosterior(scored.posterior);
  const conditions = conditionPosterior(scored.posterior);
  const roots = rootPosterior(scored.posterior);
  const topRoot = roots[0] !== undefined && roots[0].probability >= ROOT_EXPLAIN_MIN ? roots[0] : undefined;
  return {
    painMechanism,
    roots,
    conditions,
    confidence: confidenceOf(scored.observations.length, painMechanism[0]?.probability ?? 0, conditions[0]?.probability ?? 0),
    explanation: explain(scored, { mechanism: painMechanism[0], root: topRoot, condition: conditions[0] }),
  };
}

/** How much the evidence says: nothing observed is always low confidence. */
function confidenceOf(observations: number, topMechanism: number, topCondition: number): Inference['confidence'] {
  if (observations === 0) return 'low';
  if (topCondition >= 0.8 && topMechanism >= 0.85) return 'high';
  if (topCondition >= 0.5 || topMechanism >= 0.7) return 'moderate';
  return 'low';
}
