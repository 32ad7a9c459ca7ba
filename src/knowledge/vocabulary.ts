/**
 * The identifiers of the case format (spec/case-format.md): findings, body
 * regions, movements, sides, roots, condition and triage-level ids. Everything
 * else in the project refers to these tuples, so a new id is added here once.
 */

export const SIDES = ['left', 'right', 'both'] as const;
export type Side = (typeof SIDES)[number];

export const STATUSES = ['present', 'absent', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export const TRENDS = ['worsening', 'stable', 'improving'] as const;
export type Trend = (typeof TRENDS)[number];

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const ONSETS = ['sudden', 'gradual'] as const;
export type Onset = (typeof ONSETS)[number];

export const REGIONS = [
  'buttock',
  'groin',
  'anterior_thigh',
  'medial_thigh',
  'lateral_thigh',
  'posterior_thigh',
  'knee',
  'medial_leg',
  'lateral_leg',
  'calf',
  'dorsum_foot',
  'big_toe',
  'sole',
  'lateral_foot',
  'heel',
] as const;
export type Region = (typeof REGIONS)[number];

export const MOVEMENTS = [
  'hip_flexion',
  'hip_adduction',
  'hip_abduction',
  'hip_extension',
  'knee_extension',
  'knee_flexion',
  'ankle_dorsiflexion',
  'big_toe_extension',
  'ankle_plantarflexion',
  'foot_eversion',
  'foot_inversion',
] as const;
export type Movement = (typeof MOVEMENTS)[number];

export const ROOTS = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2'] as const;
export type Root = (typeof ROOTS)[number];

export const TRIAGE_LEVELS = ['self_care', 'consult', 'urgent', 'emergency'] as const;
/** Ordered from least to most urgent: compare levels with `triageRank`. */
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];
export const triageRank = (level: TriageLevel): number => TRIAGE_LEVELS.indexOf(level);

export const PAIN_MECHANISMS = ['radicular', 'somatic_referred', 'non_spinal'] as const;
export type PainMechanism = (typeof PAIN_MECHANISMS)[number];

export const CONDITIONS = [
  'disc_herniation',
  'spinal_stenosis',
  'cauda_equina_syndrome',
  'somatic_referred_pain',
  'peripheral_arterial_disease',
  'hip_osteoarthritis',
  'peripheral_neuropathy',
  'meralgia_paresthetica',
  'peroneal_neuropathy',
  'spinal_malignancy',
  'spinal_infection',
  'vertebral_fracture',
] as const;
export type ConditionId = (typeof CONDITIONS)[number];

/** Which attributes a finding may carry, and who usually reports it. */
export interface FindingSpec {
  readonly id: string;
  readonly meaning: string;
  readonly source: 'symptom' | 'examination';
  /** The finding belongs to one leg (or both), so an item may carry `side`. */
  readonly lateral: boolean;
  readonly regions?: true;
  readonly movement?: true;
  /** What `grade` measures, when the finding takes one. */
  readonly grade?: { readonly unit: 'mrc' | 'degrees' | 'metres' | 'millilitres'; readonly min: number; readonly max: number };
}

const symptom = (id: string, meaning: string, extra: Partial<FindingSpec> = {}): FindingSpec => ({
  id,
  meaning,
  source: 'symptom',
  lateral: false,
  ...extra,
});
const exam = (id: string, meaning: string, extra: Partial<FindingSpec> = {}): FindingSpec => ({
  id,
  meaning,
  source: 'examination',
  lateral: true,
  ...extra,
});

export const FINDING_SPECS = [
  symptom('back_pain', 'low back pain'),
  symptom('leg_pain', 'pain felt in the buttock or leg', { lateral: true, regions: true }),
  symptom('leg_pain_worse_than_back', 'the leg pain is worse than the back pain'),
  symptom('shooting_pain', 'sharp, shooting, electric or lancinating pain travelling down the leg', { lateral: true }),
  symptom('burning_pain', 'burning quality of the leg pain', { lateral: true }),
  symptom('deep_aching_pain', 'deep, dull, poorly localised ache (somatic quality)', { lateral: true }),
  symptom('numbness', 'reduced or lost feeling reported by the patient', { lateral: true, regions: true }),
  symptom('tingling', 'pins and needles, paraesthesia', { lateral: true, regions: true }),
  symptom('weakness', 'weakness of a movement (or of the leg, if no movement is given)', {
    lateral: true,
    movement: true,
    grade: { unit: 'mrc', min: 0, max: 5 },
  }),
  symptom('foot_drop', 'difficulty lifting the foot, toes catch or slap when walking', { lateral: true }),
  symptom('pain_worse_cough_sneeze', 'coughing, sneezing or straining makes the leg pain worse'),
  symptom('pain_worse_sitting', 'sitting makes the pain worse'),
  symptom('pain_worse_bending_forward', 'bending forward makes the pain worse'),
  symptom('walking_leg_symptoms', 'walking or standing brings on leg pain, heaviness, numbness or weakness', {
    grade: { unit: 'metres', min: 0, max: 100000 },
  }),
  symptom('relief_sitting_or_bending', 'leg symptoms ease on sitting down or bending forward'),
  symptom('relief_standing_still', 'leg symptoms ease on standing still, without sitting or bending'),
  symptom('cycling_tolerated', 'can cycle, or walk leaning on a trolley, much further than walk upright'),
  symptom('night_pain', 'pain at night or at rest that no position relieves'),
  symptom('groin_pain', 'pain in the groin', { lateral: true }),
  symptom('hip_movement_pain', 'pain on moving the hip (putting on shoes and socks, getting out of a car)', { lateral: true }),
  symptom('bladder_dysfunction', 'new difficulty passing urine, retention, incontinence, reduced bladder sensation'),
  symptom('bowel_dysfunction', 'new faecal incontinence or loss of bowel control or sensation'),
  symptom('saddle_anesthesia', 'numbness of the saddle area: perineum, genitals, inner buttocks, around the anus'),
  symptom('sexual_dysfunction', 'new loss of genital sensation or sexual function'),
  symptom('fever', 'fever or feeling hot and shivery'),
  symptom('weight_loss', 'unexplained weight loss'),
  symptom('cancer_history', 'past or current cancer'),
  symptom('immunosuppression', 'immunosuppressed (drugs, HIV, transplant)'),
  symptom('iv_drug_use', 'injecting drug use'),
  symptom('trauma', 'significant trauma (fall from height, road accident), or minor trauma with osteoporosis'),
  symptom('osteoporosis', 'known osteoporosis or long-term oral corticosteroids'),
  symptom('diabetes', 'diabetes mellitus'),
  symptom('smoking', 'current or former smoker'),
  symptom('vascular_disease', 'known peripheral arterial, coronary or cerebrovascular disease'),
  symptom('previous_spine_surgery', 'previous lumbar spine surgery'),
  exam('slr_positive', 'straight leg raise reproduces the leg pain', { grade: { unit: 'degrees', min: 0, max: 90 } }),
  exam('crossed_slr_positive', 'raising the other leg reproduces pain in this leg'),
  exam('femoral_stretch_positive', 'femoral nerve stretch test reproduces anterior thigh pain'),
  exam('sensory_loss', 'reduced light touch or pinprick on examination', { regions: true }),
  exam('knee_reflex_reduced', 'patellar reflex reduced or absent'),
  exam('ankle_reflex_reduced', 'Achilles reflex reduced or absent'),
  exam('hamstring_reflex_reduced', 'medial hamstring reflex reduced or absent'),
  exam('upper_motor_neuron_signs', 'brisk reflexes, clonus or an upgoing plantar response'),
  exam('pedal_pulses_reduced', 'foot pulses reduced or absent'),
  exam('hip_rotation_limited', 'painful, limited internal rotation of the hip'),
  exam('trochanter_tenderness', 'tenderness over the greater trochanter'),
  exam('fibular_head_tinel', 'tapping at the fibular head reproduces tingling down the outer leg'),
  exam('perianal_sensation_reduced', 'reduced perianal or perineal sensation on examination', { lateral: false }),
  exam('anal_tone_reduced', 'reduced anal tone or squeeze', { lateral: false }),
  exam('post_void_residual', 'bladder volume left after passing urine', {
    lateral: false,
    grade: { unit: 'millilitres', min: 0, max: 5000 },
  }),
] as const satisfies readonly FindingSpec[];

export type FindingId = (typeof FINDING_SPECS)[number]['id'];
export const FINDINGS = FINDING_SPECS.map((f) => f.id) as readonly FindingId[];
export const FINDING_BY_ID: ReadonlyMap<string, FindingSpec> = new Map(FINDING_SPECS.map((f) => [f.id, f]));
export const isFindingId = (id: string): id is FindingId => FINDING_BY_ID.has(id);

/** Findings whose `present` status alone fires the cauda equina rule (spec/triage-policy.md). */
export const CAUDA_EQUINA_FINDINGS = [
  'bladder_dysfunction',
  'bowel_dysfunction',
  'saddle_anesthesia',
  'perianal_sensation_reduced',
  'anal_tone_reduced',
] as const satisfies readonly FindingId[];

/** "Leg symptom" and "neurological deficit" as triage-policy.md defines them. */
export const LEG_SYMPTOMS = ['leg_pain', 'numbness', 'tingling', 'weakness', 'foot_drop', 'sensory_loss'] as const satisfies readonly FindingId[];
export const REFLEX_FINDINGS = ['knee_reflex_reduced', 'ankle_reflex_reduced', 'hamstring_reflex_reduced'] as const satisfies readonly FindingId[];
export const NEURO_DEFICITS = ['weakness', 'foot_drop', 'sensory_loss', ...REFLEX_FINDINGS] as const satisfies readonly FindingId[];
