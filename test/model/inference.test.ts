import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess } from '../../src/assess.js';
import { AssessmentSchema, type CaseInput } from '../../src/case/schema.js';
import { infer } from '../../src/model/index.js';
import { parseCase } from '../../src/case/validate.js';
import { FINDING_SPECS, REGIONS } from '../../src/knowledge/vocabulary.js';

const inferInput = (input: CaseInput) => infer(parseCase(input).case);
const probabilityOf = <T extends { probability: number }>(list: readonly T[], match: (x: T) => boolean): number =>
  list.find(match)?.probability ?? 0;
const rootP = (input: CaseInput, root: string, side: string): number =>
  probabilityOf(inferInput(input).roots, (r) => r.root === root && r.side === side);
const conditionP = (input: CaseInput, id: string): number => probabilityOf(inferInput(input).conditions, (c) => c.id === id);

const leftL5: CaseInput = {
  age: 45,
  evidence: [
    { finding: 'back_pain' },
    { finding: 'leg_pain', side: 'left', regions: ['buttock', 'lateral_leg', 'dorsum_foot'] },
    { finding: 'numbness', side: 'left', regions: ['dorsum_foot', 'big_toe'] },
    { finding: 'weakness', side: 'left', movement: 'big_toe_extension', grade: 4 },
  ],
};

const mirror = (input: CaseInput): CaseInput => ({
  ...input,
  evidence: (input.evidence ?? []).map((item) => ({
    ...item,
    ...(item.side === 'left' ? { side: 'right' as const } : item.side === 'right' ? { side: 'left' as const } : {}),
  })),
});

describe('inference', () => {
  it('puts a left L5 picture on the left L5 root, and the mirror on the right', () => {
    const left = inferInput(leftL5);
    expect(left.roots[0]).toMatchObject({ root: 'L5', side: 'left' });
    expect(left.roots[0]!.probability).toBeGreaterThan(0.6);
    expect(left.painMechanism[0]?.id).toBe('radicular');
    const right = inferInput(mirror(leftL5));
    expect(right.roots[0]).toMatchObject({ root: 'L5', side: 'right' });
    expect(right.roots[0]!.probability).toBeCloseTo(left.roots[0]!.probability, 10);
  });

  it('is side-symmetric for any case: mirroring sides mirrors roots and leaves conditions unchanged', () => {
    const lateral = FINDING_SPECS.filter((f) => f.lateral).map((f) => f.id);
    const item = fc.record({
      finding: fc.constantFrom(...lateral),
      status: fc.constantFrom('present' as const, 'absent' as const),
      side: fc.constantFrom('left' as const, 'right' as const, 'both' as const),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), fc.integer({ min: 18, max: 90 }), (evidence, age) => {
        const a = inferInput({ age, evidence });
        const b = inferInput(mirror({ age, evidence }));
        for (const c of a.conditions) expect(probabilityOf(b.conditions, (x) => x.id === c.id)).toBeCloseTo(c.probability, 9);
        const flip = (s: string) => (s === 'left' ? 'right' : s === 'right' ? 'left' : s);
        for (const r of a.roots) expect(probabilityOf(b.roots, (x) => x.root === r.root && x.side === flip(r.side))).toBeCloseTo(r.probability, 9);
      }),
      { numRuns: 60 },
    );
  });

  it('does not depend on the order of the evidence', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(leftL5.evidence!, { minLength: leftL5.evidence!.length }), (shuffled) => {
        const a = inferInput(leftL5);
        const b = inferInput({ ...leftL5, evidence: shuffled });
        a.conditions.forEach((c, i) => expect(b.conditions[i]!.probability).toBeCloseTo(c.probability, 12));
      }),
      { numRuns: 20 },
    );
  });

  it('treats absent evidence as information: an absent sign lowers what would have produced it', () => {
    const base: CaseInput = { evidence: [{ finding: 'back_pain' }, { finding: 'leg_pain', side: 'left' }] };
    const withAbsent = (finding: string, side?: 'left' | 'right' | 'both'): CaseInput => ({
      evidence: [...base.evidence!, { finding, status: 'absent', ...(side && { side }) }],
    });
    expect(conditionP(withAbsent('bladder_dysfunction'), 'cauda_equina_syndrome')).toBeLessThan(conditionP(base, 'cauda_equina_syndrome'));
    expect(conditionP(withAbsent('walking_leg_symptoms'), 'spinal_stenosis')).toBeLessThan(conditionP(base, 'spinal_stenosis'));
    expect(conditionP(withAbsent('fever'), 'spinal_infection')).toBeLessThan(conditionP(base, 'spinal_infection'));
    const l5 = rootP(leftL5, 'L5', 'left');
    const noSensoryLoss: CaseInput = { ...leftL5, evidence: [...leftL5.evidence!, { finding: 'sensory_loss', status: 'absent', side: 'left' }] };
    expect(rootP(noSensoryLoss, 'L5', 'left')).toBeLessThan(l5);
  });

  it('treats unknown evidence as no information', () => {
    const withUnknown: CaseInput = { ...leftL5, evidence: [...leftL5.evidence!, { finding: 'bladder_dysfunction', status: 'unknown' }, { finding: 'slr_positive', status: 'unknown', side: 'left' }] };
    const a = inferInput(leftL5);
    const b = inferInput(withUnknown);
    a.conditions.forEach((c, i) => expect(b.conditions[i]!.probability).toBeCloseTo(c.probability, 12));
  });

  it('reads MRC grade 5 as normal strength (an absent weakness)', () => {
    const weak: CaseInput = { evidence: [{ finding: 'leg_pain', side: 'left' }, { finding: 'weakness', side: 'left', movement: 'ankle_plantarflexion', grade: 3 }] };
    const normal: CaseInput = { evidence: [{ finding: 'leg_pain', side: 'left' }, { finding: 'weakness', side: 'left', movement: 'ankle_plantarflexion', grade: 5 }] };
    expect(rootP(weak, 'S1', 'left')).toBeGreaterThan(0.5);
    expect(rootP(normal, 'S1', 'left')).toBeLessThan(rootP(weak, 'S1', 'left'));
    const absent: CaseInput = { evidence: [{ finding: 'leg_pain', side: 'left' }, { finding: 'weakness', side: 'left', movement: 'ankle_plantarflexion', status: 'absent' }] };
    expect(rootP(normal, 'S1', 'left')).toBeCloseTo(rootP(absent, 'S1', 'left'), 12);
  });

  it('marginalises a lateral finding given without a side over both legs', () => {
    const kase: CaseInput = { evidence: [{ finding: 'sensory_loss', regions: ['lateral_foot', 'heel'] }, { finding: 'ankle_reflex_reduced' }] };
    const result = inferInput(kase);
    expect(rootP(kase, 'S1', 'left')).toBeCloseTo(rootP(kase, 'S1', 'right'), 9);
    expect(result.roots[0]?.root).toBe('S1');
  });

  it('reports bilateral involvement as side "both"', () => {
    const kase: CaseInput = {
      evidence: [
        { finding: 'leg_pain', side: 'both', regions: ['posterior_thigh', 'calf', 'lateral_foot'] },
        { finding: 'ankle_reflex_reduced', side: 'both' },
        { finding: 'sensory_loss', side: 'both', regions: ['lateral_foot', 'sole'] },
      ],
    };
    expect(inferInput(kase).roots[0]).toMatchObject({ root: 'S1', side: 'both' });
  });

  it('tells the mimics apart by their own signs', () => {
    const peroneal: CaseInput = {
      evidence: [
        { finding: 'foot_drop', side: 'right' },
        { finding: 'weakness', side: 'right', movement: 'foot_inversion', grade: 5 },
        { finding: 'fibular_head_tinel', side: 'right' },
        { finding: 'back_pain', status: 'absent' },
      ],
    };
    expect(inferInput(peroneal).conditions[0]?.id).toBe('peroneal_neuropathy');
    const claudication: CaseInput = {
      age: 68,
      evidence: [{ finding: 'walking_leg_symptoms' }, { finding: 'relief_standing_still' }, { finding: 'pedal_pulses_reduced', side: 'both' }, { finding: 'smoking' }],
    };
    expect(inferInput(claudication).conditions[0]?.id).toBe('peripheral_arterial_disease');
    const stenosis: CaseInput = {
      age: 72,
      evidence: [{ finding: 'walking_leg_symptoms' }, { finding: 'relief_sitting_or_bending' }, { finding: 'leg_pain', side: 'both', regions: ['buttock', 'posterior_thigh'] }],
    };
    expect(inferInput(stenosis).conditions[0]?.id).toBe('spinal_stenosis');
  });

  it('returns normalised, sorted distributions', () => {
    const result = inferInput(leftL5);
    const sum = (xs: readonly { probability: number }[]) => xs.reduce((s, x) => s + x.probability, 0);
    // Each probability is reported to millionths, so a sum is 1 within half a millionth per entry.
    for (const list of [result.conditions, result.painMechanism]) expect(Math.abs(sum(list) - 1)).toBeLessThanOrEqual(list.length * 5e-7 + 1e-12);
    for (const list of [result.conditions, result.painMechanism, result.roots])
      for (const entry of list) expect(Math.round(entry.probability * 1e6) / 1e6).toBe(entry.probability);
    for (const list of [result.conditions, result.painMechanism, result.roots])
      for (let i = 1; i < list.length; i++) expect(list[i - 1]!.probability).toBeGreaterThanOrEqual(list[i]!.probability);
    expect(result.conditions.every((c) => c.icd10 && c.name)).toBe(true);
  });

  it('explains the root with the factor of each finding for and against it, and the facts with citations', () => {
    const result = inferInput({ ...leftL5, evidence: [...leftL5.evidence!, { finding: 'ankle_reflex_reduced', status: 'absent', side: 'left' }] });
    const root = result.explanation.find((e) => e.conclusion === 'root');
    expect(root?.subject).toBe('L5 left');
    const numbness = root?.for.find((f) => f.finding === 'numbness');
    expect(numbness?.factor).toBeGreaterThan(1.5);
    expect(numbness?.text).toMatch(/top of the foot.*raised L5 left by ×/);
    expect(root?.facts.length).toBeGreaterThan(0);
    expect(root?.facts.every((f) => f.sources.length > 0)).toBe(true);
    for (const kind of ['painMechanism', 'condition'] as const) expect(result.explanation.some((e) => e.conclusion === kind)).toBe(true);
  });
});

describe('assess with no evidence', () => {
  it('returns a valid, low-confidence assessment with a safety net', () => {
    const assessment = assess({ evidence: [] });
    expect(AssessmentSchema.safeParse(assessment).success).toBe(true);
    expect(assessment.confidence).toBe('low');
    expect(['self_care', 'consult']).toContain(assessment.triage.level);
    expect(assessment.triage.safetyNet.length).toBeGreaterThan(0);
    expect(assessment.roots.every((r) => r.probability < 0.2)).toBe(true);
  });

  it('stays valid for arbitrary evidence', () => {
    const item = fc.record({
      finding: fc.constantFrom(...FINDING_SPECS.filter((f) => f.lateral && 'regions' in f).map((f) => f.id)),
      status: fc.constantFrom('present' as const, 'absent' as const, 'unknown' as const),
      side: fc.option(fc.constantFrom('left' as const, 'right' as const, 'both' as const), { nil: undefined }),
      regions: fc.option(fc.subarray([...REGIONS], { minLength: 1 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (evidence) => {
        const a = assess({ evidence: evidence.map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined))) });
        expect(AssessmentSchema.safeParse(a).success).toBe(true);
        expect(a.conditions.every((c) => Number.isFinite(c.probability))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('absent cauda equina findings', () => {
  it('are emitted above their background rate only by radicular hypotheses, so they can only lower the radicular share', async () => {
    const { HYPOTHESES } = await import('../../src/model/index.js');
    const { MODEL, keyIndex, pIndex } = await import('../../src/model/tables.js');
    const { CAUDA_EQUINA_FINDINGS } = await import('../../src/knowledge/vocabulary.js');
    for (const finding of CAUDA_EQUINA_FINDINGS) {
      const k = keyIndex(finding);
      const nonRadicular = HYPOTHESES.filter((h) => h.mechanism !== 'radicular').map((h) => MODEL.p[pIndex(h.index, k, 0)]!);
      expect(new Set(nonRadicular).size, finding).toBe(1);
      const background = nonRadicular[0]!;
      for (const h of HYPOTHESES) expect(MODEL.p[pIndex(h.index, k, 0)]!, `${finding} under ${h.id}`).toBeGreaterThanOrEqual(background);
    }
  });
});
