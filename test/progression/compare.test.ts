import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.js';
import type { EvidenceItem } from '../../src/case/schema.js';
import { triageRank } from '../../src/knowledge/vocabulary.js';
import { assessWithHistory, compareWithHistory, comparisonBasis, type PriorAssessment } from '../../src/progression/index.js';

type Item = Partial<EvidenceItem> & { finding: string };
const item = (fields: Item): EvidenceItem => ({ status: 'present', ...fields }) as EvidenceItem;
const prior = (assessmentId: string, ...items: Item[]): PriorAssessment => ({ assessmentId, evidence: items.map(item) });
const weak = (side: 'left' | 'right' | 'both', movement: string, grade?: number): Item => ({ finding: 'weakness', side, movement, ...(grade !== undefined && { grade }) }) as Item;
const rules = (evidence: Item[], history: PriorAssessment[], durationDays = 200) =>
  assessWithHistory({ durationDays, evidence }, history).assessment.triage.reasons.map((r) => r.rule);

describe('compareWithHistory', () => {
  it('has nothing to compare for a first assessment', () => {
    const result = compareWithHistory([item(weak('left', 'ankle_dorsiflexion', 2))], []);
    expect(result).toMatchObject({ comparedWith: null, changes: [] });
  });

  it('finds a fallen MRC grade and marks that item worsening', () => {
    const result = compareWithHistory([item(weak('left', 'ankle_dorsiflexion', 3))], [prior('a1', weak('left', 'ankle_dorsiflexion', 4))]);
    expect(result.comparedWith).toBe('a1');
    expect(result.changes).toEqual([expect.objectContaining({ kind: 'grade_fell', from: 4, to: 3, side: 'left', comparedWith: 'a1' })]);
    expect(result.evidence[0]).toMatchObject({ trend: 'worsening', source: 'progression', grade: 3 });
  });

  it('ignores a grade that held or improved, and the other side', () => {
    expect(compareWithHistory([item(weak('left', 'ankle_dorsiflexion', 4))], [prior('a1', weak('left', 'ankle_dorsiflexion', 4))]).changes).toEqual([]);
    expect(compareWithHistory([item(weak('left', 'ankle_dorsiflexion', 4))], [prior('a1', weak('left', 'ankle_dorsiflexion', 3))]).changes).toEqual([]);
    const otherSideFell = compareWithHistory(
      [item(weak('left', 'ankle_dorsiflexion', 4)), item(weak('right', 'ankle_dorsiflexion', 5))],
      [prior('a1', weak('left', 'ankle_dorsiflexion', 4), weak('right', 'ankle_dorsiflexion', 5))],
    );
    expect(otherSideFell.changes).toEqual([]);
  });

  it('compares with the last assessment that tested the movement, naming it', () => {
    const result = compareWithHistory(
      [item(weak('left', 'big_toe_extension', 2))],
      [prior('a3', { finding: 'leg_pain', side: 'left' }), prior('a2', weak('left', 'big_toe_extension', 4)), prior('a1', weak('left', 'big_toe_extension', 5))],
    );
    expect(result.comparedWith).toBe('a3');
    expect(result.changes).toEqual([expect.objectContaining({ kind: 'grade_fell', from: 4, to: 2, comparedWith: 'a2' })]);
  });

  it('reads an absent weakness as full strength', () => {
    const result = compareWithHistory([item(weak('right', 'knee_extension', 4))], [prior('a1', { ...weak('right', 'knee_extension'), status: 'absent' })]);
    expect(result.changes).toEqual([expect.objectContaining({ kind: 'grade_fell', from: 5, to: 4 })]);
  });

  it('finds weakness in a new movement, and on the other side', () => {
    const history = [prior('a1', weak('left', 'ankle_dorsiflexion', 4))];
    expect(compareWithHistory([item(weak('left', 'big_toe_extension', 4))], history).changes).toEqual([
      expect.objectContaining({ kind: 'new_movement', movement: 'big_toe_extension', side: 'left' }),
    ]);
    expect(compareWithHistory([item(weak('right', 'ankle_dorsiflexion', 4))], history).changes).toEqual([
      expect.objectContaining({ kind: 'other_side', side: 'right' }),
    ]);
    expect(compareWithHistory([item({ finding: 'foot_drop', side: 'left' })], history).changes).toEqual([
      expect.objectContaining({ kind: 'new_finding', finding: 'foot_drop' }),
    ]);
  });

  it('finds numbness spreading to new regions or the other side, counting sensory loss on examination as the same deficit', () => {
    const history = [prior('a2', { finding: 'sensory_loss', side: 'left', regions: ['dorsum_foot'] }), prior('a1', { finding: 'numbness', side: 'left', regions: ['lateral_leg'] })];
    const spread = compareWithHistory([item({ finding: 'numbness', side: 'left', regions: ['lateral_leg', 'dorsum_foot', 'big_toe'] })], history);
    expect(spread.changes).toEqual([expect.objectContaining({ kind: 'new_regions', regions: ['big_toe'], comparedWith: 'a2' })]);
    expect(compareWithHistory([item({ finding: 'numbness', side: 'left', regions: ['lateral_leg'] })], history).changes).toEqual([]);
    expect(compareWithHistory([item({ finding: 'numbness', side: 'both', regions: ['lateral_leg'] })], history).changes).toEqual([
      expect.objectContaining({ kind: 'other_side', side: 'right' }),
    ]);
  });

  it('finds a cauda equina finding missing from the previous assessment', () => {
    const result = compareWithHistory([item({ finding: 'saddle_anesthesia' })], [prior('a1', { finding: 'saddle_anesthesia', status: 'absent' })]);
    expect(result.changes).toEqual([expect.objectContaining({ kind: 'new_finding', finding: 'saddle_anesthesia', comparedWith: 'a1' })]);
    expect(compareWithHistory([item({ finding: 'saddle_anesthesia' })], [prior('a1', { finding: 'saddle_anesthesia' })]).changes).toEqual([]);
  });
});

describe('assessWithHistory: progression reaches the triage', () => {
  it('fires progressive_weakness on a fallen grade in a long-standing case that did not say worsening', () => {
    const evidence = [weak('left', 'ankle_dorsiflexion', 4)];
    expect(rules(evidence, [])).not.toContain('progressive_weakness');
    expect(rules(evidence, [prior('a1', weak('left', 'ankle_dorsiflexion', 5))])).toContain('progressive_weakness');
  });

  it('fires bilateral_leg_symptoms when chronic numbness reaches the other leg', () => {
    const evidence = [{ finding: 'numbness', side: 'both', regions: ['sole'] } as Item];
    expect(rules(evidence, [])).not.toContain('bilateral_leg_symptoms');
    expect(rules(evidence, [prior('a1', { finding: 'numbness', side: 'left', regions: ['sole'] })])).toContain('bilateral_leg_symptoms');
  });

  it('says what changed in the warnings', () => {
    const { assessment } = assessWithHistory({ evidence: [weak('left', 'hip_flexion', 2)] }, [prior('a1', weak('left', 'hip_flexion', 4))]);
    expect(assessment.warnings).toContainEqual({ code: 'progression', message: 'hip flexion (left) fell from MRC 4 to 2 since assessment a1' });
  });
});

describe('progression properties', () => {
  const side = fc.constantFrom('left', 'right', 'both');
  const evidenceItem: fc.Arbitrary<Item> = fc.oneof(
    fc.record({ finding: fc.constant('weakness'), side, movement: fc.constantFrom('ankle_dorsiflexion', 'knee_extension', 'big_toe_extension'), grade: fc.integer({ min: 0, max: 5 }) }),
    fc.record({ finding: fc.constantFrom('numbness', 'sensory_loss'), side, regions: fc.uniqueArray(fc.constantFrom('lateral_leg', 'dorsum_foot', 'sole', 'anterior_thigh'), { minLength: 1 }) }),
    fc.record({ finding: fc.constant('foot_drop'), side }),
    fc.record({ finding: fc.constantFrom('saddle_anesthesia', 'bladder_dysfunction'), status: fc.constantFrom('present', 'absent') }),
    fc.record({ finding: fc.constant('leg_pain'), side }),
  ) as fc.Arbitrary<Item>;
  const evidence = fc.array(evidenceItem, { maxLength: 6 });
  const history = fc.array(evidence, { maxLength: 3 }).map((visits) => visits.map((items, i) => prior(`a${i}`, ...items)));

  it('never lowers the triage level that the case alone gets', () => {
    fc.assert(
      fc.property(evidence, history, fc.integer({ min: 0, max: 400 }), (items, past, durationDays) => {
        const alone = assess({ durationDays, evidence: items }).triage.level;
        const withHistory = assessWithHistory({ durationDays, evidence: items }, past).assessment.triage.level;
        expect(triageRank(withHistory)).toBeGreaterThanOrEqual(triageRank(alone));
      }),
      { numRuns: 300 },
    );
  });

  it('finds no change when the same findings are recorded again', () => {
    fc.assert(
      fc.property(evidence, (items) => {
        expect(compareWithHistory(items.map(item), [prior('a1', ...items)]).changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('comparisonBasis', () => {
  it('keeps exactly what a later comparison reads, so comparing with the basis equals comparing with everything', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ finding: fc.constantFrom('weakness', 'numbness', 'leg_pain', 'saddle_anesthesia', 'fever', 'foot_drop', 'sensory_loss', 'tingling'), side: fc.constantFrom('left', 'right', 'both'), grade: fc.integer({ min: 0, max: 5 }), movement: fc.constantFrom('ankle_dorsiflexion', 'knee_extension'), regions: fc.constant(['sole']) }), { maxLength: 8 }),
        fc.array(fc.record({ finding: fc.constantFrom('weakness', 'numbness', 'foot_drop', 'bladder_dysfunction'), side: fc.constantFrom('left', 'right'), grade: fc.integer({ min: 0, max: 5 }), movement: fc.constantFrom('ankle_dorsiflexion', 'knee_extension'), regions: fc.constant(['lateral_leg']) }), { maxLength: 6 }),
        (before, now) => {
          const clean = (items: Record<string, unknown>[]) =>
            items.map(({ finding, side, grade, movement, regions }) => {
              const item: Item = { finding: finding as string };
              if (finding !== 'saddle_anesthesia' && finding !== 'fever' && finding !== 'bladder_dysfunction') Object.assign(item, { side });
              if (finding === 'weakness') Object.assign(item, { grade, movement });
              if (['numbness', 'sensory_loss', 'tingling', 'leg_pain'].includes(finding as string)) Object.assign(item, { regions });
              return item;
            });
          const full = prior('a1', ...clean(before));
          const basis = { assessmentId: 'a1', evidence: comparisonBasis(full.evidence) };
          const current = clean(now).map(item);
          expect(compareWithHistory(current, [basis])).toEqual(compareWithHistory(current, [full]));
        },
      ),
      { numRuns: 300 },
    );
  });
});
