/**
 * Assessment → FHIR R4 Bundle (type collection):
 * - a RiskAssessment: the triage level (first prediction, with the fired rules
 *   as rationale and the advice as mitigation), then the pain mechanism, root
 *   and condition probabilities, with the evidence Observations as basis;
 * - provisional Conditions: the differential (top condition `provisional`,
 *   the rest `differential`), coded in our system plus corroborated ICD-10-CM /
 *   SNOMED CT codes (codes.ts);
 * - Observations: every evidence item and the demographics (the same shape
 *   Observation Bundle → Case reads, so the bundle can be assessed again);
 * - a CarePlan (intent proposal) for the management plan.
 * Every resource references the patient when one is given; without one, the
 * subject is a display-only reference, as R4 requires a subject on most of them.
 */
import type { Bundle, BundleEntry, CarePlan, Condition, Observation, Reference, Resource, RiskAssessment, RiskAssessmentPrediction } from '@medplum/fhirtypes';
import type { Assessment, Case } from '../case/schema.js';
import { codingsFor, localCoding } from './codeSystem.js';
import { triageCode } from './localConcepts.js';
import { demographicObservations, evidenceObservation } from './observations.js';
import type { SubjectReference } from './subject.js';
import { CONDITION_CATEGORY, CONDITION_CLINICAL, CONDITION_VERIFICATION } from './systems.js';

export interface BundleOptions {
  /** The patient the assessment is about; every resource references it. */
  readonly subject?: SubjectReference;
  /** Makes the ids behind the `urn:uuid:` full URLs (default: crypto.randomUUID, in browsers and Node alike). */
  readonly newId?: () => string;
  /** The bundle's timestamp; left out when not given (the core reads no clock). */
  readonly timestamp?: Date;
}

/** Conditions listed in the differential: those at least this likely, and never more than `MAX_DIFFERENTIAL`. */
export const DIFFERENTIAL_MIN_PROBABILITY = 0.05;
export const MAX_DIFFERENTIAL = 5;

export const ANONYMOUS_SUBJECT: SubjectReference = { display: 'Unidentified person (anonymous assessment)' };

const round = (p: number): number => Math.round(p * 10000) / 10000;

interface Entry<T extends Resource> {
  readonly fullUrl: string;
  readonly resource: T;
}

function triagePrediction(assessment: Assessment): RiskAssessmentPrediction {
  const { triage } = assessment;
  const rationale = triage.reasons.map((r) => `${r.rule} (${r.level}): ${r.text}`).join(' ');
  // The level is a rules decision, not an estimate, so it is stated as certain (1): the rules that fired
  // make it so. (A prediction must carry some probability: medplum's validator reads ras-2 that way.)
  return {
    outcome: { coding: [localCoding('triage', triageCode(triage.level))], text: `Triage level: ${triage.level}` },
    probabilityDecimal: 1,
    rationale: `Decided by the triage rules table, not estimated.${rationale !== '' ? ` ${rationale}` : ' No rule fired.'}`,
  };
}

function conditionStatement(assessment: Assessment, id: string): string | undefined {
  return assessment.explanation.find((e) => e.conclusion === 'condition' && e.subject === id)?.statement;
}

function predictions(assessment: Assessment): RiskAssessmentPrediction[] {
  return [
    triagePrediction(assessment),
    ...assessment.painMechanism.map((m) => ({ outcome: { coding: codingsFor('mechanism', m.id), text: `Pain mechanism: ${m.id}` }, probabilityDecimal: round(m.probability) })),
    ...assessment.roots.map((r) => ({ outcome: { coding: [localCoding('root', r.root)], text: `Nerve root ${r.root} (${r.side})` }, probabilityDecimal: round(r.probability) })),
    ...assessment.conditions.map((c) => {
      const rationale = conditionStatement(assessment, c.id);
      return { outcome: { coding: codingsFor('condition', c.id), text: c.name }, probabilityDecimal: round(c.probability), ...(rationale !== undefined && { rationale }) };
    }),
  ];
}

/** The differential: the most likely conditions, most likely first. */
export function differential(assessment: Assessment): Assessment['conditions'] {
  const likely = assessment.conditions.filter((c, i) => i === 0 || c.probability >= DIFFERENTIAL_MIN_PROBABILITY);
  return likely.slice(0, MAX_DIFFERENTIAL);
}

function conditionResource(assessment: Assessment, condition: Assessment['conditions'][number], rank: number, subject: SubjectReference, evidence: Reference<Observation>[]): Condition {
  const verification = rank === 0 ? 'provisional' : 'differential';
  return {
    resourceType: 'Condition',
    clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: 'active', display: 'Active' }] },
    verificationStatus: { coding: [{ system: CONDITION_VERIFICATION, code: verification, display: verification === 'provisional' ? 'Provisional' : 'Differential' }] },
    category: [{ coding: [{ system: CONDITION_CATEGORY, code: 'encounter-diagnosis', display: 'Encounter Diagnosis' }] }],
    code: { coding: codingsFor('condition', condition.id), text: condition.name },
    subject,
    ...(evidence.length > 0 && { evidence: [{ detail: evidence }] }),
    note: [{ text: `Probability ${round(condition.probability)} (Sciatrace, confidence ${assessment.confidence}); ${rank === 0 ? 'most likely' : `rank ${rank + 1}`} in the differential.` }],
  };
}

function carePlan(assessment: Assessment, subject: SubjectReference, addresses: Reference<Condition>[], riskAssessment: Reference<RiskAssessment>): CarePlan {
  const { plan, triage } = assessment;
  return {
    resourceType: 'CarePlan',
    status: 'active',
    intent: 'proposal',
    title: 'Sciatrace management plan',
    description: plan.summary,
    subject,
    ...(addresses.length > 0 && { addresses }),
    supportingInfo: [riskAssessment],
    activity: [
      { detail: { status: 'not-started', description: triage.advice } },
      ...plan.steps.map((step) => ({
        detail: {
          code: { text: step.id },
          status: 'not-started' as const,
          description: `${step.text}${step.sources.length > 0 ? ` [${step.sources.join(', ')}]` : ''}`,
          ...(step.kind === 'avoid' && { doNotPerform: true }),
        },
      })),
    ],
    note: [{ text: triage.safetyNet.length > 0 ? `Safety net: ${triage.safetyNet.join('; ')}` : triage.advice }],
  };
}

/** The assessment as a FHIR Bundle; `kase` supplies the demographics. */
export function assessmentToBundle(assessment: Assessment, kase: Case, options: BundleOptions = {}): Bundle {
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const entry = <T extends Resource>(resource: T): Entry<T> => ({ fullUrl: `urn:uuid:${newId()}`, resource });
  // `type` says what a urn:uuid points at, so a reader (or validator) need not resolve it.
  const ref = <T extends Resource>(e: Entry<T>): Reference<T> => ({ reference: e.fullUrl, type: e.resource.resourceType });
  const subject = options.subject ?? ANONYMOUS_SUBJECT;
  const observationSubject = options.subject;

  const evidence = assessment.evidence.map((item) => ({ item, entry: entry(evidenceObservation(item, observationSubject)) }));
  const demographics = demographicObservations(kase, observationSubject).map((o) => entry(o));
  const riskAssessment = entry<RiskAssessment>({
    resourceType: 'RiskAssessment',
    status: 'final',
    subject,
    method: { coding: [localCoding('method', 'sciatrace_assessment')] },
    basis: [...evidence.map((e) => ref(e.entry)), ...demographics.map((e) => ref(e))],
    prediction: predictions(assessment),
    mitigation: assessment.triage.advice,
    ...(assessment.warnings.length > 0 && { note: assessment.warnings.map((w) => ({ text: `${w.code}: ${w.message}` })) }),
  });
  const conditions = differential(assessment).map((condition, rank) => {
    const supporting = new Set(assessment.explanation.filter((x) => x.conclusion === 'condition' && x.subject === condition.id).flatMap((x) => x.for.map((f) => f.finding)));
    const detail = evidence.filter((e) => supporting.has(e.item.finding) && e.item.status === 'present').map((e) => ref(e.entry));
    return entry(conditionResource(assessment, condition, rank, subject, detail));
  });
  const plan = entry(carePlan(assessment, subject, conditions.map((c) => ref(c)), ref(riskAssessment)));

  const entries: BundleEntry[] = [riskAssessment, ...conditions, ...evidence.map((e) => e.entry), ...demographics, plan];
  return {
    resourceType: 'Bundle',
    type: 'collection',
    ...(options.timestamp && { timestamp: options.timestamp.toISOString() }),
    entry: entries,
  };
}
