/**
 * One CDS Hooks card for an assessment (https://cds-hooks.hl7.org/2.0/#card-attributes):
 * `critical` for emergency and urgent levels, `info` otherwise; the summary
 * names the level and the deciding rule, the detail gives the reasons and what
 * to do, a link opens the full result, and a critical card suggests ordering
 * the next step (nextSteps.ts) as a ServiceRequest create action.
 */
import type { Resource, ServiceRequest } from '@medplum/fhirtypes';
import type { Assessment, Case } from '../case/schema.js';
import { codingsFor, localCoding } from './codeSystem.js';
import { triageCode } from './localConcepts.js';
import { nextStepFor, type NextStep } from './nextSteps.js';
import { SCIATRACE_CODES } from './systems.js';

export interface CdsLink {
  readonly label: string;
  readonly url: string;
  readonly type: 'absolute' | 'smart';
}

export interface CdsAction {
  readonly type: 'create' | 'update' | 'delete';
  readonly description: string;
  readonly resource?: Resource;
}

export interface CdsCard {
  readonly uuid: string;
  readonly summary: string;
  readonly detail: string;
  readonly indicator: 'info' | 'warning' | 'critical';
  readonly source: { readonly label: string; readonly url?: string; readonly topic?: { system: string; code: string; display: string } };
  readonly suggestions?: readonly { readonly label: string; readonly uuid: string; readonly isRecommended: boolean; readonly actions: readonly CdsAction[] }[];
  readonly selectionBehavior?: 'at-most-one' | 'any';
  readonly links: readonly CdsLink[];
}

export interface CardOptions {
  /** Where a clinician opens the full result for a case (a deep link into the web app). */
  readonly resultUrl: (kase: Case) => string;
  /** Makes card and suggestion uuids (default crypto.randomUUID). */
  readonly newId?: () => string;
}

const CRITICAL_LEVELS = new Set<string>(['emergency', 'urgent']);
const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function serviceRequest(step: NextStep, assessment: Assessment, patientId: string): ServiceRequest {
  const reasons = assessment.triage.reasons.filter((r) => step.rules.includes(r.rule));
  const top = assessment.conditions[0];
  return {
    resourceType: 'ServiceRequest',
    status: 'draft',
    intent: 'proposal',
    priority: step.priority,
    code: { coding: [localCoding('next_step', step.code)], text: step.display },
    subject: { reference: `Patient/${patientId}` },
    reasonCode: [
      ...reasons.map((r) => ({ text: r.text })),
      ...(top ? [{ coding: codingsFor('condition', top.id), text: `Possible ${top.name}` }] : []),
    ],
    note: [{ text: `Suggested by Sciatrace (triage rules ${reasons.map((r) => r.rule).join(', ')}; sources ${step.sources.join(', ')}).` }],
  };
}

function cardDetail(assessment: Assessment): string {
  const { triage } = assessment;
  const lines = [
    `**Triage: ${triage.level}.** ${triage.advice}`,
    '',
    ...(triage.reasons.length > 0 ? ['Why:', ...triage.reasons.map((r) => `- ${r.text} (rule \`${r.rule}\`; findings: ${r.evidence.join(', ') || 'none'})`), ''] : []),
  ];
  const top = assessment.conditions.slice(0, 3).map((c) => `${c.name} ${Math.round(c.probability * 100)} %`);
  if (top.length > 0) lines.push(`Most likely: ${top.join('; ')} (confidence ${assessment.confidence}).`);
  const root = assessment.roots[0];
  if (root && root.probability >= 0.5) lines.push(`Likely root: ${root.root} ${root.side} (${Math.round(root.probability * 100)} %).`);
  // The advice already ends with the safety net (spec/triage-policy.md), so it is not repeated here.
  return lines.join('\n');
}

export function assessmentCard(assessment: Assessment, kase: Case, patientId: string, options: CardOptions): CdsCard {
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const { triage } = assessment;
  const critical = CRITICAL_LEVELS.has(triage.level);
  const deciding = triage.reasons.find((r) => r.level === triage.level);
  const summary = truncate(`Sciatrace triage: ${triage.level.replace('_', ' ')}${deciding ? ` (${deciding.rule.replace(/_/g, ' ')})` : ''}`, 139);
  const step = critical ? nextStepFor(triage.reasons.map((r) => r.rule)) : undefined;
  const triageConcept = localCoding('triage', triageCode(triage.level));
  return {
    uuid: newId(),
    summary,
    detail: cardDetail(assessment),
    indicator: critical ? 'critical' : 'info',
    source: { label: 'Sciatrace', topic: { system: SCIATRACE_CODES, code: triageConcept.code ?? '', display: triageConcept.display ?? '' } },
    ...(step && {
      suggestions: [
        {
          label: step.label,
          uuid: newId(),
          isRecommended: true,
          actions: [{ type: 'create' as const, description: step.display, resource: serviceRequest(step, assessment, patientId) }],
        },
      ],
      selectionBehavior: 'at-most-one' as const,
    }),
    links: [{ label: 'Open the full Sciatrace result', url: options.resultUrl(kase), type: 'absolute' }],
  };
}
