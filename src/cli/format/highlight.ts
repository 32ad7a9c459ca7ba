/**
 * The input text with the words that became evidence marked, for `--pretty`:
 * on a colour terminal present findings are underlined in bold, absent ones
 * dimmed with a strike-through and unsure ones in italics; without colour
 * each marked span is followed by its finding in brackets, "[+leg_pain]",
 * "[-bladder_dysfunction]", "[?slr_positive]".
 */
import type { EvidenceItem } from '../../case/schema.js';

const STYLE = { present: '\x1b[1;4m', absent: '\x1b[2;9m', unknown: '\x1b[3m' } as const;
const SIGN = { present: '+', absent: '-', unknown: '?' } as const;
const RESET = '\x1b[0m';

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly items: EvidenceItem[];
}

/** Non-overlapping marks: overlapping spans are merged, keeping every item they carry. */
function marks(evidence: readonly EvidenceItem[], length: number): Mark[] {
  const spans = evidence
    .filter((e) => e.span && e.span[0] < e.span[1] && e.span[1] <= length)
    .sort((a, b) => a.span![0] - b.span![0] || b.span![1] - a.span![1]);
  const out: { start: number; end: number; items: EvidenceItem[] }[] = [];
  for (const item of spans) {
    const [start, end] = item.span!;
    const last = out.at(-1);
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      last.items.push(item);
    } else out.push({ start, end, items: [item] });
  }
  return out;
}

export function highlightText(text: string, evidence: readonly EvidenceItem[], color: boolean): string {
  let out = '';
  let at = 0;
  for (const mark of marks(evidence, text.length)) {
    out += text.slice(at, mark.start);
    const words = text.slice(mark.start, mark.end);
    const status = mark.items.some((i) => i.status === 'present') ? 'present' : mark.items.some((i) => i.status === 'unknown') ? 'unknown' : 'absent';
    if (color) out += `${STYLE[status]}${words}${RESET}`;
    else out += `${words}[${[...new Set(mark.items.map((i) => `${SIGN[i.status]}${i.finding}${i.side ? ` ${i.side}` : ''}`))].join(', ')}]`;
    at = mark.end;
  }
  return out + text.slice(at);
}
