import type { ConditionId } from './vocabulary.js';

/** Non-spinal mimics of radicular leg pain (hip, vascular, nerve entrapment, neuropathy). */
export const MIMIC_CONDITIONS: readonly ConditionId[] = [
  'peripheral_arterial_disease',
  'hip_osteoarthritis',
  'peripheral_neuropathy',
  'meralgia_paresthetica',
  'peroneal_neuropathy',
];

/** Serious spinal pathology other than cauda equina syndrome. */
export const SERIOUS_PATHOLOGY_CONDITIONS: readonly ConditionId[] = ['spinal_malignancy', 'spinal_infection', 'vertebral_fracture'];
