/**
 * FHIR's one error shape, OperationOutcome, for every adapter error: a bad
 * response, an Observation we cannot read, an unknown resource. Issues are
 * collected and thrown once (FhirInputError); the HTTP status is chosen at
 * the edge from the issue code (`statusOf`).
 */
import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import { CaseValidationError } from '../case/validate.js';

export type IssueCode = 'invalid' | 'structure' | 'required' | 'value' | 'code-invalid' | 'not-found' | 'not-supported' | 'processing';

export interface InputIssue {
  readonly code: IssueCode;
  /** FHIRPath-like location, e.g. `QuestionnaireResponse.item[1].item[0]`. */
  readonly expression: string;
  /** The questionnaire item the issue is about, when there is one. */
  readonly linkId?: string;
  readonly message: string;
}

export class FhirInputError extends Error {
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly InputIssue[]) {
    super(issues.map(describe).join('; '));
    this.name = 'FhirInputError';
    this.issues = issues;
  }
}

/** A value from the input, shown in a message: input is arbitrary JSON, so never trust its own toString. */
export const shown = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? typeof value));

const describe = (issue: InputIssue): string => (issue.linkId !== undefined ? `item "${shown(issue.linkId)}": ${issue.message}` : issue.message);

export function operationOutcome(issues: readonly InputIssue[], severity: OperationOutcomeIssue['severity'] = 'error'): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: issues.map((issue) => ({
      severity,
      code: issue.code,
      details: { text: describe(issue) },
      expression: [issue.expression],
    })),
  };
}

export const notFoundOutcome = (what: string): OperationOutcome => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code: 'not-found', details: { text: `${what} not found` } }],
});

/** An outcome for anything thrown while handling FHIR input; unexpected errors become `exception`. */
export function toOperationOutcome(error: unknown): OperationOutcome {
  if (error instanceof FhirInputError) return operationOutcome(error.issues);
  if (error instanceof CaseValidationError)
    return operationOutcome(error.issues.map((i) => ({ code: 'invalid', expression: i.path || 'Case', message: `${i.path || '(case)'}: ${i.message}` })));
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception', details: { text: 'internal error' } }] };
}

/** The HTTP status for an outcome: 404 for not-found, 500 for exceptions, 400 for every input problem. */
export function statusOf(outcome: OperationOutcome): number {
  const codes = (outcome.issue ?? []).map((i) => i.code);
  if (codes.includes('exception')) return 500;
  if (codes.includes('not-found')) return 404;
  return 400;
}
