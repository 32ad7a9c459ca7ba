/**
 * The next step a CDS card suggests ordering, by triage rule: clinical/reference.md
 * §7.4 "When to refer" (and §5.4 for the cauda equina MRI standard). A rule with
 * no row here gets a card without a suggestion. Rows are tried in order; the
 * first whose rule fired wins, so the most urgent step comes first.
 */
import type { ServiceRequest } from '@medplum/fhirtypes';

export interface NextStep {
  /** Code in our own code system (no standard code for these orders is given by the reference). */
  readonly code: string;
  readonly display: string;
  /** Triage rule ids that call for this step. */
  readonly rules: readonly string[];
  readonly priority: NonNullable<ServiceRequest['priority']>;
  /** What the suggestion button says. */
  readonly label: string;
  readonly sources: readonly string[];
}

export const NEXT_STEPS: readonly NextStep[] = [
  {
    code: 'emergency_mri_lumbosacral_spine',
    display: 'Emergency MRI of the lumbosacral spine (suspected cauda equina syndrome)',
    rules: ['cauda_equina', 'bilateral_motor_deficit'],
    priority: 'stat',
    label: 'Order an emergency MRI of the lumbosacral spine (target: within 4 hours of the request)',
    sources: ['R58', 'R60', 'R61'],
  },
  {
    code: 'emergency_mri_whole_spine',
    display: 'Emergency whole-spine MRI (suspected metastatic spinal cord compression or spinal infection with neurological deficit)',
    rules: ['serious_pathology_with_deficit'],
    priority: 'stat',
    label: 'Order an emergency whole-spine MRI and contact the acute oncology / spinal team',
    sources: ['R72', 'R70', 'R73'],
  },
  {
    code: 'urgent_spinal_referral',
    display: 'Urgent referral to the spinal team (severe or progressive motor deficit)',
    // §7.4 names severe or progressive motor deficit; upper motor neuron signs get no order suggestion (not in §7.4).
    rules: ['progressive_weakness', 'severe_weakness'],
    priority: 'urgent',
    label: 'Refer urgently to the spinal team',
    sources: ['R76', 'R122'],
  },
  {
    code: 'urgent_mri_spine_infection',
    display: 'Same-day assessment and MRI of the spine (suspected spinal infection)',
    rules: ['suspected_infection'],
    priority: 'urgent',
    label: 'Arrange same-day assessment and MRI of the spine',
    sources: ['R70', 'R73'],
  },
  {
    code: 'urgent_mri_spine_malignancy',
    display: 'Urgent MRI of the spine (suspected spinal malignancy)',
    rules: ['suspected_malignancy'],
    priority: 'urgent',
    label: 'Order an urgent MRI of the spine and seek oncology advice',
    sources: ['R72'],
  },
  {
    code: 'urgent_spine_imaging_fracture',
    display: 'Urgent imaging of the spine (suspected vertebral fracture)',
    rules: ['suspected_fracture'],
    priority: 'urgent',
    label: 'Arrange urgent imaging of the spine',
    sources: ['R67', 'R69'],
  },
  {
    code: 'urgent_assessment_bilateral_symptoms',
    display: 'Same-day clinical assessment for new bilateral leg symptoms (possible evolving cauda equina syndrome)',
    rules: ['bilateral_leg_symptoms'],
    priority: 'urgent',
    label: 'Assess today, including bladder scan and perianal sensation',
    sources: ['R58', 'R60', 'R65'],
  },
];

/** The first next step called for by any of the fired rules. */
export const nextStepFor = (firedRules: readonly string[]): NextStep | undefined =>
  NEXT_STEPS.find((step) => step.rules.some((rule) => firedRules.includes(rule)));
