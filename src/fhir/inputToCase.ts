/**
 * FHIR input → Case: a QuestionnaireResponse, an Observation, or a Bundle of
 * them (plus an optional Patient), as `POST /fhir/$assess` and the CDS Hooks
 * prefetch deliver them. Several responses merge into one case (the person's
 * interview and the clinician's examination). All problems are collected and
 * thrown once as a FhirInputError naming the item or element.
 */
import type { Bundle, Observation, QuestionnaireResponse, Reference, Resource } from '@medplum/fhirtypes';
import { CaseSchema, type Case, type CaseInput } from '../case/schema.js';
import { formatPath } from '../case/validate.js';
import { readObservation } from './readObservation.js';
import { FhirInputError, shown, type InputIssue } from './outcome.js';
import { readResponse } from './responseToCase.js';

type EvidenceInput = NonNullable<CaseInput['evidence']>[number];
type Demographics = Pick<CaseInput, 'age' | 'sex' | 'durationDays' | 'onset' | 'text'>;

export interface FhirCase {
  readonly case: Case;
  /** The patient the input is about, when it names one. */
  readonly subject?: Reference;
}

interface Collected {
  evidence: EvidenceInput[];
  /** Per evidence item: where it came from and the linkId prefix of its questions, if any. */
  origins: { expression: string; linkIdBase?: string }[];
  demographics: Record<string, { value: unknown; expression: string }>;
  subjects: { reference: Reference; expression: string }[];
  caseId?: string;
  issues: InputIssue[];
}

const DEMOGRAPHIC_LINK_IDS: Readonly<Record<string, string>> = { age: 'age', sex: 'sex', durationDays: 'duration', onset: 'onset', text: 'text' };

function addDemographics(into: Collected, demographics: Demographics, expression: string): void {
  for (const [field, value] of Object.entries(demographics)) {
    if (value === undefined) continue;
    const earlier = into.demographics[field];
    if (earlier && earlier.value !== value) {
      into.issues.push({
        code: 'invalid',
        expression,
        linkId: DEMOGRAPHIC_LINK_IDS[field],
        message: `${field} is ${JSON.stringify(value)} here but ${JSON.stringify(earlier.value)} at ${earlier.expression}`,
      });
    } else into.demographics[field] = { value, expression };
  }
}

function addResponse(into: Collected, response: QuestionnaireResponse, prefix: string): void {
  const reading = readResponse(response, prefix);
  into.issues.push(...reading.issues);
  reading.evidence.forEach((item, i) => {
    into.evidence.push(item);
    const origin = reading.origins[i];
    into.origins.push({ expression: origin?.expression ?? prefix, ...(origin && { linkIdBase: origin.finding }) });
  });
  addDemographics(into, reading.demographics, prefix);
  if (reading.subject) into.subjects.push({ reference: reading.subject, expression: `${prefix}.subject` });
  if (reading.caseId !== undefined) into.caseId ??= reading.caseId;
}

function addObservation(into: Collected, observation: Observation, prefix: string): void {
  const reading = readObservation(observation, prefix, into.issues);
  if (reading.evidence) {
    into.evidence.push(reading.evidence);
    into.origins.push({ expression: prefix });
  }
  if (reading.demographics) addDemographics(into, reading.demographics, prefix);
  if (reading.subject) into.subjects.push({ reference: reading.subject, expression: `${prefix}.subject` });
}

function addResource(into: Collected, resource: Resource, prefix: string): void {
  switch (resource.resourceType) {
    case 'QuestionnaireResponse':
      return addResponse(into, resource, prefix);
    case 'Observation':
      return addObservation(into, resource, prefix);
    case 'Patient':
      if (resource.id) into.subjects.push({ reference: { reference: `Patient/${resource.id}` }, expression: prefix });
      return;
    case 'Bundle':
      return addBundle(into, resource, prefix);
    case 'Parameters':
      // The formal way to call an operation: the input as Parameters.parameter[name=resource].resource.
      (resource.parameter ?? []).forEach((parameter, i) => {
        if (parameter.name === 'resource' && parameter.resource) addResource(into, parameter.resource, `${prefix}.parameter[${i}].resource`);
        else into.issues.push({ code: 'not-supported', expression: `${prefix}.parameter[${i}]`, message: `parameter ${JSON.stringify(parameter.name)} is not an input of $assess (send "resource")` });
      });
      return;
    default:
      into.issues.push({ code: 'not-supported', expression: `${prefix}.resourceType`, message: `a ${resource.resourceType} is not read here (send QuestionnaireResponse or Observation resources)` });
  }
}

function addBundle(into: Collected, bundle: Bundle, prefix: string): void {
  if (bundle.entry !== undefined && !Array.isArray(bundle.entry)) {
    into.issues.push({ code: 'structure', expression: `${prefix}.entry`, message: 'entry must be an array' });
    return;
  }
  (bundle.entry ?? []).forEach((entry, i) => {
    // Search bundles may carry OperationOutcomes about the search itself.
    if (!entry?.resource || entry.search?.mode === 'outcome') return;
    readSafely(into, entry.resource, `${prefix}.entry[${i}].resource`);
  });
}

/**
 * Reads one resource, turning a shape we did not expect into an issue. The
 * core reads FHIR JSON without a full structural validation (the R4
 * definitions are too heavy for the browser bundle), so a malformed element
 * (say, `item` as a string) must be reported against its resource, never
 * crash the request.
 */
function readSafely(into: Collected, resource: Resource, prefix: string): void {
  try {
    addResource(into, resource, prefix);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    into.issues.push({ code: 'structure', expression: prefix, message: `the ${shown(resource.resourceType)} is not shaped as FHIR R4 defines it` });
  }
}

const referenceKey = (r: Reference): string => r.reference ?? r.identifier?.value ?? r.display ?? '';

/** Points a case validation issue (e.g. `evidence[3].grade`) back at the FHIR element it came from. */
function locate(into: Collected, path: readonly PropertyKey[], message: string): InputIssue {
  const [head, index, field] = path;
  if (head === 'evidence' && typeof index === 'number') {
    const origin = into.origins[index];
    const linkId = origin?.linkIdBase !== undefined ? (typeof field === 'string' ? `${origin.linkIdBase}.${field}` : origin.linkIdBase) : undefined;
    return { code: 'invalid', expression: origin?.expression ?? formatPath(path), ...(linkId !== undefined && { linkId }), message };
  }
  const field2 = typeof head === 'string' ? head : '';
  const where = into.demographics[field2]?.expression ?? formatPath(path);
  const linkId = DEMOGRAPHIC_LINK_IDS[field2];
  return { code: 'invalid', expression: where, ...(linkId !== undefined && { linkId }), message };
}

/** Reads FHIR input into a validated Case; throws FhirInputError naming every problem. */
export function fhirToCase(input: unknown): FhirCase {
  const into: Collected = { evidence: [], origins: [], demographics: {}, subjects: [], issues: [] };
  if (typeof input !== 'object' || input === null || typeof (input as { resourceType?: unknown }).resourceType !== 'string')
    throw new FhirInputError([{ code: 'structure', expression: 'resourceType', message: 'expected a FHIR resource (a JSON object with resourceType)' }]);
  const resource = input as Resource;
  readSafely(into, resource, resource.resourceType);

  const distinct = [...new Map(into.subjects.map((s) => [referenceKey(s.reference), s])).values()];
  if (distinct.length > 1)
    into.issues.push({ code: 'invalid', expression: distinct.map((s) => s.expression).join(', '), message: `the resources are about different patients (${distinct.map((s) => referenceKey(s.reference)).join(', ')})` });
  if (into.issues.length > 0) throw new FhirInputError(into.issues);

  const candidate: Record<string, unknown> = { evidence: into.evidence };
  for (const [field, { value }] of Object.entries(into.demographics)) candidate[field] = value;
  if (into.caseId !== undefined) candidate.id = into.caseId;
  const parsed = CaseSchema.safeParse(candidate);
  if (!parsed.success) throw new FhirInputError(parsed.error.issues.map((issue) => locate(into, issue.path, issue.message)));
  const subject = distinct[0]?.reference;
  return { case: parsed.data, ...(subject && { subject }) };
}
