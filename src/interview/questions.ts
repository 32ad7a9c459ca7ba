/**
 * The interview's questions. Four fixed screens come first (red flags are
 * always asked early, in plain words), then single findings chosen one at a
 * time by expected information gain. A screen counts as one question: it is
 * one page of the web app and one prompt group in the terminal.
 */
import { questionsFor, type Audience } from '../knowledge/questions.js';
import { RED_FLAG_FINDINGS } from '../triage/rules.js';
import type { FindingId } from '../knowledge/vocabulary.js';

export type Question =
  /** Age, sex, how long, how it started. */
  | { readonly kind: 'about'; readonly id: 'about'; readonly title: string; readonly findings: readonly [] }
  /** Several yes / no / don't-know rows on one screen. */
  | { readonly kind: 'group'; readonly id: string; readonly title: string; readonly findings: readonly FindingId[] }
  /** Where it hurts, is numb or tingles, marked on the body map (and low back pain). */
  | { readonly kind: 'bodymap'; readonly id: 'where'; readonly title: string; readonly findings: readonly FindingId[] }
  /** One finding. */
  | { readonly kind: 'finding'; readonly id: FindingId; readonly title: string; readonly findings: readonly [FindingId] };

export const ABOUT: Question = { kind: 'about', id: 'about', title: 'About you', findings: [] };

/** Findings the body map screen answers: low back on the back view, the three leg symptoms per side and region. */
export const BODY_MAP_FINDINGS = ['back_pain', 'leg_pain', 'numbness', 'tingling'] as const satisfies readonly FindingId[];

/** Nerve warning signs, asked of everyone on the first screen (seed article; spec/triage-policy.md). */
const NERVE_WARNINGS_PERSON = [
  'bladder_dysfunction',
  'bowel_dysfunction',
  'saddle_anesthesia',
  'sexual_dysfunction',
  'weakness',
  'foot_drop',
] as const satisfies readonly FindingId[];
const NERVE_WARNINGS_CLINICIAN = [
  ...NERVE_WARNINGS_PERSON,
  'perianal_sensation_reduced',
  'anal_tone_reduced',
  'post_void_residual',
  'upper_motor_neuron_signs',
] as const satisfies readonly FindingId[];

/** The red flags for serious disease (cancer, infection, fracture) that the first screen did not ask. */
const SERIOUS_DISEASE = RED_FLAG_FINDINGS.filter(
  (f) => !(NERVE_WARNINGS_CLINICIAN as readonly FindingId[]).includes(f),
) as readonly FindingId[];

/**
 * Findings that set a triage level by themselves (the claudication and
 * night-pain rules) and that the body map cannot show: asked of everyone, so
 * the interview never stops short of a level the whole case would reach.
 */
const LEVEL_SETTING_SYMPTOMS = ['walking_leg_symptoms', 'night_pain'] as const satisfies readonly FindingId[];

/** The fixed opening of the interview, in order. */
export function fixedQuestions(audience: Audience): readonly Question[] {
  return [
    {
      kind: 'group',
      id: 'warning_signs',
      title: 'First, some important warning signs',
      findings: audience === 'clinician' ? NERVE_WARNINGS_CLINICIAN : NERVE_WARNINGS_PERSON,
    },
    ABOUT,
    { kind: 'bodymap', id: 'where', title: 'Where do you feel it?', findings: BODY_MAP_FINDINGS },
    { kind: 'group', id: 'health', title: 'Your health', findings: [...LEVEL_SETTING_SYMPTOMS, ...SERIOUS_DISEASE] },
  ];
}

/** Findings left for the adaptive part: the audience's questions the fixed screens did not cover. */
export function adaptiveFindings(audience: Audience): readonly FindingId[] {
  const fixed = new Set(fixedQuestions(audience).flatMap((q) => q.findings));
  return questionsFor(audience)
    .map((q) => q.finding)
    .filter((f) => !fixed.has(f));
}

/**
 * Follow-on questions that only make sense after a finding: "do the leg
 * symptoms ease on sitting?" needs leg symptoms on walking. Asked unless the
 * prerequisite was answered "no".
 */
export const PREREQUISITES: Readonly<Partial<Record<FindingId, FindingId>>> = {
  relief_sitting_or_bending: 'walking_leg_symptoms',
  relief_standing_still: 'walking_leg_symptoms',
  cycling_tolerated: 'walking_leg_symptoms',
  leg_pain_worse_than_back: 'leg_pain',
  shooting_pain: 'leg_pain',
  burning_pain: 'leg_pain',
  deep_aching_pain: 'leg_pain',
  pain_worse_cough_sneeze: 'leg_pain',
  slr_positive: 'leg_pain',
  crossed_slr_positive: 'leg_pain',
};

export const findingQuestion = (finding: FindingId, title: string): Question => ({
  kind: 'finding',
  id: finding,
  title,
  findings: [finding],
});
