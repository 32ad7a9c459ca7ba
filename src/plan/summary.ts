/**
 * The plan's one-paragraph summary: what the level means now, then what the
 * likely condition usually does, in plain words with the medical term beside
 * them (facts from clinical/reference.md §6–7; wording ours).
 */
import type { TriageLevel } from '../knowledge/vocabulary.js';
import type { PlanCondition } from './steps.js';

const LEVEL_LEAD: Readonly<Record<TriageLevel, string>> = {
  emergency: 'This needs emergency care now: go to an emergency department. The steps below say what to expect there.',
  urgent: 'A clinician should see you today. Until then, the self-care steps below are safe to follow.',
  consult: 'Book a GP or physiotherapist appointment in the next few days to confirm the cause, and look after yourself meanwhile as below.',
  self_care: 'You can look after this at home with the steps below.',
};

/** What the likely condition is, in plain words, and how it usually goes. */
const CONDITION_OUTLOOK: Readonly<Record<PlanCondition, string>> = {
  disc_herniation:
    'The likely cause is a bulging disc pressing on a nerve root in the lower back (disc herniation with sciatica), which usually settles with time and simple care over a few weeks.',
  spinal_stenosis:
    'The likely cause is narrowing of the spinal canal squeezing the nerves when you stand or walk (lumbar spinal stenosis); it tends to come and go, and positions that bend you forward ease it.',
  cauda_equina_syndrome:
    'The pattern raises concern that the bundle of nerves at the bottom of the spine is being squeezed (cauda equina syndrome).',
  somatic_referred_pain:
    'The likely cause is pain from the joints, discs or muscles of the back spreading into the leg, without a trapped nerve (non-specific low back pain with somatic referred pain), which usually improves over weeks.',
  peripheral_arterial_disease:
    'The leg pain may come from narrowed leg arteries rather than the spine (peripheral arterial disease), which a simple circulation test can check.',
  hip_osteoarthritis: 'The pain may come from wear in the hip joint rather than the spine (hip osteoarthritis).',
  peripheral_neuropathy: 'The symptoms may come from damage to the nerves in the feet and legs rather than the spine (peripheral neuropathy).',
  meralgia_paresthetica:
    'The symptoms may come from a skin nerve squeezed at the front of the hip (meralgia paresthetica), which is harmless and often eases when the pressure is removed.',
  peroneal_neuropathy:
    'The symptoms may come from the nerve that lifts the foot being pressed where it passes the outside of the knee (common peroneal neuropathy), rather than from the spine.',
  spinal_malignancy: 'A clinician needs to rule out cancer affecting the spine (spinal malignancy).',
  spinal_infection: 'A clinician needs to rule out an infection in or around the spine (spinal infection).',
  vertebral_fracture: 'A clinician needs to rule out a broken bone in the spine (vertebral fracture).',
  unspecified: 'There is not yet enough information to say what is causing it; most back-related leg pain improves with time and simple care.',
};

export const planSummary = (level: TriageLevel, condition: PlanCondition): string =>
  `${LEVEL_LEAD[level]} ${CONDITION_OUTLOOK[condition]}`;
