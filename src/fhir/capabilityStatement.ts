/**
 * What our FHIR endpoint offers, as a CapabilityStatement (GET /fhir/metadata),
 * so a record system can discover the questionnaires, the code system and the
 * $assess operation the way FHIR clients expect to.
 */
import type { CapabilityStatement } from '@medplum/fhirtypes';
import { CONTENT_VERSION, FHIR_VERSION } from './codeSystem.js';
import { ASSESS_OPERATION_URL } from './operationDefinition.js';
import { CANONICAL_BASE } from './systems.js';

export function buildCapabilityStatement(baseUrl: string): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    url: `${CANONICAL_BASE}/CapabilityStatement/sciatrace`,
    version: CONTENT_VERSION,
    name: 'SciatraceServer',
    title: 'Sciatrace FHIR endpoint',
    status: 'active',
    date: '2026-11-25',
    kind: 'instance',
    implementation: { description: 'Sciatrace: triage and assessment of back-related leg pain', url: `${baseUrl}/fhir` },
    fhirVersion: FHIR_VERSION,
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        documentation: 'POST /fhir/$assess takes a QuestionnaireResponse or a Bundle of Observations / responses and returns a Bundle; no account is needed.',
        resource: [
          { type: 'Questionnaire', interaction: [{ code: 'read' }, { code: 'search-type' }], searchParam: [{ name: 'url', type: 'uri' }] },
          { type: 'CodeSystem', interaction: [{ code: 'read' }, { code: 'search-type' }], searchParam: [{ name: 'url', type: 'uri' }] },
          { type: 'OperationDefinition', interaction: [{ code: 'read' }] },
        ],
        operation: [{ name: 'assess', definition: ASSESS_OPERATION_URL }],
      },
    ],
  };
}
