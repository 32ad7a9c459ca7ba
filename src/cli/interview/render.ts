/** The interview's result as terminal text: triage first, then mechanism, roots, conditions. */
import type { Assessment } from '../../case/schema.js';

const percent = (p: number) => `${Math.round(p * 100)}%`.padStart(4);

export function renderResult(assessment: Assessment, stopMessage: string): string {
  const lines = [
    '',
    stopMessage,
    '',
    `TRIAGE: ${assessment.triage.level.toUpperCase()}`,
    assessment.triage.advice,
    ...assessment.triage.reasons.map((r) => `  - ${r.text}`),
    '',
    'Pain mechanism:',
    ...assessment.painMechanism.map((m) => `  ${percent(m.probability)}  ${m.id}`),
    'Nerve roots:',
    ...assessment.roots.slice(0, 3).map((r) => `  ${percent(r.probability)}  ${r.root} ${r.side}`),
    'Conditions:',
    ...assessment.conditions.slice(0, 4).map((c) => `  ${percent(c.probability)}  ${c.name}`),
  ];
  return lines.join('\n');
}
