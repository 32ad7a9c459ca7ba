/**
 * The management plan of an assessment: the precomputed plan for the triage
 * level and the likely condition. When the model is not confident of any
 * condition, the plan is not tailored to one (`unspecified`).
 */
import type { Assessment, Case } from '../case/schema.js';
import type { Inference } from '../model/types.js';
import type { PlanCondition } from './steps.js';
import { planFor, type Plan } from './table.js';

export { PLAN_STEPS, type PlanStep, type PlanStepKind, type PlanCondition } from './steps.js';
export { composePlan, planFor, PLAN_CONDITIONS, type Plan } from './table.js';

export function buildPlan(kase: Case, inference: Inference, triage: Assessment['triage']): Plan {
  void kase;
  return planFor(triage.level, likelyCondition(inference));
}

export function likelyCondition(inference: Inference): PlanCondition {
  const top = inference.conditions[0];
  return top === undefined || inference.confidence === 'low' ? 'unspecified' : top.id;
}
