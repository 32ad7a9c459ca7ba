/**
 * Assessment of a patient's new case in the light of their earlier ones:
 * validate, add the evidence found in the text, compare with the history
 * (progression), then run the ordinary engine on the marked evidence, so the
 * triage, the explanation and the plan all see the decline.
 */
import { assessCase, withTextEvidence } from '../assess.js';
import type { Assessment, Case } from '../case/schema.js';
import { parseCase, type ParseOptions } from '../case/validate.js';
import type { PriorAssessment } from './change.js';
import { compareWithHistory, type Progression } from './compare.js';

export interface AssessedWithHistory {
  /** The case as validated (what the caller sent, defaults applied). */
  readonly case: Case;
  readonly assessment: Assessment;
  readonly progression: Progression;
}

/** Throws CaseValidationError naming the field. `history` is newest first. */
export function assessWithHistory(input: unknown, history: readonly PriorAssessment[], options: ParseOptions = {}): AssessedWithHistory {
  const { case: validated, warnings } = parseCase(input, options);
  return assessCaseWithHistory(validated, history, warnings);
}

/** The same for a case already validated (parse before opening a transaction, assess inside it). */
export function assessCaseWithHistory(
  validated: Case,
  history: readonly PriorAssessment[],
  warnings: readonly Assessment['warnings'][number][] = [],
): AssessedWithHistory {
  const { text: _alreadyExtracted, ...merged } = withTextEvidence(validated);
  const progression = compareWithHistory(merged.evidence, history);
  const assessment = assessCase({ ...merged, evidence: [...progression.evidence] }, [
    ...warnings,
    ...progression.changes.map((change) => ({ code: 'progression', message: change.text })),
  ]);
  return { case: validated, assessment, progression };
}
