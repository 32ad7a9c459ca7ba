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

/**
 * What the likely condition is, in plain words, and how it usually goes. The
 * reassuring course is said only at the routine levels: at urgent and
 * emergency it would undercut the message.
 */
const CONDITION_OUTLOOK: Readonly<Record<PlanCondition, { readonly what: string; readonly course?: string }>> = {
  disc_herniation: {
    what: 'The likely cause is a bulging disc pressing on a nerve root in the lower back (disc herniation with sciatica).',
    course: 'It usually settles with time and simple care over a few weeks.',
  },
  spinal_stenosis: {
    what: 'The likely cause is narrowing of the spinal canal squeezing the nerves when you stand or walk (lumbar spinal stenosis).',
    course: 'It tends to come and go, and positions that bend you forward ease it.',
  },
  cauda_equina_syndrome: { what: 'The pattern raises concern that the bundle of nerves at the bottom of the spine is being squeezed (cauda equina syndrome).' },
  somatic_referred_pain: {
    what: 'The likely cause is pain from the joints, discs or muscles of the back spreading into the leg, without a trapped nerve (non-specific low back pain with somatic referred pain).',
    course: 'It usually improves over a few weeks.',
  },
  peripheral_arterial_disease: {
    what: 'The leg pain may come from narrowed leg arteries rather than the spine (peripheral arterial disease).',
    course: 'A simple circulation test can check this.',
  },
  hip_osteoarthritis: { what: 'The pain may come from wear in the hip joint rather than the spine (hip osteoarthritis).' },
  peripheral_neuropathy: { what: 'The symptoms may come from damage to the nerves in the feet and legs rather than the spine (peripheral neuropathy).' },
  meralgia_paresthetica: {
    what: 'The symptoms may come from a skin nerve squeezed at the front of the hip (meralgia paresthetica).',
    course: 'It is harmless and often eases when the pressure is taken off.',
  },
  peroneal_neuropathy: {
    what: 'The symptoms may come from the nerve that lifts the foot being pressed where it passes the outside of the knee (common peroneal neuropathy), rather than from the spine.',
  },
  spinal_malignancy: { what: 'A clinician needs to rule out cancer affecting the spine (spinal malignancy).' },
  spinal_infection: { what: 'A clinician needs to rule out an infection in or around the spine (spinal infection).' },
  vertebral_fracture: { what: 'A clinician needs to rule out a broken bone in the spine (vertebral fracture).' },
  unspecified: {
    what: 'There is not yet enough information to say what is causing it.',
    course: 'Most back-related leg pain improves with time and simple care.',
  },
};

const ROUTINE_LEVELS: ReadonlySet<TriageLevel> = new Set(['self_care', 'consult']);

export function planSummary(level: TriageLevel, condition: PlanCondition): string {
  const { what, course } = CONDITION_OUTLOOK[condition];
  return [LEVEL_LEAD[level], what, ROUTINE_LEVELS.has(level) ? course : undefined].filter(Boolean).join(' ');
}
