/**
 * The triage rules of spec/triage-policy.md as a table. Each row names its
 * level, says in plain words why it fired, cites its sources, and has one
 * predicate that returns the findings that fired it (or nothing). The
 * evaluator takes the highest level among the rows that fire.
 *
 * Every predicate over evidence is monotone in present findings: adding a
 * present finding can make a row fire, never stop one (the one exception,
 * bilateral_leg_symptoms yielding to cauda_equina, yields to a higher level).
 */
import { CAUDA_EQUINA_FINDINGS, LEG_SYMPTOMS, NEURO_DEFICITS, REFLEX_FINDINGS, type FindingId, type TriageLevel } from '../knowledge/vocabulary.js';
import { MIMIC_CONDITIONS } from '../knowledge/conditionGroups.js';
import { coversBothSides, type TriageContext } from './context.js';

export interface TriageRule {
  readonly id: string;
  readonly level: TriageLevel;
  /** Plain-language reason, shown to the person. */
  readonly text: string;
  readonly sources: readonly string[];
  /** True for the rows that are red flags (urgent or emergency, judged on evidence alone). */
  readonly redFlag: boolean;
  /** The findings that fired the rule, or undefined when it does not fire. */
  readonly fires: (ctx: TriageContext) => readonly string[] | undefined;
}

const anyPresent = (ctx: TriageContext, findings: readonly FindingId[]): FindingId[] => findings.filter((f) => ctx.has(f));
const nonEmpty = <T>(list: readonly T[]): readonly T[] | undefined => (list.length > 0 ? list : undefined);

const MOTOR = ['weakness', 'foot_drop'] as const satisfies readonly FindingId[];

function caudaEquina(ctx: TriageContext): readonly string[] | undefined {
  const fired: string[] = anyPresent(ctx, CAUDA_EQUINA_FINDINGS);
  if (ctx.present('post_void_residual').some((item) => item.grade !== undefined && item.grade >= 200)) fired.push('post_void_residual');
  if (ctx.present('sexual_dysfunction').some((item) => ctx.recent || item.trend === 'worsening')) fired.push('sexual_dysfunction');
  return nonEmpty(fired);
}

function suspectedMalignancy(ctx: TriageContext): readonly string[] | undefined {
  const pain = anyPresent(ctx, ['back_pain', 'leg_pain']);
  if (pain.length === 0) return undefined;
  if (ctx.has('cancer_history')) return ['cancer_history', ...pain];
  if (ctx.has('weight_loss') && ctx.has('night_pain')) return ['weight_loss', 'night_pain', ...pain];
  return undefined;
}

function suspectedInfection(ctx: TriageContext): readonly string[] | undefined {
  const risk = anyPresent(ctx, ['immunosuppression', 'iv_drug_use']);
  if (ctx.has('back_pain')) {
    const withPain = anyPresent(ctx, ['fever', 'immunosuppression', 'iv_drug_use']);
    if (withPain.length > 0) return ['back_pain', ...withPain];
  }
  if (ctx.has('fever') && risk.length > 0) return ['fever', ...risk];
  return undefined;
}

function suspectedFracture(ctx: TriageContext): readonly string[] | undefined {
  if (!ctx.has('back_pain')) return undefined;
  if (ctx.has('trauma')) return ['trauma', 'back_pain'];
  if (ctx.has('osteoporosis') && ctx.kase.onset === 'sudden') return ['osteoporosis', 'back_pain'];
  return undefined;
}

export const TRIAGE_RULES: readonly TriageRule[] = [
  {
    id: 'cauda_equina',
    level: 'emergency',
    redFlag: true,
    text: 'Bladder, bowel or sexual changes, or numbness in the saddle area, can mean the nerves at the bottom of the spine (the cauda equina) are being squeezed. This needs an emergency scan today.',
    sources: ['R52', 'R53', 'R60', 'R61', 'R65', 'SEED', 'POLICY'],
    fires: caudaEquina,
  },
  {
    id: 'bilateral_motor_deficit',
    level: 'emergency',
    redFlag: true,
    text: 'Weakness in both legs that is new or getting worse can be a sign of pressure on several nerve roots or the spinal cord.',
    sources: ['R52', 'R54', 'R63', 'POLICY'],
    fires: (ctx) => {
      const items = MOTOR.flatMap((f) => ctx.present(f));
      if (!coversBothSides(items)) return undefined;
      return ctx.recent || items.some((item) => item.trend === 'worsening') ? [...new Set(items.map((i) => i.finding))] : undefined;
    },
  },
  {
    id: 'serious_pathology_with_deficit',
    level: 'emergency',
    redFlag: true,
    text: 'A possible cancer or infection in the spine together with loss of nerve function needs emergency assessment and a scan.',
    sources: ['R70', 'R72', 'R73', 'POLICY'],
    fires: (ctx) => {
      const suspicion = suspectedMalignancy(ctx) ?? suspectedInfection(ctx);
      const deficit = anyPresent(ctx, NEURO_DEFICITS);
      return suspicion && deficit.length > 0 ? [...new Set([...suspicion, ...deficit])] : undefined;
    },
  },
  {
    id: 'progressive_weakness',
    level: 'urgent',
    redFlag: true,
    text: 'Leg weakness that is getting worse needs a clinician to examine you today.',
    sources: ['R76', 'R122', 'SEED', 'POLICY'],
    fires: (ctx) =>
      nonEmpty([...new Set(MOTOR.flatMap((f) => ctx.present(f)).filter((i) => i.trend === 'worsening').map((i) => i.finding))]),
  },
  {
    id: 'severe_weakness',
    level: 'urgent',
    redFlag: true,
    text: 'Marked weakness (a foot drop, or a muscle that cannot work well against gravity) needs a clinician to examine you today.',
    sources: ['R76', 'R122', 'SEED', 'POLICY'],
    fires: (ctx) => {
      if (!ctx.recent) return undefined;
      const fired: string[] = [];
      if (ctx.has('foot_drop')) fired.push('foot_drop');
      if (ctx.present('weakness').some((i) => i.grade !== undefined && i.grade <= 3)) fired.push('weakness');
      return nonEmpty(fired);
    },
  },
  {
    id: 'bilateral_leg_symptoms',
    level: 'urgent',
    redFlag: true,
    text: 'Symptoms in both legs that are new or getting worse can be an early warning of pressure on the cauda equina, so a clinician should see you today.',
    sources: ['R54', 'R60', 'R63', 'SEED', 'POLICY'],
    fires: (ctx) => {
      if (caudaEquina(ctx)) return undefined;
      const items = LEG_SYMPTOMS.flatMap((f) => ctx.present(f)).filter((i) => ctx.recent || i.trend === 'worsening');
      return coversBothSides(items) ? [...new Set(items.map((i) => i.finding))] : undefined;
    },
  },
  {
    id: 'upper_motor_neuron',
    level: 'urgent',
    redFlag: true,
    text: 'Brisk reflexes, clonus or an upgoing toe point to the spinal cord or brain rather than a nerve root, and need assessment today.',
    sources: ['R70', 'POLICY'],
    fires: (ctx) => nonEmpty(anyPresent(ctx, ['upper_motor_neuron_signs'])),
  },
  {
    id: 'suspected_malignancy',
    level: 'urgent',
    redFlag: true,
    text: 'Back or leg pain with a history of cancer, or with unexplained weight loss and pain at night, needs a clinician today to rule out cancer in the spine.',
    sources: ['R67', 'R68', 'R72', 'POLICY'],
    fires: suspectedMalignancy,
  },
  {
    id: 'suspected_infection',
    level: 'urgent',
    redFlag: true,
    text: 'Back pain with a fever, a weakened immune system or injecting drug use needs a clinician today to rule out an infection in the spine (fever is missing in about half of such infections).',
    sources: ['R70', 'R73', 'POLICY'],
    fires: suspectedInfection,
  },
  {
    id: 'suspected_fracture',
    level: 'urgent',
    redFlag: true,
    text: 'Back pain after significant trauma, or sudden back pain with osteoporosis or long-term steroids, needs a clinician today to rule out a broken vertebra.',
    sources: ['R67', 'R69', 'POLICY'],
    fires: suspectedFracture,
  },
  {
    id: 'red_flag_finding',
    level: 'consult',
    redFlag: false,
    text: 'You mentioned something that clinicians treat as a warning sign. On its own it does not make this urgent, but a clinician should check it.',
    sources: ['R66', 'R71'],
    // An extension of the policy: a present red-flag finding that fires no
    // red-flag rule still earns a clinician's look, which is also what keeps
    // "adding a red-flag finding never lowers the level" true whatever the
    // model makes of the new finding.
    fires: (ctx) => nonEmpty(anyPresent(ctx, RED_FLAG_FINDINGS)),
  },
  {
    id: 'radicular_pain',
    level: 'consult',
    redFlag: false,
    text: 'The pattern sounds like a trapped or irritated nerve root (sciatica). A GP or physiotherapist should confirm this and plan treatment; most people improve within weeks.',
    sources: ['R74', 'R76', 'SEED', 'POLICY'],
    // The mechanism must be concluded from this person's leg findings, not
    // from the prior alone: a case (or a screened note) that says nothing
    // about the leg is not "a pattern that sounds like sciatica".
    fires: (ctx) =>
      ctx.inference.painMechanism[0]?.id === 'radicular' && LEG_EVIDENCE.some((f) => ctx.has(f)) ? ['painMechanism:radicular'] : undefined,
  },
  {
    id: 'claudication',
    level: 'consult',
    redFlag: false,
    text: 'Leg symptoms brought on by walking or standing need a clinician to tell narrowing of the spinal canal from poor circulation.',
    sources: ['R39', 'R46', 'R47', 'POLICY'],
    fires: (ctx) => nonEmpty(anyPresent(ctx, ['walking_leg_symptoms'])),
  },
  {
    id: 'non_spinal_cause',
    level: 'consult',
    redFlag: false,
    text: 'The leg pain may come from outside the spine (the hip, the circulation or a nerve in the leg), which a clinician should confirm.',
    sources: ['R46', 'R88', 'R93', 'R95', 'R96', 'POLICY'],
    fires: (ctx) => {
      const top = ctx.inference.conditions[0]?.id;
      return top && MIMIC_CONDITIONS.includes(top) ? [`condition:${top}`] : undefined;
    },
  },
  {
    id: 'persisting',
    level: 'consult',
    redFlag: false,
    text: 'Symptoms that have lasted more than six weeks should be reviewed by a clinician.',
    sources: ['R74', 'R76', 'POLICY'],
    fires: (ctx) => (ctx.kase.durationDays !== undefined && ctx.kase.durationDays > 42 ? ['durationDays'] : undefined),
  },
  {
    id: 'night_pain',
    level: 'consult',
    redFlag: false,
    text: 'Pain at night or at rest that no position relieves should be checked by a clinician.',
    sources: ['R66', 'R72', 'POLICY'],
    fires: (ctx) => nonEmpty(anyPresent(ctx, ['night_pain'])),
  },
];

/** Present findings that describe the leg, on which a radicular conclusion can rest. */
const LEG_EVIDENCE = [
  ...LEG_SYMPTOMS,
  ...REFLEX_FINDINGS,
  'shooting_pain',
  'burning_pain',
  'deep_aching_pain',
  'leg_pain_worse_than_back',
  'walking_leg_symptoms',
  'groin_pain',
  'slr_positive',
  'crossed_slr_positive',
  'femoral_stretch_positive',
] as const satisfies readonly FindingId[];

/**
 * Findings named by the red-flag rows. Adding one of these as present never
 * lowers the level (a property test holds the table to it). A post-void
 * residual is a measurement, a red flag only at 200 ml or more, which the
 * cauda_equina row judges itself.
 */
export const RED_FLAG_FINDINGS = [
  ...CAUDA_EQUINA_FINDINGS,
  'sexual_dysfunction',
  'upper_motor_neuron_signs',
  'cancer_history',
  'weight_loss',
  'fever',
  'immunosuppression',
  'iv_drug_use',
  'trauma',
  'osteoporosis',
] as const satisfies readonly FindingId[];
