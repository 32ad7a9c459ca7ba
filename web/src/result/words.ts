/**
 * Plain words for the result page (reading age about 12), each with the
 * medical term shown beside it. Wording only: the conclusions come from the
 * assessment.
 */
import type { ConditionId, PainMechanism, TriageLevel } from '../../../src/knowledge/vocabulary.js';

export const LEVEL_WORDS: Readonly<Record<TriageLevel, { title: string; term: string }>> = {
  emergency: { title: 'Go to an emergency department now', term: 'emergency' },
  urgent: { title: 'See a doctor or nurse today', term: 'urgent' },
  consult: { title: 'Book an appointment in the next few days', term: 'routine consultation' },
  self_care: { title: 'You can look after this at home', term: 'self-care' },
};

export const MECHANISM_WORDS: Readonly<Record<PainMechanism, { label: string; term: string }>> = {
  radicular: { label: 'A nerve root in the lower back is pressed or irritated', term: 'radicular pain' },
  somatic_referred: { label: 'Pain spreading from the back itself, not from a nerve', term: 'somatic referred pain' },
  non_spinal: { label: 'Pain from outside the spine: the hip, blood vessels or a nerve in the leg', term: 'non-spinal cause' },
};

export const CONDITION_WORDS: Readonly<Record<ConditionId, string>> = {
  disc_herniation: 'A bulging disc pressing on a nerve',
  spinal_stenosis: 'Narrowing of the space for the nerves in the spine',
  cauda_equina_syndrome: 'Pressure on the bundle of nerves at the bottom of the spine',
  somatic_referred_pain: 'Ordinary back pain that spreads into the leg',
  peripheral_arterial_disease: 'Narrowed arteries in the legs',
  hip_osteoarthritis: 'Wear and tear of the hip joint',
  peripheral_neuropathy: 'Damage to the nerves in the feet and legs',
  meralgia_paresthetica: 'A trapped skin nerve at the front of the thigh',
  peroneal_neuropathy: 'A nerve pressed below the outside of the knee',
  spinal_malignancy: 'A growth (cancer) in the spine',
  spinal_infection: 'An infection in the spine',
  vertebral_fracture: 'A broken bone in the spine',
};

export const STEP_KIND_WORDS = {
  do: 'What to do',
  consider: 'Things that may help',
  avoid: 'What to avoid',
  seek_help: 'When to get help',
} as const;

export const percent = (p: number): string => `${Math.round(p * 100)} %`;
