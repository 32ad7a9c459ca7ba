/**
 * Evidence items → Observations. One Observation per evidence item: the code
 * is the finding (our code, plus SNOMED CT / ICD-10-CM where the reference
 * gives one), the value is present / absent / unknown, and each attribute is
 * a component (side, one per region, movement, grade, trend). Demographics
 * travel as Observations with our attribute codes. readObservation.ts reads
 * the same shape back.
 */
import type { CodeableConcept, Observation, ObservationComponent } from '@medplum/fhirtypes';
import type { Case, EvidenceItem } from '../case/schema.js';
import { FINDING_BY_ID, type FindingSpec } from '../knowledge/vocabulary.js';
import { codingsFor, localCoding } from './codeSystem.js';
import type { ConceptKind } from './localConcepts.js';
import { GRADE_UNITS } from './questionnaires.js';
import type { SubjectReference } from './subject.js';
import { ADMINISTRATIVE_GENDER, OBSERVATION_CATEGORY, UCUM } from './systems.js';

const concept = (kind: ConceptKind, code: string): CodeableConcept => ({ coding: [localCoding(kind, code)] });
const attributeComponent = (attribute: string, value: Omit<ObservationComponent, 'code'>): ObservationComponent => ({
  code: concept('attribute', attribute),
  ...value,
});

const category = (spec: FindingSpec | undefined): CodeableConcept[] => {
  const code = spec?.source === 'examination' ? 'exam' : 'survey';
  return [{ coding: [{ system: OBSERVATION_CATEGORY, code, display: code === 'exam' ? 'Exam' : 'Survey' }] }];
};

function gradeComponent(spec: FindingSpec | undefined, grade: number): ObservationComponent {
  const unit = spec?.grade ? GRADE_UNITS[spec.grade.unit] : undefined;
  // An MRC grade is a plain integer; the other grades are UCUM quantities.
  return unit
    ? attributeComponent('grade', { valueQuantity: { value: grade, unit: unit.display, system: UCUM, code: unit.code } })
    : attributeComponent('grade', { valueInteger: grade });
}

export function evidenceObservation(item: EvidenceItem, subject: SubjectReference | undefined): Observation {
  const spec = FINDING_BY_ID.get(item.finding);
  const components: ObservationComponent[] = [
    ...(item.side ? [attributeComponent('side', { valueCodeableConcept: concept('side', item.side) })] : []),
    ...(item.regions ?? []).map((r) => attributeComponent('regions', { valueCodeableConcept: concept('region', r) })),
    ...(item.movement ? [attributeComponent('movement', { valueCodeableConcept: concept('movement', item.movement) })] : []),
    ...(item.grade !== undefined ? [gradeComponent(spec, item.grade)] : []),
    ...(item.trend ? [attributeComponent('trend', { valueCodeableConcept: concept('trend', item.trend) })] : []),
  ];
  return {
    resourceType: 'Observation',
    status: 'final',
    category: category(spec),
    code: { coding: codingsFor('finding', item.finding), text: spec?.meaning ?? item.finding },
    ...(subject && { subject }),
    valueCodeableConcept: concept('status', item.status),
    ...(components.length > 0 && { component: components }),
    ...(item.source === 'text' && item.words !== undefined && { note: [{ text: `From the text: "${item.words}"` }] }),
  };
}

const GENDER_DISPLAY: Readonly<Record<string, string>> = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Unknown' };

export function demographicObservations(kase: Case, subject: SubjectReference | undefined): Observation[] {
  const observation = (attribute: string, value: Omit<Observation, 'resourceType' | 'status' | 'code'>): Observation => ({
    resourceType: 'Observation',
    status: 'final',
    code: concept('attribute', attribute),
    ...(subject && { subject }),
    ...value,
  });
  return [
    ...(kase.age !== undefined ? [observation('age', { valueQuantity: { value: kase.age, unit: 'years', system: UCUM, code: 'a' } })] : []),
    ...(kase.sex !== undefined
      ? [observation('sex', { valueCodeableConcept: { coding: [{ system: ADMINISTRATIVE_GENDER, code: kase.sex, display: GENDER_DISPLAY[kase.sex] ?? kase.sex }] } })]
      : []),
    ...(kase.durationDays !== undefined ? [observation('duration', { valueQuantity: { value: kase.durationDays, unit: 'days', system: UCUM, code: 'd' } })] : []),
    ...(kase.onset !== undefined ? [observation('onset', { valueCodeableConcept: concept('onset', kase.onset) })] : []),
  ];
}
