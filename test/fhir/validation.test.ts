/**
 * The figure the issue asks for: zero FHIR R4 validation errors over every
 * resource we generate for every dev vignette (responses, the $assess Bundle
 * and each resource in it, with and without a patient, the suggested orders of
 * the CDS cards), plus the Questionnaires, the CodeSystem and the
 * CapabilityStatement. Validator: medplum's, with the R4 definitions.
 */
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { assessFhir } from '../../src/fhir/assessFhir.js';
import { buildCapabilityStatement } from '../../src/fhir/capabilityStatement.js';
import { caseToResponses } from '../../src/fhir/caseToResponses.js';
import { patientViewService } from '../../src/fhir/cdsHooks.js';
import { buildCodeSystem } from '../../src/fhir/codeSystem.js';
import { buildAssessOperation } from '../../src/fhir/operationDefinition.js';
import { QUESTIONNAIRE_BUILDERS, QUESTIONNAIRE_IDS } from '../../src/fhir/questionnaires.js';
import { validationErrors } from './validator.js';
import { vignettes } from './vignettes.js';

function generated(): { where: string; resource: Resource }[] {
  const out: { where: string; resource: Resource }[] = [
    ...QUESTIONNAIRE_IDS.map((id) => ({ where: `Questionnaire/${id}`, resource: QUESTIONNAIRE_BUILDERS[id]() })),
    { where: 'CodeSystem', resource: buildCodeSystem() },
    { where: 'CapabilityStatement', resource: buildCapabilityStatement('http://localhost:8080') },
    { where: 'OperationDefinition', resource: buildAssessOperation() },
  ];
  for (const v of vignettes) {
    for (const subject of [undefined, { reference: 'Patient/p1' }]) {
      const who = subject ? 'patient' : 'anonymous';
      const { interview, examination } = caseToResponses(v.case, subject);
      const responses = [interview, examination].filter((r) => r !== undefined);
      responses.forEach((r, i) => out.push({ where: `${v.id} ${who} response ${i}`, resource: r }));
      const input: Bundle = { resourceType: 'Bundle', type: 'collection', entry: responses.map((resource) => ({ resource })) };
      const { bundle } = assessFhir(input, { timestamp: new Date('2026-01-01T00:00:00Z') });
      out.push({ where: `${v.id} ${who} $assess Bundle`, resource: bundle });
      (bundle.entry ?? []).forEach((e, i) => e.resource && out.push({ where: `${v.id} ${who} entry ${i} ${e.resource.resourceType}`, resource: e.resource }));
      if (subject) {
        const cds = patientViewService(
          { hook: 'patient-view', hookInstance: 'h', context: { patientId: 'p1' }, prefetch: { questionnaireResponses: input } },
          { resultUrl: () => 'https://sciatrace.example/' },
        );
        for (const card of cds.cards)
          for (const s of card.suggestions ?? []) for (const a of s.actions) if (a.resource) out.push({ where: `${v.id} CDS order`, resource: a.resource });
      }
    }
  }
  return out;
}

describe('FHIR R4 validation of everything we generate', () => {
  it('has zero validation errors over all generated resources for all 64 dev vignettes', () => {
    const resources = generated();
    const errors = resources.flatMap(({ where, resource }) => validationErrors(resource).map((issue) => `${where}: ${issue.details?.text ?? ''} at ${issue.expression?.join(', ') ?? ''}`));
    const types = new Map<string, number>();
    for (const { resource } of resources) types.set(resource.resourceType, (types.get(resource.resourceType) ?? 0) + 1);
    console.log(`FHIR validation: ${resources.length} resources (${[...types].map(([t, n]) => `${n} ${t}`).join(', ')}) over ${vignettes.length} vignettes, ${errors.length} errors`);
    expect(errors).toEqual([]);
    expect(vignettes).toHaveLength(64);
  });

  it('the validator is real: it rejects what R4 forbids', () => {
    expect(validationErrors({ resourceType: 'Observation', status: 'final' } as Resource)).not.toEqual([]);
    expect(validationErrors({ resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'g', type: 'group' }] } as Resource)).not.toEqual([]);
    expect(validationErrors({ resourceType: 'Condition', subject: { reference: 'Patient/1' }, bogus: 1 } as unknown as Resource)).not.toEqual([]);
  });
});

describe('the $assess Bundle', () => {
  const v = vignettes.find((x) => x.case.evidence.some((e) => e.finding === 'bladder_dysfunction' && e.status === 'present'));
  if (!v) throw new Error('no vignette with bladder dysfunction');
  const { interview, examination } = caseToResponses(v.case, { reference: 'Patient/p1' });
  const input: Bundle = { resourceType: 'Bundle', type: 'collection', entry: [interview, examination].filter((r) => r !== undefined).map((resource) => ({ resource })) };
  const { bundle, assessment } = assessFhir(input);
  const resources = (bundle.entry ?? []).map((e) => e.resource as Resource);
  const ofType = (t: string) => resources.filter((r) => r.resourceType === t);

  it('holds a RiskAssessment with the triage level first, then the probabilities, and the evidence as basis', () => {
    const [risk] = ofType('RiskAssessment');
    if (risk?.resourceType !== 'RiskAssessment') throw new Error('no RiskAssessment');
    expect(risk.prediction?.[0]?.outcome?.coding?.[0]?.code).toBe(`triage_${assessment.triage.level}`);
    expect(risk.prediction?.[0]?.rationale).toContain('cauda_equina');
    const conditionPredictions = risk.prediction?.filter((p) => assessment.conditions.some((c) => c.name === p.outcome?.text)) ?? [];
    expect(conditionPredictions).toHaveLength(assessment.conditions.length);
    expect(risk.basis?.length).toBe(ofType('Observation').length);
    expect(risk.mitigation).toBe(assessment.triage.advice);
  });

  it('holds provisional and differential Conditions, Observations for the evidence, and a CarePlan', () => {
    const conditions = ofType('Condition');
    expect(conditions.length).toBeGreaterThan(0);
    const statuses = conditions.map((c) => (c.resourceType === 'Condition' ? c.verificationStatus?.coding?.[0]?.code : undefined));
    expect(statuses[0]).toBe('provisional');
    expect(statuses.slice(1).every((s) => s === 'differential')).toBe(true);
    expect(ofType('Observation').length).toBeGreaterThanOrEqual(v.case.evidence.length);
    expect(ofType('CarePlan')).toHaveLength(1);
  });

  it('references the patient from every resource when one is given', () => {
    for (const resource of resources) expect((resource as { subject?: unknown }).subject, resource.resourceType).toEqual({ reference: 'Patient/p1' });
  });

  it('takes the patient from a Patient resource in the input Bundle too', () => {
    const observations = (bundle.entry ?? []).flatMap((e) => (e.resource?.resourceType === 'Observation' ? [{ resource: { ...e.resource, subject: undefined } }] : []));
    const again = assessFhir({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Patient', id: 'from-bundle' } }, ...observations] });
    expect(again.subject).toEqual({ reference: 'Patient/from-bundle' });
    for (const entry of again.bundle.entry ?? []) expect((entry.resource as { subject?: unknown }).subject).toEqual({ reference: 'Patient/from-bundle' });
  });

  it('without a patient, says so in the subject rather than inventing one', () => {
    const anonymous = assessFhir({ ...input, entry: (input.entry ?? []).map((e) => ({ resource: { ...e.resource, subject: undefined } as Resource })) });
    const risk = anonymous.bundle.entry?.[0]?.resource as { subject?: unknown };
    expect(risk.subject).toEqual({ display: 'Unidentified person (anonymous assessment)' });
  });

  it('links resources inside the Bundle by their urn:uuid full URLs', () => {
    const fullUrls = new Set((bundle.entry ?? []).map((e) => e.fullUrl));
    const refs = JSON.stringify(bundle).match(/"reference":"urn:uuid:[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(fullUrls).toContain(ref.slice('"reference":"'.length, -1));
  });
});
