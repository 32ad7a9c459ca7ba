/**
 * The round trip the issue asks for: for every dev vignette, structured case →
 * QuestionnaireResponses (interview + examination) → Case → Assessment gives
 * the same triage as assessing the structured case. Also a property: any
 * valid case survives the trip unchanged (up to the order of its items).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCase } from '../../src/assess.js';
import { CaseSchema, type Case, type EvidenceItem } from '../../src/case/schema.js';
import { assessmentToBundle } from '../../src/fhir/assessmentBundle.js';
import { caseToResponses } from '../../src/fhir/caseToResponses.js';
import { fhirToCase } from '../../src/fhir/inputToCase.js';
import { FINDING_SPECS, MOVEMENTS, ONSETS, REGIONS, SEXES, SIDES, TRENDS } from '../../src/knowledge/vocabulary.js';
import { vignettes } from './vignettes.js';

const responsesBundle = (kase: Case) => {
  const { interview, examination, dropped } = caseToResponses(kase, { reference: 'Patient/rt' });
  expect(dropped).toEqual([]);
  return { resourceType: 'Bundle', type: 'collection', entry: [interview, examination].filter((r) => r !== undefined).map((resource) => ({ resource })) };
};

const key = (item: EvidenceItem): string => JSON.stringify(item, Object.keys(item).sort());
const normalise = (kase: Case) => ({ ...kase, evidence: kase.evidence.map(key).sort() });

describe('round trip through QuestionnaireResponses', () => {
  it('gives the structured triage for 100 % of the 64 dev vignettes', () => {
    const agree = vignettes.filter((v) => {
      const viaFhir = fhirToCase(responsesBundle(v.case));
      expect(normalise(viaFhir.case)).toEqual(normalise(v.case));
      return assessCase(viaFhir.case).triage.level === assessCase(v.case).triage.level;
    });
    console.log(`round trip triage agreement: ${agree.length}/${vignettes.length} dev vignettes`);
    expect(vignettes).toHaveLength(64);
    expect(agree.length).toBe(vignettes.length);
  });

  it('and through the Observations of the output Bundle, which read back as the same case', () => {
    for (const v of vignettes) {
      const bundle = assessmentToBundle(assessCase(v.case), v.case, { subject: { reference: 'Patient/rt' } });
      const observations = { ...bundle, entry: (bundle.entry ?? []).filter((e) => e.resource?.resourceType === 'Observation') };
      const back = fhirToCase(observations);
      expect(normalise({ ...back.case, id: v.case.id }), v.id).toEqual(normalise(v.case));
      expect(assessCase(back.case).triage.level, v.id).toBe(assessCase(v.case).triage.level);
    }
  });
});

/** Valid evidence items with every attribute the case format allows, in a place the questionnaires have. */
const evidenceItem: fc.Arbitrary<EvidenceItem> = fc
  .record({
    spec: fc.constantFrom(...FINDING_SPECS),
    status: fc.constantFrom('present', 'absent', 'unknown'),
    side: fc.constantFrom(...SIDES),
    regions: fc.uniqueArray(fc.constantFrom(...REGIONS), { minLength: 1, maxLength: 4 }),
    movement: fc.constantFrom(...MOVEMENTS),
    grade: fc.double({ min: 0, max: 1, noNaN: true }),
    trend: fc.option(fc.constantFrom(...TRENDS), { nil: undefined }),
    withGrade: fc.boolean(),
  })
  .map(({ spec, status, side, regions, movement, grade, trend, withGrade }) => {
    const known = status !== 'unknown';
    const range = 'grade' in spec ? spec.grade : undefined;
    const value = range ? (range.unit === 'mrc' ? Math.round(grade * 5) : Math.round(grade * range.max * 10) / 10) : undefined;
    return EvidenceItemSchemaParse({
      finding: spec.id,
      status,
      ...(spec.lateral && { side }),
      ...(known && 'regions' in spec && { regions }),
      ...(known && 'movement' in spec && { movement }),
      ...(known && withGrade && value !== undefined && { grade: value }),
      ...(status === 'present' && trend && { trend }),
    });
  });

function EvidenceItemSchemaParse(item: unknown): EvidenceItem {
  return CaseSchema.parse({ evidence: [item] }).evidence[0] as EvidenceItem;
}

const validCase: fc.Arbitrary<Case> = fc
  .record({
    id: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
    age: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    sex: fc.option(fc.constantFrom(...SEXES), { nil: undefined }),
    durationDays: fc.option(fc.integer({ min: 0, max: 3650 }), { nil: undefined }),
    onset: fc.option(fc.constantFrom(...ONSETS), { nil: undefined }),
    text: fc.option(fc.constantFrom('My left leg hurts and my foot is numb.', 'No problems passing water.', 'Back pain for two weeks, worse when sitting.'), { nil: undefined }),
    evidence: fc.array(evidenceItem, { maxLength: 12 }),
  })
  .map((raw) => CaseSchema.parse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined))));

describe('round trip property', () => {
  it('any valid case → responses → the same case, and the same triage', () => {
    fc.assert(
      fc.property(validCase, (kase) => {
        const back = fhirToCase(responsesBundle(kase)).case;
        expect(normalise(back)).toEqual(normalise(kase));
        expect(assessCase(back).triage.level).toBe(assessCase(kase).triage.level);
      }),
      { numRuns: 200 },
    );
  });
});
