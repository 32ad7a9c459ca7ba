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
// The live hypotheses, gathered into contiguous buffers once per call.
const LIVE = new Int32Array(H);
const LIVE_POST = new Float64Array(H);
const LIVE_W0 = new Float64Array(H);
const LIVE_W1 = new Float64Array(H);
const LIVE_W2 = new Float64Array(H);

/**
 * Likelihood ratio of each observation for up to three conclusions at once.
 * The costly part is one exponential per observation and live hypothesis;
 * hypotheses of one family (e.g. every mimic for a root sign) share their
 * log-likelihood, so the last two values' exponentials are reused.
 */
function factors(scored: Scored, weights: readonly Float64Array[]): Float64Array[] {
  if (weights.length > 3) throw new Error('at most three conclusions are explained at once');
  const { observations, loglik, ratio: ratios, hasRatio, posterior } = scored;
  const w0 = weights[0] ?? NO_WEIGHT;
  const w1 = weights[1] ?? NO_WEIGHT;
  const w2 = weights[2] ?? NO_WEIGHT;
  const live = LIVE;
  const livePost = LIVE_POST;
  const lw0 = LIVE_W0;
  const lw1 = LIVE_W1;
  const lw2 = LIVE_W2;
  let n = 0;
  let in0 = 0, in1 = 0, in2 = 0, total = 0;
  for (let h = 0; h < H; h++) {
    const post = posterior[h] as number;
    if (post < NEGLIGIBLE) continue;
    live[n] = h;
    livePost[n] = post;
    lw0[n] = w0[h] as number;
    lw1[n] = w1[h] as number;
    lw2[n] = w2[h] as number;
    n++;
    total += post;
    in0 += (w0[h] as number) * post;
    in1 += (w1[h] as number) * post;
    in2 += (w2[h] as number) * post;
  }
  const count = observations.length;
  const f0 = new Float64Array(count);
  const f1 = new Float64Array(weights.length > 1 ? count : 0);
  const f2 = new Float64Array(weights.length > 2 ? count : 0);
  for (let i = 0; i < count; i++) {
    const offset = i * H;
    let all = 0, l0 = 0, l1 = 0, l2 = 0;
    if (hasRatio[i] === 1) {
      for (let k = 0; k < n; k++) {
        const without = (livePost[k] as number) * (ratios[offset + (live[k] as number)] as number);
        all += without;
        l0 += (lw0[k] as number) * without;
        l1 += (lw1[k] as number) * without;
        l2 += (lw2[k] as number) * without;
      }
      f0[i] = looRatio(in0, total, l0, all);
      if (f1.length > 0) f1[i] = looRatio(in1, total, l1, all);
      if (f2.length > 0) f2[i] = looRatio(in2, total, l2, all);
      continue;
    }
    // A two-entry cache: families alternate between two values (e.g. left and right variants).
    let ll0 = NaN, ratio0 = 1, ll1 = NaN, ratio1 = 1;
    for (let k = 0; k < n; k++) {
      const ll = loglik[offset + (live[k] as number)] as number;
      let ratio: number;
      if (ll === ll0) ratio = ratio0;
      else if (ll === ll1) {
        ratio = ratio1;
        ll1 = ll0;
        ratio1 = ratio0;
        ll0 = ll;
        ratio0 = ratio;
      } else {
        ratio = Math.exp(-ll);
        ll1 = ll0;
        ratio1 = ratio0;
        ll0 = ll;
        ratio0 = ratio;
      }
      const without = (livePost[k] as number) * ratio;
      all += without;
      l0 += (lw0[k] as number) * without;
      l1 += (lw1[k] as number) * without;
      l2 += (lw2[k] as number) * without;
    }
    f0[i] = looRatio(in0, total, l0, all);
    if (f1.length > 0) f1[i] = looRatio(in1, total, l1, all);
    if (f2.length > 0) f2[i] = looRatio(in2, total, l2, all);
  }
  return [f0, f1, f2].slice(0, weights.length);
}

/**
 * Indices of the strongest factors for (≥ MIN_FACTOR, largest first) and
 * against (≤ 1/MIN_FACTOR, smallest first), at most MAX_LISTED each, in one
 * pass by insertion (a case has a handful of observations).
 */
function strongest(f: Float64Array): { readonly pro: number[]; readonly con: number[] } {
  const pro: number[] = [];
  const con: number[] = [];
  for (let i = 0; i < f.length; i++) {
    const x = f[i] as number;
    if (x >= MIN_FACTOR) {
      let at = pro.length;
      while (at > 0 && x > (f[pro[at - 1] as number] as number)) at--;
      if (at < MAX_LISTED) {
        pro.splice(at, 0, i);
        if (pro.length > MAX_LISTED) pro.pop();
      }
    } else if (x <= 1 / MIN_FACTOR) {
      let at = con.length;
      while (at > 0 && x < (f[con[at - 1] as number] as number)) at--;
      if (at < MAX_LISTED) {
        con.splice(at, 0, i);
        if (con.length > MAX_LISTED) con.pop();
      }
    }
  }
  return { pro, con };
}

/** One observation's line in the explanation: what it is, and how much it moved the conclusion. */
function factorItem(scored: Scored, i: number, factor: number, subjectWords: string, described: (string | undefined)[]): ExplanationEntry['for'][number] {
  const o = scored.observations[i] as Observation;
  const words = (described[i] ??= describeObservation(o));
  const text = `${words} ${factor >= 1 ? 'raised' : 'lowered'} ${subjectWords} by ×${formatFactor(factor)}`;
  const finding = o.item?.finding ?? o.keyName;
  const side = o.item?.side;
  const rounded = Math.round(factor * 100) / 100;
  return side !== undefined ? { finding, side, factor: rounded, text } : { finding, factor: rounded, text };
}

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
  const { pro, con } = strongest(f);
  // Plain loops: this runs for every case, and a closure per call costs more than the work.
  const forItems: ExplanationEntry['for'] = [];
  for (const i of pro) forItems.push(factorItem(scored, i, f[i] as number, subjectWords, described));
  const againstItems: ExplanationEntry['against'] = [];
  for (const i of con) againstItems.push(factorItem(scored, i, f[i] as number, subjectWords, described));
  return { conclusion, subject, statement, for: forItems, against: againstItems, facts: frozenFacts(facts) };
}

type FactCopy = { readonly text: string; readonly sources: readonly string[] };

/**
 * Each fact list is the same for every case with that conclusion, so its copy
 * is made once and shared, frozen (as the triage entry's facts are): no
 * per-case allocation, and the JSON writer reuses its encoded bytes.
 */
const frozenFactLists = new WeakMap<readonly Fact[], ExplanationEntry['facts']>();
function frozenFacts(facts: readonly Fact[]): ExplanationEntry['facts'] {
  let copy = frozenFactLists.get(facts);
  if (copy === undefined) {
    const list: FactCopy[] = facts.map((fact) => Object.freeze({ text: fact.text, sources: Object.freeze(fact.sources.slice()) }));
    copy = Object.freeze(list) as unknown as ExplanationEntry['facts'];
    frozenFactLists.set(facts, copy);
  }
  return copy;
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

const ROOT_FACT_LISTS = Object.fromEntries(Object.entries(ROOT_FACTS).map(([root, facts]) => [root, [...facts, LOCALISATION_FACT]])) as unknown as Record<Root, readonly Fact[]>;

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
      facts: ROOT_FACT_LISTS[root.root],
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
  const weights: Float64Array[] = [];
  for (const p of pending) weights.push(p.weight);
  const all = factors(scored, weights);
  // An observation listed under several conclusions is described once.
  const described: (string | undefined)[] = [];
  const entries: ExplanationEntry[] = [];
  for (let c = 0; c < pending.length; c++) {
    const p = pending[c] as Pending;
    entries.push(entry(scored, p.conclusion, p.subject, p.words, p.statement, all[c] as Float64Array, p.facts, described));
  }
  return entries;
}
