/**
 * One block per triage rule of spec/triage-policy.md, each with a realistic
 * case that fires it and a near miss that must not. Cases go through the
 * real `assess`, so the rules are tested as the product runs them.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.js';
import type { CaseInput } from '../../src/case/schema.js';

const fired = (input: CaseInput): string[] => assess(input).triage.reasons.map((reason) => reason.rule);
const level = (input: CaseInput) => assess(input).triage.level;

const sciatica = (extra: CaseInput['evidence'] = [], fields: Partial<CaseInput> = {}): CaseInput => ({
  age: 45,
  sex: 'female',
  durationDays: 14,
  ...fields,
  evidence: [
    { finding: 'back_pain' },
    { finding: 'leg_pain', side: 'left', regions: ['posterior_thigh', 'calf', 'sole'] },
    { finding: 'shooting_pain', side: 'left' },
    ...extra,
  ],
});

describe('cauda_equina', () => {
  it('fires on new urinary retention with sciatica, at emergency', () => {
    const input = sciatica([{ finding: 'bladder_dysfunction' }]);
    expect(fired(input)).toContain('cauda_equina');
    expect(level(input)).toBe('emergency');
  });

  it.each(['bowel_dysfunction', 'saddle_anesthesia', 'perianal_sensation_reduced', 'anal_tone_reduced'] as const)('fires on %s', (finding) => {
    expect(fired(sciatica([{ finding }]))).toContain('cauda_equina');
  });

  it('fires on a post-void residual of 200 ml or more, not on 150 ml', () => {
    expect(fired(sciatica([{ finding: 'post_void_residual', grade: 200 }]))).toContain('cauda_equina');
    expect(fired(sciatica([{ finding: 'post_void_residual', grade: 150 }]))).not.toContain('cauda_equina');
  });

  it('fires on recent sexual dysfunction, or chronic sexual dysfunction that is worsening', () => {
    expect(fired(sciatica([{ finding: 'sexual_dysfunction' }], { durationDays: 5 }))).toContain('cauda_equina');
    expect(fired(sciatica([{ finding: 'sexual_dysfunction' }], { durationDays: undefined }))).toContain('cauda_equina');
    expect(fired(sciatica([{ finding: 'sexual_dysfunction', trend: 'worsening' }], { durationDays: 200 }))).toContain('cauda_equina');
  });

  it('does not fire on long-standing stable erectile dysfunction with claudication (Leriche), which is consult', () => {
    const input: CaseInput = {
      age: 62,
      sex: 'male',
      durationDays: 90,
      evidence: [
        { finding: 'walking_leg_symptoms', grade: 200 },
        { finding: 'leg_pain', side: 'both', regions: ['buttock', 'calf'] },
        { finding: 'sexual_dysfunction', trend: 'stable' },
        { finding: 'smoking' },
      ],
    };
    expect(fired(input)).not.toContain('cauda_equina');
    expect(level(input)).toBe('consult');
  });

  it('does not fire when the findings are reported absent', () => {
    const input = sciatica([
      { finding: 'bladder_dysfunction', status: 'absent' },
      { finding: 'saddle_anesthesia', status: 'absent' },
      { finding: 'bowel_dysfunction', status: 'unknown' },
    ]);
    expect(fired(input)).not.toContain('cauda_equina');
  });
});

describe('bilateral_motor_deficit', () => {
  it('fires on new weakness of both legs, at emergency', () => {
    const input = sciatica([
      { finding: 'weakness', side: 'left', movement: 'ankle_dorsiflexion', grade: 4 },
      { finding: 'weakness', side: 'right', movement: 'ankle_plantarflexion', grade: 4 },
    ]);
    expect(fired(input)).toContain('bilateral_motor_deficit');
    expect(level(input)).toBe('emergency');
  });

  it('fires on foot drop on one side and weakness on the other when worsening, even if long-standing', () => {
    const input = sciatica(
      [
        { finding: 'foot_drop', side: 'left', trend: 'worsening' },
        { finding: 'weakness', side: 'right', movement: 'knee_extension' },
      ],
      { durationDays: 400 },
    );
    expect(fired(input)).toContain('bilateral_motor_deficit');
  });

  it('does not fire on a long-standing, stable bilateral foot drop', () => {
    const input: CaseInput = { age: 70, durationDays: 3000, evidence: [{ finding: 'foot_drop', side: 'both', trend: 'stable' }, { finding: 'diabetes' }] };
    expect(fired(input)).not.toContain('bilateral_motor_deficit');
    expect(level(input)).not.toBe('emergency');
  });

  it('does not fire on weakness of one leg', () => {
    expect(fired(sciatica([{ finding: 'weakness', side: 'left', movement: 'big_toe_extension', grade: 4 }]))).not.toContain('bilateral_motor_deficit');
  });
});

describe('serious_pathology_with_deficit', () => {
  it('fires on back pain with a cancer history and a reduced reflex, at emergency', () => {
    const input = sciatica([{ finding: 'cancer_history' }, { finding: 'ankle_reflex_reduced', side: 'left' }], { age: 68 });
    expect(fired(input)).toEqual(expect.arrayContaining(['serious_pathology_with_deficit', 'suspected_malignancy']));
    expect(level(input)).toBe('emergency');
  });

  it('fires on back pain in an injecting drug user with sensory loss', () => {
    expect(fired(sciatica([{ finding: 'iv_drug_use' }, { finding: 'sensory_loss', side: 'left', regions: ['lateral_foot'] }]))).toContain(
      'serious_pathology_with_deficit',
    );
  });

  it('does not fire on a cancer history without a deficit (urgent, not emergency)', () => {
    const input = sciatica([{ finding: 'cancer_history' }]);
    expect(fired(input)).not.toContain('serious_pathology_with_deficit');
    expect(level(input)).toBe('urgent');
  });
});

describe('progressive_weakness', () => {
  it('fires on worsening weakness, at urgent', () => {
    const input = sciatica([{ finding: 'weakness', side: 'left', movement: 'ankle_dorsiflexion', trend: 'worsening' }], { durationDays: 100 });
    expect(fired(input)).toContain('progressive_weakness');
    expect(level(input)).toBe('urgent');
  });

  it('does not fire on stable or improving weakness', () => {
    expect(fired(sciatica([{ finding: 'weakness', side: 'left', movement: 'ankle_dorsiflexion', trend: 'improving' }]))).not.toContain(
      'progressive_weakness',
    );
  });
});

describe('severe_weakness', () => {
  it('fires on recent weakness graded 3 or less, and on a recent foot drop', () => {
    expect(fired(sciatica([{ finding: 'weakness', side: 'left', movement: 'ankle_dorsiflexion', grade: 3 }]))).toContain('severe_weakness');
    expect(fired(sciatica([{ finding: 'foot_drop', side: 'left' }]))).toContain('severe_weakness');
    expect(level(sciatica([{ finding: 'foot_drop', side: 'left' }]))).toBe('urgent');
  });

  it('does not fire on grade 4, on ungraded (patient-reported) weakness, or when long-standing', () => {
    expect(fired(sciatica([{ finding: 'weakness', side: 'left', movement: 'ankle_dorsiflexion', grade: 4 }]))).not.toContain('severe_weakness');
    expect(fired(sciatica([{ finding: 'weakness', side: 'left', movement: 'ankle_dorsiflexion' }]))).not.toContain('severe_weakness');
    expect(fired(sciatica([{ finding: 'foot_drop', side: 'left' }], { durationDays: 120 }))).not.toContain('severe_weakness');
  });
});

describe('bilateral_leg_symptoms', () => {
  it('fires on new sciatica in both legs with sphincters intact, at urgent', () => {
    const input = sciatica([
      { finding: 'leg_pain', side: 'right', regions: ['posterior_thigh'] },
      { finding: 'bladder_dysfunction', status: 'absent' },
    ]);
    expect(fired(input)).toContain('bilateral_leg_symptoms');
    expect(level(input)).toBe('urgent');
  });

  it('fires on side "both", and counts different symptoms on each side', () => {
    expect(fired({ evidence: [{ finding: 'tingling', side: 'both', regions: ['sole'] }] })).toContain('bilateral_leg_symptoms');
    expect(fired(sciatica([{ finding: 'numbness', side: 'right', regions: ['dorsum_foot'] }]))).toContain('bilateral_leg_symptoms');
  });

  it('yields to cauda_equina', () => {
    const reasons = fired(sciatica([{ finding: 'leg_pain', side: 'right' }, { finding: 'saddle_anesthesia' }]));
    expect(reasons).toContain('cauda_equina');
    expect(reasons).not.toContain('bilateral_leg_symptoms');
  });

  it('does not fire on chronic, stable bilateral neurogenic claudication (consult)', () => {
    const input: CaseInput = {
      age: 74,
      durationDays: 365,
      evidence: [
        { finding: 'walking_leg_symptoms', grade: 100 },
        { finding: 'leg_pain', side: 'both', regions: ['buttock', 'posterior_thigh'] },
        { finding: 'relief_sitting_or_bending' },
      ],
    };
    expect(fired(input)).not.toContain('bilateral_leg_symptoms');
    expect(level(input)).toBe('consult');
  });

  it('counts a long-standing item when it is worsening', () => {
    const input: CaseInput = { durationDays: 365, evidence: [{ finding: 'numbness', side: 'both', regions: ['sole'], trend: 'worsening' }] };
    expect(fired(input)).toContain('bilateral_leg_symptoms');
  });
});

describe('upper_motor_neuron', () => {
  it('fires on upper motor neuron signs, at urgent', () => {
    const input = sciatica([{ finding: 'upper_motor_neuron_signs', side: 'left' }]);
    expect(fired(input)).toContain('upper_motor_neuron');
    expect(level(input)).toBe('urgent');
  });
});

describe('suspected_malignancy', () => {
  it('fires on back pain with a cancer history, and on weight loss with night pain', () => {
    expect(fired(sciatica([{ finding: 'cancer_history' }]))).toContain('suspected_malignancy');
    expect(fired(sciatica([{ finding: 'weight_loss' }, { finding: 'night_pain' }]))).toContain('suspected_malignancy');
  });

  it('needs back or leg pain, and weight loss alone is not enough', () => {
    expect(fired({ evidence: [{ finding: 'cancer_history' }] })).not.toContain('suspected_malignancy');
    expect(fired(sciatica([{ finding: 'weight_loss' }]))).not.toContain('suspected_malignancy');
  });
});

describe('suspected_infection', () => {
  it.each(['fever', 'immunosuppression', 'iv_drug_use'] as const)('fires on back pain with %s', (finding) => {
    const input = { evidence: [{ finding: 'back_pain' as const }, { finding }] };
    expect(fired(input)).toContain('suspected_infection');
    expect(level(input)).toBe('urgent');
  });

  it('fires on fever with immunosuppression even without back pain', () => {
    expect(fired({ evidence: [{ finding: 'fever' }, { finding: 'immunosuppression' }] })).toContain('suspected_infection');
  });

  it('does not fire on fever alone', () => {
    expect(fired({ evidence: [{ finding: 'fever' }] })).not.toContain('suspected_infection');
  });
});

describe('suspected_fracture', () => {
  it('fires on back pain after trauma, and on sudden back pain with osteoporosis', () => {
    expect(fired({ age: 80, evidence: [{ finding: 'back_pain' }, { finding: 'trauma' }] })).toContain('suspected_fracture');
    expect(fired({ age: 80, onset: 'sudden', evidence: [{ finding: 'back_pain' }, { finding: 'osteoporosis' }] })).toContain('suspected_fracture');
  });

  it('does not fire on osteoporosis with gradual back pain', () => {
    expect(fired({ age: 80, onset: 'gradual', evidence: [{ finding: 'back_pain' }, { finding: 'osteoporosis' }] })).not.toContain(
      'suspected_fracture',
    );
  });
});

describe('consult rules', () => {
  it('claudication fires on walking-related leg symptoms', () => {
    expect(fired({ age: 70, evidence: [{ finding: 'walking_leg_symptoms', grade: 300 }] })).toContain('claudication');
  });

  it('persisting fires after 42 days, not at 42', () => {
    expect(fired({ durationDays: 43, evidence: [{ finding: 'back_pain' }] })).toContain('persisting');
    expect(fired({ durationDays: 42, evidence: [{ finding: 'back_pain' }] })).not.toContain('persisting');
  });

  it('night_pain fires on night pain', () => {
    expect(fired({ evidence: [{ finding: 'back_pain' }, { finding: 'night_pain' }] })).toContain('night_pain');
  });

  it('a red-flag finding that fires no red-flag rule still earns a consult', () => {
    const input = { evidence: [{ finding: 'back_pain' as const }, { finding: 'weight_loss' as const }] };
    expect(fired(input)).toContain('red_flag_finding');
    expect(level(input)).toBe('consult');
  });

  it('radicular_pain fires when the model finds a classic L5 radiculopathy', () => {
    const input = sciatica(
      [
        { finding: 'leg_pain_worse_than_back' },
        { finding: 'numbness', side: 'left', regions: ['lateral_leg', 'dorsum_foot', 'big_toe'] },
        { finding: 'weakness', side: 'left', movement: 'big_toe_extension', grade: 4 },
        { finding: 'slr_positive', side: 'left', grade: 40 },
        { finding: 'pain_worse_cough_sneeze' },
      ],
      { age: 40 },
    );
    const assessment = assess(input);
    expect(assessment.painMechanism[0]?.id).toBe('radicular');
    expect(assessment.triage.reasons.map((r) => r.rule)).toContain('radicular_pain');
  });

  it('non_spinal_cause fires when the model finds hip osteoarthritis most likely', () => {
    const input: CaseInput = {
      age: 68,
      durationDays: 30,
      evidence: [
        { finding: 'groin_pain', side: 'right' },
        { finding: 'hip_movement_pain', side: 'right' },
        { finding: 'hip_rotation_limited', side: 'right' },
        { finding: 'leg_pain', side: 'right', regions: ['groin', 'anterior_thigh'] },
        { finding: 'deep_aching_pain', side: 'right' },
        { finding: 'slr_positive', side: 'right', status: 'absent' },
        { finding: 'numbness', side: 'right', status: 'absent' },
        { finding: 'back_pain', status: 'absent' },
      ],
    };
    const assessment = assess(input);
    expect(assessment.conditions[0]?.id).toBe('hip_osteoarthritis');
    expect(assessment.triage.reasons.map((r) => r.rule)).toContain('non_spinal_cause');
  });
});

describe('self_care', () => {
  it('is the level when no rule fires, with the safety net in the advice', () => {
    // Acute back pain with a deep ache in the buttock and thigh, no neurology, no red flags.
    const assessment = assess({
      age: 28,
      durationDays: 7,
      onset: 'sudden',
      evidence: [
        { finding: 'back_pain' },
        { finding: 'leg_pain', side: 'left', regions: ['buttock', 'posterior_thigh'] },
        { finding: 'deep_aching_pain', side: 'left' },
        { finding: 'slr_positive', side: 'left', status: 'absent' },
        { finding: 'weakness', side: 'left', status: 'absent' },
        { finding: 'bladder_dysfunction', status: 'absent' },
        { finding: 'fever', status: 'absent' },
      ],
    });
    expect(assessment.triage.level).toBe('self_care');
    expect(assessment.triage.reasons).toEqual([]);
    expect(assessment.triage.advice).toMatch(/emergency department at once/);
    expect(assessment.triage.safetyNet.length).toBeGreaterThan(0);
  });
});

describe('reasons', () => {
  it('are ordered with the rule that set the level first, and carry evidence and sources', () => {
    const assessment = assess(sciatica([{ finding: 'foot_drop', side: 'left' }, { finding: 'saddle_anesthesia' }], { durationDays: 60 }));
    const [first] = assessment.triage.reasons;
    expect(first?.rule).toBe('cauda_equina');
    expect(first?.evidence).toEqual(['saddle_anesthesia']);
    expect(first?.sources.length).toBeGreaterThan(0);
    expect(assessment.redFlags.map((flag) => flag.id)).toEqual(expect.arrayContaining(['cauda_equina']));
  });
});
