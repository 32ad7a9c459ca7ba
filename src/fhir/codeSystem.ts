/**
 * Our local CodeSystem resource, served at GET /fhir/CodeSystem/sciatrace:
 * every finding, region, movement, root, condition, triage level and the other
 * ids of the case format, each with a `kind` property.
 */
import type { CodeSystem, Coding } from '@medplum/fhirtypes';
import { emittedCodings, type CodedKind } from './codes.js';
import { LOCAL_CONCEPTS, localConcept, type ConceptKind } from './localConcepts.js';
import { SCIATRACE_CODES } from './systems.js';

export const CODE_SYSTEM_ID = 'sciatrace';
export const FHIR_VERSION = '4.0.1';
/** The version of our questionnaires and code system; bump it when a code or item changes meaning. */
export const CONTENT_VERSION = '0.1.0';

export function buildCodeSystem(): CodeSystem {
  return {
    resourceType: 'CodeSystem',
    id: CODE_SYSTEM_ID,
    url: SCIATRACE_CODES,
    version: CONTENT_VERSION,
    name: 'SciatraceCodes',
    title: 'Sciatrace codes for back-related leg pain',
    status: 'active',
    experimental: true,
    publisher: 'Sciatrace',
    description:
      'Findings, body regions, movements, nerve roots, conditions, triage levels and attributes of the Sciatrace case format. Where SNOMED CT or ICD-10-CM codes exist they are sent beside these codes.',
    caseSensitive: true,
    content: 'complete',
    count: LOCAL_CONCEPTS.length,
    property: [{ code: 'kind', description: 'Which part of the case format the concept belongs to', type: 'code' }],
    concept: LOCAL_CONCEPTS.map((c) => ({
      code: c.code,
      display: c.display,
      ...(c.definition !== undefined && { definition: c.definition }),
      property: [{ code: 'kind', valueCode: c.kind }],
    })),
  };
}

/** The local coding of an id. */
export function localCoding(kind: ConceptKind, code: string): Coding {
  const concept = localConcept(kind, code);
  return { system: SCIATRACE_CODES, code: concept.code, display: concept.display };
}

/** The local coding of an id, followed by its corroborated standard codings. */
export function codingsFor(kind: ConceptKind & CodedKind, code: string): Coding[] {
  return [localCoding(kind, code), ...emittedCodings(kind, code)];
}
