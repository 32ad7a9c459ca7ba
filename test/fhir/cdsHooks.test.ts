import type { Bundle, Resource, ServiceRequest } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { assessCase } from '../../src/assess.js';
import type { Case } from '../../src/case/schema.js';
import { assessmentToBundle } from '../../src/fhir/assessmentBundle.js';
import { caseToResponses } from '../../src/fhir/caseToResponses.js';
import { cdsDiscovery, patientViewService, REASON_EXTENSION, type CdsRequest } from '../../src/fhir/cdsHooks.js';
import { validateDiscovery, validateServiceResponse } from './cdsHooksSchema.js';
import { validationErrors } from './validator.js';
import { vignettes } from './vignettes.js';

const searchset = (resources: readonly Resource[]): Bundle => ({
  resourceType: 'Bundle',
  type: 'searchset',
  total: resources.length,
  entry: resources.map((resource) => ({ resource, search: { mode: 'match' } })),
});

const call = (prefetch?: CdsRequest['prefetch']): CdsRequest => ({
  hook: 'patient-view',
  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
  context: { patientId: 'p1', userId: 'Practitioner/example' },
  ...(prefetch !== undefined && { prefetch }),
});

const responsesOf = (kase: Case) => {
  const { interview, examination } = caseToResponses(kase, { reference: 'Patient/p1' });
  return [interview, examination].filter((r) => r !== undefined);
};

const options = { resultUrl: (kase: Case) => `https://sciatrace.example/#/result?case=${encodeURIComponent(JSON.stringify(kase))}` };

describe('CDS Hooks discovery', () => {
  it('matches the CDS Hooks 2.0 discovery schema and offers a patient-view service with prefetch templates', () => {
    const discovery = cdsDiscovery();
    expect(validateDiscovery(discovery), JSON.stringify(validateDiscovery.errors)).toBe(true);
    expect(discovery.services[0]).toMatchObject({ hook: 'patient-view', id: 'sciatrace-patient-view' });
    expect(Object.keys(discovery.services[0]?.prefetch ?? {})).toEqual(['observations', 'questionnaireResponses']);
    expect(discovery.services[0]?.prefetch.observations).toContain('{{context.patientId}}');
  });

  it('the schema catches what the specification forbids', () => {
    expect(validateServiceResponse({ cards: [{ summary: 'x', indicator: 'urgent', source: { label: 'S' } }] })).toBe(false);
    expect(validateServiceResponse({ cards: [{ summary: 'x'.repeat(140), indicator: 'info', source: { label: 'S' } }] })).toBe(false);
    expect(validateServiceResponse({ cards: [{ summary: 'x', indicator: 'info', source: { label: 'S' }, suggestions: [{ label: 'a' }] }] })).toBe(false);
    expect(validateServiceResponse({ cards: [{ summary: 'x', indicator: 'info', source: {} }] })).toBe(false);
    expect(validateServiceResponse({ cards: [] })).toBe(true);
  });
});

describe('patient-view service over the dev vignettes', () => {
  const answers = vignettes.map((v) => ({ v, level: assessCase(v.case).triage.level, response: patientViewService(call({ questionnaireResponses: searchset(responsesOf(v.case)) }), options) }));

  it('answers every vignette with one card that matches the CDS Hooks 2.0 response schema', () => {
    for (const { v, response } of answers) {
      expect(validateServiceResponse(response), `${v.id}: ${JSON.stringify(validateServiceResponse.errors)}`).toBe(true);
      expect(response.cards, v.id).toHaveLength(1);
    }
  });

  it('is critical for emergency and urgent levels and info otherwise, with the reason, what to do and a link', () => {
    for (const { v, level, response } of answers) {
      const card = response.cards[0];
      expect(card?.indicator, v.id).toBe(level === 'emergency' || level === 'urgent' ? 'critical' : 'info');
      expect(card?.summary, v.id).toContain(level.replace('_', ' '));
      expect(card?.detail, v.id).toContain(assessCase(v.case).triage.advice);
      expect(card?.links[0]?.url, v.id).toMatch(/^https:\/\/sciatrace\.example\/#\/result\?case=/);
      expect(JSON.parse(decodeURIComponent(card?.links[0]?.url.split('case=')[1] ?? '')).evidence.length, v.id).toBe(v.case.evidence.length);
    }
  });

  it('suggests an emergency MRI, as a valid ServiceRequest create action, for suspected cauda equina syndrome', () => {
    const cauda = answers.filter(({ v }) => assessCase(v.case).triage.reasons.some((r) => r.rule === 'cauda_equina'));
    expect(cauda.length).toBeGreaterThan(0);
    for (const { v, response } of cauda) {
      const action = response.cards[0]?.suggestions?.[0]?.actions[0];
      expect(action?.type, v.id).toBe('create');
      const order = action?.resource as ServiceRequest;
      expect(order.code?.coding?.[0]?.code, v.id).toBe('emergency_mri_lumbosacral_spine');
      expect(order.priority, v.id).toBe('stat');
      expect(order.subject, v.id).toEqual({ reference: 'Patient/p1' });
    }
  });

  it('every suggested ServiceRequest passes the FHIR R4 validator, and only critical cards suggest orders', () => {
    let orders = 0;
    for (const { v, response } of answers)
      for (const card of response.cards)
        for (const suggestion of card.suggestions ?? [])
          for (const action of suggestion.actions) {
            orders += 1;
            expect(card.indicator).toBe('critical');
            expect(validationErrors(action.resource as Resource), v.id).toEqual([]);
          }
    expect(orders).toBeGreaterThan(0);
  });

  it('reads prefetched Observations as well as responses, and leaves foreign Observations aside', () => {
    const v = vignettes.find((x) => assessCase(x.case).triage.level === 'emergency');
    if (!v) throw new Error('no emergency vignette');
    const bundle = assessmentToBundle(assessCase(v.case), v.case, { subject: { reference: 'Patient/p1' } });
    const observations = (bundle.entry ?? []).flatMap((e) => (e.resource?.resourceType === 'Observation' ? [e.resource] : []));
    const bloodPressure: Resource = { resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] } };
    const response = patientViewService(call({ observations: searchset([...observations, bloodPressure]) }), options);
    expect(response.cards[0]?.indicator).toBe('critical');
  });
});

describe('patient-view service without usable data', () => {
  it.each([
    ['no prefetch', undefined],
    ['prefetch keys present but null', { observations: null, questionnaireResponses: null }],
    ['empty searchsets', { observations: searchset([]), questionnaireResponses: searchset([]) }],
  ])('%s: no cards, and the reason', (_name, prefetch) => {
    const response = patientViewService(call(prefetch ?? undefined), options);
    expect(validateServiceResponse(response)).toBe(true);
    expect(response.cards).toEqual([]);
    expect(response.extension?.[REASON_EXTENSION]).toMatch(/No prefetched data/);
  });

  it("another patient's data: no cards, never advice from someone else's record", () => {
    const v = vignettes[0];
    if (!v) throw new Error('no vignettes');
    const { interview } = caseToResponses(v.case, { reference: 'Patient/someone-else' });
    const response = patientViewService(call({ questionnaireResponses: searchset(interview ? [interview] : []) }), options);
    expect(response.cards).toEqual([]);
    expect(response.extension?.[REASON_EXTENSION]).toMatch(/about Patient\/someone-else, not Patient\/p1/);
  });

  it('only foreign resources: no cards, and the reason says there are no Sciatrace findings', () => {
    const bloodPressure: Resource = { resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] } };
    const response = patientViewService(call({ observations: searchset([bloodPressure]) }), options);
    expect(response.cards).toEqual([]);
    expect(response.extension?.[REASON_EXTENSION]).toMatch(/no Sciatrace findings/);
  });

  it('unreadable responses: no cards, and the reason names the item', () => {
    const broken = { resourceType: 'QuestionnaireResponse', questionnaire: 'https://sciatrace.org/fhir/Questionnaire/interview', status: 'completed', item: [{ linkId: 'symptoms', item: [{ linkId: 'leg_pain', item: [] }] }] };
    const response = patientViewService(call({ questionnaireResponses: searchset([broken as Resource]) }), options);
    expect(response.cards).toEqual([]);
    expect(response.extension?.[REASON_EXTENSION]).toMatch(/could not be read: item "leg_pain.status"/);
  });
});
