/**
 * Observation → evidence item or demographic field: the inverse of
 * observations.ts. The finding is named by our code, or by a standard code the
 * code table maps to exactly one finding; the status is the value
 * (present | absent | unknown, or a boolean); the attributes are components.
 * Problems are collected as issues naming the element.
 */
import type { CodeableConcept, Coding, Observation, Reference } from '@medplum/fhirtypes';
import type { CaseInput } from '../case/schema.js';
import { FINDING_BY_ID, type FindingSpec } from '../knowledge/vocabulary.js';
import { CODE_MAPPINGS } from './codes.js';
import { LOCAL_CONCEPTS, type ConceptKind } from './localConcepts.js';
import type { InputIssue } from './outcome.js';
import { GRADE_UNITS } from './questionnaires.js';
import { ADMINISTRATIVE_GENDER, SCIATRACE_CODES } from './systems.js';

type EvidenceInput = NonNullable<CaseInput['evidence']>[number];
type Demographics = Pick<CaseInput, 'age' | 'sex' | 'durationDays' | 'onset'>;

const LOCAL_KIND: ReadonlyMap<string, ConceptKind> = new Map(LOCAL_CONCEPTS.map((c) => [c.code, c.kind]));
/** Standard codings that name exactly one finding (e.g. SNOMED 279039007 low back pain) also identify it. */
const FINDING_BY_STANDARD: ReadonlyMap<string, string> = new Map(
  CODE_MAPPINGS.filter((m) => m.kind === 'finding').flatMap((m) => m.codes.map((c) => [`${c.system}|${c.code}`, m.id] as const)),
);

const localCode = (codings: readonly Coding[] | undefined, kind: ConceptKind): string | undefined =>
  codings?.find((c) => c.system === SCIATRACE_CODES && c.code !== undefined && LOCAL_KIND.get(c.code) === kind)?.code;

const findingOf = (code: CodeableConcept | undefined): string | undefined =>
  localCode(code?.coding, 'finding') ?? code?.coding?.map((c) => FINDING_BY_STANDARD.get(`${c.system}|${c.code}`)).find((f) => f !== undefined);

export interface ObservationReading {
  readonly evidence?: EvidenceInput;
  readonly demographics?: Demographics;
  readonly subject?: Reference;
}

/** Observations with these statuses are not findings about the person, so they are skipped. */
const IGNORED_STATUSES = new Set(['cancelled', 'entered-in-error']);

function readStatus(observation: Observation, expression: string, issues: InputIssue[]): string | undefined {
  if (typeof observation.valueBoolean === 'boolean') return observation.valueBoolean ? 'present' : 'absent';
  const status = localCode(observation.valueCodeableConcept?.coding, 'status');
  if (status) return status;
  issues.push({
    code: 'required',
    expression: `${expression}.value`,
    message: `needs valueCodeableConcept with a status code (present | absent | unknown from ${SCIATRACE_CODES}) or valueBoolean`,
  });
  return undefined;
}

function readComponents(observation: Observation, spec: FindingSpec, expression: string, issues: InputIssue[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  (observation.component ?? []).forEach((component, i) => {
    const where = `${expression}.component[${i}]`;
    const attribute = localCode(component.code.coding, 'attribute');
    const coded = (kind: ConceptKind): string | undefined => {
      const code = localCode(component.valueCodeableConcept?.coding, kind);
      if (!code) issues.push({ code: 'code-invalid', expression: `${where}.value`, message: `expected a ${kind} code from ${SCIATRACE_CODES}` });
      return code;
    };
    switch (attribute) {
      case 'side':
      case 'movement':
      case 'trend':
        out[attribute] = coded(attribute);
        break;
      case 'regions': {
        const region = coded('region');
        if (region) out.regions = [...((out.regions as string[] | undefined) ?? []), region];
        break;
      }
      case 'grade': {
        const unit = spec.grade ? GRADE_UNITS[spec.grade.unit] : undefined;
        const quantity = component.valueQuantity;
        if (unit && quantity?.code !== undefined && quantity.code !== unit.code)
          issues.push({ code: 'value', expression: `${where}.valueQuantity.code`, message: `${spec.id} is graded in ${unit.code} (UCUM), not ${quantity.code}` });
        const value = component.valueInteger ?? quantity?.value;
        if (typeof value === 'number') out.grade = value;
        else issues.push({ code: 'value', expression: `${where}.value`, message: 'grade needs valueInteger or valueQuantity' });
        break;
      }
      default:
        issues.push({ code: 'code-invalid', expression: `${where}.code`, message: 'is not a component we read (side, regions, movement, grade, trend)' });
    }
  });
  return out;
}

function readDemographic(attribute: string, observation: Observation, expression: string, issues: InputIssue[]): Demographics | undefined {
  const number = observation.valueQuantity?.value ?? observation.valueInteger;
  switch (attribute) {
    case 'age':
      if (typeof number === 'number') return { age: number };
      break;
    case 'duration':
      if (typeof number === 'number') return { durationDays: number };
      break;
    case 'sex': {
      const code = observation.valueCodeableConcept?.coding?.find((c) => c.system === ADMINISTRATIVE_GENDER)?.code;
      if (code) return { sex: code as Demographics['sex'] };
      break;
    }
    case 'onset': {
      const code = localCode(observation.valueCodeableConcept?.coding, 'onset');
      if (code) return { onset: code as Demographics['onset'] };
      break;
    }
    default:
      return undefined;
  }
  issues.push({ code: 'value', expression: `${expression}.value`, message: `the ${attribute} Observation has no value we can read` });
  return undefined;
}

/** Reads one Observation into an evidence item or a demographic field, collecting issues. */
export function readObservation(observation: Observation, expression: string, issues: InputIssue[]): ObservationReading {
  if (IGNORED_STATUSES.has(observation.status)) return {};
  if (!observation.code) {
    issues.push({ code: 'required', expression: `${expression}.code`, message: 'an Observation needs a code naming the finding' });
    return {};
  }
  const subject = observation.subject ? { subject: observation.subject } : {};
  const finding = findingOf(observation.code);
  const spec = finding ? FINDING_BY_ID.get(finding) : undefined;
  if (spec) {
    const before = issues.length;
    const status = readStatus(observation, expression, issues);
    const attributes = readComponents(observation, spec, expression, issues);
    if (issues.length > before || status === undefined) return subject;
    return { evidence: { finding: spec.id, status, ...attributes } as EvidenceInput, ...subject };
  }
  const attribute = localCode(observation.code.coding, 'attribute');
  if (attribute) {
    const demographics = readDemographic(attribute, observation, expression, issues);
    return { ...(demographics && { demographics }), ...subject };
  }
  issues.push({
    code: 'code-invalid',
    expression: `${expression}.code`,
    message: `no finding or attribute code we know (codes: GET /fhir/CodeSystem/sciatrace); codings: ${(observation.code.coding ?? []).map((c) => `${c.system ?? ''}|${c.code ?? ''}`).join(', ') || 'none'}`,
  });
  return subject;
}
