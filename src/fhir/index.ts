/**
 * FHIR R4 and CDS Hooks 2.0 adapters of the core (no Node built-ins):
 * Questionnaires and the CodeSystem generated from the knowledge base,
 * QuestionnaireResponse / Observation → Case, Case → QuestionnaireResponse,
 * Assessment → Bundle, and the CDS Hooks patient-view service.
 */
export { assessFhir, type FhirAssessment } from './assessFhir.js';
export { assessmentToBundle, differential, type BundleOptions } from './assessmentBundle.js';
export { caseToResponses, type CaseResponses } from './caseToResponses.js';
export { cdsDiscovery, patientViewService, CdsRequestSchema, PATIENT_VIEW_SERVICE_ID, REASON_EXTENSION, type CdsResponse, type CdsCard } from './cdsHooks.js';
export { buildAssessOperation, ASSESS_OPERATION_URL } from './operationDefinition.js';
export { buildCapabilityStatement } from './capabilityStatement.js';
export { buildCodeSystem, CODE_SYSTEM_ID, FHIR_VERSION } from './codeSystem.js';
export { CODE_MAPPINGS, emittedCodings, standardCodes } from './codes.js';
export { fhirToCase, type FhirCase } from './inputToCase.js';
export { FhirInputError, operationOutcome, notFoundOutcome, statusOf, toOperationOutcome } from './outcome.js';
export { QUESTIONNAIRE_BUILDERS, QUESTIONNAIRE_IDS, questionnaireFor, type QuestionnaireId } from './questionnaires.js';
export * from './systems.js';
