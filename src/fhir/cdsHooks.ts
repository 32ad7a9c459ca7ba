/**
 * CDS Hooks 2.0 (https://cds-hooks.hl7.org/2.0/): the discovery document and
 * the `patient-view` service. The service reads the prefetched Observations
 * and QuestionnaireResponses of the patient, assesses them, and answers with
 * one card: `critical` for emergency and urgent levels (with the reasons and
 * what to do, and a suggestion to order the next step, e.g. an emergency MRI
 * for suspected cauda equina syndrome), `info` otherwise, always with a link
 * to the full result. Missing or unreadable prefetch is answered with no cards
 * and the reason in the response's `extension`, never with an error.
 */
import type { Resource } from '@medplum/fhirtypes';
import { z } from 'zod';
import { assessCase } from '../assess.js';
import { assessmentCard, type CardOptions, type CdsCard } from './cdsCard.js';
import { fhirToCase } from './inputToCase.js';
import { FhirInputError } from './outcome.js';
import { QUESTIONNAIRE_IDS, questionnaireFor } from './questionnaires.js';
import { SCIATRACE_CODES, questionnaireUrl } from './systems.js';

export type { CdsCard } from './cdsCard.js';

export const PATIENT_VIEW_SERVICE_ID = 'sciatrace-patient-view';
/** Key of our response extension (CDS Hooks extensions use reverse-domain names). */
export const REASON_EXTENSION = 'org.sciatrace.reason';

export interface CdsService {
  readonly hook: string;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly prefetch: Readonly<Record<string, string>>;
}

export interface CdsResponse {
  readonly cards: readonly CdsCard[];
  readonly extension?: Readonly<Record<string, string>>;
}

/** The prefetch keys the patient-view service asks for. */
export const PREFETCH_KEYS = ['observations', 'questionnaireResponses'] as const;

export function cdsDiscovery(): { services: CdsService[] } {
  return {
    services: [
      {
        hook: 'patient-view',
        id: PATIENT_VIEW_SERVICE_ID,
        title: 'Sciatrace: back-related leg pain triage',
        description:
          "Assesses the patient's recorded back and leg pain findings (Sciatrace Observations and interview or examination responses): triage level with reasons, likely nerve root and conditions, and the next step to order.",
        prefetch: {
          observations: `Observation?patient={{context.patientId}}&code=${SCIATRACE_CODES}|`,
          questionnaireResponses: `QuestionnaireResponse?subject=Patient/{{context.patientId}}&status=completed&questionnaire=${QUESTIONNAIRE_IDS.map(questionnaireUrl).join(',')}`,
        },
      },
    ],
  };
}

/** The request body of a CDS service call (CDS Hooks 2.0 "Calling a CDS Service"); prefetch values may be null. */
export const CdsRequestSchema = z.object({
  hook: z.string().min(1),
  hookInstance: z.string().min(1),
  fhirServer: z.string().optional(),
  fhirAuthorization: z.unknown().optional(),
  context: z.looseObject({ patientId: z.string().min(1), userId: z.string().optional() }),
  prefetch: z.record(z.string(), z.unknown().nullable()).optional(),
});
export type CdsRequest = z.infer<typeof CdsRequestSchema>;

export type CdsOptions = CardOptions;

const noCards = (reason: string): CdsResponse => ({ cards: [], extension: { [REASON_EXTENSION]: reason } });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isResource = (value: unknown): value is Resource => isRecord(value) && typeof value.resourceType === 'string';

/**
 * Whether a prefetched resource is ours to read: a response to one of our
 * questionnaires, or an Observation carrying one of our codes. A record
 * system may send more than the template asked for (blood pressures, other
 * forms); those are not Sciatrace findings and are left aside, not errors.
 */
function isSciatraceResource(resource: Resource): boolean {
  if (resource.resourceType === 'QuestionnaireResponse')
    return typeof resource.questionnaire === 'string' && questionnaireFor(resource.questionnaire) !== undefined;
  if (resource.resourceType === 'Observation') {
    const codings: unknown = (resource.code as unknown as Record<string, unknown> | undefined)?.coding;
    return Array.isArray(codings) && codings.some((c) => isRecord(c) && c.system === SCIATRACE_CODES);
  }
  return false;
}

/** The resources of one prefetch value: a (searchset) Bundle's entries, or a single resource. */
function resourcesOf(value: unknown): Resource[] {
  if (!isResource(value)) return [];
  if (value.resourceType !== 'Bundle') return [value];
  const entries: unknown = (value as unknown as Record<string, unknown>).entry;
  if (!Array.isArray(entries)) return [];
  // Search bundles may carry OperationOutcomes about the search itself (search.mode = outcome).
  return entries.flatMap((e) => (isRecord(e) && isResource(e.resource) && !(isRecord(e.search) && e.search.mode === 'outcome') ? [e.resource] : []));
}

/** Whether a subject reference names the patient in context (relative or absolute reference). */
const isContextPatient = (reference: string | undefined, patientId: string): boolean =>
  reference === undefined || reference === `Patient/${patientId}` || reference.endsWith(`/Patient/${patientId}`);

/** The patient-view service: prefetched resources in, cards out. Never throws for missing or unusable data. */
export function patientViewService(request: CdsRequest, options: CdsOptions): CdsResponse {
  const { patientId } = request.context;
  const prefetched = PREFETCH_KEYS.flatMap((key) => resourcesOf(request.prefetch?.[key]));
  if (prefetched.length === 0)
    return noCards(
      `No prefetched data: send prefetch "observations" and/or "questionnaireResponses" (GET /cds-services lists the templates) with Sciatrace Observations or responses for patient ${patientId}.`,
    );
  const ours = prefetched.filter(isSciatraceResource);
  if (ours.length === 0) return noCards('The prefetched data holds no Sciatrace findings for this patient (no Sciatrace Observations or questionnaire responses).');
  let read: ReturnType<typeof fhirToCase>;
  try {
    read = fhirToCase({ resourceType: 'Bundle', type: 'collection', entry: ours.map((resource) => ({ resource })) });
  } catch (error) {
    if (error instanceof FhirInputError) return noCards(`The prefetched data could not be read: ${error.message}`);
    throw error;
  }
  // Never advise on one patient from another's data.
  if (!isContextPatient(read.subject?.reference, patientId))
    return noCards(`The prefetched data is about ${read.subject?.reference ?? 'another patient'}, not Patient/${patientId}.`);
  if (read.case.evidence.length === 0) return noCards('The prefetched data holds no Sciatrace findings for this patient.');
  const assessment = assessCase(read.case);
  return { cards: [assessmentCard(assessment, read.case, patientId, options)] };
}
