/**
 * The management plan of an assessment: the precomputed plan for the triage
 * level and the likely condition. The plan is not tailored to a condition
 * (`unspecified`) when nothing was said about symptoms, or when the model's
 * best guess is too weak to call likely.
 */
import type { Assessment, Case } from '../case/schema.js';
import type { Inference } from '../model/types.js';
import type { PlanCondition } from './steps.js';
import { planFor, type Plan } from './table.js';

export { PLAN_STEPS, type PlanStep, type PlanStepKind, type PlanCondition } from './steps.js';
export { composePlan, planFor, PLAN_CONDITIONS, type Plan } from './table.js';

/** Below this posterior the top condition is a guess, not "the likely cause" (an estimate, not a published figure). */
export const LIKELY_CONDITION_MIN = 0.3;

export function buildPlan(kase: Case, inference: Inference, triage: Assessment['triage']): Plan {
  return planFor(triage.level, likelyCondition(kase, inference));
}

export function likelyCondition(kase: Case, inference: Inference): PlanCondition {
  const top = inference.conditions[0];
  if (top === undefined || kase.evidence.length === 0 || top.probability < LIKELY_CONDITION_MIN) return 'unspecified';
  return top.id;
}
