/**
 * The work done for one note when screening: assess its text alone and keep
 * what a reviewer sorting a hospital's notes needs. Pure and core-clean (no
 * Node built-ins), so worker threads here and distributed workers elsewhere
 * run exactly this function.
 *
 *   screenNote({ id: '17', text: 'LBP 2/52, no saddle anaesthesia …', line: 18 })
 *   → { id: '17', line: 18, triage: 'consult', redFlags: [], roots: [...], conditions: [...], evidence: [...] }
 */
import { assessCase } from '../assess.js';
import type { Assessment, EvidenceItem } from '../case/schema.js';
import type { TriageLevel } from '../knowledge/vocabulary.js';

export interface ScreenInput {
  readonly id: string;
  readonly text: string;
  /** 1-based line of the input file where the note starts. */
  readonly line: number;
}

export interface ScreenRecord {
  readonly id: string;
  readonly line: number;
  readonly triage: TriageLevel;
  /** Red-flag ids with the findings that raised them. */
  readonly redFlags: Assessment['redFlags'];
  /** The most likely roots (at most TOP_ROOTS), most likely first. */
  readonly roots: Assessment['roots'];
  /** The most likely conditions (at most TOP_CONDITIONS), most likely first. */
  readonly conditions: { readonly id: string; readonly probability: number }[];
  /** Evidence extracted from the text, each with its span and the words that fired it. */
  readonly evidence: readonly EvidenceItem[];
}

export const TOP_ROOTS = 3;
export const TOP_CONDITIONS = 3;

const rounded = (p: number): number => Math.round(p * 1000) / 1000;

export function screenNote(note: ScreenInput): ScreenRecord {
  // assessCase, not assess: a long note is screened whole rather than rejected by the interactive size limit.
  const assessment = assessCase({ id: note.id, evidence: [], text: note.text });
  return {
    id: note.id,
    line: note.line,
    triage: assessment.triage.level,
    redFlags: assessment.redFlags,
    roots: assessment.roots.slice(0, TOP_ROOTS).map((r) => ({ ...r, probability: rounded(r.probability) })),
    conditions: assessment.conditions.slice(0, TOP_CONDITIONS).map((c) => ({ id: c.id, probability: rounded(c.probability) })),
    evidence: assessment.evidence,
  };
}
