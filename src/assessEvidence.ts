/**
 * The engine without the free-text extractor: a validated Case's evidence in,
 * an Assessment out (infer, triage, plan, explain). `assessCase` merges the
 * evidence of a case's text first; a caller whose cases carry no text (the web
 * app's interview) can use this alone and leave the extractor's lexicon out of
 * its first page.
 */
import type { Assessment, Case } from './case/schema.js';
import { infer } from './model/index.js';
import { buildPlan } from './plan/index.js';
import { evaluateTriage } from './triage/index.js';
import { explainTriage } from './triage/explain.js';

/** Assesses a validated case by its evidence alone (its `text`, if any, is not read). */
export function assessEvidence(kase: Case, warnings: readonly Assessment['warnings'][number][] = []): Assessment {
  const inference = infer(kase);
  const { triage, redFlags } = evaluateTriage(kase, inference);
  const plan = buildPlan(kase, inference, triage);
  const explanation = [explainTriage(kase, triage)];
  for (const entry of inference.explanation) explanation.push(entry);
  // Built without spreads (V8 copies them slowly; this runs once per case on the bulk paths). The
  // inference's lists are made fresh for each call, so the assessment takes them as they are.
  const fields = {
    triage,
    redFlags,
    painMechanism: inference.painMechanism as Assessment['painMechanism'],
    roots: inference.roots as Assessment['roots'],
    conditions: inference.conditions as Assessment['conditions'],
    confidence: inference.confidence,
    plan,
    explanation,
    evidence: kase.evidence,
    warnings: warnings.slice(),
  };
  return kase.id === undefined ? fields : { id: kase.id, ...fields };
}
