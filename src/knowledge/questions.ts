/**
 * The question bank: how each finding of the case format is asked, in plain
 * words (reading age about 12) with the medical term beside it, and which
 * follow-ups an answer of "yes" needs (side, regions, movement, grade, trend).
 *
 * One table serves the web interview, the terminal interview and the FHIR
 * Questionnaires, so a finding is worded the same way everywhere. Wording is
 * ours; the facts behind it are in spec/case-format.md.
 */
import {
  FINDING_BY_ID,
  FINDINGS,
  MOVEMENTS,
  REGIONS,
  SIDES,
  STATUSES,
  TRENDS,
  type FindingId,
  type Movement,
  type Region,
  type Side,
  type Status,
  type Trend,
} from './vocabulary.js';

/** Who answers the question: the person themselves, or the examining clinician. */
export type Audience = 'person' | 'clinician';

export type FollowUpKind = 'side' | 'regions' | 'movement' | 'grade' | 'trend';

export interface FollowUp {
  readonly kind: FollowUpKind;
  /** The follow-up question, plain words. */
  readonly text: string;
  /** For `grade`: the unit and allowed range (from the finding's spec). */
  readonly unit?: 'mrc' | 'degrees' | 'metres' | 'millilitres';
  readonly min?: number;
  readonly max?: number;
}

export interface FindingQuestion {
  readonly finding: FindingId;
  /** The question, in plain words. */
  readonly text: string;
  /** The medical term, shown beside the plain words. */
  readonly term: string;
  /** An optional example or clarification, shown under the question. */
  readonly hint?: string;
  readonly audience: Audience;
  /** Asked after a "yes", in this order. */
  readonly followUps: readonly FollowUp[];
}

export interface Words {
  /** Plain words. */
  readonly label: string;
  /** Medical term. */
  readonly term: string;
}

export const ANSWER_WORDS: Readonly<Record<Status, string>> = {
  present: 'Yes',
  absent: 'No',
  unknown: "I don't know",
};

export const SIDE_WORDS: Readonly<Record<Side, string>> = {
  left: 'Left leg',
  right: 'Right leg',
  both: 'Both legs',
};

export const TREND_WORDS: Readonly<Record<Trend, string>> = {
  worsening: 'Getting worse',
  stable: 'Staying the same',
  improving: 'Getting better',
};

export const REGION_WORDS: Readonly<Record<Region, Words>> = {
  buttock: { label: 'Buttock', term: 'gluteal region' },
  groin: { label: 'Groin', term: 'inguinal region' },
  anterior_thigh: { label: 'Front of the thigh', term: 'anterior thigh' },
  medial_thigh: { label: 'Inner thigh', term: 'medial thigh' },
  lateral_thigh: { label: 'Outer thigh', term: 'lateral thigh' },
  posterior_thigh: { label: 'Back of the thigh', term: 'posterior thigh' },
  knee: { label: 'Knee', term: 'knee' },
  medial_leg: { label: 'Inner shin and inner ankle', term: 'medial leg' },
  lateral_leg: { label: 'Outer shin', term: 'lateral leg' },
  calf: { label: 'Calf', term: 'posterior leg (calf)' },
  dorsum_foot: { label: 'Top of the foot', term: 'dorsum of the foot' },
  big_toe: { label: 'Big toe', term: 'hallux' },
  sole: { label: 'Sole of the foot', term: 'plantar foot' },
  lateral_foot: { label: 'Outer edge of the foot and little toe', term: 'lateral foot' },
  heel: { label: 'Heel', term: 'heel' },
};

export const MOVEMENT_WORDS: Readonly<Record<Movement, Words>> = {
  hip_flexion: { label: 'Lifting the thigh up', term: 'hip flexion' },
  hip_adduction: { label: 'Pulling the knees together', term: 'hip adduction' },
  hip_abduction: { label: 'Moving the leg out to the side', term: 'hip abduction' },
  hip_extension: { label: 'Pushing the thigh backwards', term: 'hip extension' },
  knee_extension: { label: 'Straightening the knee', term: 'knee extension' },
  knee_flexion: { label: 'Bending the knee', term: 'knee flexion' },
  ankle_dorsiflexion: { label: 'Pulling the foot up', term: 'ankle dorsiflexion' },
  big_toe_extension: { label: 'Lifting the big toe', term: 'big toe (hallux) extension' },
  ankle_plantarflexion: { label: 'Pointing the foot down, standing on tiptoe', term: 'ankle plantarflexion' },
  foot_eversion: { label: 'Turning the sole outwards', term: 'foot eversion' },
  foot_inversion: { label: 'Turning the sole inwards', term: 'foot inversion' },
};

const person = (finding: FindingId, text: string, term: string, extra: { hint?: string; trend?: true } = {}) =>
  ({ finding, text, term, audience: 'person' as const, ...extra });
const clinician = (finding: FindingId, text: string, term: string, extra: { hint?: string; trend?: true } = {}) =>
  ({ finding, text, term, audience: 'clinician' as const, ...extra });

/** The wording of every finding; `trend: true` adds "is it getting worse?" after a yes. */
const WORDING = [
  person('back_pain', 'Do you have pain in your lower back?', 'low back pain'),
  person('leg_pain', 'Do you have pain in your buttock or leg?', 'leg pain (sciatica when it comes from a nerve root)', { trend: true }),
  person('leg_pain_worse_than_back', 'Is the pain in your leg worse than the pain in your back?', 'leg-dominant pain'),
  person('shooting_pain', 'Does the pain shoot down your leg, sharp or like an electric shock?', 'lancinating (shooting) pain'),
  person('burning_pain', 'Does the leg pain burn?', 'burning (neuropathic) pain'),
  person('deep_aching_pain', 'Is the leg pain a deep, dull ache that is hard to point to?', 'deep somatic ache'),
  person('numbness', 'Is any part of your leg or foot numb, so you feel less there?', 'numbness (hypoaesthesia)'),
  person('tingling', 'Do you get pins and needles in your leg or foot?', 'tingling (paraesthesia)'),
  person('weakness', 'Is any part of your leg weak, for example it gives way or you cannot stand on tiptoe?', 'weakness (motor deficit)', { trend: true }),
  person('foot_drop', 'Do your toes catch or your foot slap when you walk, because you cannot lift the foot?', 'foot drop', { trend: true }),
  person('pain_worse_cough_sneeze', 'Does coughing, sneezing or straining make the leg pain worse?', 'pain on Valsalva (cough impulse)'),
  person('pain_worse_sitting', 'Does sitting make the pain worse?', 'pain aggravated by sitting'),
  person('pain_worse_bending_forward', 'Does bending forward make the pain worse?', 'pain aggravated by flexion'),
  person('walking_leg_symptoms', 'Does walking or standing bring on pain, heaviness or numbness in your legs?', 'claudication'),
  person('relief_sitting_or_bending', 'Do those leg symptoms ease when you sit down or bend forward?', 'relief with flexion (neurogenic pattern)'),
  person('relief_standing_still', 'Do those leg symptoms ease when you just stand still, without sitting?', 'relief on standing still (vascular pattern)'),
  person('cycling_tolerated', 'Can you cycle, or walk leaning on a shopping trolley, much further than you can walk upright?', 'flexed-posture tolerance (shopping-cart sign)'),
  person('night_pain', 'Do you have pain at night or at rest that no position eases?', 'non-mechanical night pain'),
  person('groin_pain', 'Do you have pain in your groin?', 'groin pain'),
  person('hip_movement_pain', 'Does moving your hip hurt, for example putting on socks or getting out of a car?', 'pain on hip movement'),
  person('bladder_dysfunction', 'Is there anything new with passing urine: trouble starting, not feeling when your bladder is full, or leaking?', 'bladder dysfunction (urinary retention or incontinence)', { trend: true }),
  person('bowel_dysfunction', 'Have you lost control of your bowels, or stopped feeling when you need to go?', 'bowel dysfunction (faecal incontinence)', { trend: true }),
  person('saddle_anesthesia', 'Is the skin numb between your legs or around your bottom, for example when you wipe?', 'saddle anaesthesia', {
    hint: 'The "saddle" area: genitals, inner buttocks and around the back passage.',
  }),
  person('sexual_dysfunction', 'Have you newly lost feeling in your genitals, or lost sexual function?', 'sexual dysfunction'),
  person('fever', 'Do you have a fever, or feel hot and shivery?', 'fever'),
  person('weight_loss', 'Have you lost weight without trying?', 'unexplained weight loss'),
  person('cancer_history', 'Have you ever had cancer?', 'history of malignancy'),
  person('immunosuppression', 'Is your immune system weakened, for example by medicines, HIV or a transplant?', 'immunosuppression'),
  person('iv_drug_use', 'Do you inject drugs?', 'intravenous drug use'),
  person('trauma', 'Did this start after a bad fall, a crash, or any fall if your bones are thin?', 'significant trauma'),
  person('osteoporosis', 'Do you have thin bones (osteoporosis), or have you taken steroid tablets for a long time?', 'osteoporosis or long-term corticosteroids'),
  person('diabetes', 'Do you have diabetes?', 'diabetes mellitus'),
  person('smoking', 'Do you smoke, or did you smoke in the past?', 'smoking history'),
  person('vascular_disease', 'Do you have problems with your blood vessels, such as poor circulation in the legs, a heart attack or a stroke?', 'vascular disease'),
  person('previous_spine_surgery', 'Have you had an operation on your lower back before?', 'previous lumbar spine surgery'),
  clinician('slr_positive', 'Does raising the straight leg reproduce the leg pain?', 'straight leg raise (SLR) positive'),
  clinician('crossed_slr_positive', 'Does raising the other straight leg reproduce pain in this leg?', 'crossed straight leg raise positive'),
  clinician('femoral_stretch_positive', 'Does the femoral stretch (knee bent, lying face down) reproduce front-of-thigh pain?', 'femoral nerve stretch test positive'),
  clinician('sensory_loss', 'Is light touch or pinprick reduced?', 'sensory loss'),
  clinician('knee_reflex_reduced', 'Is the knee jerk reduced or absent?', 'patellar reflex reduced'),
  clinician('ankle_reflex_reduced', 'Is the ankle jerk reduced or absent?', 'Achilles reflex reduced'),
  clinician('hamstring_reflex_reduced', 'Is the medial hamstring jerk reduced or absent?', 'medial hamstring reflex reduced'),
  clinician('upper_motor_neuron_signs', 'Are there brisk reflexes, clonus or an upgoing toe?', 'upper motor neuron signs'),
  clinician('pedal_pulses_reduced', 'Are the foot pulses reduced or absent?', 'reduced pedal pulses'),
  clinician('hip_rotation_limited', 'Is turning the hip inwards painful and limited?', 'limited hip internal rotation'),
  clinician('trochanter_tenderness', 'Is the bony point on the outside of the hip tender?', 'greater trochanter tenderness'),
  clinician('fibular_head_tinel', 'Does tapping below the outside of the knee send tingling down the outer leg?', 'Tinel sign at the fibular head'),
  clinician('perianal_sensation_reduced', 'Is sensation around the anus or perineum reduced?', 'reduced perianal sensation'),
  clinician('anal_tone_reduced', 'Is anal tone or squeeze reduced?', 'reduced anal tone'),
  clinician('post_void_residual', 'Was the bladder volume left after passing urine measured?', 'post-void residual volume'),
] as const;

const GRADE_QUESTIONS = {
  mrc: 'How strong is it? (MRC grade 0 = no movement … 5 = normal)',
  degrees: 'At what angle of leg raise did the pain start (degrees)?',
  metres: 'About how far can you walk before it starts (metres)?',
  millilitres: 'How much was left in the bladder (millilitres)?',
} as const;

function followUpsFor(finding: FindingId, audience: Audience, trend: boolean): FollowUp[] {
  const spec = FINDING_BY_ID.get(finding);
  if (!spec) throw new Error(`question bank: unknown finding ${finding}`);
  const out: FollowUp[] = [];
  if (spec.lateral) out.push({ kind: 'side', text: audience === 'person' ? 'Which leg?' : 'Which side?' });
  if (spec.regions) out.push({ kind: 'regions', text: 'Where exactly? Mark every area on the body map.' });
  if (spec.movement) out.push({ kind: 'movement', text: 'Which movement is weak?' });
  // A person can say how far they walk; an MRC grade is the examiner's to give.
  if (spec.grade && (audience === 'clinician' || spec.grade.unit !== 'mrc'))
    out.push({ kind: 'grade', text: GRADE_QUESTIONS[spec.grade.unit], unit: spec.grade.unit, min: spec.grade.min, max: spec.grade.max });
  if (trend) out.push({ kind: 'trend', text: 'Is it getting worse, staying the same, or getting better?' });
  return out;
}

/** Every finding's question, keyed by finding id. */
export const FINDING_QUESTIONS: ReadonlyMap<FindingId, FindingQuestion> = new Map(
  WORDING.map((w): [FindingId, FindingQuestion] => [
    w.finding,
    {
      finding: w.finding,
      text: w.text,
      term: w.term,
      ...('hint' in w && { hint: w.hint }),
      audience: w.audience,
      followUps: followUpsFor(w.finding, w.audience, 'trend' in w && w.trend === true),
    },
  ]),
);

/** The question for a finding (every finding has one; a test holds the bank to it). */
export function questionFor(finding: FindingId): FindingQuestion {
  const question = FINDING_QUESTIONS.get(finding);
  if (!question) throw new Error(`no question for finding ${finding}`);
  return question;
}

/** The questions in case-format order, for generators that want a list (FHIR Questionnaire). */
export const QUESTION_LIST: readonly FindingQuestion[] = FINDINGS.map(questionFor);

/** The clinician asks everything; the person is asked only the person's questions. */
export const questionsFor = (audience: Audience): readonly FindingQuestion[] =>
  audience === 'clinician' ? QUESTION_LIST : QUESTION_LIST.filter((q) => q.audience === 'person');

// Re-exported so consumers of the bank need one import for the answer options.
export { MOVEMENTS, REGIONS, SIDES, STATUSES, TRENDS };
