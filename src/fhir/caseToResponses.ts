/**
 * Case → QuestionnaireResponses, the inverse of responseToCase: what the
 * person reports goes into a response to the interview, what the clinician
 * found (and weakness with an MRC grade, which only an examiner gives) into a
 * response to the examination. Used to pre-fill forms and, in the tests, to
 * prove the round trip Case → responses → Case loses nothing that matters.
 */
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer } from '@medplum/fhirtypes';
import type { Case, EvidenceItem } from '../case/schema.js';
import { questionFor } from '../knowledge/questions.js';
import type { FindingId } from '../knowledge/vocabulary.js';
import { CONTENT_VERSION, localCoding } from './codeSystem.js';
import type { ConceptKind } from './localConcepts.js';
import { buildExaminationQuestionnaire, buildInterviewQuestionnaire, type QuestionnaireId } from './questionnaires.js';
import type { SubjectReference } from './subject.js';
import { ADMINISTRATIVE_GENDER, CASE_IDENTIFIER } from './systems.js';

export interface CaseResponses {
  readonly interview?: QuestionnaireResponse;
  readonly examination?: QuestionnaireResponse;
  /** Attributes the questionnaires have no enabled place for (e.g. regions on an `unknown` item). */
  readonly dropped: readonly string[];
}

export const questionnaireOf = (item: EvidenceItem): QuestionnaireId =>
  questionFor(item.finding as FindingId).audience === 'clinician' || (item.finding === 'weakness' && item.grade !== undefined) ? 'examination' : 'interview';

const ATTRIBUTE_KINDS = { side: 'side', regions: 'region', movement: 'movement', trend: 'trend' } as const satisfies Record<string, ConceptKind>;

const codedAnswer = (kind: ConceptKind, code: string): QuestionnaireResponseItemAnswer => ({ valueCoding: localCoding(kind, code) });

function attributeAnswers(def: QuestionnaireItem, attribute: string, item: EvidenceItem): QuestionnaireResponseItemAnswer[] {
  switch (attribute) {
    case 'side':
    case 'movement':
    case 'trend': {
      const value = item[attribute];
      return value ? [codedAnswer(ATTRIBUTE_KINDS[attribute], value)] : [];
    }
    case 'regions':
      return (item.regions ?? []).map((r) => codedAnswer('region', r));
    case 'grade':
      if (item.grade === undefined) return [];
      return [def.type === 'integer' ? { valueInteger: item.grade } : { valueDecimal: item.grade }];
    default:
      return [];
  }
}

/** Whether a follow-up is enabled for a status, by the same three operators the questionnaires use. */
const enabledFor = (def: QuestionnaireItem, status: string): boolean =>
  (def.enableWhen ?? []).every((w) => (w.operator === '=' ? status === w.answerCoding?.code : w.operator === '!=' ? status !== w.answerCoding?.code : true));

function findingItem(group: QuestionnaireItem, item: EvidenceItem, dropped: string[]): QuestionnaireResponseItem {
  const children: QuestionnaireResponseItem[] = [{ linkId: `${item.finding}.status`, answer: [codedAnswer('status', item.status)] }];
  const defined = new Set<string>();
  for (const def of group.item ?? []) {
    const attribute = def.linkId.slice(item.finding.length + 1);
    if (attribute === 'status' || def.type === 'display') continue;
    defined.add(attribute);
    const answers = attributeAnswers(def, attribute, item);
    if (answers.length === 0) continue;
    if (!enabledFor(def, item.status)) {
      dropped.push(`${item.finding}.${attribute} (status ${item.status})`);
      continue;
    }
    children.push({ linkId: def.linkId, answer: answers });
  }
  for (const attribute of ['side', 'regions', 'movement', 'grade', 'trend'] as const)
    if (item[attribute] !== undefined && !defined.has(attribute)) dropped.push(`${item.finding}.${attribute}`);
  return { linkId: item.finding, ...(group.text !== undefined && { text: group.text }), item: children };
}

function findingItems(section: QuestionnaireItem, items: readonly EvidenceItem[], dropped: string[]): QuestionnaireResponseItem[] {
  // In questionnaire order; repetitions of one finding keep the case's order.
  return (section.item ?? []).flatMap((group) => items.filter((e) => e.finding === group.linkId).map((e) => findingItem(group, e, dropped)));
}

function aboutItems(kase: Case): QuestionnaireResponseItem[] {
  const answers: [string, QuestionnaireResponseItemAnswer | undefined][] = [
    ['age', kase.age !== undefined ? { valueInteger: Math.round(kase.age) } : undefined],
    ['sex', kase.sex !== undefined ? { valueCoding: { system: ADMINISTRATIVE_GENDER, code: kase.sex } } : undefined],
    ['duration', kase.durationDays !== undefined ? { valueDecimal: kase.durationDays } : undefined],
    ['onset', kase.onset !== undefined ? codedAnswer('onset', kase.onset) : undefined],
  ];
  return answers.flatMap(([linkId, answer]) => (answer ? [{ linkId, answer: [answer] }] : []));
}

function response(questionnaire: Questionnaire, kase: Case, items: QuestionnaireResponseItem[], subject: SubjectReference | undefined): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${questionnaire.url ?? ''}|${CONTENT_VERSION}`,
    status: 'completed',
    ...(kase.id !== undefined && { identifier: { system: CASE_IDENTIFIER, value: kase.id } }),
    ...(subject && { subject }),
    item: items,
  };
}

export function caseToResponses(kase: Case, subject?: SubjectReference): CaseResponses {
  const dropped: string[] = [];
  const interview = buildInterviewQuestionnaire();
  const examination = buildExaminationQuestionnaire();
  const section = (q: Questionnaire, linkId: string): QuestionnaireItem => q.item?.find((i) => i.linkId === linkId) ?? { linkId, type: 'group' };

  if (kase.age !== undefined && !Number.isInteger(kase.age)) dropped.push(`age (${kase.age} rounded to whole years)`);
  const personItems = kase.evidence.filter((e) => questionnaireOf(e) === 'interview');
  const examItems = kase.evidence.filter((e) => questionnaireOf(e) === 'examination');
  const about = aboutItems(kase);
  const symptoms = findingItems(section(interview, 'symptoms'), personItems, dropped);
  const interviewItems: QuestionnaireResponseItem[] = [
    ...(about.length > 0 ? [{ linkId: 'about', item: about }] : []),
    ...(symptoms.length > 0 ? [{ linkId: 'symptoms', item: symptoms }] : []),
    ...(kase.text !== undefined && kase.text !== '' ? [{ linkId: 'text', answer: [{ valueString: kase.text }] }] : []),
  ];
  const examined = findingItems(section(examination, 'examination'), examItems, dropped);
  return {
    ...(interviewItems.length > 0 && { interview: response(interview, kase, interviewItems, subject) }),
    ...(examined.length > 0 && { examination: response(examination, kase, [{ linkId: 'examination', item: examined }], subject) }),
    dropped,
  };
}
