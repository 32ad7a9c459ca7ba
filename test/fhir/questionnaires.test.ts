import type { Questionnaire, QuestionnaireItem } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { QUESTION_LIST } from '../../src/knowledge/questions.js';
import { FINDINGS, FINDING_BY_ID } from '../../src/knowledge/vocabulary.js';
import { buildExaminationQuestionnaire, buildInterviewQuestionnaire, questionnaireFor } from '../../src/fhir/questionnaires.js';
import { SCIATRACE_CODES } from '../../src/fhir/systems.js';
import { validationErrors } from './validator.js';

const interview = buildInterviewQuestionnaire();
const examination = buildExaminationQuestionnaire();

const flatten = (items: readonly QuestionnaireItem[] = []): QuestionnaireItem[] => items.flatMap((i) => [i, ...flatten(i.item)]);
const findingGroups = (q: Questionnaire) => flatten(q.item).filter((i) => i.type === 'group' && FINDING_BY_ID.has(i.linkId));

describe('Questionnaires generated from the question bank', () => {
  it.each([interview, examination])('$id passes the FHIR R4 validator', (q) => {
    expect(validationErrors(q)).toEqual([]);
  });

  it('have canonical URLs of our own and resolve by url, url|version and id', () => {
    expect(interview.url).toBe('https://sciatrace.org/fhir/Questionnaire/interview');
    expect(examination.url).toBe('https://sciatrace.org/fhir/Questionnaire/examination');
    expect(questionnaireFor(`${interview.url}|${interview.version}`)?.id).toBe('interview');
    expect(questionnaireFor('examination')?.id).toBe('examination');
    expect(questionnaireFor('https://example.org/Questionnaire/other')).toBeUndefined();
  });

  it('ask every finding of the case format, each in the questionnaire of whoever reports it', () => {
    const asked = [...findingGroups(interview), ...findingGroups(examination)].map((g) => g.linkId);
    expect(new Set(asked)).toEqual(new Set(FINDINGS));
    for (const group of findingGroups(examination)) if (group.linkId !== 'weakness') expect(FINDING_BY_ID.get(group.linkId)?.source).toBe('examination');
    // Weakness is asked of the person, and graded (MRC) in the examination.
    expect(findingGroups(interview).map((g) => g.linkId)).toContain('weakness');
    expect(findingGroups(examination).map((g) => g.linkId)).toContain('weakness');
  });

  it('use the question bank wording, so the forms cannot drift from the interview', () => {
    const texts = new Set(flatten([...(interview.item ?? []), ...(examination.item ?? [])]).map((i) => i.text));
    for (const question of QUESTION_LIST) if (question.finding !== 'weakness' || question.audience === 'person') expect(texts).toContain(question.text);
  });

  it('follow SDC conventions: coded items, coded answer options, enableWhen on the yes/no answer', () => {
    for (const q of [interview, examination]) {
      const items = flatten(q.item);
      const linkIds = items.map((i) => i.linkId);
      expect(new Set(linkIds).size).toBe(linkIds.length);
      for (const item of items.filter((i) => i.type !== 'display' && i.linkId !== 'about' && i.linkId !== 'symptoms' && i.linkId !== 'examination')) {
        expect(item.code?.[0]?.system, item.linkId).toBe(SCIATRACE_CODES);
      }
      for (const item of items.filter((i) => i.type === 'choice')) {
        expect(item.answerOption?.length, item.linkId).toBeGreaterThan(0);
        for (const option of item.answerOption ?? []) expect(option.valueCoding?.code, item.linkId).toBeTruthy();
      }
      for (const item of items.filter((i) => i.enableWhen)) {
        for (const when of item.enableWhen ?? []) expect(linkIds, item.linkId).toContain(when.question);
      }
    }
  });

  it('make side and regions follow-ups of the answer, as the bank does', () => {
    const legPain = flatten(interview.item).filter((i) => i.linkId.startsWith('leg_pain.'));
    expect(legPain.map((i) => i.linkId)).toEqual(['leg_pain.status', 'leg_pain.side', 'leg_pain.regions', 'leg_pain.trend']);
    const regions = legPain.find((i) => i.linkId === 'leg_pain.regions');
    expect(regions?.repeats).toBe(true);
    expect(regions?.enableWhen).toEqual([{ question: 'leg_pain.status', operator: '!=', answerCoding: expect.objectContaining({ code: 'unknown' }) }]);
    const trend = legPain.find((i) => i.linkId === 'leg_pain.trend');
    expect(trend?.enableWhen?.[0]).toMatchObject({ operator: '=', answerCoding: { code: 'present' } });
    // MRC grades are the examiner's: the interview's weakness has no grade, the examination's does.
    expect(flatten(interview.item).some((i) => i.linkId === 'weakness.grade')).toBe(false);
    expect(flatten(examination.item).find((i) => i.linkId === 'weakness.grade')?.type).toBe('integer');
  });
});
