/**
 * The development vignettes as a conformance suite for the triage table:
 * every rule that reads only the evidence must fire exactly as the
 * vignette's `expected.triageRules` says. The rules that read the model's
 * answer (radicular_pain, non_spinal_cause) and our extension
 * red_flag_finding are left to the evaluation (`sciatrace eval`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.js';
import type { CaseInput } from '../../src/case/schema.js';

interface Vignette {
  readonly id: string;
  readonly case: CaseInput;
  readonly expected: { readonly triage: string; readonly triageRules: readonly string[] };
}

const VIGNETTES_URL = new URL('../../../shared/vignettes/dev.jsonl', import.meta.url);
const vignettes: Vignette[] = readFileSync(VIGNETTES_URL, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Vignette);

const MODEL_DEPENDENT = new Set(['radicular_pain', 'non_spinal_cause', 'red_flag_finding']);
const evidenceRules = (rules: readonly string[]) => rules.filter((rule) => !MODEL_DEPENDENT.has(rule)).sort();

describe('dev vignettes: evidence-only triage rules', () => {
  it('has the 64 vignettes', () => {
    expect(vignettes).toHaveLength(64);
  });

  it.each(vignettes.map((v) => [v.id, v] as const))('%s fires the expected rules', (_id, vignette) => {
    const assessment = assess(vignette.case);
    expect(evidenceRules(assessment.triage.reasons.map((reason) => reason.rule))).toEqual(evidenceRules(vignette.expected.triageRules));
  });

  it('never under-triages an emergency vignette, whatever the model says', () => {
    const emergencies = vignettes.filter((v) => v.expected.triage === 'emergency');
    expect(emergencies.length).toBeGreaterThan(0);
    for (const vignette of emergencies) expect(assess(vignette.case).triage.level, vignette.id).toBe('emergency');
  });
});
