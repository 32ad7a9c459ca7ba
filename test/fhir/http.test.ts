/** The FHIR and CDS Hooks routes over real HTTP (the app listening on a port, fetch). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseToResponses } from '../../src/fhir/caseToResponses.js';
import { call, startApp, tempDbFile, type Running } from '../server/harness.js';
import { validateDiscovery, validateServiceResponse } from './cdsHooksSchema.js';
import { validationErrors } from './validator.js';
import { vignettes } from './vignettes.js';

const FHIR_JSON = { 'content-type': 'application/fhir+json' };

let server: Running;
beforeAll(async () => {
  server = await startApp(tempDbFile());
});
afterAll(async () => {
  await server.close();
});

const emergency = vignettes.find((v) => v.expected.triage === 'emergency' && v.case.evidence.some((e) => e.finding === 'saddle_anesthesia' && e.status === 'present'));
if (!emergency) throw new Error('no cauda equina vignette');
const responses = () => {
  const { interview, examination } = caseToResponses(emergency.case, { reference: 'Patient/42' });
  return [interview, examination].filter((r) => r !== undefined);
};

describe('FHIR routes', () => {
  it('GET /fhir/Questionnaire lists both questionnaires as a searchset Bundle, in application/fhir+json', async () => {
    const reply = await call(server.url, 'GET', '/fhir/Questionnaire');
    expect(reply.status).toBe(200);
    expect(reply.type).toMatch(/^application\/fhir\+json/);
    expect(reply.body).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 2 });
    expect(reply.body.entry.map((e: { fullUrl: string }) => e.fullUrl)).toEqual([`${server.url}/fhir/Questionnaire/interview`, `${server.url}/fhir/Questionnaire/examination`]);
    expect(validationErrors(reply.body)).toEqual([]);
    const byUrl = await call(server.url, 'GET', `/fhir/Questionnaire?url=${encodeURIComponent('https://sciatrace.org/fhir/Questionnaire/examination')}`);
    expect(byUrl.body.total).toBe(1);
    const versioned = await call(server.url, 'GET', `/fhir/Questionnaire?url=${encodeURIComponent(`https://sciatrace.org/fhir/Questionnaire/interview|${reply.body.entry[0].resource.version}`)}`);
    expect(versioned.body.total).toBe(1);
    const otherVersion = await call(server.url, 'GET', `/fhir/Questionnaire?url=${encodeURIComponent('https://sciatrace.org/fhir/Questionnaire/interview|9.9')}`);
    expect(otherVersion.body.total).toBe(0);
  });

  it('GET /fhir/Questionnaire/{id} reads one; an unknown id is a 404 OperationOutcome', async () => {
    const reply = await call(server.url, 'GET', '/fhir/Questionnaire/interview');
    expect(reply.body).toMatchObject({ resourceType: 'Questionnaire', id: 'interview', url: 'https://sciatrace.org/fhir/Questionnaire/interview' });
    const missing = await call(server.url, 'GET', '/fhir/Questionnaire/phq9');
    expect(missing.status).toBe(404);
    expect(missing.body.resourceType).toBe('OperationOutcome');
    const elsewhere = await call(server.url, 'GET', '/fhir/Patient/1');
    expect([elsewhere.status, elsewhere.body.resourceType]).toEqual([404, 'OperationOutcome']);
  });

  it('serves the CodeSystem and the CapabilityStatement', async () => {
    expect((await call(server.url, 'GET', '/fhir/CodeSystem/sciatrace')).body).toMatchObject({ resourceType: 'CodeSystem', url: 'https://sciatrace.org/fhir/CodeSystem/sciatrace' });
    expect((await call(server.url, 'GET', '/fhir/CodeSystem')).body.total).toBe(1);
    const metadata = await call(server.url, 'GET', '/fhir/metadata');
    expect(metadata.body.resourceType).toBe('CapabilityStatement');
    expect(validationErrors(metadata.body)).toEqual([]);
  });

  it('POST /fhir/$assess, no account: responses in, a valid Bundle about the patient out', async () => {
    const body = { resourceType: 'Bundle', type: 'collection', entry: responses().map((resource) => ({ resource })) };
    const reply = await call(server.url, 'POST', '/fhir/$assess', { body, headers: FHIR_JSON });
    expect(reply.status).toBe(200);
    expect(reply.type).toMatch(/^application\/fhir\+json/);
    expect(reply.body.resourceType).toBe('Bundle');
    expect(validationErrors(reply.body)).toEqual([]);
    const risk = reply.body.entry[0].resource;
    expect(risk.resourceType).toBe('RiskAssessment');
    expect(risk.prediction[0].outcome.coding[0].code).toBe('triage_emergency');
    expect(risk.subject).toEqual({ reference: 'Patient/42' });
  });

  it('POST /fhir/$assess takes a single QuestionnaireResponse with plain application/json too', async () => {
    const [interview] = responses();
    const reply = await call(server.url, 'POST', '/fhir/$assess', { body: interview });
    expect(reply.status).toBe(200);
    expect(reply.body.entry[0].resource.prediction[0].outcome.coding[0].code).toBe('triage_emergency');
  });

  it('POST /fhir/$assess takes the formal Parameters form of the operation', async () => {
    const body = { resourceType: 'Parameters', parameter: responses().map((resource) => ({ name: 'resource', resource })) };
    const reply = await call(server.url, 'POST', '/fhir/$assess', { body, headers: FHIR_JSON });
    expect(reply.status).toBe(200);
    expect(reply.body.entry[0].resource.prediction[0].outcome.coding[0].code).toBe('triage_emergency');
    const wrong = await call(server.url, 'POST', '/fhir/$assess', { body: { resourceType: 'Parameters', parameter: [{ name: 'case', valueString: '{}' }] }, headers: FHIR_JSON });
    expect(wrong.status).toBe(400);
    expect(wrong.body.issue[0].expression).toEqual(['Parameters.parameter[0]']);
  });

  it('GET /fhir/OperationDefinition/assess describes the operation', async () => {
    const reply = await call(server.url, 'GET', '/fhir/OperationDefinition/assess');
    expect(reply.body).toMatchObject({ resourceType: 'OperationDefinition', code: 'assess', url: 'https://sciatrace.org/fhir/OperationDefinition/assess' });
  });

  it('a response that does not fit is a 400 OperationOutcome naming the item', async () => {
    const bad = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'https://sciatrace.org/fhir/Questionnaire/interview',
      status: 'completed',
      item: [{ linkId: 'symptoms', item: [{ linkId: 'leg_pain', item: [{ linkId: 'leg_pain.status', answer: [{ valueCoding: { system: 'https://sciatrace.org/fhir/CodeSystem/sciatrace', code: 'often' } }] }] }] }],
    };
    const reply = await call(server.url, 'POST', '/fhir/$assess', { body: bad, headers: FHIR_JSON });
    expect(reply.status).toBe(400);
    expect(reply.type).toMatch(/^application\/fhir\+json/);
    expect(reply.body.resourceType).toBe('OperationOutcome');
    expect(reply.body.issue[0].details.text).toMatch(/^item "leg_pain.status": answer .*often is not one of the options/);
    expect(reply.body.issue[0].expression).toEqual(['QuestionnaireResponse.item[0].item[0].item[0].answer[0]']);
    expect(validationErrors(reply.body)).toEqual([]);
  });

  it('malformed JSON and non-FHIR bodies are 400 OperationOutcomes, never an assessment', async () => {
    const broken = await call(server.url, 'POST', '/fhir/$assess', { raw: '{"resourceType":', headers: FHIR_JSON });
    expect([broken.status, broken.body.resourceType]).toEqual([400, 'OperationOutcome']);
    const notFhir = await call(server.url, 'POST', '/fhir/$assess', { body: { evidence: [] } });
    expect([notFhir.status, notFhir.body.resourceType]).toEqual([400, 'OperationOutcome']);
    const noCode = await call(server.url, 'POST', '/fhir/$assess', { body: { resourceType: 'Observation', status: 'final' } });
    expect(noCode.status).toBe(400);
    expect(noCode.body.issue[0].expression).toEqual(['Observation.code']);
  });
});

describe('CDS Hooks routes', () => {
  it('GET /cds-services is the discovery document', async () => {
    const reply = await call(server.url, 'GET', '/cds-services');
    expect(reply.status).toBe(200);
    expect(validateDiscovery(reply.body)).toBe(true);
  });

  it('POST /cds-services/sciatrace-patient-view answers with a critical card and an emergency MRI suggestion', async () => {
    const prefetch = { questionnaireResponses: { resourceType: 'Bundle', type: 'searchset', entry: responses().map((resource) => ({ resource })) } };
    const reply = await call(server.url, 'POST', '/cds-services/sciatrace-patient-view', {
      body: { hook: 'patient-view', hookInstance: 'a5f4b6c2', context: { patientId: '42', userId: 'Practitioner/7' }, prefetch },
    });
    expect(reply.status).toBe(200);
    expect(validateServiceResponse(reply.body), JSON.stringify(validateServiceResponse.errors)).toBe(true);
    const [card] = reply.body.cards;
    expect(card.indicator).toBe('critical');
    expect(card.links[0].url.startsWith(`${server.url}/#/result?case=`)).toBe(true);
    expect(card.suggestions[0].actions[0].resource.code.coding[0].code).toBe('emergency_mri_lumbosacral_spine');
  });

  it('missing prefetch: 200, no cards, and the reason', async () => {
    const reply = await call(server.url, 'POST', '/cds-services/sciatrace-patient-view', { body: { hook: 'patient-view', hookInstance: 'b1', context: { patientId: '42' } } });
    expect(reply.status).toBe(200);
    expect(reply.body.cards).toEqual([]);
    expect(reply.body.extension['org.sciatrace.reason']).toMatch(/No prefetched data/);
  });

  it('allows cross-origin calls, as the specification asks (preflight and response headers)', async () => {
    const preflight = await fetch(`${server.url}/cds-services/sciatrace-patient-view`, {
      method: 'OPTIONS',
      headers: { origin: 'https://sandbox.cds-hooks.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Content-Type/);
    const discovery = await fetch(`${server.url}/cds-services`, { headers: { origin: 'https://sandbox.cds-hooks.org' } });
    expect(discovery.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('a malformed call is a 400 naming the field; an unknown service is a 404', async () => {
    const bad = await call(server.url, 'POST', '/cds-services/sciatrace-patient-view', { body: { hook: 'patient-view' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['hookInstance', 'context']));
    const wrongHook = await call(server.url, 'POST', '/cds-services/sciatrace-patient-view', { body: { hook: 'order-select', hookInstance: 'c', context: { patientId: '1' } } });
    expect(wrongHook.status).toBe(400);
    expect((await call(server.url, 'POST', '/cds-services/other', { body: {} })).status).toBe(404);
  });
});
