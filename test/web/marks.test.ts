import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../src/case/schema.js';
import { REGIONS } from '../../src/knowledge/vocabulary.js';
import { REGION_SHAPES } from '../../web/src/bodymap/geometry.js';
import { evidenceToMarks, marksToEvidence, toggleRegion, type Marks } from '../../web/src/bodymap/marks.js';
import { EMPTY_EXAM, examToCase, type ExamValues } from '../../web/src/clinician/examCase.js';

describe('body map', () => {
  it('draws every region of the case format, for each leg', () => {
    for (const side of ['left', 'right'] as const) {
      const drawn = new Set(REGION_SHAPES.filter((s) => s.side === side).map((s) => s.region));
      expect([...drawn].sort()).toEqual([...REGIONS].sort());
    }
  });

  it('turns marks into evidence: marked legs present, the other leg absent when finished, unknown when not sure', () => {
    let marks: Marks = {};
    marks = toggleRegion(marks, 'pain', 'left', 'lateral_leg');
    marks = toggleRegion(marks, 'pain', 'left', 'dorsum_foot');
    marks = { ...marks, backPain: true };
    const finished = marksToEvidence(marks, ['pain', 'numbness'], true, true);
    expect(finished).toEqual([
      { finding: 'back_pain', status: 'present' },
      { finding: 'leg_pain', status: 'present', side: 'left', regions: ['lateral_leg', 'dorsum_foot'] },
      { finding: 'leg_pain', status: 'absent', side: 'right' },
      { finding: 'numbness', status: 'absent' },
    ]);
    const unsure = marksToEvidence(marks, ['pain', 'numbness'], false, true);
    expect(unsure.map((i) => `${i.finding}:${i.status}`)).toEqual(['back_pain:present', 'leg_pain:present']);
    expect(CaseSchema.safeParse({ evidence: finished }).success).toBe(true);
  });

  it('toggling twice removes the mark, and evidence round-trips to the same marks', () => {
    const once = toggleRegion({}, 'numbness', 'right', 'heel');
    expect(toggleRegion(once, 'numbness', 'right', 'heel').numbness?.right).toEqual([]);
    const back = evidenceToMarks(marksToEvidence(once, ['numbness'], true, false));
    expect(back.numbness?.right).toEqual(['heel']);
  });
});

describe('examination form → case', () => {
  const exam: ExamValues = {
    ...EMPTY_EXAM,
    durationDays: 10,
    legPain: { left: 'positive' },
    grades: { 'ankle_dorsiflexion:left': 3, 'ankle_dorsiflexion:right': 5 },
    reflexes: { 'knee_reflex_reduced:left': 'negative' },
    slr: { left: { result: 'positive', angle: 40 } },
    perianal: 'negative',
    sensory: toggleRegion({}, 'sensory_loss', 'left', 'dorsum_foot'),
  };

  it('records grades per movement and side (5 as no weakness), signs with sides, and sensory loss regions', () => {
    const kase = examToCase(exam);
    expect(kase.durationDays).toBe(10);
    expect(kase.evidence).toEqual(
      expect.arrayContaining([
        { finding: 'weakness', status: 'present', side: 'left', movement: 'ankle_dorsiflexion', grade: 3 },
        { finding: 'weakness', status: 'absent', side: 'right', movement: 'ankle_dorsiflexion' },
        { finding: 'knee_reflex_reduced', status: 'absent', side: 'left' },
        { finding: 'slr_positive', status: 'present', side: 'left', grade: 40 },
        { finding: 'perianal_sensation_reduced', status: 'absent' },
        { finding: 'sensory_loss', status: 'present', side: 'left', regions: ['dorsum_foot'] },
      ]),
    );
    expect(CaseSchema.safeParse(kase).success).toBe(true);
  });

  it("adds the person's interview answers only when asked, the examination winning over the same finding", () => {
    const interview = { age: 50, evidence: [
      { finding: 'leg_pain' as const, status: 'absent' as const, side: 'left' as const },
      { finding: 'bladder_dysfunction' as const, status: 'absent' as const },
      { finding: 'fever' as const, status: 'unknown' as const },
    ] };
    expect(examToCase(exam).evidence.some((i) => i.finding === 'bladder_dysfunction')).toBe(false);
    const merged = examToCase(exam, interview);
    expect(merged.age).toBe(50);
    expect(merged.evidence.filter((i) => i.finding === 'leg_pain')).toEqual([{ finding: 'leg_pain', status: 'present', side: 'left' }]);
    expect(merged.evidence.some((i) => i.finding === 'bladder_dysfunction')).toBe(true);
    expect(merged.evidence.some((i) => i.finding === 'fever')).toBe(false);
  });
});
