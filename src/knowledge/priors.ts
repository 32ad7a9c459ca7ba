/**
 * Prior probability of each condition as the leading cause of back-related leg
 * pain, before any finding, by age band (reference §9.3, §2.4, §4.1). The
 * reference's suggested priors are themselves derived; serious pathology sits
 * between the primary-care and emergency figures because Sciatrace is used in
 * both settings (a person at home, a clinician in clinic or the ED).
 */
import type { ConditionId, Sex } from './vocabulary.js';
import { estimate, type Sourced } from './sourced.js';

export const AGE_BANDS = ['under50', '50to59', '60to64', '65plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const ageBand = (age: number | undefined): AgeBand =>
  age === undefined ? '50to59' : age < 50 ? 'under50' : age < 60 ? '50to59' : age < 65 ? '60to64' : '65plus';

const DISC = 'radicular pain from disc 0.55–0.65 under 60, 0.35–0.45 from 60 (§9.3)';
const SOMATIC = 'somatic referred leg pain 0.20–0.30 in primary care (§9.3)';
const LSS = 'LSS 0.05 under 60 rising to 0.25–0.30 from 65; age > 70 LR 2.0, < 60 LR 0.4 (§9.3, §4.1)';
const MIMIC = 'combined mimic mass 0.05–0.15, rising with age (§9.3)';
const CES = 'CES 0.0004 of primary-care back pain, 0.001–0.019 in the ED; a log-midpoint for a mixed setting';
const MALIGNANCY = 'malignancy 0.002–0.007 primary care, up to 0.021 ED; rises with age';
const FRACTURE = 'fracture 0.01–0.04 primary care, up to 0.072 ED; older age is a red flag';
const INFECTION = 'infection 0.0001 primary care, up to 0.019 ED; a log-midpoint for a mixed setting';

type PriorRow = Record<ConditionId, Sourced>;

function row(values: Record<ConditionId, number>): PriorRow {
  const why: Record<ConditionId, [string, string[]]> = {
    disc_herniation: [DISC, ['R23', 'R103']],
    somatic_referred_pain: [SOMATIC, ['R23', 'R103']],
    spinal_stenosis: [LSS, ['R38', 'R39', 'R110']],
    cauda_equina_syndrome: [CES, ['R52', 'R70']],
    spinal_malignancy: [MALIGNANCY, ['R48', 'R67', 'R70']],
    vertebral_fracture: [FRACTURE, ['R48', 'R67', 'R69', 'R70']],
    spinal_infection: [INFECTION, ['R48', 'R70']],
    peripheral_arterial_disease: [`${MIMIC}; PAD ≈ 5% at 60, 12% at 70, 15% of ≥ 60 with leg discomfort`, ['R48']],
    hip_osteoarthritis: [`${MIMIC}; hip OA 10–25% over 55`, ['R88']],
    peripheral_neuropathy: [`${MIMIC}; neuropathy in about half of people with diabetes`, ['R96']],
    meralgia_paresthetica: [`${MIMIC}; an entrapment of younger and middle-aged adults`, ['R95']],
    peroneal_neuropathy: [`${MIMIC}; an entrapment at any age`, ['R93']],
  };
  return Object.fromEntries(
    (Object.keys(values) as ConditionId[]).map((id) => [id, estimate(values[id], why[id][0], why[id][1])]),
  ) as PriorRow;
}

export const CONDITION_PRIORS: Record<AgeBand, PriorRow> = {
  under50: row({
    disc_herniation: 0.6, somatic_referred_pain: 0.25, spinal_stenosis: 0.04, cauda_equina_syndrome: 0.004,
    spinal_malignancy: 0.003, vertebral_fracture: 0.02, spinal_infection: 0.003,
    peripheral_arterial_disease: 0.006, hip_osteoarthritis: 0.009, peripheral_neuropathy: 0.012, meralgia_paresthetica: 0.018, peroneal_neuropathy: 0.015,
  }),
  '50to59': row({
    disc_herniation: 0.55, somatic_referred_pain: 0.25, spinal_stenosis: 0.08, cauda_equina_syndrome: 0.004,
    spinal_malignancy: 0.006, vertebral_fracture: 0.03, spinal_infection: 0.004,
    peripheral_arterial_disease: 0.025, hip_osteoarthritis: 0.03, peripheral_neuropathy: 0.025, meralgia_paresthetica: 0.01, peroneal_neuropathy: 0.01,
  }),
  '60to64': row({
    disc_herniation: 0.4, somatic_referred_pain: 0.25, spinal_stenosis: 0.15, cauda_equina_syndrome: 0.004,
    spinal_malignancy: 0.008, vertebral_fracture: 0.04, spinal_infection: 0.004,
    peripheral_arterial_disease: 0.036, hip_osteoarthritis: 0.036, peripheral_neuropathy: 0.03, meralgia_paresthetica: 0.009, peroneal_neuropathy: 0.009,
  }),
  '65plus': row({
    disc_herniation: 0.35, somatic_referred_pain: 0.22, spinal_stenosis: 0.27, cauda_equina_syndrome: 0.004,
    spinal_malignancy: 0.01, vertebral_fracture: 0.05, spinal_infection: 0.005,
    peripheral_arterial_disease: 0.05, hip_osteoarthritis: 0.05, peripheral_neuropathy: 0.03, meralgia_paresthetica: 0.008, peroneal_neuropathy: 0.008,
  }),
};

/** Multipliers on a condition's prior by sex; missing means no reported difference. */
export const SEX_MULTIPLIERS: Partial<Record<ConditionId, Partial<Record<Sex, Sourced>>>> = {
  disc_herniation: {
    male: estimate(1.14, '57% of herniations in men (from a 50:50 split: 0.57/0.5)', ['R33']),
    female: estimate(0.86, '43% of herniations in women (0.43/0.5)', ['R33']),
  },
  vertebral_fracture: {
    female: estimate(1.4, 'female sex is part of the primary-care fracture rule', ['R69', 'R67']),
    male: estimate(0.7, 'the counterpart of the female multiplier', ['R69']),
  },
};
