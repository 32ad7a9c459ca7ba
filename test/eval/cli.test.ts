import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEV = fileURLToPath(new URL('../../../shared/vignettes/dev.jsonl', import.meta.url));
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['bin/sciatrace.js', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 100_000 });
const dir = mkdtempSync(join(tmpdir(), 'sciatrace-eval-'));
const file = (name: string, lines: unknown[]) => {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
  return path;
};
const emergency = {
  id: 'x1',
  case: { id: 'x1', evidence: [{ finding: 'back_pain' }] },
  expected: { triage: 'emergency', painMechanism: 'radicular', condition: 'cauda_equina_syndrome', acceptableConditions: [], roots: [] },
};

// Each test spawns the real CLI (through tsx); allow for a busy CI machine.
const SLOW = { timeout: 120_000 };

describe('sciatrace eval', () => {
  it('prints the metrics table for the dev vignettes and exits 0 when no emergency is missed', SLOW, () => {
    const run = cli(['eval', DEV]);
    expect(run.status).toBe(0);
    for (const label of ['triage exact', 'emergency sensitivity', 'under-triage', 'over-triage', 'pain mechanism', 'condition top-1', 'condition top-3', 'root top-1'])
      expect(run.stdout).toContain(label);
    expect(run.stdout).toMatch(/emergency sensitivity\s+100\.0%/);
  });

  it('prints JSON with --json', SLOW, () => {
    const run = cli(['eval', DEV, '--json']);
    const json = JSON.parse(run.stdout);
    expect(json.mode).toBe('structured');
    expect(json.metrics.vignettes).toBe(64);
    expect(json.results).toHaveLength(64);
    expect(json.thresholds.some((t: { metric: string }) => t.metric === 'rootTop1')).toBe(true);
  });

  it('exits 1 when an emergency is missed', SLOW, () => {
    const run = cli(['eval', file('missed.jsonl', [emergency])]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/emergency sensitivity\s+0\.0%/);
  });

  it('exits 2 naming the line and field of a bad vignette', SLOW, () => {
    const run = cli(['eval', file('bad.jsonl', [emergency, { ...emergency, expected: { ...emergency.expected, triage: 'soon' } }])]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/line 2: expected\.triage/);
    const notJson = cli(['eval', file('notjson.jsonl', ['{"id": '])]);
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/line 1: invalid JSON/);
  });
});

describe('sciatrace simulate and sources', () => {
  it('lists predicted findings most probable first, and emits a Case that assess accepts', SLOW, () => {
    const list = cli(['simulate', '--lesion', 'L5-S1:posterolateral:right']);
    expect(list.status).toBe(0);
    const percents = [...list.stdout.matchAll(/^\s*(\d+)%/gm)].map((m) => Number(m[1]));
    expect(percents.length).toBeGreaterThan(5);
    expect([...percents].sort((a, b) => b - a)).toEqual(percents);
    const kase = cli(['simulate', '--lesion', 'L5-S1:posterolateral:right', '--case']);
    const assessment = cli(['assess', '-'], kase.stdout);
    expect(assessment.status).toBe(0);
    expect(JSON.parse(assessment.stdout).roots[0]).toMatchObject({ root: 'S1', side: 'right' });
  });

  it('simulates a condition', SLOW, () => {
    const condition = cli(['simulate', '--condition', 'spinal_stenosis']);
    expect(condition.stdout).toMatch(/walking_leg_symptoms/);
  });

  it('rejects a bad lesion with exit 2', SLOW, () => {
    const run = cli(['simulate', '--lesion', 'L4-L5:sideways:left']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/zone/);
  });

  it('lists the references, and every estimated number with where it is used', SLOW, () => {
    const sources = cli(['sources']);
    expect(sources.stdout).toMatch(/^R16\s+Devillé/m);
    expect(sources.stdout).toMatch(/^POLICY/m);
    const estimates = cli(['sources', '--estimates']);
    expect(estimates.stdout).toMatch(/^anatomy\.myotomes\.hip_flexion\.L3 = /m);
    expect(estimates.stdout).toMatch(/(\d+) of (\d+) numbers in the knowledge base are estimates/);
  });
});
