/**
 * log P(hypothesis | age, sex), precomputed for every whole year of age (and
 * "age unknown") and every sex: the condition prior of the age band times the
 * hypothesis's share of its condition, with disc levels shifted by age.
 */
import { ageBand, CONDITION_PRIORS, SEX_MULTIPLIERS } from '../knowledge/priors.js';
import { SEXES, type Sex } from '../knowledge/vocabulary.js';
import { DISC_AGE_SPREAD, HYPOTHESES } from './hypotheses.js';

const AGE_KEYS = 122; // 0..120, then 121 = unknown
const UNKNOWN_AGE = 121;
const H = HYPOTHESES.length;
const SEX_KEYS = SEXES.length + 1; // + unknown/absent

function priorsFor(age: number | undefined, sex: Sex | undefined): Float64Array {
  const band = ageBand(age);
  const weighted = HYPOTHESES.map((h) => {
    if (age === undefined || h.meanAge === undefined) return h.share;
    const z = (age - h.meanAge) / DISC_AGE_SPREAD;
    return h.share * Math.exp(-0.5 * z * z);
  });
  const conditionTotal = new Map<string, number>();
  HYPOTHESES.forEach((h, i) => conditionTotal.set(h.condition, (conditionTotal.get(h.condition) ?? 0) + (weighted[i] as number)));
  const prior = new Float64Array(H);
  let total = 0;
  HYPOTHESES.forEach((h, i) => {
    const sexFactor = sex === undefined ? 1 : (SEX_MULTIPLIERS[h.condition]?.[sex]?.value ?? 1);
    const p = CONDITION_PRIORS[band][h.condition].value * sexFactor * ((weighted[i] as number) / (conditionTotal.get(h.condition) as number));
    prior[i] = p;
    total += p;
  });
  return prior.map((p) => Math.log(p / total));
}

const TABLE: Float64Array[] = [];
for (let a = 0; a < AGE_KEYS; a++)
  for (let s = 0; s < SEX_KEYS; s++) TABLE.push(priorsFor(a === UNKNOWN_AGE ? undefined : a, SEXES[s]));

export function logPriors(age: number | undefined, sex: Sex | undefined): Float64Array {
  const a = age === undefined ? UNKNOWN_AGE : Math.min(120, Math.max(0, Math.round(age)));
  const s = sex === undefined ? SEXES.length : SEXES.indexOf(sex);
  return TABLE[a * SEX_KEYS + s] as Float64Array;
}
