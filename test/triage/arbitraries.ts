/**
 * fast-check generators of valid cases, built from the vocabulary so every
 * finding, attribute and range of spec/case-format.md is exercised.
 */
import fc from 'fast-check';
import type { CaseInput } from '../../src/case/schema.js';
import {
  FINDING_SPECS,
  MOVEMENTS,
  ONSETS,
  REGIONS,
  SEXES,
  SIDES,
  STATUSES,
  TRENDS,
  type FindingSpec,
} from '../../src/knowledge/vocabulary.js';

type EvidenceInput = NonNullable<CaseInput['evidence']>[number];

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function gradeOf(spec: FindingSpec): fc.Arbitrary<number> {
  const grade = spec.grade!;
  if (grade.unit === 'mrc') return fc.integer({ min: grade.min, max: grade.max });
  // Realistic ranges for the measurements, within the contract's bounds.
  if (grade.unit === 'metres') return fc.integer({ min: 0, max: 2000 });
  if (grade.unit === 'millilitres') return fc.integer({ min: 0, max: 1200 });
  return fc.integer({ min: grade.min, max: grade.max });
}

/** A valid evidence item for one finding, with only the attributes that finding takes. */
export function evidenceFor(spec: FindingSpec, status?: fc.Arbitrary<EvidenceInput['status']>): fc.Arbitrary<EvidenceInput> {
  return fc
    .record({
      status: status ?? fc.constantFrom(...STATUSES, 'present', 'present'),
      side: spec.lateral ? optional(fc.constantFrom(...SIDES)) : fc.constant(undefined),
      regions: spec.regions ? optional(fc.uniqueArray(fc.constantFrom(...REGIONS), { minLength: 1, maxLength: 4 })) : fc.constant(undefined),
      movement: spec.movement ? optional(fc.constantFrom(...MOVEMENTS)) : fc.constant(undefined),
      grade: spec.grade ? optional(gradeOf(spec)) : fc.constant(undefined),
      trend: optional(fc.constantFrom(...TRENDS)),
    })
    .map((attributes) => withoutUndefined({ finding: spec.id, ...attributes }) as EvidenceInput);
}

export const evidenceItem: fc.Arbitrary<EvidenceInput> = fc.constantFrom(...FINDING_SPECS).chain((spec) => evidenceFor(spec));

export const validCase: fc.Arbitrary<CaseInput> = fc
  .record({
    id: optional(fc.string({ maxLength: 12 })),
    age: optional(fc.integer({ min: 16, max: 95 })),
    sex: optional(fc.constantFrom(...SEXES)),
    durationDays: optional(fc.integer({ min: 0, max: 1500 })),
    onset: optional(fc.constantFrom(...ONSETS)),
    evidence: fc.array(evidenceItem, { maxLength: 14 }),
  })
  .map((kase) => withoutUndefined(kase) as CaseInput);

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
