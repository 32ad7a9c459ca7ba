/**
 * The interview and the examination as FHIR R4 Questionnaires, generated from
 * the question bank (src/knowledge/questions.ts) and the vocabulary so they
 * never drift from the case format. SDC conventions: every item carries a
 * code, answers are coded `answerOption`s, and follow-ups (side, regions,
 * movement, grade, trend) are `enableWhen` on the finding's yes/no answer.
 *
 * Layout (the linkIds are the contract of responseToCase / caseToResponses):
 *   about            group: age, sex, duration, onset           (interview)
 *   symptoms | examination
 *     <finding>      group, repeats (one repetition per side or item)
 *       <finding>.status   choice present | absent | unknown (required)
 *       <finding>.side | .regions | .movement | .grade | .trend
 *   text             free text                                   (interview)
 */
import type { Coding, Extension, Questionnaire, QuestionnaireItem, QuestionnaireItemEnableWhen } from '@medplum/fhirtypes';
import { questionsFor, type FollowUp, type FindingQuestion } from '../knowledge/questions.js';
import { FINDING_BY_ID, MOVEMENTS, ONSETS, REGIONS, SIDES, STATUSES, TRENDS, type FindingId } from '../knowledge/vocabulary.js';
import { CONTENT_VERSION, codingsFor, localCoding } from './codeSystem.js';
import type { ConceptKind } from './localConcepts.js';
import {
  ADMINISTRATIVE_GENDER,
  EXT_ITEM_CONTROL,
  EXT_MAX_VALUE,
  EXT_MIN_VALUE,
  EXT_QUESTIONNAIRE_UNIT,
  ITEM_CONTROL_CODES,
  UCUM,
  questionnaireUrl,
} from './systems.js';

export const QUESTIONNAIRE_IDS = ['interview', 'examination'] as const;
export type QuestionnaireId = (typeof QUESTIONNAIRE_IDS)[number];

/** UCUM units of the graded findings; MRC grades have no unit. */
export const GRADE_UNITS = {
  mrc: undefined,
  degrees: { code: 'deg', display: 'degrees' },
  metres: { code: 'm', display: 'metres' },
  millilitres: { code: 'mL', display: 'millilitres' },
} as const;

const TREND_QUESTION = 'Is it getting worse, staying the same, or getting better?';

export const statusLinkId = (finding: string): string => `${finding}.status`;
export const followUpLinkId = (finding: string, kind: FollowUp['kind']): string => `${finding}.${kind}`;

const options = (kind: ConceptKind, codes: readonly string[]): NonNullable<QuestionnaireItem['answerOption']> =>
  codes.map((code) => ({ valueCoding: localCoding(kind, code) }));

const whenAnswered = (finding: string): QuestionnaireItemEnableWhen[] => [
  { question: statusLinkId(finding), operator: 'exists', answerBoolean: true },
];
const whenKnown = (finding: string): QuestionnaireItemEnableWhen[] => [
  { question: statusLinkId(finding), operator: '!=', answerCoding: localCoding('status', 'unknown') },
];
const whenPresent = (finding: string): QuestionnaireItemEnableWhen[] => [
  { question: statusLinkId(finding), operator: '=', answerCoding: localCoding('status', 'present') },
];

const range = (min: number, max: number, type: 'integer' | 'decimal'): Extension[] =>
  type === 'integer'
    ? [
        { url: EXT_MIN_VALUE, valueInteger: min },
        { url: EXT_MAX_VALUE, valueInteger: max },
      ]
    : [
        { url: EXT_MIN_VALUE, valueDecimal: min },
        { url: EXT_MAX_VALUE, valueDecimal: max },
      ];

function followUpItem(finding: FindingId, followUp: FollowUp): QuestionnaireItem {
  const linkId = followUpLinkId(finding, followUp.kind);
  const base = { linkId, text: followUp.text, code: [localCoding('attribute', followUp.kind)] };
  switch (followUp.kind) {
    case 'side':
      return { ...base, type: 'choice', answerOption: options('side', SIDES), enableWhen: whenAnswered(finding) };
    case 'regions':
      return { ...base, type: 'choice', repeats: true, answerOption: options('region', REGIONS), enableWhen: whenKnown(finding) };
    case 'movement':
      return { ...base, type: 'choice', answerOption: options('movement', MOVEMENTS), enableWhen: whenKnown(finding) };
    case 'trend':
      return { ...base, type: 'choice', answerOption: options('trend', TRENDS), enableWhen: whenPresent(finding) };
    case 'grade': {
      const unit = followUp.unit ?? 'mrc';
      const type = unit === 'mrc' ? 'integer' : 'decimal';
      const ucum = GRADE_UNITS[unit];
      return {
        ...base,
        type,
        enableWhen: whenKnown(finding),
        extension: [
          ...range(followUp.min ?? 0, followUp.max ?? 0, type),
          ...(ucum ? [{ url: EXT_QUESTIONNAIRE_UNIT, valueCoding: { system: UCUM, ...ucum } }] : []),
        ],
      };
    }
    default: {
      const unreachable: never = followUp.kind;
      throw new Error(`unknown follow-up ${String(unreachable)}`);
    }
  }
}

/**
 * The follow-ups a questionnaire asks for a finding: the bank's, then any
 * attribute the case format allows that the bank leaves out (a trend on any
 * finding), so that every valid evidence item has a place in a response.
 */
function followUpsOf(question: FindingQuestion): readonly FollowUp[] {
  const kinds = new Set(question.followUps.map((f) => f.kind));
  return kinds.has('trend') ? question.followUps : [...question.followUps, { kind: 'trend', text: TREND_QUESTION }];
}

function helpItem(finding: FindingId, hint: string): QuestionnaireItem {
  return {
    linkId: `${finding}.help`,
    type: 'display',
    text: hint,
    extension: [{ url: EXT_ITEM_CONTROL, valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_CODES, code: 'help', display: 'Help-Button' }] } }],
  };
}

export function findingGroup(question: FindingQuestion, followUps: readonly FollowUp[] = followUpsOf(question)): QuestionnaireItem {
  const { finding } = question;
  return {
    linkId: finding,
    type: 'group',
    text: question.term.charAt(0).toUpperCase() + question.term.slice(1),
    code: codingsFor('finding', finding),
    // Repeats: one repetition per evidence item (left and right, or one per weak movement).
    repeats: true,
    item: [
      {
        linkId: statusLinkId(finding),
        type: 'choice',
        text: question.text,
        required: true,
        code: [localCoding('attribute', 'status')],
        answerOption: options('status', STATUSES),
      },
      ...(question.hint !== undefined ? [helpItem(finding, question.hint)] : []),
      ...followUps.map((f) => followUpItem(finding, f)),
    ],
  };
}

const GENDER_DISPLAY = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Unknown' } as const;
const genderCoding = (code: keyof typeof GENDER_DISPLAY): Coding => ({ system: ADMINISTRATIVE_GENDER, code, display: GENDER_DISPLAY[code] });

const ABOUT_GROUP: QuestionnaireItem = {
  linkId: 'about',
  type: 'group',
  text: 'About you',
  item: [
    { linkId: 'age', type: 'integer', text: 'How old are you (years)?', code: [localCoding('attribute', 'age')], extension: range(0, 120, 'integer') },
    {
      linkId: 'sex',
      type: 'choice',
      text: 'What is your sex?',
      code: [localCoding('attribute', 'sex')],
      answerOption: (['female', 'male', 'other', 'unknown'] as const).map((g) => ({ valueCoding: genderCoding(g) })),
    },
    {
      linkId: 'duration',
      type: 'decimal',
      text: 'How many days have you had these symptoms?',
      code: [localCoding('attribute', 'duration')],
      extension: [...range(0, 36500, 'decimal'), { url: EXT_QUESTIONNAIRE_UNIT, valueCoding: { system: UCUM, code: 'd', display: 'days' } }],
    },
    { linkId: 'onset', type: 'choice', text: 'Did it start suddenly or gradually?', code: [localCoding('attribute', 'onset')], answerOption: options('onset', ONSETS) },
  ],
};

const TEXT_ITEM: QuestionnaireItem = {
  linkId: 'text',
  type: 'text',
  text: 'Anything else, in your own words?',
  code: [localCoding('attribute', 'text')],
};

/** Weakness on examination: the person's weakness question, with the MRC grade only an examiner gives. */
function examinedWeakness(): QuestionnaireItem {
  const [question] = questionsFor('person').filter((q) => q.finding === 'weakness');
  if (!question) throw new Error('question bank has no weakness question');
  const spec = FINDING_BY_ID.get('weakness')?.grade;
  const followUps: FollowUp[] = [
    { kind: 'side', text: 'Which side?' },
    { kind: 'movement', text: 'Which movement is weak on testing?' },
    { kind: 'grade', text: 'MRC grade (0 = no movement … 5 = normal)', unit: 'mrc', min: spec?.min ?? 0, max: spec?.max ?? 5 },
    { kind: 'trend', text: TREND_QUESTION },
  ];
  return findingGroup({ ...question, text: 'Is any movement weak on testing?', term: 'muscle strength (MRC)', audience: 'clinician', followUps }, followUps);
}

const header = (id: QuestionnaireId, title: string, description: string): Questionnaire => ({
  resourceType: 'Questionnaire',
  id,
  url: questionnaireUrl(id),
  version: CONTENT_VERSION,
  name: `Sciatrace${id.charAt(0).toUpperCase()}${id.slice(1)}`,
  title,
  status: 'active',
  experimental: true,
  subjectType: ['Patient'],
  publisher: 'Sciatrace',
  description,
});

export function buildInterviewQuestionnaire(): Questionnaire {
  return {
    ...header('interview', 'Sciatrace interview: back-related leg pain', 'What the person reports: demographics and symptoms, in plain words, with follow-ups for side, regions and trend.'),
    item: [
      ABOUT_GROUP,
      { linkId: 'symptoms', type: 'group', text: 'Your symptoms', item: questionsFor('person').map((q) => findingGroup(q)) },
      TEXT_ITEM,
    ],
  };
}

export function buildExaminationQuestionnaire(): Questionnaire {
  const clinicianQuestions = questionsFor('clinician').filter((q) => q.audience === 'clinician');
  return {
    ...header('examination', 'Sciatrace examination: back-related leg pain', "The examining clinician's findings: muscle strength (MRC), tension signs, sensation, reflexes, pulses, hip and sacral examination."),
    item: [{ linkId: 'examination', type: 'group', text: 'Examination', item: [examinedWeakness(), ...clinicianQuestions.map((q) => findingGroup(q))] }],
  };
}

export const QUESTIONNAIRE_BUILDERS: Readonly<Record<QuestionnaireId, () => Questionnaire>> = {
  interview: buildInterviewQuestionnaire,
  examination: buildExaminationQuestionnaire,
};

const built = new Map<QuestionnaireId, Questionnaire>();

/**
 * The questionnaire a canonical reference (`url` or `url|version`) or an id
 * names, if it is one of ours. Built once and shared: treat it as read-only.
 */
export function questionnaireFor(canonicalOrId: string): Questionnaire | undefined {
  const url = canonicalOrId.split('|')[0] ?? '';
  const id = QUESTIONNAIRE_IDS.find((q) => url === questionnaireUrl(q) || url === q || url === `Questionnaire/${q}`);
  if (!id) return undefined;
  const questionnaire = built.get(id) ?? QUESTIONNAIRE_BUILDERS[id]();
  built.set(id, questionnaire);
  return questionnaire;
}
