/** Plain-text rendering of a run's progress and summary for the terminal. */
import type { RunProgress } from './progress.js';
import type { RunSummary } from './summary.js';

export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
}

export function renderProgress(p: RunProgress): string {
  const rate = p.notesPerSecond === null ? '—' : p.notesPerSecond.toFixed(1);
  const lines = [
    `run ${p.id}: ${p.state}`,
    `  input     ${p.path} (${p.format})`,
    `  chunks    ${p.chunks.done} done, ${p.chunks.failed} failed, ${p.chunks.pending} pending${p.chunks.cancelled ? `, ${p.chunks.cancelled} cancelled` : ''} of ${p.chunks.total}`,
    `  notes     ${p.notes.screened} screened, ${p.notes.errors} unreadable, of ${p.notes.planned}`,
    `  speed     ${rate} notes/s; workers seen: ${p.workersSeen.length}${p.workersSeen.length ? ` (${p.workersSeen.join(', ')})` : ''}`,
    `  time left ${p.state === 'running' || p.state === 'queued' ? formatDuration(p.etaSeconds) : '—'}`,
  ];
  for (const failure of p.failures) lines.push(`  FAILED chunk ${failure.chunk} (from line ${failure.firstLine}): ${failure.error}`);
  return lines.join('\n');
}

export function renderSummary(s: RunSummary): string {
  const lines = [`summary: ${s.notes} notes screened`];
  for (const [level, count] of Object.entries(s.byTriage)) lines.push(`  triage ${level}: ${count}`);
  lines.push(`  notes with a red flag: ${s.notesWithRedFlags}`);
  for (const [flag, count] of Object.entries(s.redFlags)) lines.push(`    ${flag}: ${count}`);
  if (s.errors.count > 0) {
    lines.push(`  unreadable notes: ${s.errors.count}`);
    for (const e of s.errors.first) lines.push(`    line ${e.line}${e.id ? ` (id ${e.id})` : ''}: ${e.error}`);
  }
  return lines.join('\n');
}
