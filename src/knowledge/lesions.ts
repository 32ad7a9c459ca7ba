/**
 * Structural lesions and the roots they compress (reference §2): disc
 * herniation by level × zone × side, lumbar spinal stenosis by type, and the
 * cauda equina syndrome. Each lumbar root leaves below its own pedicle, so a
 * paracentral disc catches the traversing root (one level down) and a
 * foraminal or far-lateral disc the exiting root (same level) [R107][R29].
 */
import type { Root } from './vocabulary.js';
import { cite, estimate, type Sourced } from './sourced.js';

export const DISC_LEVELS = ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'] as const;
export type DiscLevel = (typeof DISC_LEVELS)[number];

export const DISC_ZONES = ['central', 'posterolateral', 'foraminal', 'far_lateral'] as const;
export type DiscZone = (typeof DISC_ZONES)[number];

/** The root exiting at a level (its foramen) and the one traversing it (next level down). */
export const LEVEL_ROOTS: Record<DiscLevel, { readonly exiting: Root; readonly traversing: Root }> = {
  'L1-L2': { exiting: 'L1', traversing: 'L2' },
  'L2-L3': { exiting: 'L2', traversing: 'L3' },
  'L3-L4': { exiting: 'L3', traversing: 'L4' },
  'L4-L5': { exiting: 'L4', traversing: 'L5' },
  'L5-S1': { exiting: 'L5', traversing: 'S1' },
};

/** The root below a root, for the spill-over of large central lesions. */
export const NEXT_ROOT: Partial<Record<Root, Root>> = { L1: 'L2', L2: 'L3', L3: 'L4', L4: 'L5', L5: 'S1', S1: 'S2' };

/** Which root a zone compresses (§2.2): central and paracentral the traversing root, lateral zones the exiting root. */
export const zoneRoot = (level: DiscLevel, zone: DiscZone): Root =>
  zone === 'foraminal' || zone === 'far_lateral' ? LEVEL_ROOTS[level].exiting : LEVEL_ROOTS[level].traversing;

/** Share of herniations by level, for the usual (central and paracentral) zones (§2.3). */
export const DISC_LEVEL_SHARE: Record<DiscLevel, Sourced> = {
  'L1-L2': estimate(0.005, 'L1–2 plus L2–3 are about 1–2% of herniations', ['R33']),
  'L2-L3': estimate(0.01, 'L1–2 plus L2–3 are about 1–2% of herniations', ['R33']),
  'L3-L4': estimate(0.035, 'upper lumbar < 5%, of which L3–4 makes 70–83%', ['R33']),
  'L4-L5': estimate(0.475, '≈95% at L4–5 or L5–S1; sources disagree which is commoner, so split equally', ['R33', 'R34']),
  'L5-S1': estimate(0.475, '≈95% at L4–5 or L5–S1; sources disagree which is commoner, so split equally', ['R33', 'R34']),
};

/** Level distribution of far-lateral (and, by the same anatomy, foraminal) herniations (§2.3, Maroon series). */
export const LATERAL_LEVEL_SHARE: Record<DiscLevel, Sourced> = {
  'L1-L2': cite(0.003, 'R29'),
  'L2-L3': cite(0.054, 'R29'),
  'L3-L4': cite(0.25, 'R29'),
  'L4-L5': cite(0.52, 'R29'),
  'L5-S1': cite(0.17, 'R29'),
};

/** Share of herniations by zone. */
export const DISC_ZONE_SHARE: Record<DiscZone, Sourced> = {
  central: estimate(0.04, 'large central herniations are a small minority; they cause most disc-related cauda equina syndromes', ['R52']),
  posterolateral: estimate(0.84, 'paracentral herniation is the usual type (the rest of the zones removed)', ['R107', 'R108']),
  foraminal: estimate(0.05, 'far-lateral 2.6–12%; split between foraminal and extraforaminal', ['R29', 'R30', 'R31']),
  far_lateral: estimate(0.07, 'far-lateral share 2.6–11.7% / 7–12% / 5–10%', ['R29', 'R30', 'R31']),
};

/**
 * Which root a symptomatic herniation compresses, before age (the reference's
 * derived prior, §2.3, from EMG root shares L5 43%, S1 40% and the level
 * frequencies). The level × zone shares above distribute each root's share
 * over the lesions that compress it; central discs keep their zone share.
 */
export const DISC_ROOT_PRIOR: Record<Root, Sourced> = {
  L1: estimate(0.01, 'derived dominant-root prior of the reference (§2.3)', ['R32', 'R36']),
  L2: estimate(0.02, 'derived dominant-root prior of the reference (§2.3)', ['R32', 'R36']),
  L3: estimate(0.04, 'derived dominant-root prior of the reference (§2.3)', ['R32', 'R36']),
  L4: estimate(0.08, 'derived dominant-root prior of the reference (§2.3)', ['R32', 'R36']),
  L5: estimate(0.45, 'derived dominant-root prior of the reference (§2.3); EMG series L5 43%', ['R32', 'R36']),
  S1: estimate(0.4, 'derived dominant-root prior of the reference (§2.3); EMG series S1 40%', ['R32', 'R36']),
  S2: estimate(0, 'no disc level compresses S2 alone'),
};

/** Mean age at herniation by level (n = 1431): higher levels herniate in older people [R32]. */
export const DISC_LEVEL_MEAN_AGE: Record<DiscLevel, Sourced> = {
  'L1-L2': estimate(59.6, 'taken as L2–3 (no separate figure)', ['R32']),
  'L2-L3': cite(59.6, 'R32'),
  'L3-L4': cite(59.5, 'R32'),
  'L4-L5': cite(49.5, 'R32'),
  'L5-S1': cite(44.1, 'R32'),
};
export const LATERAL_DISC_MEAN_AGE: Sourced = cite(55, 'R29', 'far-lateral series of 170, mean age 55');
/**
 * Spread of age at herniation around each level's mean. With one spread for
 * all levels, the level prior shifts smoothly (log-linearly) with age.
 */
export const DISC_AGE_SD: Sourced = estimate(12, 'typical spread of age in herniation series (not reported by level)', ['R32', 'R33']);

/** How strongly a lesion involves each root it touches (1 = the root is certainly compressed). */
export const CENTRAL_DISC_SIDE_INVOLVEMENT: Sourced = estimate(
  0.7,
  'a large central disc compresses traversing roots on one or both sides; not every root is symptomatic',
  ['R52'],
);
export const CENTRAL_DISC_NEXT_ROOT: Sourced = estimate(0.35, 'central L4–5 discs can also catch S1–S5 ("L5 ± S1–S5")', ['R52']);

/** Lumbar spinal stenosis types and their roots (§2.2 stenosis mapping, §4; Konno radicular vs cauda-equina type [R43]). */
export const STENOSIS_TYPES = ['central', 'lateral_recess', 'foraminal'] as const;
export type StenosisType = (typeof STENOSIS_TYPES)[number];
export const STENOSIS_LEVELS = ['L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'] as const satisfies readonly DiscLevel[];

export const STENOSIS_TYPE_SHARE: Record<StenosisType, Sourced> = {
  central: estimate(0.5, 'Konno: cauda-equina type and radicular type both common; central canal taken as half', ['R43', 'R123']),
  lateral_recess: estimate(0.3, 'radicular type (unilateral, most often L5) from lateral-recess narrowing', ['R43']),
  foraminal: estimate(0.2, 'foraminal narrowing of the exiting root', ['R43']),
};
export const STENOSIS_LEVEL_SHARE: Record<(typeof STENOSIS_LEVELS)[number], Sourced> = {
  'L2-L3': estimate(0.05, 'degenerative stenosis is commonest at L4–5, then L3–4', ['R43']),
  'L3-L4': estimate(0.2, 'degenerative stenosis is commonest at L4–5, then L3–4', ['R43']),
  'L4-L5': estimate(0.6, 'radicular type most often L5 (L4–5)', ['R43']),
  'L5-S1': estimate(0.15, 'less common level', ['R43']),
};
/**
 * Central stenosis compresses the traversing roots of both sides only
 * intermittently (claudication): bilateral buttock/leg pain has LR 6.3 but
 * spec 0.98, i.e. many have one-sided or no fixed leg pain [R39][R41].
 */
export const CENTRAL_STENOSIS_SIDE_INVOLVEMENT: Sourced = estimate(0.55, 'bilateral symptoms in a minority of central stenosis', ['R39', 'R41', 'R43']);
export const LATERAL_STENOSIS_INVOLVEMENT: Sourced = estimate(0.8, 'radicular-type stenosis gives a unilateral dermatomal picture, less constant than a disc', ['R43']);

/** Cauda equina syndrome: level of the compressing lesion and which legs its roots reach. */
export const CES_LEVELS = ['L3-L4', 'L4-L5', 'L5-S1'] as const satisfies readonly DiscLevel[];
export const CES_LEVEL_SHARE: Record<(typeof CES_LEVELS)[number], Sourced> = {
  'L3-L4': estimate(0.1, 'occasional higher level', ['R52']),
  'L4-L5': estimate(0.5, 'large disc herniation typically at L4–5 (also L5–S1)', ['R52', 'R63']),
  'L5-S1': estimate(0.4, 'large disc herniation typically at L4–5 (also L5–S1)', ['R52', 'R63']),
};
export const CES_LEG_PATTERN_SHARE: Record<'left' | 'right' | 'both', Sourced> = {
  left: estimate(0.3, 'unilateral leg root with sacral involvement (unilateral leg pain sens 0.28 in suspected CES)', ['R54']),
  right: estimate(0.3, 'unilateral leg root with sacral involvement', ['R54']),
  both: estimate(0.4, 'bilateral leg pain sens 0.60 in confirmed CES', ['R54']),
};
