/**
 * The one entry point of the engine: a Case in, an Assessment out.
 *
 *   validate → merge evidence from text → infer (Bayes) → triage (rules) → plan
 *
 * Pure and synchronous, with no Node built-ins, so the browser, the CLI and
 * the server run exactly the same code.
 */
import { assessEvidence } from './assessEvidence.js';
import type { Assessment, Case, EvidenceItem } from './case/schema.js';
import { parseCase, type ParseOptions } from './case/validate.js';
import { extract } from './text/index.js';

export type AssessOptions = ParseOptions;

/** Validates `input` (throws CaseValidationError naming the field) and assesses it. */
export function assess(input: unknown, options: AssessOptions = {}): Assessment {
  const { case: validated, warnings } = parseCase(input, options);
  return assessCase(validated, warnings);
}

/** Assesses a case that has already been validated, its text's evidence merged in first. */
export function assessCase(validated: Case, warnings: readonly Assessment['warnings'][number][] = []): Assessment {
  return assessEvidence(withTextEvidence(validated), warnings);
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
