/**
 * QuestionnaireResponse → Case: any response to our interview or examination
 * questionnaire becomes (part of) a Case. Every problem is collected, named by
 * the item's linkId and its place in the response, and thrown once as a
 * FhirInputError (an OperationOutcome at the edge), so a response that does
 * not fit never yields an assessment.
 */
import type { Coding, Questionnaire, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer, Reference } from '@medplum/fhirtypes';
import type { CaseInput } from '../case/schema.js';
import { FINDING_BY_ID } from '../knowledge/vocabulary.js';
import type { InputIssue } from './outcome.js';
import { questionnaireFor, statusLinkId } from './questionnaires.js';
import { CASE_IDENTIFIER, EXT_MAX_VALUE, EXT_MIN_VALUE } from './systems.js';

/** An item's linkId as the key it must be: anything else (input is arbitrary JSON) matches no item. */
const linkIdOf = (item: { readonly linkId?: unknown }): string => (typeof item.linkId === 'string' ? item.linkId : '');

type EvidenceInput = NonNullable<CaseInput['evidence']>[number];
type Demographics = Pick<CaseInput, 'age' | 'sex' | 'durationDays' | 'onset' | 'text'>;

/** Where an evidence item came from, so a later validation issue can name the item. */
export interface EvidenceOrigin {
  readonly finding: string;
  /** Expression of the finding's group repetition. */
  readonly expression: string;
}

export interface ResponseReading {
  readonly demographics: Demographics;
  readonly evidence: readonly EvidenceInput[];
  readonly origins: readonly EvidenceOrigin[];
  readonly caseId?: string;
  readonly subject?: Reference;
  readonly issues: readonly InputIssue[];
}

const DEMOGRAPHIC_ITEMS: Readonly<Record<string, keyof Demographics>> = {
  age: 'age',
  sex: 'sex',
  duration: 'durationDays',
  onset: 'onset',
  text: 'text',
};

const ATTRIBUTES = ['side', 'regions', 'movement', 'grade', 'trend'] as const;

function indexItems(items: readonly QuestionnaireItem[] | undefined, into = new Map<string, QuestionnaireItem>()): Map<string, QuestionnaireItem> {
  for (const item of items ?? []) {
    into.set(item.linkId, item);
    indexItems(item.item, into);
  }
  return into;
}

const sameCoding = (a: Coding | undefined, b: Coding | undefined): boolean => a !== undefined && b !== undefined && a.system === b.system && a.code === b.code;

const extensionNumber = (item: QuestionnaireItem, url: string): number | undefined => {
  const ext = item.extension?.find((e) => e.url === url);
  return ext?.valueInteger ?? ext?.valueDecimal;
};

/** Reads the single typed value of one answer, or reports why it does not fit the item. */
function answerValue(def: QuestionnaireItem, answer: QuestionnaireResponseItemAnswer, expression: string, issues: InputIssue[]): string | number | undefined {
  const linkId = def.linkId;
  const fail = (code: InputIssue['code'], message: string): undefined => {
    issues.push({ code, expression, linkId, message });
    return undefined;
  };
  switch (def.type) {
    case 'choice': {
      if (!answer.valueCoding) return fail('value', 'expected a coded answer (valueCoding)');
      const option = def.answerOption?.find((o) => sameCoding(o.valueCoding, answer.valueCoding));
      if (!option?.valueCoding?.code) {
        const allowed = (def.answerOption ?? []).map((o) => o.valueCoding?.code).join(', ');
        return fail('code-invalid', `answer ${answer.valueCoding.system ?? ''}|${answer.valueCoding.code ?? ''} is not one of the options (${allowed})`);
      }
      return option.valueCoding.code;
    }
    case 'integer':
    case 'decimal': {
      const value = def.type === 'integer' ? answer.valueInteger : (answer.valueDecimal ?? answer.valueInteger);
      if (typeof value !== 'number') return fail('value', `expected a number (value${def.type === 'integer' ? 'Integer' : 'Decimal'})`);
      const min = extensionNumber(def, EXT_MIN_VALUE);
      const max = extensionNumber(def, EXT_MAX_VALUE);
      if ((min !== undefined && value < min) || (max !== undefined && value > max)) return fail('value', `${value} is outside ${min ?? '-∞'}..${max ?? '∞'}`);
      return value;
    }
    case 'text':
    case 'string':
      return typeof answer.valueString === 'string' ? answer.valueString : fail('value', 'expected text (valueString)');
    default:
      return fail('not-supported', `items of type ${def.type} take no answer here`);
  }
}

/** The values of a leaf item's answers, checked against the item's type, options, range and `repeats`. */
function answersOf(def: QuestionnaireItem, item: QuestionnaireResponseItem, expression: string, issues: InputIssue[]): (string | number)[] {
  const answers = item.answer ?? [];
  if (answers.length > 1 && !def.repeats) issues.push({ code: 'structure', expression, linkId: def.linkId, message: `takes one answer, got ${answers.length}` });
  if (item.item?.length) issues.push({ code: 'structure', expression, linkId: def.linkId, message: 'a question item has no nested items here' });
  return answers.flatMap((answer, i) => {
    const value = answerValue(def, answer, `${expression}.answer[${i}]`, issues);
    return value === undefined ? [] : [value];
  });
}

/** Whether a follow-up is enabled for the given status answer (the three operators our questionnaires use). */
function enabled(def: QuestionnaireItem, status: string | undefined): boolean {
  return (def.enableWhen ?? []).every((when) => {
    if (when.operator === 'exists') return (status !== undefined) === when.answerBoolean;
    if (when.operator === '=') return status === when.answerCoding?.code;
    if (when.operator === '!=') return status !== undefined && status !== when.answerCoding?.code;
    return true;
  });
}

function readFindingGroup(
  finding: string,
  definitions: ReadonlyMap<string, QuestionnaireItem>,
  group: QuestionnaireResponseItem,
  expression: string,
  issues: InputIssue[],
): EvidenceInput | undefined {
  const values = new Map<string, { def: QuestionnaireItem; values: (string | number)[]; expression: string }>();
  (group.item ?? []).forEach((child, i) => {
    const where = `${expression}.item[${i}]`;
    const def = definitions.get(linkIdOf(child));
    if (!def || !def.linkId.startsWith(`${finding}.`)) {
      issues.push({ code: 'structure', expression: where, linkId: linkIdOf(child), message: `is not a question of the "${finding}" group` });
      return;
    }
    if (values.has(def.linkId)) {
      issues.push({ code: 'structure', expression: where, linkId: def.linkId, message: 'appears twice in one repetition of its group' });
      return;
    }
    if (def.type === 'display' || def.type === 'group') return;
    values.set(def.linkId, { def, values: answersOf(def, child, where, issues), expression: where });
  });
  const issuesBefore = issues.length;
  const status = values.get(statusLinkId(finding))?.values[0];
  if (status === undefined) {
    // An invalid status answer has been reported already; a missing one is reported here.
    if (!issues.some((i) => i.linkId === statusLinkId(finding) && i.expression.startsWith(`${expression}.`)))
      issues.push({ code: 'required', expression, linkId: statusLinkId(finding), message: 'is required: present, absent or unknown' });
    return undefined;
  }
  const item: Record<string, unknown> = { finding, status };
  for (const attribute of ATTRIBUTES) {
    const answered = values.get(`${finding}.${attribute}`);
    if (!answered || answered.values.length === 0) continue;
    if (!enabled(answered.def, String(status))) {
      issues.push({ code: 'invalid', expression: answered.expression, linkId: answered.def.linkId, message: `is answered although it is not enabled when the status is ${String(status)}` });
      continue;
    }
    item[attribute] = attribute === 'regions' ? answered.values : answered.values[0];
  }
  return issues.length === issuesBefore ? (item as EvidenceInput) : undefined;
}

/** Reads one response without throwing; `prefix` is its place (e.g. `Bundle.entry[0].resource`). */
export function readResponse(response: QuestionnaireResponse, prefix = 'QuestionnaireResponse'): ResponseReading {
  const issues: InputIssue[] = [];
  const evidence: EvidenceInput[] = [];
  const origins: EvidenceOrigin[] = [];
  const demographics: Record<string, unknown> = {};
  const questionnaire: Questionnaire | undefined = response.questionnaire ? questionnaireFor(response.questionnaire) : undefined;
  if (!questionnaire) {
    issues.push({
      code: 'not-supported',
      expression: `${prefix}.questionnaire`,
      message: `questionnaire ${JSON.stringify(response.questionnaire ?? null)} is not one of ours (GET /fhir/Questionnaire lists them)`,
    });
    return { demographics: {}, evidence, origins, issues };
  }
  if (response.status === 'entered-in-error') issues.push({ code: 'invalid', expression: `${prefix}.status`, message: 'a response entered in error cannot be assessed' });
  const definitions = indexItems(questionnaire.item);

  const walk = (items: readonly QuestionnaireResponseItem[] | undefined, path: string): void => {
    (items ?? []).forEach((item, i) => {
      const expression = `${path}.item[${i}]`;
      const linkId = linkIdOf(item);
      const def = definitions.get(linkId);
      if (!def) {
        issues.push({ code: 'structure', expression, linkId, message: `is not an item of questionnaire ${questionnaire.id ?? ''}` });
        return;
      }
      if (def.type === 'group' && FINDING_BY_ID.has(linkId)) {
        const read = readFindingGroup(linkId, definitions, item, expression, issues);
        if (read) {
          evidence.push(read);
          origins.push({ finding: linkId, expression });
        }
      } else if (def.type === 'group') {
        walk(item.item, expression);
      } else {
        const field = DEMOGRAPHIC_ITEMS[linkId];
        const [value] = answersOf(def, item, expression, issues);
        if (field && value !== undefined) demographics[field] = value;
      }
    });
  };
  walk(response.item, prefix);

  const caseId = response.identifier?.system === CASE_IDENTIFIER ? response.identifier.value : undefined;
  return {
    demographics: demographics as Demographics,
    evidence,
    origins,
    ...(caseId !== undefined && { caseId }),
    ...(response.subject !== undefined && { subject: response.subject }),
    issues,
  };
}
