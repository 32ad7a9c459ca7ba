import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../src/case/schema.js';
import { caseToResponses } from '../../src/fhir/caseToResponses.js';
import { fhirToCase } from '../../src/fhir/inputToCase.js';
import { FhirInputError, operationOutcome } from '../../src/fhir/outcome.js';
import { SCIATRACE_CODES } from '../../src/fhir/systems.js';

const INTERVIEW = 'https://sciatrace.org/fhir/Questionnaire/interview';
const EXAMINATION = 'https://sciatrace.org/fhir/Questionnaire/examination';
const code = (c: string) => ({ valueCoding: { system: SCIATRACE_CODES, code: c } });

const response = (questionnaire: string, item: QuestionnaireResponse['item']): QuestionnaireResponse => ({
  resourceType: 'QuestionnaireResponse',
  questionnaire,
  status: 'completed',
  item,
});

const legPainLeft = {
  linkId: 'symptoms',
  item: [
    {
      linkId: 'leg_pain',
      item: [
        { linkId: 'leg_pain.status', answer: [code('present')] },
        { linkId: 'leg_pain.side', answer: [code('left')] },
        { linkId: 'leg_pain.regions', answer: [code('lateral_leg'), code('dorsum_foot')] },
      ],
    },
    { linkId: 'bladder_dysfunction', item: [{ linkId: 'bladder_dysfunction.status', answer: [code('absent')] }] },
  ],
};

/** The issues a response gives, as `linkId: message` lines. */
function issuesOf(input: unknown): string[] {
  try {
    fhirToCase(input);
  } catch (error) {
    if (error instanceof FhirInputError) return error.issues.map((i) => `${i.linkId ?? '-'} @ ${i.expression}: ${i.message}`);
    throw error;
  }
  return [];
}

describe('QuestionnaireResponse → Case', () => {
  it('reads findings with side and regions, absent items and demographics', () => {
    const about = { linkId: 'about', item: [{ linkId: 'age', answer: [{ valueInteger: 47 }] }, { linkId: 'onset', answer: [code('sudden')] }] };
    const { case: kase } = fhirToCase(response(INTERVIEW, [about, legPainLeft]));
    expect(kase).toEqual({
      age: 47,
      onset: 'sudden',
      evidence: [
        { finding: 'leg_pain', status: 'present', side: 'left', regions: ['lateral_leg', 'dorsum_foot'] },
        { finding: 'bladder_dysfunction', status: 'absent' },
      ],
    });
  });

  it('merges the interview and the examination of one patient into one case', () => {
    const exam = response(EXAMINATION, [
      {
        linkId: 'examination',
        item: [
          {
            linkId: 'weakness',
            item: [
              { linkId: 'weakness.status', answer: [code('present')] },
              { linkId: 'weakness.side', answer: [code('left')] },
              { linkId: 'weakness.movement', answer: [code('ankle_dorsiflexion')] },
              { linkId: 'weakness.grade', answer: [{ valueInteger: 3 }] },
            ],
          },
        ],
      },
    ]);
    const subject = { reference: 'Patient/p7' };
    const read = fhirToCase({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: { ...response(INTERVIEW, [legPainLeft]), subject } }, { resource: { ...exam, subject } }],
    });
    expect(read.subject).toEqual(subject);
    expect(read.case.evidence.map((e) => e.finding)).toEqual(['leg_pain', 'bladder_dysfunction', 'weakness']);
    expect(read.case.evidence[2]).toMatchObject({ grade: 3, movement: 'ankle_dorsiflexion' });
  });

  it('names the item of every problem, all at once', () => {
    const bad = response(INTERVIEW, [
      {
        linkId: 'symptoms',
        item: [
          { linkId: 'leg_pain', item: [{ linkId: 'leg_pain.side', answer: [code('left')] }] },
          { linkId: 'numbness', item: [{ linkId: 'numbness.status', answer: [code('maybe')] }] },
          { linkId: 'tingling', item: [{ linkId: 'tingling.status', answer: [code('unknown')] }, { linkId: 'tingling.regions', answer: [code('calf')] }] },
          { linkId: 'walking_leg_symptoms', item: [{ linkId: 'walking_leg_symptoms.status', answer: [code('present')] }, { linkId: 'walking_leg_symptoms.grade', answer: [{ valueDecimal: -5 }] }] },
          { linkId: 'telepathy', item: [] },
        ],
      },
    ]);
    expect(issuesOf(bad)).toEqual([
      'leg_pain.status @ QuestionnaireResponse.item[0].item[0]: is required: present, absent or unknown',
      expect.stringMatching(/^numbness\.status @ QuestionnaireResponse\.item\[0\]\.item\[1\]\.item\[0\]\.answer\[0\]: answer .*\|maybe is not one of the options/),
      'tingling.regions @ QuestionnaireResponse.item[0].item[2].item[1]: is answered although it is not enabled when the status is unknown',
      'walking_leg_symptoms.grade @ QuestionnaireResponse.item[0].item[3].item[1].answer[0]: -5 is outside 0..100000',
      'telepathy @ QuestionnaireResponse.item[0].item[4]: is not an item of questionnaire interview',
    ]);
  });

  it('gives an OperationOutcome whose issues name the linkId and the place', () => {
    try {
      fhirToCase(response(INTERVIEW, [{ linkId: 'about', item: [{ linkId: 'age', answer: [{ valueString: 'forty' }] }] }]));
      expect.unreachable();
    } catch (error) {
      const outcome = operationOutcome((error as FhirInputError).issues);
      expect(outcome.issue).toEqual([
        {
          severity: 'error',
          code: 'value',
          details: { text: 'item "age": expected a number (valueInteger)' },
          expression: ['QuestionnaireResponse.item[0].item[0].answer[0]'],
        },
      ]);
    }
  });

  it('refuses responses to questionnaires that are not ours, and conflicting demographics', () => {
    expect(issuesOf(response('https://example.org/Questionnaire/phq9', []))[0]).toMatch(/questionnaire .* is not one of ours/);
    const age = (n: number) => response(INTERVIEW, [{ linkId: 'about', item: [{ linkId: 'age', answer: [{ valueInteger: n }] }] }]);
    const both = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: age(40) }, { resource: age(41) }] };
    expect(issuesOf(both)).toEqual([expect.stringMatching(/^age @ Bundle.entry\[1\].resource: age is 41 here but 40 at Bundle.entry\[0\].resource/)]);
  });

  it('refuses resources about two different patients', () => {
    const one = { ...response(INTERVIEW, [legPainLeft]), subject: { reference: 'Patient/a' } };
    const two = { ...response(INTERVIEW, [legPainLeft]), subject: { reference: 'Patient/b' } };
    expect(issuesOf({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: one }, { resource: two }] })[0]).toMatch(/different patients/);
  });

  it('reports malformed shapes as issues, never as a crash', () => {
    expect(issuesOf({ resourceType: 'QuestionnaireResponse', questionnaire: INTERVIEW, status: 'completed', item: [{ linkId: 'symptoms', item: 'oops' }] })).toHaveLength(1);
    expect(issuesOf({ resourceType: 'Patient' })).toEqual([]);
    expect(issuesOf('not a resource')[0]).toMatch(/expected a FHIR resource/);
    expect(issuesOf({ resourceType: 'Condition' })[0]).toMatch(/a Condition is not read here/);
  });
});

describe('Case → QuestionnaireResponses', () => {
  it('puts what the person reports in the interview and what the examiner finds in the examination', () => {
    const kase = CaseSchema.parse({
      id: 'c1',
      age: 60,
      evidence: [
        { finding: 'weakness', side: 'left' },
        { finding: 'weakness', side: 'right', movement: 'big_toe_extension', grade: 4 },
        { finding: 'ankle_reflex_reduced', side: 'left', status: 'absent' },
      ],
    });
    const { interview, examination, dropped } = caseToResponses(kase);
    expect(dropped).toEqual([]);
    expect(JSON.stringify(interview)).toContain('"linkId":"weakness"');
    expect(JSON.stringify(examination)).toContain('"linkId":"weakness.grade","answer":[{"valueInteger":4}]');
    expect(JSON.stringify(examination)).toContain('ankle_reflex_reduced');
    expect(interview?.identifier).toEqual({ system: 'https://sciatrace.org/fhir/case-id', value: 'c1' });
  });

  it('says which attributes have no enabled place (regions on an unknown item)', () => {
    const kase = CaseSchema.parse({ evidence: [{ finding: 'numbness', status: 'unknown', regions: ['calf'] }] });
    expect(caseToResponses(kase).dropped).toEqual(['numbness.regions (status unknown)']);
  });
});
