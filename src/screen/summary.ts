/**
 * The end-of-run summary of a screening: notes by triage level, notes with a
 * red flag, rows that could not be read.
 */
import { TRIAGE_LEVELS, type TriageLevel } from '../knowledge/vocabulary.js';
import type { ScreenRecord } from './record.js';

export interface Tally {
  notes: number;
  byLevel: Record<TriageLevel, number>;
  withRedFlags: number;
  unreadable: number;
}

export const emptyTally = (): Tally => ({
  notes: 0,
  byLevel: Object.fromEntries(TRIAGE_LEVELS.map((level) => [level, 0])) as Record<TriageLevel, number>,
  withRedFlags: 0,
  unreadable: 0,
});

export function tallyRecord(tally: Tally, record: ScreenRecord): void {
  tally.notes++;
  tally.byLevel[record.triage]++;
  if (record.redFlags.length > 0) tally.withRedFlags++;
}

export function addTally(into: Tally, from: Tally): void {
  into.notes += from.notes;
  into.withRedFlags += from.withRedFlags;
  into.unreadable += from.unreadable;
  for (const level of TRIAGE_LEVELS) into.byLevel[level] += from.byLevel[level];
}

export function formatSummary(tally: Tally, seconds: number): string {
  const levels = [...TRIAGE_LEVELS].reverse().map((level) => `${level} ${tally.byLevel[level]}`).join(', ');
  return [
    `screened ${tally.notes} notes in ${seconds.toFixed(1)} s: ${levels}`,
    `notes with red flags: ${tally.withRedFlags}`,
    ...(tally.unreadable > 0 ? [`rows skipped (unreadable): ${tally.unreadable}`] : []),
  ].join('\n');
}
