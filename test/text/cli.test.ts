/** `sciatrace extract` and `sciatrace assess --text` as real processes. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/sciatrace.js', import.meta.url));
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 60_000 });
const GP_NOTE = 'LBP 2/52, radiating R leg to dorsum of foot, SLR +ve 30°, EHL 4/5 R, no saddle anaesthesia, no B/B dysfunction';

// Each test starts the real CLI (TypeScript through tsx): allow for a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe('sciatrace extract', () => {
  it('prints the evidence items of --text as JSON', () => {
    const result = run(['extract', '--text', GP_NOTE]);
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.durationDays).toBe(14);
    expect(out.evidence.find((e: { finding: string }) => e.finding === 'slr_positive')).toMatchObject({ status: 'present', side: 'right', grade: 30, source: 'text', words: 'SLR +ve' });
  });

  it('reads stdin, and lists every mention with --mentions', () => {
    const result = run(['extract', '-', '--mentions'], 'FAMILY HISTORY: Mother had breast cancer.');
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.evidence).toEqual([]);
    expect(out.mentions).toMatchObject([{ finding: 'cancer_history', status: 'family' }]);
  });

  it('rejects a bad --reference-date with exit 2', () => {
    const result = run(['extract', '--text', 'pain since Monday', '--reference-date', 'Monday']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--reference-date/);
  });
});

describe('sciatrace assess --text', () => {
  it('assesses a text alone', () => {
    const result = run(['assess', '--text', 'Since this morning I cannot pass urine and I am numb between my legs; sciatica down both legs.']);
    expect(result.status, result.stderr).toBe(0);
    const assessment = JSON.parse(result.stdout);
    expect(assessment.triage.level).toBe('emergency');
    expect(assessment.evidence.every((e: { source: string }) => e.source === 'text')).toBe(true);
  });

  it('--pretty shows the text with the words that became evidence marked', () => {
    const result = run(['assess', '--pretty', '--text', GP_NOTE]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('What the text said');
    expect(result.stdout).toContain('SLR +ve[+slr_positive right]');
    expect(result.stdout).toContain('no saddle anaesthesia[-saddle_anesthesia]');
  });

  it('a text over the size limit is rejected naming the field', () => {
    const result = run(['assess', '--text', 'back pain '.repeat(11_000)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/text/);
    expect(result.stdout).toBe('');
  });
});
