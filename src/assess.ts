/**
 * The one entry point of the engine: a Case in, an Assessment out.
 *
 *   validate → merge evidence from text → infer (Bayes) → triage (rules) → plan
 *
 * Pure and synchronous, with no Node built-ins, so the browser, the CLI and
 * the server run exactly the same code.
 */
import type { Assessment, Case, EvidenceItem } from './case/schema.js';
import { parseCase, type ParseOptions } from './case/validate.js';
import { infer } from './model/index.js';
import { buildPlan } from './plan/index.js';
import { extract } from './text/index.js';
import { evaluateTriage } from './triage/index.js';
import { explainTriage } from './triage/explain.js';

export type AssessOptions = ParseOptions;

/** Validates `input` (throws CaseValidationError naming the field) and assesses it. */
export function assess(input: unknown, options: AssessOptions = {}): Assessment {
  const { case: validated, warnings } = parseCase(input, options);
  return assessCase(validated, warnings);
}

/** Assesses a case that has already been validated. */
export function assessCase(validated: Case, warnings: readonly Assessment['warnings'][number][] = []): Assessment {
  const kase = withTextEvidence(validated);
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

const sameSubject = (a: EvidenceItem, b: EvidenceItem): boolean =>
  a.finding === b.finding && (a.side ?? 'none') === (b.side ?? 'none') && a.movement === b.movement;

/**
 * Adds the evidence the extractor finds in `text`. An explicit item wins over
 * an extracted one about the same finding and side; stated demographics win
 * over extracted ones.
 */
export function withTextEvidence(kase: Case): Case {
  if (!kase.text) return kase;
  const extraction = extract(kase.text);
  const explicit = kase.evidence.map((item) => ({ ...item, source: item.source ?? ('case' as const) }));
  const extracted = extraction.evidence.filter((item) => !explicit.some((e) => sameSubject(e, item)));
  return {
    ...kase,
    age: kase.age ?? extraction.age,
    sex: kase.sex ?? extraction.sex,
    durationDays: kase.durationDays ?? extraction.durationDays,
    onset: kase.onset ?? extraction.onset,
    evidence: [...explicit, ...extracted],
  };
}
