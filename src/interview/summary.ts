/**
 * The parts of an assessment the interview is trying to settle, and measures
 * of how uncertain they still are. Pure functions over an Assessment.
 */
import type { Assessment } from '../case/schema.js';

/** A root only counts as "the answer" once it is more likely than not. */
const ROOT_DECIDED = 0.5;

/** What the person would be told: triage level, top condition, top root (when likely), top mechanism. */
export function headline(assessment: Assessment): string {
  const root = assessment.roots[0];
  const topRoot = root && root.probability >= ROOT_DECIDED ? `${root.root}-${root.side}` : 'none';
  return [
    assessment.triage.level,
    assessment.conditions[0]?.id ?? 'none',
    topRoot,
    assessment.painMechanism[0]?.id ?? 'none',
  ].join('|');
}

const plogp = (p: number): number => (p > 1e-12 ? -p * Math.log2(p) : 0);

/** Entropy (bits) of a distribution given by its probabilities (renormalised). */
export function entropy(probabilities: readonly number[]): number {
  const total = probabilities.reduce((s, p) => s + p, 0);
  if (total <= 0) return 0;
  return probabilities.reduce((s, p) => s + plogp(p / total), 0);
}

/** Sum of the binary entropies of independent marginals (roots are marginals, not a partition). */
export function marginalEntropy(probabilities: readonly number[]): number {
  return probabilities.reduce((s, p) => s + plogp(p) + plogp(1 - p), 0);
}

/** Every event probability an assessment states, keyed, for comparing two assessments. */
export function eventProbabilities(assessment: Assessment): ReadonlyMap<string, number> {
  const events = new Map<string, number>();
  for (const c of assessment.conditions) events.set(`c:${c.id}`, c.probability);
  for (const r of assessment.roots) events.set(`r:${r.root}:${r.side}`, r.probability);
  for (const m of assessment.painMechanism) events.set(`m:${m.id}`, m.probability);
  return events;
}
