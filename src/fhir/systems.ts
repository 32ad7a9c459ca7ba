/**
 * Code system and canonical URIs used by the FHIR adapters, in one place
 * (as medplum's core keeps LOINC, SNOMED and UCUM as named constants).
 */

/** SNOMED CT: http://hl7.org/fhir/R4/snomedct.html */
export const SNOMED = 'http://snomed.info/sct';
/** ICD-10-CM (US clinical modification): http://hl7.org/fhir/R4/icd.html */
export const ICD10_CM = 'http://hl7.org/fhir/sid/icd-10-cm';
/** ICD-10 (WHO): http://hl7.org/fhir/R4/icd.html */
export const ICD10_WHO = 'http://hl7.org/fhir/sid/icd-10';
/** LOINC: http://hl7.org/fhir/R4/loinc.html (no LOINC code is given by clinical/reference.md yet). */
export const LOINC = 'http://loinc.org';
/** UCUM units: http://hl7.org/fhir/R4/ucum.html */
export const UCUM = 'http://unitsofmeasure.org';
/** FHIR's own administrative gender codes (male | female | other | unknown). */
export const ADMINISTRATIVE_GENDER = 'http://hl7.org/fhir/administrative-gender';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const CONDITION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/condition-category';
export const CONDITION_CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
export const CONDITION_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';

/** Our canonical base: every resource we define (Questionnaire, CodeSystem) has a URL under it. */
export const CANONICAL_BASE = 'https://sciatrace.org/fhir';
/** The local code system for everything the standard systems do not cover. */
export const SCIATRACE_CODES = `${CANONICAL_BASE}/CodeSystem/sciatrace`;
/** Identifier system for `Case.id`, echoed on QuestionnaireResponse.identifier. */
export const CASE_IDENTIFIER = `${CANONICAL_BASE}/case-id`;
/** SDC / core extensions used on Questionnaire items. */
export const EXT_QUESTIONNAIRE_UNIT = 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit';
export const EXT_MIN_VALUE = 'http://hl7.org/fhir/StructureDefinition/minValue';
export const EXT_MAX_VALUE = 'http://hl7.org/fhir/StructureDefinition/maxValue';
export const EXT_ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
export const ITEM_CONTROL_CODES = 'http://hl7.org/fhir/questionnaire-item-control';

export const questionnaireUrl = (id: string): string => `${CANONICAL_BASE}/Questionnaire/${id}`;
