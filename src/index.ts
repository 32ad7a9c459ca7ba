/** The public API of the engine (the core: no Node built-ins). */
export { assess, assessCase, withTextEvidence, type AssessOptions } from './assess.js';
export { assessEvidence } from './assessEvidence.js';
export { CaseSchema, EvidenceItemSchema, AssessmentSchema } from './case/schema.js';
export type { Case, CaseInput, EvidenceItem, Assessment } from './case/schema.js';
export { parseCase, CaseValidationError, type FieldIssue } from './case/validate.js';
export * from './knowledge/vocabulary.js';
