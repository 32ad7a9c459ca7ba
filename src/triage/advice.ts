/**
 * What to do now at each level, and the safety net every level ends with
 * (spec/triage-policy.md; content from clinical/reference.md §7.5, wording ours).
 */
import type { TriageLevel } from '../knowledge/vocabulary.js';

export const LEVEL_ADVICE: Readonly<Record<TriageLevel, string>> = {
  emergency: 'Go to an emergency department now. Do not wait for a routine appointment, and say that you are worried about your spinal nerves.',
  urgent: 'See a clinician today (your GP practice, an urgent care centre, or out-of-hours service). If you cannot be seen today, go to an emergency department.',
  consult: 'Book an appointment with your GP or a physiotherapist in the next few days to confirm what is causing this and plan treatment. Meanwhile, keep as active as the pain allows.',
  self_care: 'You can look after this at home: keep moving and carry on with normal activities as far as the pain allows. See a clinician if it is not clearly better in about six weeks.',
};

/**
 * Symptoms that mean "go to an emergency department now", whatever the level.
 * Frozen: every assessment shares this one array.
 */
export const SAFETY_NET: readonly string[] = Object.freeze([
  'numbness or tingling in the genitals, inner buttocks or "saddle" area (for example when wiping)',
  'new difficulty starting or controlling passing urine, or not feeling your bladder fill',
  'loss of bowel control',
  'new loss of sexual function or genital sensation',
  'sciatica spreading into both legs',
  'leg weakness or a foot drop that is getting worse quickly',
]);

export const SAFETY_NET_SOURCES = ['R52', 'R60', 'R62', 'SEED'] as const;

const SAFETY_NET_SENTENCE = `Go to an emergency department at once if you notice any of these: ${SAFETY_NET.join('; ')}.`;

export const safetyNetSentence = (): string => SAFETY_NET_SENTENCE;

/** The whole advice of a level (what to do now, then the safety net), built once. */
export const ADVICE_BY_LEVEL: Readonly<Record<TriageLevel, string>> = {
  emergency: `${LEVEL_ADVICE.emergency} ${SAFETY_NET_SENTENCE}`,
  urgent: `${LEVEL_ADVICE.urgent} ${SAFETY_NET_SENTENCE}`,
  consult: `${LEVEL_ADVICE.consult} ${SAFETY_NET_SENTENCE}`,
  self_care: `${LEVEL_ADVICE.self_care} ${SAFETY_NET_SENTENCE}`,
};
