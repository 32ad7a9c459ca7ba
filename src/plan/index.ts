// Placeholder until the management plan lands.
import type { Assessment, Case } from '../case/schema.js';
import type { Inference } from '../model/types.js';

export function buildPlan(kase: Case, inference: Inference, triage: Assessment['triage']): Assessment['plan'] {
  void kase;
  void inference;
  return { summary: triage.advice, steps: [] };
}
