/**
 * A human-readable report of an assessment for the terminal: the triage
 * banner (in colour on a TTY), pain mechanism, roots and conditions with
 * bars, the plan and the explanation. It renders what the engine decided and
 * never re-derives anything.
 */
import type { Assessment } from '../../case/schema.js';
import type { TriageLevel } from '../../knowledge/vocabulary.js';
import { highlightText } from './highlight.js';

export interface PrettyOptions {
  /** Colour the banner and headings with ANSI escapes (only on a TTY). */
  readonly color: boolean;
  /** Bar width in characters for a probability of 1. */
  readonly barWidth?: number;
  /** Wrap prose at this many columns (the terminal's width on a TTY). */
  readonly width?: number;
  /** The case's free text, shown with the words that became evidence marked. */
  readonly text?: string;
}

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m' } as const;
const LEVEL_STYLE: Readonly<Record<TriageLevel, { readonly label: string; readonly ansi: string }>> = {
  emergency: { label: 'EMERGENCY: go to an emergency department now', ansi: '\x1b[1;97;41m' },
  urgent: { label: 'URGENT: see a clinician today', ansi: '\x1b[1;30;43m' },
  consult: { label: 'CONSULT: book a GP or physiotherapist appointment', ansi: '\x1b[1;30;46m' },
  self_care: { label: 'SELF-CARE: manage at home, with the safety net', ansi: '\x1b[1;30;42m' },
};
const KIND_LABEL = { do: 'Do', consider: 'Consider', avoid: 'Avoid', seek_help: 'Get help' } as const;
const SHOWN = 5;
const NAME_WIDTH = 44;

/** `lead` then `text`, word-wrapped to `width` columns, continuation lines indented to the text. */
function wrap(lead: string, text: string, width: number): string {
  const hang = ' '.repeat(lead.length);
  const lines: string[] = [];
  let line = lead;
  let empty = true;
  for (const word of text.split(' ')) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = hang + word;
    } else line = empty ? line + word : `${line} ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

export function formatPretty(assessment: Assessment, options: PrettyOptions): string {
  const style = (ansi: string, text: string) => (options.color ? `${ansi}${text}${ANSI.reset}` : text);
  const heading = (text: string) => style(ANSI.bold, text);
  const barWidth = options.barWidth ?? 24;
  const columns = Math.max(60, options.width ?? 100);
  const bar = (p: number) => `${'█'.repeat(Math.round(p * barWidth)).padEnd(barWidth, '·')} ${(p * 100).toFixed(0).padStart(3)}%`;
  /** A prose line: `lead` then text wrapped under itself. */
  const prose = (lead: string, text: string) => wrap(lead, text, columns);
  const level = LEVEL_STYLE[assessment.triage.level];
  const out: string[] = [];

  if (assessment.id !== undefined) out.push(style(ANSI.dim, `case ${assessment.id}`));
  out.push(style(level.ansi, ` ${level.label} `), '');
  for (const reason of assessment.triage.reasons) out.push(`${prose('  • ', reason.text)} ${style(ANSI.dim, `[${reason.rule}; ${reason.sources.join(', ')}]`)}`);
  out.push(prose('  ', assessment.triage.advice), '');

  out.push(heading(`Pain mechanism (confidence: ${assessment.confidence})`));
  for (const m of assessment.painMechanism) out.push(`  ${m.id.padEnd(18)} ${bar(m.probability)}`);
  out.push('', heading('Nerve roots'));
  if (assessment.roots.length === 0) out.push('  (no root stands out)');
  for (const r of assessment.roots.slice(0, SHOWN)) out.push(`  ${`${r.root} ${r.side}`.padEnd(18)} ${bar(r.probability)}`);
  out.push('', heading('Likely conditions'));
  for (const c of assessment.conditions.slice(0, SHOWN))
    out.push(`  ${c.name.padEnd(NAME_WIDTH).slice(0, NAME_WIDTH)} ${bar(c.probability)}${c.icd10 ? style(ANSI.dim, `  ${c.icd10}`) : ''}`);

  if (options.text) out.push('', heading('What the text said'), highlightText(options.text, assessment.evidence, options.color));
  out.push('', heading('Plan'), prose('  ', assessment.plan.summary));
  for (const step of assessment.plan.steps)
    out.push(`${prose(`  ${KIND_LABEL[step.kind].padEnd(9)} `, step.text)} ${style(ANSI.dim, `[${step.sources.join(', ')}]`)}`);

  out.push('', heading('Why'));
  for (const entry of assessment.explanation) {
    // Each item's text already says how much it moved the conclusion.
    out.push(prose('  ', entry.statement));
    for (const item of entry.for) out.push(prose('    + ', item.text));
    for (const item of entry.against) out.push(prose('    − ', item.text));
  }
  if (assessment.warnings.length > 0) {
    out.push('', heading('Warnings'));
    for (const w of assessment.warnings) out.push(`  ! ${w.message}`);
  }
  return `${out.join('\n')}\n`;
}
