/**
 * The $assess operation as an OperationDefinition (GET /fhir/OperationDefinition/assess):
 * one input resource (a QuestionnaireResponse, an Observation, or a Bundle of
 * them; sent as the body itself or as Parameters.resource) and a Bundle back.
 */
import type { OperationDefinition } from '@medplum/fhirtypes';
import { CONTENT_VERSION } from './codeSystem.js';
import { CANONICAL_BASE } from './systems.js';

export const ASSESS_OPERATION_URL = `${CANONICAL_BASE}/OperationDefinition/assess`;

export function buildAssessOperation(): OperationDefinition {
  return {
    resourceType: 'OperationDefinition',
    id: 'assess',
    url: ASSESS_OPERATION_URL,
    version: CONTENT_VERSION,
    name: 'Assess',
    title: 'Assess back-related leg pain',
    status: 'active',
    kind: 'operation',
    affectsState: false,
    code: 'assess',
    description:
      'Assesses answers to the Sciatrace interview or examination (QuestionnaireResponse) or Sciatrace Observations, and returns a Bundle with a RiskAssessment (triage level and probabilities), provisional Conditions, the evidence Observations and a CarePlan. Nothing is stored; no account is needed.',
    system: true,
    type: false,
    instance: false,
    parameter: [
      {
        name: 'resource',
        use: 'in',
        min: 1,
        max: '1',
        documentation: 'A QuestionnaireResponse, an Observation, or a Bundle of them (with an optional Patient)',
        type: 'Resource',
      },
      { name: 'return', use: 'out', min: 1, max: '1', documentation: 'The assessment as a collection Bundle', type: 'Bundle' },
    ],
  };
}
