/**
 * Explanations that fall out of the arithmetic. For a conclusion C (a pain
 * mechanism, a root pattern or a condition) each observation's factor is its
 * likelihood ratio P(o | C) / P(o | not C), with the hypotheses inside C and
 * outside it weighted by the posterior from all the other evidence
 * (leave-one-out). Strings are built only for the top conclusions.
 */
import { CONDITION_FACTS, LOCALISATION_FACT, MECHANISM_FACTS, ROOT_FACTS, type Fact } from '../knowledge/facts.js';
import { FINDING_BY_ID, type PainMechanism, type Root, type Side } from '../knowledge/vocabulary.js';
import type { ConditionId } from '../knowledge/vocabulary.js';
import { CONDITION_INFO } from '../knowledge/conditions.js';
import { HYPOTHESES } from './hypotheses.js';
import { conditionWeights, mechanismWeights, rootPatternWeights } from './marginals.js';
import type { Observation } from './observations.js';
import type { Scored } from './score.js';
import type { ExplanationEntry } from './types.js';

const H = HYPOTHESES.length;
/** Factors closer to 1 than this say nothing worth showing. */
const MIN_FACTOR = 1.1;
const MAX_LISTED = 5;

const REGION_WORDS: Record<string, string> = {
  buttock: 'buttock', groin: 'groin', anterior_thigh: 'front of the thigh', medial_thigh: 'inner thigh', lateral_thigh: 'outer thigh',
  posterior_thigh: 'back of the thigh', knee: 'knee', medial_leg: 'inner shin', lateral_leg: 'outer shin', calf: 'calf',
  dorsum_foot: 'top of the foot', big_toe: 'big toe', sole: 'sole', lateral_foot: 'outer foot', heel: 'heel',
};

/** Short labels for the explanation; other findings use the first clause of their meaning. */
const FINDING_WORDS: Record<string, string> = {
  back_pain: 'back pain', leg_pain: 'leg pain', leg_pain_worse_than_back: 'leg pain worse than back pain', shooting_pain: 'shooting pain',
  burning_pain: 'burning pain', deep_aching_pain: 'deep aching pain', numbness: 'numbness', tingling: 'tingling', weakness: 'leg weakness',
  foot_drop: 'foot drop', pain_worse_cough_sneeze: 'leg pain worse on coughing or sneezing', pain_worse_sitting: 'pain worse sitting',
  pain_worse_bending_forward: 'pain worse bending forward', walking_leg_symptoms: 'leg symptoms on walking or standing',
  relief_sitting_or_bending: 'relief on sitting or bending forward', relief_standing_still: 'relief on standing still',
  cycling_tolerated: 'cycling tolerated', night_pain: 'night pain', groin_pain: 'groin pain', hip_movement_pain: 'pain on moving the hip',
  bladder_dysfunction: 'bladder problems', bowel_dysfunction: 'bowel problems', saddle_anesthesia: 'saddle numbness',
  sexual_dysfunction: 'sexual dysfunction', fever: 'fever', weight_loss: 'weight loss', cancer_history: 'history of cancer',
  immunosuppression: 'immunosuppression', iv_drug_use: 'injecting drug use', trauma: 'significant trauma', osteoporosis: 'osteoporosis',
  diabetes: 'diabetes', smoking: 'smoking', vascular_disease: 'known vascular disease', previous_spine_surgery: 'previous spine surgery',
  slr_positive: 'positive straight leg raise', crossed_slr_positive: 'positive crossed straight leg raise',
  femoral_stretch_positive: 'positive femoral stretch test', sensory_loss: 'reduced sensation on examination',
  knee_reflex_reduced: 'reduced knee jerk', ankle_reflex_reduced: 'reduced ankle jerk', hamstring_reflex_reduced: 'reduced hamstring reflex',
  upper_motor_neuron_signs: 'upper motor neuron signs', pedal_pulses_reduced: 'reduced foot pulses', hip_rotation_limited: 'limited hip rotation',
  trochanter_tenderness: 'trochanteric tenderness', fibular_head_tinel: 'Tinel sign at the fibular head',
  perianal_sensation_reduced: 'reduced perianal sensation', anal_tone_reduced: 'reduced anal tone', post_void_residual: 'urinary retention',
};

const COURSE_WORDS: Record<string, [string, string]> = {
  sudden_onset: ['sudden onset', 'gradual onset'],
  chronic_course: ['symptoms for more than three months', 'symptoms for three months or less'],
  worsening_course: ['symptoms getting worse', 'symptoms stable or improving'],
};

export function describeObservation(o: Observation): string {
  const course = COURSE_WORDS[o.keyName];
  if (course) return o.present ? course[0] : course[1];
  const item = o.item;
  const finding = item?.finding ?? o.keyName;
  let words = FINDING_WORDS[finding] ?? ((FINDING_BY_ID.get(finding)?.meaning ?? finding).split(' (')[0] as string);
  if (item?.movement) words = `weakness of ${item.movement.replaceAll('_', ' ')}${item.grade !== undefined ? ` (MRC ${item.grade})` : ''}`;
  if (finding === 'post_void_residual' && item?.grade !== undefined) words = `post-void residual of ${item.grade} mL`;
  const side = item?.side === 'both' ? ' in both legs' : item?.side ? ` on the ${item.side}` : '';
  const regions = item?.regions?.length ? ` (${item.regions.map((r) => REGION_WORDS[r] ?? r).join(', ')})` : '';
  if (!o.present && item?.movement) return `normal strength of ${item.movement.replaceAll('_', ' ')}${side}`;
  return o.present ? `${words}${side}${regions}` : `no ${words}${side}`;
}

/** Hypotheses this improbable cannot move a factor, even with one observation left out. */
const NEGLIGIBLE = 1e-9;

/**
 * Likelihood ratio of each observation for each weighted conclusion
 * (`weights[c][h]` ∈ [0, 1]), in one pass: one exponential per observation and
 * non-negligible hypothesis, shared by all conclusions.
 */
/** P(o | C) / P(o | not C) from the posterior masses with and without the observation. */
function looRatio(inMass: number, total: number, inLoo: number, allLoo: number): number {
  const outMass = total - inMass;
  const outLoo = allLoo - inLoo;
  return inLoo > 0 && outLoo > 0 && outMass > 0 ? inMass / inLoo / (outMass / outLoo) : 1;
}

const NO_WEIGHT = new Float64Array(H);
const LIVE = new Int32Array(H);

function factors(scored: Scored, weights: readonly Float64Array[]): Float64Array[] {
  if (weights.length > 3) throw new Error('at most three conclusions are explained at once');
  const { observations, loglik, posterior } = scored;
  const none = NO_WEIGHT;
  // Up to three conclusions, unrolled so the inner loop keeps its sums in locals.
  const w0 = weights[0] ?? none;
  const w1 = weights[1] ?? none;
  const w2 = weights[2] ?? none;
  const live = LIVE;
  let n = 0;
  let in0 = 0, in1 = 0, in2 = 0, total = 0;
  for (let h = 0; h < H; h++) {
    const post = posterior[h] as number;
    if (post < NEGLIGIBLE) continue;
    live[n++] = h;
    total += post;
    in0 += (w0[h] as number) * post;
    in1 += (w1[h] as number) * post;
    in2 += (w2[h] as number) * post;
  }
  const out = weights.map(() => new Float64Array(observations.length));
  for (let i = 0; i < observations.length; i++) {
    const offset = i * H;
    let all = 0, l0 = 0, l1 = 0, l2 = 0;
    for (let k = 0; k < n; k++) {
      const h = live[k] as number;
      const without = (posterior[h] as number) * Math.exp(-(loglik[offset + h] as number));
      all += without;
      l0 += (w0[h] as number) * without;
      l1 += (w1[h] as number) * without;
      l2 += (w2[h] as number) * without;
    }
    if (out[0]) out[0][i] = looRatio(in0, total, l0, all);
    if (out[1]) out[1][i] = looRatio(in1, total, l1, all);
    if (out[2]) out[2][i] = looRatio(in2, total, l2, all);
  }
  return out;
}

/** Indices of the observations whose factor passes `keep`, strongest first, at most MAX_LISTED. */
function strongest(f: Float64Array, keep: (x: number) => boolean, stronger: (a: number, b: number) => boolean): number[] {
  const picked: number[] = [];
  for (let i = 0; i < f.length; i++) {
    const x = f[i] as number;
    if (!keep(x)) continue;
    let at = picked.length;
    while (at > 0 && stronger(x, f[picked[at - 1] as number] as number)) at--;
    if (at < MAX_LISTED) {
      picked.splice(at, 0, i);
      if (picked.length > MAX_LISTED) picked.pop();
    }
  }
  return picked;
}

const isFor = (x: number): boolean => x >= MIN_FACTOR;
const isAgainst = (x: number): boolean => x <= 1 / MIN_FACTOR;
const larger = (a: number, b: number): boolean => a > b;
const smaller = (a: number, b: number): boolean => a < b;

function entry(
  scored: Scored,
  conclusion: ExplanationEntry['conclusion'],
  subject: string,
  subjectWords: string,
  statement: string,
  f: Float64Array,
  facts: readonly Fact[],
  described: (string | undefined)[],
): ExplanationEntry {
  const toItem = (i: number) => {
    const o = scored.observations[i] as Observation;
    const factor = f[i] as number;
    const words = (described[i] ??= describeObservation(o));
    return {
      finding: o.item?.finding ?? o.keyName,
      ...(o.item?.side !== undefined && { side: o.item.side }),
      factor: Math.round(factor * 100) / 100,
      text: `${words} ${factor >= 1 ? 'raised' : 'lowered'} ${subjectWords} by ×${formatFactor(factor)}`,
    };
  };
  return {
    conclusion,
    subject,
    statement,
    for: strongest(f, isFor, larger).map(toItem),
    against: strongest(f, isAgainst, smaller).map(toItem),
    facts: facts.map((fact) => ({ text: fact.text, sources: [...fact.sources] })),
  };
}

const formatFactor = (x: number): string => (x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2));
const percent = (p: number): string => `${Math.round(p * 100)}%`;

const MECHANISM_SHORT: Record<PainMechanism, string> = {
  radicular: 'radicular pain',
  somatic_referred: 'somatic referred pain',
  non_spinal: 'a non-spinal cause',
};

const MECHANISM_WORDS: Record<PainMechanism, string> = {
  radicular: 'radicular pain (from a nerve root)',
  somatic_referred: 'somatic referred pain (from the spine, no nerve root involved)',
  non_spinal: 'a cause outside the spine',
};

export interface Conclusions {
  readonly mechanism: { id: PainMechanism; probability: number } | undefined;
  readonly root: { root: Root; side: Side; probability: number } | undefined;
  readonly condition: { id: ConditionId; probability: number } | undefined;
}

interface Pending {
  readonly conclusion: ExplanationEntry['conclusion'];
  readonly subject: string;
  readonly words: string;
  readonly statement: string;
  readonly weight: Float64Array;
  readonly facts: readonly Fact[];
}

export function explain(scored: Scored, top: Conclusions): ExplanationEntry[] {
  const pending: Pending[] = [];
  const { mechanism, root, condition } = top;
  if (mechanism)
    pending.push({
      conclusion: 'painMechanism',
      subject: mechanism.id,
      words: MECHANISM_SHORT[mechanism.id],
      statement: `The leg symptoms most likely come from ${MECHANISM_WORDS[mechanism.id]} (${percent(mechanism.probability)}).`,
      weight: mechanismWeights(mechanism.id),
      facts: MECHANISM_FACTS[mechanism.id],
    });
  if (root) {
    const name = `${root.root} ${root.side}`;
    const where = root.side === 'both' ? 'on both sides' : `on the ${root.side}`;
    pending.push({
      conclusion: 'root',
      subject: name,
      words: name,
      statement: `The ${root.root} nerve root ${where} is the most likely root involved (${percent(root.probability)}).`,
      weight: rootPatternWeights(root.root, root.side),
      facts: [...ROOT_FACTS[root.root], LOCALISATION_FACT],
    });
  }
  if (condition)
    pending.push({
      conclusion: 'condition',
      subject: condition.id,
      words: condition.id.replaceAll('_', ' '),
      statement: `${CONDITION_INFO[condition.id].name} is the most likely condition (${percent(condition.probability)}).`,
      weight: conditionWeights(condition.id),
      facts: CONDITION_FACTS[condition.id],
    });
  const all = factors(scored, pending.map((p) => p.weight));
  // An observation listed under several conclusions is described once.
  const described: (string | undefined)[] = [];
  return pending.map((p, c) => entry(scored, p.conclusion, p.subject, p.words, p.statement, all[c] as Float64Array, p.facts, described));
}
