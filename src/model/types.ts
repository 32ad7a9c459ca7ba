/**
 * What the Bayesian model hands to the rest of the engine. The model owns the
 * probabilities and the per-finding likelihood-ratio contributions; triage,
 * plan and the adapters only read them.
 */
import type { Assessment } from '../case/schema.js';

export type MechanismPosterior = Assessment['painMechanism'][number];
export type RootPosterior = Assessment['roots'][number];
export type ConditionPosterior = Assessment['conditions'][number];
export type ExplanationEntry = Assessment['explanation'][number];

export interface Inference {
  /** Sorted by probability, descending. */
  readonly painMechanism: readonly MechanismPosterior[];
  /** Marginal probability that each root (and side) is involved, sorted descending. */
  readonly roots: readonly RootPosterior[];
  /** Sorted by probability, descending; sums to 1 over the condition ids. */
  readonly conditions: readonly ConditionPosterior[];
  readonly confidence: Assessment['confidence'];
  /** Explanation of the mechanism, root and condition conclusions. */
  readonly explanation: readonly ExplanationEntry[];
}
