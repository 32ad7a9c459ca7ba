/**
 * P(finding | cause): the emission side of the generative model (reference
 * §3–§6). A hypothesis combines three layers, later ones overriding earlier:
 *
 *   LEAK            the finding from other causes, in anyone with back-related
 *                   leg pain (for a lateral finding: on a leg the cause spares)
 *   condition       what the condition adds (risk factors, course, red flags)
 *   variant         what its anatomical variant adds (e.g. cord compression)
 *
 * For a lateral finding the profile value is the probability on each leg the
 * cause reaches; compressed roots add their own signs (anatomy.ts) by noisy-OR.
 * Course features (sudden onset, chronic course, worsening) are read from the
 * case's onset, durationDays and trends.
 */
import type { FindingId, Movement } from './vocabulary.js';
import type { RegionWeights } from './anatomy.js';
import { cite, estimate, type Sourced } from './sourced.js';

export const COURSE_FEATURES = ['sudden_onset', 'chronic_course', 'worsening_course'] as const;
export type CourseFeature = (typeof COURSE_FEATURES)[number];
/** durationDays above which the course counts as chronic (> 3 months). */
export const CHRONIC_DAYS = 90;

export type EmissionKey = FindingId | `weakness@${Movement}` | CourseFeature;
export type Emissions = Partial<Record<EmissionKey, Sourced>>;

export interface Profile {
  readonly emissions: Emissions;
  /** Where this cause puts leg pain (and, unless `sensoryRegions` is given, sensory symptoms) on the legs it reaches. */
  readonly painRegions?: RegionWeights;
  readonly sensoryRegions?: RegionWeights;
}

const e = estimate;

/** Background frequency of each finding when the cause under consideration does not produce it. */
export const LEAK: Emissions = {
  back_pain: e(0.6, 'back pain accompanies most leg pain presentations from any cause', ['R101', 'R102']),
  leg_pain: e(0.05, 'pain in a leg the cause does not reach'),
  leg_pain_worse_than_back: e(0.3, 'leg-dominant pain is a marker of sciatica; uncommon otherwise', ['R19', 'R22']),
  shooting_pain: e(0.05, 'shooting pain in a leg the cause does not reach'),
  burning_pain: e(0.03, 'burning pain in a leg the cause does not reach'),
  deep_aching_pain: e(0.08, 'aching in a leg the cause does not reach'),
  numbness: e(0.05, 'numbness in a leg the cause does not reach'),
  tingling: e(0.05, 'tingling in a leg the cause does not reach'),
  weakness: e(0.04, 'reported weakness of a leg the cause does not reach'),
  foot_drop: e(0.01, 'foot drop is rare without a neurological cause'),
  pain_worse_cough_sneeze: e(0.2, 'set so that a compressing disc gives the reported DOR ≈ 2.3–2.5', ['R20']),
  pain_worse_sitting: e(0.3, 'sitting aggravates many back pains'),
  pain_worse_bending_forward: e(0.3, 'flexion aggravates many back pains'),
  walking_leg_symptoms: cite(0.22, 'R39', 'absence of neurogenic claudication LR 0.23 and presence LR 3.7 imply spec ≈ 0.78'),
  relief_sitting_or_bending: cite(0.08, ['R39', 'R41'], 'improvement on bending forward: spec 0.92'),
  relief_standing_still: e(0.05, 'relief by simply standing still is typical of vascular claudication only', ['R46']),
  cycling_tolerated: e(0.1, 'no accuracy data for the bicycle test', ['R51']),
  night_pain: e(0.05, 'unremitting night pain is uncommon in mechanical pain', ['R66', 'R68']),
  groin_pain: e(0.03, 'groin pain on a leg the cause does not reach'),
  hip_movement_pain: e(0.05, 'hip movement pain without hip disease'),
  bladder_dysfunction: e(0.03, 'urinary symptoms are common in older people for other reasons', ['R54']),
  bowel_dysfunction: e(0.01, 'new bowel incontinence is rare without cauda compression', ['R53']),
  saddle_anesthesia: e(0.01, 'saddle sensory change is rare without cauda compression', ['R53']),
  sexual_dysfunction: e(0.04, 'erectile dysfunction is common and long-standing in older men', ['POLICY']),
  fever: e(0.01, 'fever with back-related leg pain is uncommon without infection'),
  weight_loss: e(0.02, 'unexplained weight loss has a high false-positive rate as a red flag', ['R68']),
  cancer_history: e(0.03, 'history of cancer in people consulting with back pain', ['R67', 'R68']),
  immunosuppression: e(0.03, 'background share of immunosuppression'),
  iv_drug_use: e(0.01, 'background share of injecting drug use'),
  trauma: e(0.03, 'significant trauma is uncommon in non-fracture back pain', ['R69']),
  osteoporosis: e(0.05, 'osteoporosis or long-term steroids in people with back pain', ['R67']),
  diabetes: e(0.1, 'background prevalence of diabetes in adults'),
  smoking: e(0.3, 'current or former smokers among adults'),
  vascular_disease: e(0.08, 'known vascular disease among adults with back pain'),
  previous_spine_surgery: e(0.05, 'background share of previous lumbar surgery'),
  slr_positive: e(0.05, 'SLR reproducing leg pain in a leg without root tension or referred pain'),
  crossed_slr_positive: e(0.01, 'crossed SLR without root compression', ['R16', 'R17']),
  femoral_stretch_positive: cite(0.03, 'R14', 'no false positives in 54 patients; 0.02–0.05 suggested (§3.4)'),
  sensory_loss: e(0.04, 'examined sensory loss on a leg the cause does not reach'),
  knee_reflex_reduced: e(0.05, 'reflexes fade with age', ['R21']),
  ankle_reflex_reduced: e(0.07, 'ankle jerks fade with age; 0.07–0.4 without compression of that root', ['R21']),
  hamstring_reflex_reduced: e(0.05, 'background asymmetry of the hamstring reflex', ['R11']),
  upper_motor_neuron_signs: e(0.01, 'upper motor neuron signs point above the cauda'),
  pedal_pulses_reduced: cite(0.15, 'R47', 'any pulse abnormality LR+ 4.7 in symptomatic legs; with sens 0.7 → 0.15'),
  hip_rotation_limited: e(0.05, 'limited painful internal rotation without hip disease', ['R88']),
  trochanter_tenderness: e(0.1, 'trochanteric tenderness is common', ['R91']),
  fibular_head_tinel: e(0.02, 'Tinel at the fibular head without a peroneal lesion', ['R93']),
  perianal_sensation_reduced: e(0.01, 'rare without sacral root compression', ['R54']),
  anal_tone_reduced: e(0.01, 'rare without sacral root compression', ['R52']),
  post_void_residual: e(0.03, 'a residual ≥ 200 mL without cauda compression (older men, drugs)', ['R65']),
  sudden_onset: e(0.3, 'most back-related leg pain starts gradually or after a trivial strain', ['R19']),
  chronic_course: e(0.35, 'about a third of back-related leg pain has lasted > 3 months at consultation', ['R23', 'R24']),
  worsening_course: e(0.1, 'most sciatica improves over weeks', ['R34', 'R76']),
};

// --- regions -----------------------------------------------------------------

const region = (weights: Record<string, number>, why: string, basis: readonly string[]): RegionWeights =>
  Object.fromEntries(Object.entries(weights).map(([r, w]) => [r, estimate(w, why, basis)]));

const SOMATIC_REGIONS = region(
  { buttock: 1, posterior_thigh: 0.7, lateral_thigh: 0.6, groin: 0.3, anterior_thigh: 0.3, knee: 0.1, calf: 0.06 },
  'somatic referred pain: wide, hard to localise, buttock and thigh, mostly above the knee',
  ['R87', 'R22', 'R104'],
);

// --- profiles ------------------------------------------------------------------

/** Radicular conditions share the mechanical history of root irritation. */
const RADICULAR_HISTORY: Emissions = {
  back_pain: e(0.85, 'most sciatica comes with back pain; back pain sens 0.92 in suspected CES', ['R54', 'R23']),
  leg_pain_worse_than_back: e(0.7, 'leg pain worse than back pain marks sciatica (ATLAS, Verwoerd)', ['R19', 'R22']),
  pain_worse_cough_sneeze: e(0.38, 'leg pain worse on cough/sneeze: DOR 2.28–2.50 for compression', ['R20']),
  pain_worse_sitting: e(0.5, 'pain worse sitting is typical of disc sciatica (a prognostic factor)', ['R84']),
  pain_worse_bending_forward: e(0.5, 'flexion loads the disc', ['R84']),
  slr_positive: e(0.05, 'SLR from the compressed roots is added by the root layer'),
};

export const PROFILES = {
  disc_herniation: {
    emissions: {
      ...RADICULAR_HISTORY,
      sudden_onset: e(0.3, 'non-sudden onset favours root compression and herniation', ['R19']),
      chronic_course: e(0.25, 'most disc sciatica settles within 8–12 weeks', ['R34', 'R76']),
      worsening_course: e(0.12, 'most sciatica improves; a minority worsens', ['R34', 'R76']),
      previous_spine_surgery: e(0.08, 'recurrent herniation after previous surgery'),
    },
  },
  spinal_stenosis: {
    emissions: {
      back_pain: e(0.85, 'moderate back pain: sens > 90%', ['R41']),
      leg_pain: e(0.6, 'claudicant leg pain; fixed leg pain less constant', ['R39', 'R41']),
      leg_pain_worse_than_back: e(0.55, 'leg pain worse than back pain: spec 92% for LSS', ['R41']),
      walking_leg_symptoms: cite(0.82, 'R39', 'neurogenic claudication LR+ 3.7, LR− 0.23 → sens ≈ 0.82'),
      relief_sitting_or_bending: e(0.7, 'bending forward improves (sens ≈ 0.51) or no pain seated (sens ≈ 0.52): either', ['R39', 'R41']),
      relief_standing_still: cite(0.04, 'R46', 'relief by standing still favours vascular claudication (LR+ 20)'),
      cycling_tolerated: e(0.5, 'cycling flexed is tolerated; no accuracy data', ['R51', 'R111']),
      pain_worse_sitting: e(0.1, 'no pain when seated: LR+ 7.4', ['R39']),
      pain_worse_bending_forward: e(0.08, 'bending forward relieves neurogenic claudication', ['R39']),
      pain_worse_cough_sneeze: e(0.2, 'no specific association'),
      numbness: e(0.3, 'numbness of both legs or soles with walking (SSHQ items)', ['R43']),
      tingling: e(0.25, 'SSHQ items', ['R43']),
      burning_pain: e(0.15, 'burning around the buttocks (SSHQ item)', ['R43']),
      bladder_dysfunction: e(0.05, 'urinary disturbance spec 98%, rare', ['R41']),
      sudden_onset: e(0.1, 'degenerative stenosis develops gradually', ['R43']),
      chronic_course: e(0.8, 'duration > 6 months is an item of the self-reported LSS rule', ['R45']),
      worsening_course: e(0.1, 'slow course; 54% of questionnaire-positive people negative a year later', ['R86']),
      previous_spine_surgery: e(0.1, 'stenosis after previous surgery'),
    },
    painRegions: region(
      { buttock: 1, posterior_thigh: 0.8, calf: 0.7, lateral_thigh: 0.4, anterior_thigh: 0.4, lateral_leg: 0.3, sole: 0.3 },
      'neurogenic claudication: buttock, thigh and calf, less dermatomal (cauda-equina type)',
      ['R43', 'R41'],
    ),
  },
  cauda_equina_syndrome: {
    emissions: {
      ...RADICULAR_HISTORY,
      back_pain: cite(0.92, 'R54', 'back pain sens 0.92 in 25 confirmed CES'),
      // Leg signs on the legs the compression reaches, beyond those of its named roots (the cauda holds many roots).
      weakness: cite(0.6, 'R54', 'leg weakness sens 0.68 in confirmed CES; per leg slightly less'),
      sensory_loss: cite(0.6, 'R54', 'leg sensory deficit sens 0.72 in confirmed CES; per leg slightly less'),
      numbness: e(0.5, 'reported leg numbness; below the examined sensory deficit rate', ['R54']),
      bladder_dysfunction: cite(0.72, 'R54', 'bladder dysfunction sens 0.72 (0.65 for bowel or bladder in R53)'),
      bowel_dysfunction: e(0.35, 'bowel symptoms less frequent than bladder in confirmed CES', ['R52', 'R53']),
      saddle_anesthesia: e(0.45, 'saddle sensory disturbance sens 0.27–0.60', ['R53', 'R54']),
      perianal_sensation_reduced: cite(0.6, 'R54', 'altered perianal sensation sens 0.60'),
      anal_tone_reduced: e(0.4, 'upper end of the pooled sensitivity range 0.19–0.43', ['R52']),
      post_void_residual: e(0.6, 'retention (CES-R) is the later stage; residual > 200 mL triggers emergency MRI', ['R64', 'R65']),
      sexual_dysfunction: e(0.3, 'sexual dysfunction is part of the CES picture', ['R60', 'R62']),
      sudden_onset: e(0.6, 'acute onset is typical of disc-related CES (Tandon & Sankaran types 1–2)', ['R64']),
      chronic_course: e(0.1, 'CES presents acutely', ['R64']),
      worsening_course: e(0.5, 'an evolving picture', ['R63', 'R64']),
    },
  },
  somatic_referred_pain: {
    emissions: {
      back_pain: e(0.97, 'somatic referred pain is spinal pain that spreads', ['R87']),
      leg_pain: e(0.9, 'the referred leg pain itself, on the legs it reaches', ['R87']),
      leg_pain_worse_than_back: e(0.12, 'back pain dominates in referred pain', ['R22', 'R87']),
      shooting_pain: e(0.12, 'referred pain is dull and aching, not lancinating', ['R87']),
      deep_aching_pain: e(0.6, 'dull, aching, expanding pressure', ['R87']),
      numbness: e(0.08, 'no root involvement; occasional vague numbness', ['R87']),
      tingling: e(0.08, 'no root involvement', ['R87']),
      slr_positive: e(0.25, 'SLR positive in 0.3–0.7 of leg pain without compression; lower when it must reproduce the leg pain', ['R16', 'R17', 'R25']),
      crossed_slr_positive: cite(0.1, ['R16', 'R17'], 'crossed SLR spec 0.88–0.90'),
      sensory_loss: e(0.1, 'non-dermatomal sensory findings occur without root compression', ['R21']),
      pain_worse_bending_forward: e(0.45, 'mechanical back pain'),
      pain_worse_sitting: e(0.35, 'mechanical back pain'),
      pain_worse_cough_sneeze: e(0.15, 'cough worsening back pain only is not discriminating', ['R20']),
      sudden_onset: e(0.35, 'often after a strain'),
      chronic_course: e(0.35, 'non-specific back pain is often recurrent or persistent', ['R24']),
      worsening_course: e(0.08, 'non-specific pain mostly improves', ['R24']),
    },
    painRegions: SOMATIC_REGIONS,
  },
  peripheral_arterial_disease: {
    emissions: {
      back_pain: e(0.25, 'back pain is incidental in vascular claudication'),
      leg_pain: e(0.7, 'exertional leg pain on the affected legs', ['R46', 'R112']),
      leg_pain_worse_than_back: e(0.6, 'leg pain without back pain'),
      deep_aching_pain: e(0.3, 'cramp-like ache', ['R46']),
      walking_leg_symptoms: e(0.85, 'claudication at a reproducible distance; history of claudication LR+ 3.3', ['R46', 'R47']),
      relief_standing_still: cite(0.8, 'R46', 'calf symptoms relieved by standing still: LR+ 20 against neurogenic claudication'),
      relief_sitting_or_bending: e(0.3, 'rest in any posture relieves; sitting also counts', ['R46', 'R51']),
      cycling_tolerated: e(0.05, 'cycling provokes vascular claudication irrespective of posture', ['R51']),
      pain_worse_sitting: e(0.05, 'no pain at rest in claudication'),
      pain_worse_bending_forward: e(0.1, 'posture-independent'),
      pedal_pulses_reduced: e(0.7, 'pulse abnormality; normal pulses LR 0.38–0.44', ['R47']),
      smoking: e(0.75, 'smoking is the main modifiable PAD risk factor', ['R47']),
      vascular_disease: e(0.5, 'PAD coexists with coronary and cerebrovascular disease', ['R47']),
      diabetes: e(0.3, 'diabetes is a PAD risk factor', ['R47', 'R96']),
      sexual_dysfunction: e(0.2, 'aorto-iliac disease with erectile dysfunction (Leriche)', ['POLICY']),
      night_pain: e(0.08, 'rest pain only in critical ischaemia'),
      numbness: e(0.1, 'exertional numbness occurs', ['R112']),
      sudden_onset: e(0.1, 'claudication develops gradually'),
      chronic_course: e(0.8, 'a chronic condition at presentation'),
      worsening_course: e(0.1, 'slow course'),
    },
    painRegions: region(
      { calf: 1, buttock: 0.5, posterior_thigh: 0.4, sole: 0.3, lateral_thigh: 0.2, anterior_thigh: 0.15 },
      'vascular claudication: calf cramp, or buttock/thigh with aorto-iliac disease',
      ['R46', 'R47'],
    ),
  },
  hip_osteoarthritis: {
    emissions: {
      back_pain: e(0.25, 'back pain is incidental in hip OA'),
      leg_pain: e(0.8, 'groin, thigh or knee pain from the hip', ['R88']),
      leg_pain_worse_than_back: e(0.6, 'leg (hip) pain without back pain'),
      deep_aching_pain: e(0.5, 'deep aching joint pain', ['R88']),
      groin_pain: e(0.6, 'groin or anterior hip pain', ['R88']),
      hip_movement_pain: e(0.8, 'pain with squatting and hip movement (Sutlive items)', ['R88']),
      hip_rotation_limited: e(0.75, 'passive internal rotation ≤ 25° (Sutlive item; ≥ 3/5 items LR+ 5.2)', ['R88', 'R89']),
      trochanter_tenderness: e(0.3, 'lateral hip pain overlaps with trochanteric pain', ['R90', 'R91']),
      walking_leg_symptoms: e(0.4, 'walking brings on hip pain'),
      slr_positive: e(0.08, 'the SLR does not reproduce leg pain in hip disease'),
      femoral_stretch_positive: e(0.1, 'hip extension can hurt (Sutlive item)', ['R88']),
      night_pain: e(0.15, 'night pain in advanced OA'),
      pain_worse_sitting: e(0.2, 'getting up from sitting hurts more than sitting'),
      sudden_onset: e(0.08, 'gradual onset'),
      chronic_course: e(0.8, 'a chronic condition at presentation'),
      worsening_course: e(0.1, 'slow course'),
    },
    painRegions: region(
      { groin: 1, anterior_thigh: 0.8, knee: 0.6, lateral_thigh: 0.5, buttock: 0.4 },
      'hip pain: groin, anterior thigh, referred to the knee',
      ['R88'],
    ),
  },
  peripheral_neuropathy: {
    emissions: {
      back_pain: e(0.2, 'back pain is incidental'),
      leg_pain: e(0.35, 'painful neuropathy in a minority', ['R96']),
      leg_pain_worse_than_back: e(0.5, 'leg symptoms without back pain'),
      burning_pain: e(0.6, 'burning feet', ['R96']),
      shooting_pain: e(0.15, 'occasional lancinating pains'),
      numbness: e(0.85, 'distal stocking numbness', ['R96']),
      tingling: e(0.7, 'distal paraesthesia', ['R96']),
      sensory_loss: e(0.85, 'distal loss of vibration, temperature, pinprick', ['R96']),
      ankle_reflex_reduced: e(0.7, 'ankle reflex loss is among the best screening signs', ['R96']),
      knee_reflex_reduced: e(0.15, 'knee jerks spared until late', ['R96']),
      'weakness@ankle_dorsiflexion': e(0.12, 'distal weakness late in polyneuropathy'),
      'weakness@big_toe_extension': e(0.15, 'distal weakness late in polyneuropathy'),
      weakness: e(0.15, 'distal weakness late in polyneuropathy'),
      foot_drop: e(0.05, 'severe distal weakness is uncommon'),
      slr_positive: e(0.05, 'no root tension'),
      diabetes: e(0.65, 'diabetes is the commonest cause; type 2 31.5%, type 1 17.5% prevalence', ['R96', 'R115']),
      night_pain: e(0.3, 'painful neuropathy is worse at night'),
      sexual_dysfunction: e(0.15, 'autonomic neuropathy in diabetes'),
      walking_leg_symptoms: e(0.15, 'unsteady walking rather than claudication'),
      sudden_onset: e(0.05, 'gradual onset'),
      chronic_course: e(0.8, 'a chronic condition at presentation'),
      worsening_course: e(0.1, 'slow course'),
    },
    painRegions: region(
      { sole: 1, dorsum_foot: 1, big_toe: 0.9, lateral_foot: 0.8, heel: 0.6, medial_leg: 0.5, lateral_leg: 0.5, calf: 0.3 },
      'length-dependent stocking distribution starting in the feet',
      ['R96'],
    ),
  },
  meralgia_paresthetica: {
    emissions: {
      back_pain: e(0.15, 'back pain is incidental'),
      leg_pain: e(0.5, 'burning thigh pain', ['R95']),
      leg_pain_worse_than_back: e(0.6, 'thigh symptoms without back pain'),
      burning_pain: e(0.55, 'burning over the front-outer thigh', ['R95']),
      numbness: e(0.75, 'numbness over the front-outer thigh', ['R95']),
      tingling: e(0.7, 'tingling over the front-outer thigh', ['R95']),
      sensory_loss: e(0.7, 'sensory loss in the lateral femoral cutaneous territory', ['R95']),
      weakness: e(0.01, 'purely sensory nerve: no weakness', ['R95']),
      knee_reflex_reduced: e(0.02, 'purely sensory nerve: normal reflexes', ['R95']),
      walking_leg_symptoms: e(0.3, 'worse standing and walking', ['R95']),
      relief_sitting_or_bending: e(0.4, 'eased by sitting (hip flexion)', ['R95']),
      pain_worse_sitting: e(0.15, 'usually eased by sitting', ['R95']),
      diabetes: e(0.2, 'diabetes is a risk factor', ['R95']),
      slr_positive: e(0.03, 'no root tension'),
      femoral_stretch_positive: e(0.15, 'hip extension stretches the nerve'),
      sudden_onset: e(0.15, 'usually gradual'),
      chronic_course: e(0.5, 'often months before diagnosis'),
      worsening_course: e(0.1, 'usually stable'),
    },
    painRegions: region({ lateral_thigh: 1, anterior_thigh: 0.8 }, 'lateral femoral cutaneous territory: front-outer thigh', ['R95']),
  },
  peroneal_neuropathy: {
    emissions: {
      back_pain: e(0.1, 'no back pain in a peripheral nerve lesion', ['R93']),
      leg_pain: e(0.2, 'often painless', ['R93']),
      leg_pain_worse_than_back: e(0.5, 'leg symptoms without back pain'),
      numbness: e(0.7, 'numbness of the outer shin and top of the foot', ['R93']),
      tingling: e(0.55, 'paraesthesia of the outer shin and top of the foot', ['R93']),
      sensory_loss: e(0.8, 'sensory loss lateral shin and dorsum of foot', ['R93']),
      foot_drop: e(0.85, 'foot drop is the usual presentation', ['R93']),
      weakness: e(0.85, 'foot drop is the usual presentation', ['R93']),
      'weakness@ankle_dorsiflexion': e(0.85, 'weak dorsiflexion', ['R93']),
      'weakness@big_toe_extension': e(0.8, 'weak EHL', ['R93']),
      'weakness@foot_eversion': e(0.7, 'weak eversion', ['R93']),
      'weakness@foot_inversion': e(0.03, 'inversion (tibial nerve) spared: the key sign against L5', ['R93']),
      'weakness@hip_abduction': e(0.02, 'hip abduction spared', ['R93']),
      fibular_head_tinel: e(0.6, 'Tinel at the fibular head', ['R93']),
      slr_positive: e(0.03, 'no root tension', ['R93']),
      hamstring_reflex_reduced: e(0.02, 'reflexes normal', ['R93']),
      ankle_reflex_reduced: e(0.05, 'reflexes normal', ['R93']),
      sudden_onset: e(0.6, 'often noticed suddenly after leg crossing, squatting or a cast', ['R93']),
      chronic_course: e(0.2, 'presents early'),
      worsening_course: e(0.15, 'usually stable or recovering'),
    },
    painRegions: region({ lateral_leg: 1, dorsum_foot: 1, big_toe: 0.5 }, 'common peroneal territory: outer shin, top of foot', ['R93']),
  },
  spinal_malignancy: {
    emissions: {
      back_pain: e(0.9, 'spinal pain is the usual first symptom of metastases', ['R72']),
      cancer_history: e(0.6, 'most spinal metastases occur in known cancer; history of cancer is the best single flag', ['R67', 'R68']),
      weight_loss: e(0.3, 'unexplained weight loss: weak flag with many false positives', ['R68']),
      night_pain: e(0.5, 'unremitting night pain', ['R66', 'R72']),
      smoking: e(0.4, 'lung cancer risk'),
      immunosuppression: e(0.08, 'chemotherapy'),
      pain_worse_cough_sneeze: e(0.35, 'pain worse on straining is common with vertebral disease'),
      sudden_onset: e(0.1, 'insidious onset', ['R68']),
      chronic_course: e(0.3, 'failure to improve after a month is a flag', ['R68']),
      worsening_course: e(0.45, 'progressive pain', ['R66']),
    },
  },
  spinal_infection: {
    emissions: {
      back_pain: e(0.9, 'back or neck pain in 70–100% of epidural abscesses', ['R73']),
      fever: cite(0.45, 'R73', 'fever in about a third to a half'),
      iv_drug_use: e(0.25, 'injecting drug use in 4–53% of cases', ['R73']),
      immunosuppression: e(0.25, 'immunosuppression is a listed risk factor', ['R73']),
      diabetes: cite(0.3, 'R73', 'diabetes in about 30% of cases'),
      previous_spine_surgery: e(0.1, 'recent spinal procedure is a risk factor', ['R73']),
      night_pain: e(0.35, 'severe unremitting pain', ['R66', 'R73']),
      weight_loss: e(0.15, 'systemic illness'),
      sudden_onset: e(0.3, 'subacute onset over days'),
      chronic_course: e(0.15, 'presents within weeks'),
      worsening_course: e(0.5, 'progressive pain and deficits', ['R73']),
    },
  },
  vertebral_fracture: {
    emissions: {
      back_pain: e(0.95, 'fracture pain is spinal pain'),
      trauma: e(0.55, 'severe trauma is the main cause outside osteoporosis; post-test 11%', ['R67', 'R69']),
      osteoporosis: e(0.35, 'prolonged corticosteroids post-test 33%; osteoporotic fractures after minor trauma', ['R67', 'R69']),
      sudden_onset: e(0.85, 'sudden onset, often with trauma or a trivial strain in osteoporosis'),
      chronic_course: e(0.1, 'presents acutely'),
      worsening_course: e(0.15, 'pain usually settles'),
    },
  },
  /** Serious pathology confined to the spine: back pain, perhaps referred leg pain. */
  serious_axial: {
    emissions: {
      leg_pain: e(0.8, 'referred pain on the legs it reaches', ['R87']),
      deep_aching_pain: e(0.5, 'somatic quality', ['R87']),
      leg_pain_worse_than_back: e(0.1, 'back pain dominates'),
      slr_positive: e(0.15, 'no root tension'),
      shooting_pain: e(0.1, 'no root involvement', ['R87']),
    },
    painRegions: SOMATIC_REGIONS,
  },
  /** Serious pathology compressing one root: the root layer adds its signs. */
  serious_root: {
    emissions: {
      leg_pain_worse_than_back: e(0.5, 'radicular leg pain with spinal pain'),
    },
  },
  /** Cord, conus or cauda compression from tumour, abscess or burst fracture: bilateral deficits. */
  serious_compression: {
    emissions: {
      leg_pain: e(0.5, 'leg pain variable in cord compression', ['R72']),
      weakness: e(0.75, 'leg weakness is the main sign of compression', ['R72', 'R73']),
      'weakness@hip_flexion': e(0.5, 'bilateral weakness of many movements'),
      'weakness@knee_extension': e(0.5, 'bilateral weakness of many movements'),
      'weakness@ankle_dorsiflexion': e(0.5, 'bilateral weakness of many movements'),
      'weakness@big_toe_extension': e(0.5, 'bilateral weakness of many movements'),
      'weakness@ankle_plantarflexion': e(0.45, 'bilateral weakness of many movements'),
      'weakness@hip_extension': e(0.4, 'bilateral weakness of many movements'),
      'weakness@hip_abduction': e(0.4, 'bilateral weakness of many movements'),
      'weakness@knee_flexion': e(0.4, 'bilateral weakness of many movements'),
      foot_drop: e(0.3, 'distal weakness'),
      numbness: e(0.6, 'sensory level or cauda sensory loss', ['R72']),
      tingling: e(0.4, 'sensory symptoms', ['R72']),
      sensory_loss: e(0.6, 'sensory level or cauda sensory loss', ['R72']),
      upper_motor_neuron_signs: e(0.35, 'cord compression gives upper motor neuron signs', ['R72']),
      knee_reflex_reduced: e(0.3, 'reflexes change with cauda compression'),
      ankle_reflex_reduced: e(0.35, 'reflexes change with cauda compression'),
      bladder_dysfunction: e(0.45, 'sphincter disturbance in compression', ['R53', 'R72']),
      bowel_dysfunction: e(0.25, 'sphincter disturbance in compression', ['R53']),
      saddle_anesthesia: e(0.25, 'saddle sensory disturbance', ['R53']),
      perianal_sensation_reduced: e(0.25, 'saddle sensory disturbance', ['R53']),
      worsening_course: e(0.6, 'evolving deficits', ['R72', 'R73']),
    },
    painRegions: region(
      { buttock: 1, anterior_thigh: 1, posterior_thigh: 1, lateral_thigh: 1, medial_thigh: 1, calf: 1, medial_leg: 1, lateral_leg: 1, dorsum_foot: 1, sole: 1, knee: 1 },
      'deficits below a level: not one dermatome',
      ['R72'],
    ),
  },
  /** Proximal diabetic radiculoplexus neuropathy (amyotrophy): thigh pain and weakness. Not in the reference; estimates. */
  'peripheral_neuropathy.proximal': {
    emissions: {
      back_pain: e(0.3, 'back pain is not the main complaint (amyotrophy; not in the reference)'),
      leg_pain_worse_than_back: e(0.7, 'thigh pain dominates (amyotrophy; not in the reference)'),
      tingling: e(0.2, 'less sensory than distal neuropathy'),
      slr_positive: e(0.05, 'no root tension'),
      leg_pain: e(0.8, 'severe thigh pain at onset (amyotrophy; not in the reference)'),
      'weakness@knee_extension': e(0.6, 'quadriceps weakness (amyotrophy; not in the reference)'),
      'weakness@hip_flexion': e(0.5, 'iliopsoas weakness (amyotrophy; not in the reference)'),
      weakness: e(0.6, 'thigh weakness (amyotrophy; not in the reference)'),
      knee_reflex_reduced: e(0.5, 'knee jerk lost (amyotrophy; not in the reference)'),
      numbness: e(0.3, 'less sensory than distal neuropathy'),
      sensory_loss: e(0.3, 'less sensory than distal neuropathy'),
      burning_pain: e(0.3, 'neuropathic pain'),
      diabetes: e(0.9, 'diabetic by definition of this variant', ['R96']),
      sudden_onset: e(0.3, 'subacute onset'),
      chronic_course: e(0.3, 'weeks to months'),
      worsening_course: e(0.4, 'progresses over weeks'),
    },
    painRegions: region(
      { anterior_thigh: 1, groin: 0.6, medial_thigh: 0.5, lateral_thigh: 0.4, buttock: 0.4, knee: 0.3 },
      'proximal thigh pain (not in the reference)',
      ['R96'],
    ),
  },
} satisfies Record<string, Profile>;

export type ProfileId = keyof typeof PROFILES;
