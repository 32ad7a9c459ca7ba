/**
 * The one entry point: contract-valid output, the empty case, and the
 * triage explanation wired in ahead of the model's entries.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, assessCase } from '../src/assess.js';
import { assessEvidence } from '../src/assessEvidence.js';
import { parseCase } from '../src/case/validate.js';
import { AssessmentSchema, type Assessment, type CaseInput } from '../src/case/schema.js';
import { validCase } from './triage/arbitraries.js';

const vignetteCases: CaseInput[] = readFileSync(new URL('../../shared/vignettes/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { case: CaseInput }).case);

const sortedDescending = (list: readonly { probability: number }[]) => list.every((item, i) => i === 0 || list[i - 1]!.probability >= item.probability);

function expectContract(assessment: Assessment): void {
  expect(() => AssessmentSchema.parse(assessment)).not.toThrow();
  expect(sortedDescending(assessment.painMechanism)).toBe(true);
  expect(sortedDescending(assessment.roots)).toBe(true);
  expect(sortedDescending(assessment.conditions)).toBe(true);
  expect(assessment.explanation[0]?.conclusion).toBe('triage');
  expect(assessment.plan.steps.at(-1)?.kind).toBe('seek_help');
}

describe('assess', () => {
  it('returns a valid, low-confidence assessment for an empty case, not an error', () => {
    for (const empty of [{}, { evidence: [] }, { id: 'nothing-said', evidence: [] }]) {
      const assessment = assess(empty);
      expectContract(assessment);
      // Nothing said about the leg: no sciatica reason from the prior alone.
      expect(assessment.triage.level).toBe('self_care');
      expect(assessment.confidence).toBe('low');
      expect(assessment.triage.safetyNet.length).toBeGreaterThan(0);
      expect(assessment.triage.advice).toMatch(/emergency department at once/);
      expect(assessment.plan.steps.map((step) => step.id)).toContain('emergency_safety_net');
    }
  });

  it('echoes the id and keeps every evidence item it used', () => {
    const evidence = [{ finding: 'back_pain' as const }, { finding: 'fever' as const, status: 'absent' as const }];
    const assessment = assess({ id: 'c-1', evidence });
    expect(assessment.id).toBe('c-1');
    expect(assessment.evidence.map((item) => item.finding)).toEqual(['back_pain', 'fever']);
  });

  it('meets the contract on every dev vignette', () => {
    for (const kase of vignetteCases) expectContract(assess(kase));
  });

  it('meets the contract on generated cases', () => {
    fc.assert(
      fc.property(validCase, (kase) => expectContract(assess(kase))),
      { numRuns: 300 },
    );
  });
});

describe('assessEvidence, the engine without the extractor', () => {
  it('gives what assessCase gives for a case with no text', () => {
    for (const input of vignetteCases) {
      const kase = parseCase(input).case;
      expect(assessEvidence(kase)).toEqual(assessCase(kase));
    }
  });

  it('reads no text: only assessCase merges the evidence of a case\'s words', () => {
    const kase = parseCase({ evidence: [], text: "Can't pee since last night and my bum is numb." }).case;
    expect(assessEvidence(kase).triage.level).not.toBe('emergency');
    expect(assessCase(kase).triage.level).toBe('emergency');
  });
});

describe('triage explanation', () => {
  const assessment = assess({
    age: 52,
    durationDays: 3,
    evidence: [
      { finding: 'back_pain' },
      { finding: 'leg_pain', side: 'left' },
      { finding: 'leg_pain', side: 'right' },
      { finding: 'bladder_dysfunction', status: 'absent' },
      { finding: 'saddle_anesthesia', status: 'absent' },
      { finding: 'fever', status: 'absent' },
    ],
  });
  const entry = assessment.explanation[0]!;

  it('names the level and the rules that fired', () => {
    expect(entry.subject).toBe('urgent');
    expect(entry.statement).toMatch(/bilateral_leg_symptoms/);
  });

  it('gives the evidence that fired them, by side', () => {
    expect(entry.for).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ finding: 'leg_pain', side: 'left' }),
        expect.objectContaining({ finding: 'leg_pain', side: 'right' }),
      ]),
    );
  });

  it('lists the red flags checked and found absent as evidence against, with the rule each would have fed', () => {
    expect(entry.against.map((item) => item.finding)).toEqual(['bladder_dysfunction', 'saddle_anesthesia', 'fever']);
    expect(entry.against[0]?.text).toMatch(/cauda_equina/);
    expect(entry.against[2]?.text).toMatch(/suspected_infection/);
  });

  it('states the facts used with their sources', () => {
    expect(entry.facts.some((fact) => fact.text.startsWith('bilateral_leg_symptoms') && fact.sources.includes('POLICY'))).toBe(true);
    for (const fact of entry.facts) expect(fact.sources.length).toBeGreaterThan(0);
  });
});
