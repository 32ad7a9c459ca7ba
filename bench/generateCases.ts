/**
 * Varied, valid, realistic cases for load testing, from a seeded generator:
 * a presentation (a root compression on one side, stenosis, a mimic, cauda
 * equina, serious pathology, non-specific pain) dressed with the findings
 * such a person would report, pertinent negatives and some noise.
 *
 * The root → region / movement / reflex maps below are a rough textbook
 * sketch for generating load only; the engine's own, sourced tables live in
 * src/knowledge.
 */
import type { CaseInput } from '../src/case/schema.js';
import {
  FINDING_SPECS,
  MOVEMENTS,
  REGIONS,
  SEXES,
  TRENDS,
  type FindingId,
  type Movement,
  type Region,
} from '../src/knowledge/vocabulary.js';

type Evidence = NonNullable<CaseInput['evidence']>[number];
type Side = 'left' | 'right';

/** mulberry32: small, fast, seedable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROOT_SKETCH = {
  L3: { regions: ['anterior_thigh', 'medial_thigh', 'knee'], movements: ['knee_extension', 'hip_adduction'], reflex: 'knee_reflex_reduced', tension: 'femoral_stretch_positive' },
  L4: { regions: ['anterior_thigh', 'knee', 'medial_leg'], movements: ['knee_extension', 'foot_inversion', 'ankle_dorsiflexion'], reflex: 'knee_reflex_reduced', tension: 'femoral_stretch_positive' },
  L5: { regions: ['lateral_thigh', 'lateral_leg', 'dorsum_foot', 'big_toe'], movements: ['big_toe_extension', 'ankle_dorsiflexion', 'hip_abduction', 'foot_inversion'], reflex: 'hamstring_reflex_reduced', tension: 'slr_positive' },
  S1: { regions: ['posterior_thigh', 'calf', 'sole', 'lateral_foot', 'heel'], movements: ['ankle_plantarflexion', 'foot_eversion', 'hip_extension'], reflex: 'ankle_reflex_reduced', tension: 'slr_positive' },
} as const satisfies Record<string, { regions: readonly Region[]; movements: readonly Movement[]; reflex: FindingId; tension: FindingId }>;

export function caseGenerator(seed = 1): (index: number) => CaseInput {
  const random = seededRandom(seed);
  const chance = (p: number) => random() < p;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[], min = 1): T[] => {
    const chosen = list.filter(() => chance(0.6));
    return chosen.length >= min ? chosen : list.slice(0, min);
  };
  const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');
  const maybe = (p: number, item: Evidence): Evidence[] => (chance(p) ? [item] : []);

  const radicular = (side: Side): Evidence[] => {
    const root = pick(['L3', 'L4', 'L5', 'L5', 'S1', 'S1'] as const);
    const sketch = ROOT_SKETCH[root];
    const items: Evidence[] = [
      { finding: 'back_pain' },
      { finding: 'leg_pain', side, regions: ['buttock', ...some(sketch.regions)] },
      { finding: 'leg_pain', side: other(side), status: 'absent' },
    ];
    if (chance(0.6)) items.push({ finding: 'shooting_pain', side });
    if (chance(0.5)) items.push({ finding: 'leg_pain_worse_than_back' });
    if (chance(0.5)) items.push({ finding: pick(['numbness', 'tingling'] as const), side, regions: some(sketch.regions) });
    if (chance(0.4)) items.push({ finding: 'weakness', side, movement: pick(sketch.movements), grade: int(2, 5) });
    if (chance(0.4)) items.push({ finding: sketch.reflex, side, status: chance(0.7) ? 'present' : 'absent' });
    if (chance(0.5)) items.push(sketch.tension === 'slr_positive' ? { finding: 'slr_positive', side, grade: int(20, 70) } : { finding: sketch.tension, side });
    if (chance(0.3)) items.push({ finding: 'pain_worse_cough_sneeze' });
    if (chance(0.3)) items.push({ finding: 'pain_worse_sitting' });
    if (chance(0.05)) items.push({ finding: 'foot_drop', side, trend: pick(TRENDS) });
    return items;
  };

  const presentations: readonly [number, (side: Side) => Evidence[]][] = [
    [40, radicular],
    [12, (side) => [
      { finding: 'back_pain' },
      { finding: 'walking_leg_symptoms', grade: int(20, 800) },
      { finding: 'leg_pain', side: chance(0.5) ? 'both' : side, regions: some(['buttock', 'posterior_thigh', 'calf'] as const) },
      ...maybe(0.7, { finding: 'relief_sitting_or_bending' }),
      ...maybe(0.4, { finding: 'cycling_tolerated' }),
      ...maybe(0.3, { finding: 'numbness', side: 'both', regions: ['sole'] }),
    ]],
    [14, (side) => [
      { finding: 'back_pain' },
      { finding: 'leg_pain', side, regions: some(['buttock', 'posterior_thigh', 'lateral_thigh'] as const) },
      { finding: 'deep_aching_pain', side },
      { finding: 'numbness', side, status: 'absent' },
      ...maybe(0.5, { finding: 'slr_positive', side, status: 'absent' }),
    ]],
    [5, (side) => [
      { finding: 'walking_leg_symptoms', grade: int(50, 400) },
      { finding: 'leg_pain', side, regions: ['calf'] },
      { finding: 'relief_standing_still' },
      { finding: 'pedal_pulses_reduced', side },
      ...maybe(0.6, { finding: 'smoking' }),
      ...maybe(0.4, { finding: 'vascular_disease' }),
    ]],
    [5, (side) => [
      { finding: 'groin_pain', side },
      { finding: 'hip_movement_pain', side },
      { finding: 'leg_pain', side, regions: ['groin', 'anterior_thigh', 'knee'] },
      ...maybe(0.6, { finding: 'hip_rotation_limited', side }),
    ]],
    [4, (side) => [
      { finding: 'foot_drop', side },
      { finding: 'numbness', side, regions: ['lateral_leg', 'dorsum_foot'] },
      { finding: 'back_pain', status: 'absent' },
      ...maybe(0.5, { finding: 'fibular_head_tinel', side }),
    ]],
    [4, (side) => [
      { finding: pick(['numbness', 'tingling'] as const), side, regions: ['lateral_thigh'] },
      { finding: 'burning_pain', side },
      { finding: 'weakness', side, status: 'absent' },
    ]],
    [5, () => [
      { finding: 'numbness', side: 'both', regions: ['sole', 'big_toe'] },
      { finding: 'burning_pain', side: 'both' },
      { finding: 'diabetes' },
      ...maybe(0.5, { finding: 'ankle_reflex_reduced', side: 'both' }),
    ]],
    [4, (side) => [
      { finding: 'back_pain' },
      { finding: 'leg_pain', side: chance(0.6) ? 'both' : side },
      { finding: pick(['bladder_dysfunction', 'saddle_anesthesia', 'bowel_dysfunction'] as const) },
      ...maybe(0.4, { finding: 'post_void_residual', grade: int(100, 900) }),
      ...maybe(0.3, { finding: 'perianal_sensation_reduced' }),
    ]],
    [7, () => [
      { finding: 'back_pain' },
      ...some([{ finding: 'cancer_history' }, { finding: 'weight_loss' }, { finding: 'night_pain' }, { finding: 'fever' }, { finding: 'iv_drug_use' }, { finding: 'trauma' }, { finding: 'osteoporosis' }] as const),
    ]],
  ];
  const totalWeight = presentations.reduce((sum, [weight]) => sum + weight, 0);
  const presentation = () => {
    let roll = random() * totalWeight;
    for (const [weight, make] of presentations) if ((roll -= weight) < 0) return make;
    return presentations[0]![1];
  };

  /** A little noise: any finding, with only the attributes it takes. */
  const noise = (): Evidence => {
    const spec = pick(FINDING_SPECS);
    const item: Record<string, unknown> = { finding: spec.id, status: pick(['present', 'absent', 'absent', 'unknown'] as const) };
    if (spec.lateral) item.side = pick(['left', 'right', 'both'] as const);
    if ('regions' in spec && spec.regions) item.regions = [pick(REGIONS)];
    if ('movement' in spec && spec.movement) item.movement = pick(MOVEMENTS);
    if ('grade' in spec && spec.grade && spec.grade.unit === 'mrc') item.grade = int(0, 5);
    return item as Evidence;
  };

  return (index) => {
    const side: Side = chance(0.5) ? 'left' : 'right';
    const evidence = presentation()(side);
    if (chance(0.7)) evidence.push({ finding: 'bladder_dysfunction', status: 'absent' });
    if (chance(0.3)) evidence.push({ finding: 'saddle_anesthesia', status: 'absent' });
    for (let n = int(0, 2); n > 0; n--) evidence.push(noise());
    const kase: CaseInput = { id: `bench-${index}`, evidence };
    if (chance(0.9)) kase.age = int(18, 92);
    if (chance(0.8)) kase.sex = pick(SEXES);
    if (chance(0.8)) kase.durationDays = chance(0.6) ? int(1, 42) : int(43, 1500);
    if (chance(0.5)) kase.onset = pick(['sudden', 'gradual'] as const);
    return kase;
  };
}
