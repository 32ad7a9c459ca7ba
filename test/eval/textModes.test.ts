/**
 * The engine on the development vignettes read from words alone: the
 * patient's narrative and the clinician's note, each through the extractor.
 * The figures are those measured when the extractor last changed; a change
 * that lowers one should say why.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.js';
import { evaluate, VignetteSchema } from '../../src/eval/index.js';

const DEV = fileURLToPath(new URL('../../../shared/vignettes/dev.jsonl', import.meta.url));
const vignettes = readFileSync(DEV, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => VignetteSchema.parse(JSON.parse(line)));

describe.each([
  // Narrative: 8 of the 23 radicular cases cannot be placed from the patient's words (no age, no examination, or a root
  // the structured case misses too); see the extractor's report.
  { mode: 'narrative' as const, rootTop1: 15, triageExact: 62 },
  { mode: 'note' as const, rootTop1: 20, triageExact: 62 },
])('dev vignettes, $mode mode', ({ mode, rootTop1, triageExact }) => {
  const run = evaluate(vignettes, mode, (input) => assess(input));

  it('assesses all 64 without error and misses no emergency', () => {
    expect(run.metrics.errors).toBe(0);
    expect(run.metrics.emergencySensitivity.value).toBe(1);
    expect(run.metrics.underTriageTwoLevels.count).toBe(0);
  });

  it(`keeps triage exact at ${triageExact}/64 or better`, () => {
    expect(run.metrics.triageExact.count).toBeGreaterThanOrEqual(triageExact);
  });

  it(`keeps root top-1 with side at ${rootTop1}/23 or better`, () => {
    expect(run.metrics.rootTop1.count).toBeGreaterThanOrEqual(rootTop1);
  });
});
