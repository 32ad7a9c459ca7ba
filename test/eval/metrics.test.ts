import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/case/schema.js';
import { checkThresholds, evaluate, summarise, scoreVignette, VignetteSchema, vignetteInput, type Vignette } from '../../src/eval/index.js';

const vignette = (id: string, expected: Partial<Vignette['expected']>): Vignette =>
  VignetteSchema.parse({
    id,
    case: { id, evidence: [] },
    narrative: `I am vignette ${id}.`,
    note: `Note ${id}.`,
    expected: { triage: 'consult', painMechanism: 'radicular', condition: 'disc_herniation', acceptableConditions: [], roots: [], ...expected },
  });

/** A minimal assessment carrying only what the metrics read. */
const answer = (a: { level: Assessment['triage']['level']; mechanism?: string; conditions?: string[]; root?: [string, string] }): Assessment =>
  ({
    triage: { level: a.level, reasons: [], advice: '', safetyNet: [] },
    painMechanism: [{ id: a.mechanism ?? 'radicular', probability: 0.9 }],
    conditions: (a.conditions ?? ['disc_herniation']).map((id) => ({ id, name: id, probability: 0.5 })),
    roots: a.root ? [{ root: a.root[0], side: a.root[1], probability: 0.8 }] : [],
  }) as unknown as Assessment;

describe('evaluation metrics', () => {
  it('scores triage direction, acceptable conditions, top-3 and root with side', () => {
    const v = vignette('a', { triage: 'urgent', condition: 'cauda_equina_syndrome', acceptableConditions: ['disc_herniation'], roots: [{ root: 'S1', side: 'left' }] });
    const hit = scoreVignette(v, answer({ level: 'urgent', conditions: ['disc_herniation', 'spinal_stenosis'], root: ['S1', 'left'] }));
    expect(hit).toMatchObject({ triageExact: true, triageDelta: 0, conditionTop1: true, conditionTop3: true, rootTop1: true, mechanismCorrect: true });
    const miss = scoreVignette(v, answer({ level: 'self_care', conditions: ['spinal_stenosis', 'somatic_referred_pain', 'hip_osteoarthritis', 'cauda_equina_syndrome'], root: ['S1', 'right'] }));
    expect(miss).toMatchObject({ triageExact: false, triageDelta: -2, conditionTop1: false, conditionTop3: false, rootTop1: false });
  });

  it('counts root accuracy only over radicular vignettes that name roots', () => {
    const results = [
      scoreVignette(vignette('r', { roots: [{ root: 'L5', side: 'right' }] }), answer({ level: 'consult', root: ['L5', 'right'] })),
      scoreVignette(vignette('s', { painMechanism: 'somatic_referred', roots: [] }), answer({ level: 'consult' })),
      scoreVignette(vignette('n', { roots: [] }), answer({ level: 'consult' })),
    ];
    expect(summarise(results).rootTop1).toEqual({ value: 1, count: 1, of: 1 });
  });

  it('summarises rates, emergency sensitivity and under-triage by two levels', () => {
    const results = [
      scoreVignette(vignette('e1', { triage: 'emergency' }), answer({ level: 'emergency' })),
      scoreVignette(vignette('e2', { triage: 'emergency' }), answer({ level: 'consult' })),
      scoreVignette(vignette('c1', { triage: 'consult' }), answer({ level: 'urgent' })),
      scoreVignette(vignette('c2', { triage: 'consult' }), answer({ level: 'consult' })),
    ];
    const m = summarise(results);
    expect(m.emergencySensitivity).toEqual({ value: 0.5, count: 1, of: 2 });
    expect(m.underTriage.count).toBe(1);
    expect(m.underTriageTwoLevels.count).toBe(1);
    expect(m.overTriage.count).toBe(1);
    expect(m.triageExact.value).toBe(0.5);
    const checks = checkThresholds(m);
    expect(checks.find((c) => c.metric === 'emergencySensitivity')?.met).toBe(false);
    expect(checks.find((c) => c.metric === 'underTriageTwoLevels')?.met).toBe(false);
  });

  it('sends only the text (with the id) in narrative and note modes, and counts a failure as wrong', () => {
    const v = vignette('t', { triage: 'emergency' });
    expect(vignetteInput(v, 'narrative')).toEqual({ id: 't', text: 'I am vignette t.' });
    expect(vignetteInput(v, 'note')).toEqual({ id: 't', text: 'Note t.' });
    expect(vignetteInput(v, 'structured')).toEqual(v.case);
    const run = evaluate([v], 'structured', () => {
      throw new Error('evidence.0.finding: unknown finding id');
    });
    expect(run.results[0]?.error).toMatch(/unknown finding/);
    expect(run.metrics.emergencySensitivity.value).toBe(0);
    expect(run.metrics.errors).toBe(1);
  });
});
