/**
 * Every plan the engine can give, computed once: one per triage level and
 * plan condition. Building a plan for a case is then a map lookup, which
 * keeps the bulk path (assess --ndjson) cheap.
 */
import type { Assessment } from '../case/schema.js';
import { CONDITIONS, TRIAGE_LEVELS, type TriageLevel } from '../knowledge/vocabulary.js';
import { PLAN_STEPS, type PlanCondition, type PlanStep } from './steps.js';
import { planSummary } from './summary.js';

export type Plan = Assessment['plan'];

export const PLAN_CONDITIONS: readonly PlanCondition[] = [...CONDITIONS, 'unspecified'];

const applies = (step: PlanStep, level: TriageLevel, condition: PlanCondition): boolean =>
  (step.levels === undefined || step.levels.includes(level)) &&
  (step.conditions === undefined || step.conditions.includes(condition));

/** The plan for one level and condition, built from the step table. */
export function composePlan(level: TriageLevel, condition: PlanCondition, steps: readonly PlanStep[] = PLAN_STEPS): Plan {
  return {
    summary: planSummary(level, condition),
    steps: steps
      .filter((step) => applies(step, level, condition))
      .map(({ id, kind, text, sources }) => ({ id, kind, text, sources: [...sources] })),
  };
}

const planKey = (level: TriageLevel, condition: PlanCondition): string => `${level}/${condition}`;

const PLANS: ReadonlyMap<string, Plan> = new Map(
  TRIAGE_LEVELS.flatMap((level) => PLAN_CONDITIONS.map((condition) => [planKey(level, condition), deepFreeze(composePlan(level, condition))] as const)),
);

/** The precomputed plan; shared between assessments, so it is frozen. */
export function planFor(level: TriageLevel, condition: PlanCondition): Plan {
  const plan = PLANS.get(planKey(level, condition));
  if (!plan) throw new Error(`no plan for ${planKey(level, condition)}`);
  return plan;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
