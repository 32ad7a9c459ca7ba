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
import type { Bundle, Resource, ServiceRequest } from '@medplum/fhirtypes';
import { z } from 'zod';
import { assessCase } from '../assess.js';
import type { Assessment, Case } from '../case/schema.js';
import { codingsFor, localCoding } from './codeSystem.js';
import { fhirToCase } from './inputToCase.js';
import { triageCode } from './localConcepts.js';
import { nextStepFor, type NextStep } from './nextSteps.js';
import { FhirInputError } from './outcome.js';
import { QUESTIONNAIRE_IDS, questionnaireFor } from './questionnaires.js';
import { SCIATRACE_CODES, questionnaireUrl } from './systems.js';

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

export interface CdsLink {
  readonly label: string;
  readonly url: string;
  readonly type: 'absolute' | 'smart';
}

export interface CdsAction {
  readonly type: 'create' | 'update' | 'delete';
  readonly description: string;
  readonly resource?: Resource;
}

export interface CdsCard {
  readonly uuid: string;
  readonly summary: string;
  readonly detail: string;
  readonly indicator: 'info' | 'warning' | 'critical';
  readonly source: { readonly label: string; readonly url?: string; readonly topic?: { system: string; code: string; display: string } };
  readonly suggestions?: readonly { readonly label: string; readonly uuid: string; readonly isRecommended: boolean; readonly actions: readonly CdsAction[] }[];
  readonly selectionBehavior?: 'at-most-one' | 'any';
  readonly links: readonly CdsLink[];
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

export interface CdsOptions {
  /** Where a clinician opens the full result for a case (a deep link into the web app). */
  readonly resultUrl: (kase: Case) => string;
  /** Makes card and suggestion uuids (default crypto.randomUUID). */
  readonly newId?: () => string;
}

const noCards = (reason: string): CdsResponse => ({ cards: [], extension: { [REASON_EXTENSION]: reason } });

const isBundle = (value: unknown): value is Bundle => typeof value === 'object' && value !== null && (value as Resource).resourceType === 'Bundle';
const isResource = (value: unknown): value is Resource => typeof value === 'object' && value !== null && typeof (value as Resource).resourceType === 'string';

/**
 * Whether a prefetched resource is ours to read: a response to one of our
 * questionnaires, or an Observation carrying one of our codes. A record
 * system may send more than the template asked for (blood pressures, other
 * forms); those are not Sciatrace findings and are left aside, not errors.
 */
function isSciatraceResource(resource: Resource): boolean {
  if (resource.resourceType === 'QuestionnaireResponse') return resource.questionnaire !== undefined && questionnaireFor(resource.questionnaire) !== undefined;
  if (resource.resourceType === 'Observation') return (resource.code.coding ?? []).some((c) => c.system === SCIATRACE_CODES);
  return false;
}

/** The prefetched resources, gathered into one Bundle; undefined when nothing usable was prefetched. */
function prefetchedBundle(prefetch: CdsRequest['prefetch']): Bundle | undefined {
  const entries = PREFETCH_KEYS.flatMap((key) => {
    const value = prefetch?.[key];
    const resources = isBundle(value) ? (value.entry ?? []).filter((e) => e.search?.mode !== 'outcome').flatMap((e) => (e.resource ? [e.resource] : [])) : isResource(value) ? [value] : [];
    return resources.filter(isSciatraceResource).map((resource) => ({ resource }));
  });
  return entries.length > 0 ? { resourceType: 'Bundle', type: 'collection', entry: entries } : undefined;
}

const CRITICAL_LEVELS = new Set<string>(['emergency', 'urgent']);
const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function serviceRequest(step: NextStep, assessment: Assessment, patientId: string): ServiceRequest {
  const reasons = assessment.triage.reasons.filter((r) => step.rules.includes(r.rule));
  const top = assessment.conditions[0];
  return {
    resourceType: 'ServiceRequest',
    status: 'draft',
    intent: 'proposal',
    priority: step.priority,
    code: { coding: [localCoding('next_step', step.code)], text: step.display },
    subject: { reference: `Patient/${patientId}` },
    reasonCode: [
      ...reasons.map((r) => ({ text: r.text })),
      ...(top ? [{ coding: codingsFor('condition', top.id), text: `Possible ${top.name}` }] : []),
    ],
    note: [{ text: `Suggested by Sciatrace (triage rules ${reasons.map((r) => r.rule).join(', ')}; sources ${step.sources.join(', ')}).` }],
  };
}

function cardDetail(assessment: Assessment): string {
  const { triage } = assessment;
  const lines = [
    `**Triage: ${triage.level}.** ${triage.advice}`,
    '',
    ...(triage.reasons.length > 0 ? ['Why:', ...triage.reasons.map((r) => `- ${r.text} (rule \`${r.rule}\`; findings: ${r.evidence.join(', ') || 'none'})`), ''] : []),
  ];
  const top = assessment.conditions.slice(0, 3).map((c) => `${c.name} ${Math.round(c.probability * 100)} %`);
  if (top.length > 0) lines.push(`Most likely: ${top.join('; ')} (confidence ${assessment.confidence}).`);
  const root = assessment.roots[0];
  if (root && root.probability >= 0.5) lines.push(`Likely root: ${root.root} ${root.side} (${Math.round(root.probability * 100)} %).`);
  // The advice already ends with the safety net (spec/triage-policy.md), so it is not repeated here.
  return lines.join('\n');
}

export function assessmentCard(assessment: Assessment, kase: Case, patientId: string, options: CdsOptions): CdsCard {
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const { triage } = assessment;
  const critical = CRITICAL_LEVELS.has(triage.level);
  const deciding = triage.reasons.find((r) => r.level === triage.level);
  const summary = truncate(`Sciatrace triage: ${triage.level.replace('_', ' ')}${deciding ? ` (${deciding.rule.replace(/_/g, ' ')})` : ''}`, 139);
  const step = critical ? nextStepFor(triage.reasons.map((r) => r.rule)) : undefined;
  const triageConcept = localCoding('triage', triageCode(triage.level));
  return {
    uuid: newId(),
    summary,
    detail: cardDetail(assessment),
    indicator: critical ? 'critical' : 'info',
    source: { label: 'Sciatrace', topic: { system: SCIATRACE_CODES, code: triageConcept.code ?? '', display: triageConcept.display ?? '' } },
    ...(step && {
      suggestions: [
        {
          label: step.label,
          uuid: newId(),
          isRecommended: true,
          actions: [{ type: 'create' as const, description: step.display, resource: serviceRequest(step, assessment, patientId) }],
        },
      ],
      selectionBehavior: 'at-most-one' as const,
    }),
    links: [{ label: 'Open the full Sciatrace result', url: options.resultUrl(kase), type: 'absolute' }],
  };
}

/** The patient-view service: prefetched resources in, cards out. Never throws for missing or unusable data. */
export function patientViewService(request: CdsRequest, options: CdsOptions): CdsResponse {
  const bundle = prefetchedBundle(request.prefetch);
  if (!bundle)
    return noCards(
      `No prefetched data: send prefetch "observations" and/or "questionnaireResponses" (GET /cds-services lists the templates) with Sciatrace Observations or responses for patient ${request.context.patientId}.`,
    );
  let read: ReturnType<typeof fhirToCase>;
  try {
    read = fhirToCase(bundle);
  } catch (error) {
    if (error instanceof FhirInputError) return noCards(`The prefetched data could not be read: ${error.message}`);
    throw error;
  }
  if (read.case.evidence.length === 0) return noCards('The prefetched data holds no Sciatrace findings for this patient.');
  const assessment = assessCase(read.case);
  return { cards: [assessmentCard(assessment, read.case, request.context.patientId, options)] };
}
