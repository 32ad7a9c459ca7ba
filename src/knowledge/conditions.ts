/**
 * The conditions Sciatrace tells apart: display name, ICD-10-CM code (§8.1,
 * which asks that every code be checked against the current CMS/NCHS release
 * before use), the pain mechanism each produces, and the variants the model
 * enumerates with their shares.
 */
import type { ConditionId, PainMechanism } from './vocabulary.js';
import { estimate, type Sourced } from './sourced.js';

export interface ConditionInfo {
  readonly id: ConditionId;
  readonly name: string;
  readonly icd10: string;
  /** What the code means and how sure we are of it (reference §8.1). */
  readonly icd10Note: string;
  readonly icd10Sources: readonly string[];
}

const VERIFY = 'verify against the current CMS/NCHS ICD-10-CM release before use';

export const CONDITION_INFO: Record<ConditionId, ConditionInfo> = {
  disc_herniation: {
    id: 'disc_herniation',
    name: 'Lumbar disc herniation with radiculopathy',
    icd10: 'M51.16',
    icd10Note: `lumbar (M51.17 lumbosacral); radiculopathy must be documented, otherwise M51.26/M51.27; ${VERIFY}`,
    icd10Sources: ['R98'],
  },
  spinal_stenosis: {
    id: 'spinal_stenosis',
    name: 'Lumbar spinal stenosis with neurogenic claudication',
    icd10: 'M48.062',
    icd10Note: `without neurogenic claudication M48.061; M48.06 is a non-billable header; ${VERIFY}`,
    icd10Sources: ['R98'],
  },
  cauda_equina_syndrome: {
    id: 'cauda_equina_syndrome',
    name: 'Cauda equina syndrome',
    icd10: 'G83.4',
    icd10Note: VERIFY,
    icd10Sources: ['R98'],
  },
  somatic_referred_pain: {
    id: 'somatic_referred_pain',
    name: 'Non-specific low back pain with somatic referred leg pain',
    icd10: 'M54.50',
    icd10Note: `low back pain, unspecified (M54.5 became a header in October 2021); ${VERIFY}`,
    icd10Sources: ['R98'],
  },
  peripheral_arterial_disease: {
    id: 'peripheral_arterial_disease',
    name: 'Peripheral arterial disease with intermittent claudication',
    icd10: 'I70.219',
    icd10Note: `I70.211 right, I70.212 left, I70.213 bilateral; ${VERIFY}`,
    icd10Sources: ['R98'],
  },
  hip_osteoarthritis: {
    id: 'hip_osteoarthritis',
    name: 'Osteoarthritis of the hip',
    icd10: 'M16.9',
    icd10Note: `M16.11 right, M16.12 left, M16.0 bilateral primary; from memory in the reference — unverified; ${VERIFY}`,
    icd10Sources: ['R98', 'R99'],
  },
  peripheral_neuropathy: {
    id: 'peripheral_neuropathy',
    name: 'Peripheral (poly)neuropathy',
    icd10: 'G62.9',
    icd10Note: `diabetic: E11.42 (type 2), E10.42 (type 1); from memory in the reference — unverified; ${VERIFY}`,
    icd10Sources: ['R98', 'R99'],
  },
  meralgia_paresthetica: {
    id: 'meralgia_paresthetica',
    name: 'Meralgia paresthetica (lateral femoral cutaneous nerve)',
    icd10: 'G57.10',
    icd10Note: `G57.11 right, G57.12 left (G57.13 bilateral unverified); ${VERIFY}`,
    icd10Sources: ['R98'],
  },
  peroneal_neuropathy: {
    id: 'peroneal_neuropathy',
    name: 'Common peroneal neuropathy at the fibular head',
    icd10: 'G57.30',
    icd10Note: `G57.31 right verified in one source, others by pattern (unverified); ${VERIFY}`,
    icd10Sources: ['R98'],
  },
  spinal_malignancy: {
    id: 'spinal_malignancy',
    name: 'Spinal malignancy (metastasis or tumour)',
    icd10: 'C79.51',
    icd10Note: `secondary malignant neoplasm of bone (spine); not in the reference's coding table — ${VERIFY}`,
    icd10Sources: ['R99'],
  },
  spinal_infection: {
    id: 'spinal_infection',
    name: 'Spinal infection (epidural abscess, discitis, osteomyelitis)',
    icd10: 'G06.1',
    icd10Note: `intraspinal abscess; discitis M46.46, vertebral osteomyelitis M46.26; not in the reference's coding table — ${VERIFY}`,
    icd10Sources: ['R99'],
  },
  vertebral_fracture: {
    id: 'vertebral_fracture',
    name: 'Vertebral fracture',
    icd10: 'S32.009A',
    icd10Note: `lumbar vertebra, unspecified, initial encounter; osteoporotic: M80.08XA; not in the reference's coding table — ${VERIFY}`,
    icd10Sources: ['R99'],
  },
};

/** The pain mechanism of a hypothesis follows from what it does to the nerve roots (§6.1). */
export const MECHANISM_OF_KIND: Record<'root' | 'spinal_no_root' | 'non_spinal', PainMechanism> = {
  root: 'radicular',
  spinal_no_root: 'somatic_referred',
  non_spinal: 'non_spinal',
};

export type SidePattern = 'none' | 'left' | 'right' | 'both';

/** Which legs a non-root condition reaches, and how often. */
export const SIDE_PATTERN_SHARE: Record<string, Partial<Record<SidePattern, Sourced>>> = {
  somatic_referred_pain: {
    none: estimate(0.25, 'back pain without leg pain still belongs to non-specific back pain; 37–41% of consulters have no leg pain', ['R101', 'R102']),
    left: estimate(0.3, 'referred leg pain is usually one-sided', ['R87']),
    right: estimate(0.3, 'referred leg pain is usually one-sided', ['R87']),
    both: estimate(0.15, 'bilateral referred pain less common', ['R87']),
  },
  peripheral_arterial_disease: {
    left: estimate(0.3, 'unilateral or bilateral claudication', ['R46', 'R47']),
    right: estimate(0.3, 'unilateral or bilateral claudication', ['R46', 'R47']),
    both: estimate(0.4, 'atherosclerosis is often bilateral', ['R47']),
  },
  hip_osteoarthritis: {
    left: estimate(0.42, 'hip OA rules were derived in unilateral hip pain', ['R88']),
    right: estimate(0.42, 'hip OA rules were derived in unilateral hip pain', ['R88']),
    both: estimate(0.16, 'bilateral hip OA less often presents together', ['R88']),
  },
  peripheral_neuropathy: {
    both: estimate(1, 'polyneuropathy is bilateral and symmetric (stocking distribution)', ['R96']),
  },
  'peripheral_neuropathy.proximal': {
    left: estimate(0.25, 'diabetic lumbosacral radiculoplexus neuropathy often starts on one side (not in the reference)', ['R96']),
    right: estimate(0.25, 'diabetic lumbosacral radiculoplexus neuropathy often starts on one side (not in the reference)', ['R96']),
    both: estimate(0.5, 'and often spreads to both thighs (not in the reference)', ['R96']),
  },
  meralgia_paresthetica: {
    left: estimate(0.4, 'up to 20% bilateral', ['R95']),
    right: estimate(0.4, 'up to 20% bilateral', ['R95']),
    both: estimate(0.2, 'up to 20% bilateral', ['R95']),
  },
  peroneal_neuropathy: {
    left: estimate(0.5, 'a compression neuropathy of one leg', ['R93']),
    right: estimate(0.5, 'a compression neuropathy of one leg', ['R93']),
  },
  serious_axial: {
    none: estimate(0.3, 'serious spinal pathology often presents as back pain alone', ['R66', 'R73']),
    left: estimate(0.1, 'referred leg pain', ['R66']),
    right: estimate(0.1, 'referred leg pain', ['R66']),
    both: estimate(0.1, 'referred leg pain', ['R66']),
  },
};

/** How serious spinal pathology reaches the legs: back pain (± referred pain), one compressed root, or cord/cauda compression. */
export type SeriousCondition = 'spinal_malignancy' | 'spinal_infection' | 'vertebral_fracture';
export const SERIOUS_VARIANT_SHARE: Record<SeriousCondition, Record<'axial' | 'root' | 'compression', Sourced>> = {
  spinal_malignancy: {
    axial: estimate(0.7, 'spinal pain is the usual first symptom of metastases', ['R72']),
    root: estimate(0.15, 'a root caught by a vertebral or epidural deposit', ['R72']),
    compression: estimate(0.15, 'metastatic cord or cauda compression', ['R72']),
  },
  spinal_infection: {
    axial: estimate(0.65, 'neurological deficits in about a third of epidural abscesses', ['R73']),
    root: estimate(0.15, 'deficits in about a third: part a single root', ['R73']),
    compression: estimate(0.2, 'deficits in about a third: part cord or cauda compression', ['R73']),
  },
  vertebral_fracture: {
    axial: estimate(0.9, 'most vertebral fractures in back-pain populations are osteoporotic compression fractures without deficit', ['R67', 'R69']),
    root: estimate(0.04, 'occasional root compression by a fragment'),
    compression: estimate(0.06, 'burst fractures can compress the cord or cauda'),
  },
};

export const NEUROPATHY_VARIANT_SHARE: Record<'distal' | 'proximal', Sourced> = {
  distal: estimate(0.85, 'distal symmetric polyneuropathy is the usual form', ['R96']),
  proximal: estimate(0.15, 'proximal diabetic radiculoplexus neuropathy (amyotrophy) is uncommon; not in the reference', ['R96']),
};
