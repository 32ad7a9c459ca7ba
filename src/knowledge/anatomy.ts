/**
 * Nerve roots L1–S2: where their symptoms are felt, which movements and
 * reflexes they serve, and how often a compressed root shows each sign
 * (reference §1, §3). Dermatomes are soft maps — a weight per body region —
 * because maps disagree and pain drawings follow them poorly (§1.4): a core
 * region carries weight 1 and neighbouring regions a smaller, estimated share.
 */
import type { FindingId, Movement, Region, Root } from './vocabulary.js';
import { cite, estimate, type Sourced } from './sourced.js';

export type RegionWeights = Partial<Record<Region, Sourced>>;

/** Core regions (weight 1, cited) plus estimated spill-over into neighbours. */
function softMap(core: readonly Region[], sources: readonly string[], spill: Partial<Record<Region, number>>, why: string): RegionWeights {
  const map: RegionWeights = {};
  for (const region of core) map[region] = cite(1, sources, 'core region of the map');
  for (const [region, weight] of Object.entries(spill) as [Region, number][])
    map[region] = estimate(weight, why, [...sources, 'R1', 'R3']);
  return map;
}

const OVERLAP = 'overlap with neighbouring dermatomes; maps disagree and vary between people';
const PAIN_SPREAD = 'radicular pain spreads along a band wider than the dermatome; pain drawings localise weakly';

/** Sensory dermatomes: where numbness, tingling and examined sensory loss are found. */
export const SENSORY_MAP: Record<Root, RegionWeights> = {
  L1: softMap(['groin'], ['R7', 'R8'], { anterior_thigh: 0.5, medial_thigh: 0.2 }, OVERLAP),
  L2: softMap(['anterior_thigh'], ['R6', 'R7', 'R8'], { medial_thigh: 0.7, groin: 0.4, lateral_thigh: 0.2 }, OVERLAP),
  L3: softMap(['knee'], ['R6', 'R7', 'R8'], { medial_thigh: 0.8, anterior_thigh: 0.6, medial_leg: 0.2 }, OVERLAP),
  L4: softMap(['medial_leg'], ['R4', 'R6', 'R8'], { knee: 0.5, big_toe: 0.3, dorsum_foot: 0.2, anterior_thigh: 0.2 }, OVERLAP + ' (some maps give L4 the big toe, R2, R106)'),
  L5: softMap(['lateral_leg', 'dorsum_foot'], ['R4', 'R6', 'R7', 'R8'], { big_toe: 0.9, lateral_thigh: 0.2, sole: 0.15 }, OVERLAP),
  S1: softMap(['lateral_foot'], ['R4', 'R6', 'R8'], { heel: 0.9, sole: 0.8, calf: 0.7, posterior_thigh: 0.3 }, OVERLAP),
  S2: softMap(['posterior_thigh'], ['R4', 'R6', 'R8'], { calf: 0.5, buttock: 0.4 }, OVERLAP),
};

/** Radicular pain paths (reference §1.1, last column): wider and less reliable than the dermatomes. */
export const PAIN_MAP: Record<Root, RegionWeights> = {
  L1: softMap(['groin'], ['R7', 'R8'], { anterior_thigh: 0.6, medial_thigh: 0.4 }, PAIN_SPREAD),
  L2: softMap(['anterior_thigh'], ['R6', 'R7', 'R8'], { groin: 0.6, medial_thigh: 0.6 }, PAIN_SPREAD),
  L3: softMap(['anterior_thigh'], ['R6', 'R7', 'R8'], { knee: 0.7, medial_thigh: 0.6, groin: 0.2 }, PAIN_SPREAD),
  L4: softMap(['medial_leg'], ['R6', 'R8'], { anterior_thigh: 0.8, knee: 0.8, buttock: 0.3 }, PAIN_SPREAD),
  L5: softMap(['lateral_leg'], ['R6', 'R7', 'R8'], { buttock: 0.8, lateral_thigh: 0.8, dorsum_foot: 0.8, posterior_thigh: 0.6, big_toe: 0.6, calf: 0.4 }, PAIN_SPREAD),
  S1: softMap(['posterior_thigh', 'calf'], ['R6', 'R8', 'R9'], { buttock: 0.8, lateral_foot: 0.8, heel: 0.6, sole: 0.6, lateral_leg: 0.2 }, PAIN_SPREAD),
  S2: softMap(['posterior_thigh'], ['R6', 'R8'], { buttock: 0.6, calf: 0.3 }, PAIN_SPREAD),
};

/**
 * Share of a root's pain drawing that does not follow its own path: lumbar
 * radicular pain was non-dermatomal in 64% (S1 35%), and L5 and S1 drawings
 * overlapped widely (§1.4). The rest is spread like a generic sciatic pain.
 */
export const PAIN_NON_DERMATOMAL: Record<Root, Sourced> = {
  L1: estimate(0.4, 'no pain-pattern data for L1; taken like the other lumbar roots, tempered', ['R9']),
  L2: estimate(0.4, 'lumbar roots non-dermatomal in 64%; tempered because the path above is already wide', ['R9', 'R10']),
  L3: estimate(0.4, 'lumbar roots non-dermatomal in 64%; tempered because the path above is already wide', ['R9', 'R10']),
  L4: estimate(0.4, 'lumbar roots non-dermatomal in 64%; tempered because the path above is already wide', ['R9', 'R10']),
  L5: estimate(0.4, 'lumbar roots non-dermatomal in 64%; tempered because the path above is already wide', ['R9', 'R10']),
  S1: estimate(0.25, 'S1 pain was dermatomal in 65% (non-dermatomal 35%)', ['R9']),
  S2: estimate(0.4, 'no pain-pattern data for S2; taken like the lumbar roots', ['R9']),
};

/** Where a generic back-related (sciatic) leg pain is drawn, used to blur root paths. */
export const GENERIC_SCIATIC_PAIN: RegionWeights = {
  buttock: estimate(1, 'buttock and back of thigh are the commonest pain sites in back-related leg pain', ['R10', 'R23']),
  posterior_thigh: estimate(0.9, 'common pain site in back-related leg pain', ['R10', 'R23']),
  lateral_thigh: estimate(0.5, 'common pain site in back-related leg pain', ['R10']),
  calf: estimate(0.6, 'pain below the knee in about two thirds of primary-care back-related leg pain', ['R23']),
  lateral_leg: estimate(0.4, 'pain below the knee in about two thirds of primary-care back-related leg pain', ['R23']),
  anterior_thigh: estimate(0.3, 'less common site', ['R10']),
  knee: estimate(0.2, 'less common site', ['R10']),
  lateral_foot: estimate(0.2, 'foot pain less common than thigh or calf pain', ['R10']),
  dorsum_foot: estimate(0.2, 'foot pain less common than thigh or calf pain', ['R10']),
  sole: estimate(0.15, 'foot pain less common than thigh or calf pain', ['R10']),
};

/**
 * Turning a map's weights into the chance that a symptom covers a region: a
 * core region (weight 1) is covered with probability `core`, a region outside
 * the map with probability `floor`; maps without weights (a cause with no
 * known pattern) cover each region with probability `unmapped`.
 */
export const REGION_INCLUSION = {
  core: estimate(0.85, 'even the most consistent area of a dermatome is not always involved', ['R1', 'R3']),
  floor: estimate(0.03, 'every region keeps a small chance: dermatomes vary between people and maps disagree', ['R1', 'R2', 'R3']),
  unmapped: estimate(0.15, 'a symptom from an unspecified cause, spread over the leg'),
} as const;

/**
 * Movement → roots (reference §1.2): the main (first-listed) root 1, a
 * second-listed root 0.6, minor contributors less.
 */
export const MYOTOMES: Record<Movement, Partial<Record<Root, Sourced>>> = {
  hip_flexion: { L2: cite(1, ['R5', 'R105']), L3: estimate(0.6, 'second-listed root of a movement (iliopsoas L2, L3)', ['R5', 'R105']), L1: estimate(0.4, 'minor L1 contribution', ['R105']) },
  hip_adduction: { L3: estimate(1, 'adductors L2–L4, middle root taken as main', ['R105']), L2: estimate(0.8, 'adductors L2–L4', ['R105']), L4: estimate(0.6, 'adductors L2–L4', ['R105']) },
  knee_extension: { L3: cite(1, ['R5', 'R105']), L4: estimate(0.6, 'second-listed root of a movement (quadriceps L3, L4; wasting may be seen with L4)', ['R5', 'R6', 'R105']), L2: estimate(0.3, 'minor contribution', ['R105']) },
  ankle_dorsiflexion: { L4: cite(1, ['R5', 'R105']), L5: estimate(0.8, 'tibialis anterior L4, L5; above the 0.6 second-root rule because L5 is the commonest radicular cause of foot drop', ['R5', 'R105', 'R93']) },
  big_toe_extension: { L5: cite(1, ['R5']), L4: estimate(0.2, 'minor contribution', ['R105']), S1: estimate(0.2, 'minor contribution', ['R105']) },
  hip_abduction: { L5: cite(1, ['R105', 'R93', 'R14']), L4: estimate(0.4, 'gluteus medius L4–S1', ['R105']), S1: estimate(0.4, 'gluteus medius L4–S1', ['R105']) },
  foot_inversion: { L5: cite(1, ['R93', 'R6']), L4: estimate(0.5, 'tibialis anterior/posterior L4 share', ['R6', 'R93']) },
  foot_eversion: { L5: estimate(1, 'peronei L5, S1 (first-listed root main)', ['R105', 'R93']), S1: estimate(0.6, 'second-listed root of a movement', ['R105', 'R93']) },
  knee_flexion: { L5: estimate(1, 'hamstrings L5, S1 (first-listed root main)', ['R105']), S1: estimate(0.6, 'second-listed root of a movement', ['R105']), S2: estimate(0.3, 'minor S2 share', ['R105']) },
  hip_extension: { S1: estimate(1, 'gluteus maximus L5–S2', ['R105']), L5: estimate(0.6, 'gluteus maximus L5–S2', ['R105']), S2: estimate(0.6, 'gluteus maximus L5–S2', ['R105']) },
  ankle_plantarflexion: { S1: cite(1, ['R5', 'R105']), S2: estimate(0.6, 'S1–S2 share of plantarflexion', ['R105']) },
};

/**
 * How often a compressed root weakens its main muscle; other movements scale
 * by the myotome weight. Weakness sensitivity ranges 0.13–0.61 across studies.
 */
export const ROOT_WEAKNESS: Sourced = estimate(0.4, 'middle of the 0.13–0.61 sensitivity range of motor weakness', ['R21', 'R17']);

/** Which roots each reflex tests, as the probability that compression of the root reduces it (§1.3, §3.4). */
export const REFLEXES: Record<'knee_reflex_reduced' | 'ankle_reflex_reduced' | 'hamstring_reflex_reduced', Partial<Record<Root, Sourced>>> = {
  knee_reflex_reduced: {
    L4: estimate(0.5, 'patellar reflex is the main L4 reflex; reduced in 0.3–0.5 of compressed roots', ['R11', 'R14', 'R21']),
    L3: estimate(0.4, 'patellar reflex L3–L4', ['R7', 'R105']),
    L2: estimate(0.15, 'small L2 share', ['R14']),
  },
  ankle_reflex_reduced: {
    S1: estimate(0.5, 'Achilles reflex S1; reduced in 0.3–0.5 of compressed roots (LR 7.1 for L5/S1)', ['R11', 'R14', 'R21']),
    S2: estimate(0.25, 'S1–S2 contribution to the ankle jerk', ['R105']),
    L5: estimate(0.08, 'occasional L5 share of low-lumbar reflex change', ['R14']),
  },
  hamstring_reflex_reduced: {
    L5: estimate(0.45, 'medial hamstring reflex L5 (reported sens 0.76, unverified; tempered)', ['R11', 'R12']),
    S1: estimate(0.2, 'some texts give L5–S1', ['R11']),
  },
};

/**
 * Other signs a compressed root produces on its own side, by root where the
 * sign depends on the level. Lateral findings only; a root never explains a
 * sign on the other leg (except the crossed SLR, which is reported on the
 * painful leg).
 */
export const ROOT_SIGNS: Partial<Record<FindingId, Partial<Record<Root, Sourced>>>> = {
  leg_pain: perRoot(estimate(0.85, 'most compressed roots are painful; radiculopathy may be painless', ['R87', 'R97']), {
    L1: estimate(0.6, 'L1 radiculopathy often presents as groin pain rather than leg pain', ['R7']),
  }),
  shooting_pain: perRoot(estimate(0.5, 'radicular pain is lancinating, shooting, along a narrow band', ['R87'])),
  burning_pain: perRoot(estimate(0.15, 'burning quality is reported by a minority of radicular pain', ['R87', 'R97'])),
  deep_aching_pain: perRoot(estimate(0.2, 'deep aching is the somatic quality; some radicular pain also aches', ['R87'])),
  numbness: perRoot(estimate(0.45, 'subjective sensory change is common in sciatica (item of the ATLAS model)', ['R22'])),
  tingling: perRoot(estimate(0.45, 'subjective sensory change is common in sciatica (item of the ATLAS model)', ['R22'])),
  weakness: perRoot(estimate(0.35, 'patient-reported weakness of the leg; motor sensitivity 0.13–0.61', ['R21'])),
  sensory_loss: perRoot(cite(0.6, 'R21', 'pooled sensitivity 0.61 (0.47–0.73) vs MRI')),
  foot_drop: {
    L5: estimate(0.15, 'dorsiflexion weakness severe enough to catch the toes; L5 the commonest radicular cause', ['R93']),
    L4: estimate(0.1, 'tibialis anterior is mainly L4', ['R5', 'R93']),
  },
  slr_positive: {
    L5: estimate(0.7, 'SLR sensitivity 0.6–0.9 for L5/S1 compression (lower vs MRI and in older people)', ['R16', 'R17', 'R25', 'R27']),
    S1: estimate(0.7, 'SLR sensitivity 0.6–0.9 for L5/S1 compression (lower vs MRI and in older people)', ['R16', 'R17', 'R25', 'R27']),
    L4: estimate(0.4, 'the SLR stretches L4 less; mid-lumbar roots are tested by the femoral stretch', ['R14']),
    L3: estimate(0.2, 'mid-lumbar roots are tested by the femoral stretch', ['R14']),
    L2: estimate(0.1, 'mid-lumbar roots are tested by the femoral stretch', ['R14']),
    L1: estimate(0.05, 'upper lumbar roots are not stretched by the SLR', ['R14']),
    S2: estimate(0.5, 'sacral roots run in the sciatic nerve', ['R35', 'R108']),
  },
  crossed_slr_positive: {
    L5: cite(0.28, ['R16', 'R17'], 'pooled sensitivity 0.28–0.29'),
    S1: cite(0.28, ['R16', 'R17'], 'pooled sensitivity 0.28–0.29'),
    L4: estimate(0.1, 'crossed SLR reported for low-lumbar herniations', ['R16']),
  },
  femoral_stretch_positive: {
    L2: estimate(0.6, 'femoral stretch positive in 0.5–0.8 of mid-lumbar compression (unverified)', ['R14', 'R28']),
    L3: estimate(0.7, 'femoral stretch LR ≥ 5 for L3', ['R14', 'R28']),
    L4: estimate(0.5, 'crossed femoral stretch LR ≥ 5 for L4', ['R14']),
    L5: estimate(0.04, 'low lumbar roots are not stretched by the femoral test', ['R14']),
  },
  groin_pain: {
    L1: estimate(0.5, 'L1 dermatome is the groin', ['R7', 'R8']),
    L2: estimate(0.3, 'L2 pain path starts in the groin', ['R6', 'R7']),
  },
  ...REFLEXES,
};

function perRoot(all: Sourced, overrides: Partial<Record<Root, Sourced>> = {}): Partial<Record<Root, Sourced>> {
  return { L1: all, L2: all, L3: all, L4: all, L5: all, S1: all, S2: all, ...overrides };
}
