/**
 * The FHIR face of `assess`: a QuestionnaireResponse, an Observation or a
 * Bundle of them in, a Bundle with the RiskAssessment, Conditions,
 * Observations and CarePlan out. Throws FhirInputError (→ OperationOutcome,
 * HTTP 400) for input that does not fit; never yields an assessment for it.
 */
import type { Bundle } from '@medplum/fhirtypes';
import { assessCase } from '../assess.js';
import type { Assessment, Case } from '../case/schema.js';
import { assessmentToBundle, type BundleOptions } from './assessmentBundle.js';
import { fhirToCase } from './inputToCase.js';
import { asSubject, type SubjectReference } from './subject.js';

export interface FhirAssessment {
  readonly case: Case;
  readonly assessment: Assessment;
  readonly subject?: SubjectReference;
  readonly bundle: Bundle;
}

export function assessFhir(input: unknown, options: Omit<BundleOptions, 'subject'> = {}): FhirAssessment {
  const read = fhirToCase(input);
  const subject = asSubject(read.subject);
  const assessment = assessCase(read.case);
  const bundle = assessmentToBundle(assessment, read.case, { ...options, ...(subject && { subject }) });
  return { case: read.case, assessment, ...(subject && { subject }), bundle };
}
