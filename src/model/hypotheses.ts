/**
 * The hypothesis space: every lesion or condition the model can blame, each
 * with the roots it compresses on each leg and the legs it reaches. Inference
 * is exact over this finite list (Bayes' rule by enumeration).
 */
import {
  CENTRAL_DISC_NEXT_ROOT,
  CENTRAL_DISC_SIDE_INVOLVEMENT,
  CENTRAL_STENOSIS_SIDE_INVOLVEMENT,
  CES_LEG_PATTERN_SHARE,
  CES_LEVEL_SHARE,
  CES_LEVELS,
  DISC_AGE_SD,
  DISC_LEVEL_MEAN_AGE,
  DISC_LEVEL_SHARE,
  DISC_ROOT_PRIOR,
  DISC_LEVELS,
  DISC_ZONE_SHARE,
  DISC_ZONES,
  LATERAL_DISC_MEAN_AGE,
  LATERAL_LEVEL_SHARE,
  LATERAL_STENOSIS_INVOLVEMENT,
  LEVEL_ROOTS,
  NEXT_ROOT,
  STENOSIS_LEVEL_SHARE,
  STENOSIS_LEVELS,
  STENOSIS_TYPE_SHARE,
  zoneRoot,
  type DiscLevel,
  type DiscZone,
  type StenosisType,
} from '../knowledge/lesions.js';
import { NEUROPATHY_VARIANT_SHARE, SERIOUS_VARIANT_SHARE, SIDE_PATTERN_SHARE, type SeriousCondition, type SidePattern } from '../knowledge/conditions.js';
import type { ProfileId } from '../knowledge/emissions.js';
import { ROOTS, type ConditionId, type PainMechanism, type Root } from '../knowledge/vocabulary.js';

export type LegSide = 'left' | 'right';
export const LEG_SIDES: readonly LegSide[] = ['left', 'right'];

export interface RootInvolvement {
  readonly root: Root;
  /** Probability the root is symptomatically compressed under this hypothesis. */
  readonly involvement: number;
}

export interface LegState {
  /** The condition reaches this leg (its lateral emissions apply here). */
  readonly active: boolean;
  readonly roots: readonly RootInvolvement[];
}

/** What a hypothesis is, in terms a caller can ask `simulate` for. */
export type Lesion =
  | { readonly kind: 'disc'; readonly level: DiscLevel; readonly zone: DiscZone; readonly side: LegSide | 'both' }
  | { readonly kind: 'stenosis'; readonly level: DiscLevel; readonly type: StenosisType; readonly side: LegSide | 'both' }
  | { readonly kind: 'cauda_equina'; readonly level: DiscLevel; readonly side: LegSide | 'both' }
  | { readonly kind: 'condition'; readonly condition: ConditionId; readonly variant?: string; readonly side: SidePattern; readonly root?: Root };

export interface Hypothesis {
  readonly index: number;
  readonly id: string;
  readonly label: string;
  readonly condition: ConditionId;
  readonly mechanism: PainMechanism;
  readonly lesion: Lesion;
  /** Emission profiles, condition first, variant last (later ones override). */
  readonly profiles: readonly ProfileId[];
  readonly legs: Readonly<Record<LegSide, LegState>>;
  /** Share of the condition's prior, before any age adjustment. */
  readonly share: number;
  /** For disc hypotheses: the mean age at which this level/zone herniates (age-shifts the level prior). */
  readonly meanAge?: number;
}

const leg = (active: boolean, roots: readonly RootInvolvement[] = []): LegState => ({ active, roots });
const none = leg(false);
const legsFor = (side: LegSide | 'both', state: LegState): Record<LegSide, LegState> => ({
  left: side === 'right' ? none : state,
  right: side === 'left' ? none : state,
});
const sidesOfPattern = (pattern: SidePattern): Record<LegSide, boolean> => ({
  left: pattern === 'left' || pattern === 'both',
  right: pattern === 'right' || pattern === 'both',
});
const normalise = <K extends string>(table: Partial<Record<K, { value: number }>>): [K, number][] => {
  const entries = Object.entries(table) as [K, { value: number }][];
  const total = entries.reduce((sum, [, v]) => sum + v.value, 0);
  return entries.map(([k, v]) => [k, v.value / total]);
};

type Draft = Omit<Hypothesis, 'index'>;

function discHypotheses(): Draft[] {
  const drafts: Draft[] = [];
  for (const zone of DISC_ZONES) {
    const lateralZone = zone === 'foraminal' || zone === 'far_lateral';
    const levelShare = lateralZone ? LATERAL_LEVEL_SHARE : DISC_LEVEL_SHARE;
    for (const level of DISC_LEVELS) {
      const share = DISC_ZONE_SHARE[zone].value * levelShare[level].value;
      const meanAge = lateralZone ? LATERAL_DISC_MEAN_AGE.value : DISC_LEVEL_MEAN_AGE[level].value;
      if (zone === 'central') {
        const traversing = LEVEL_ROOTS[level].traversing;
        const next = NEXT_ROOT[traversing];
        const roots: RootInvolvement[] = [{ root: traversing, involvement: CENTRAL_DISC_SIDE_INVOLVEMENT.value }];
        if (next) roots.push({ root: next, involvement: CENTRAL_DISC_NEXT_ROOT.value });
        drafts.push({
          id: `disc_herniation:${level}:central`,
          label: `central ${level} disc herniation`,
          condition: 'disc_herniation',
          mechanism: 'radicular',
          lesion: { kind: 'disc', level, zone, side: 'both' },
          profiles: ['disc_herniation'],
          legs: legsFor('both', leg(true, roots)),
          share,
          meanAge,
        });
        continue;
      }
      for (const side of LEG_SIDES) {
        drafts.push({
          id: `disc_herniation:${level}:${zone}:${side}`,
          label: `${side} ${zone.replace('_', '-')} ${level} disc herniation`,
          condition: 'disc_herniation',
          mechanism: 'radicular',
          lesion: { kind: 'disc', level, zone, side },
          profiles: ['disc_herniation'],
          legs: legsFor(side, leg(true, [{ root: zoneRoot(level, zone), involvement: 1 }])),
          share: share / 2,
          meanAge,
        });
      }
    }
  }
  return withRootPrior(drafts);
}

/** Rescales single-root disc hypotheses so that each root's total share is its root prior. */
function withRootPrior(drafts: Draft[]): Draft[] {
  const singleRoot = (d: Draft): Root | undefined => (d.lesion.kind === 'disc' && d.lesion.zone !== 'central' ? zoneRoot(d.lesion.level, d.lesion.zone) : undefined);
  const rootTotal = new Map<Root, number>();
  for (const d of drafts) {
    const root = singleRoot(d);
    if (root) rootTotal.set(root, (rootTotal.get(root) ?? 0) + d.share);
  }
  const singleRootMass = [...rootTotal.values()].reduce((a, b) => a + b, 0);
  return drafts.map((d) => {
    const root = singleRoot(d);
    if (!root) return d;
    return { ...d, share: (singleRootMass * DISC_ROOT_PRIOR[root].value * d.share) / (rootTotal.get(root) as number) };
  });
}

function stenosisHypotheses(): Draft[] {
  const drafts: Draft[] = [];
  for (const [type, typeShare] of normalise(STENOSIS_TYPE_SHARE)) {
    for (const [level, levelShare] of normalise(STENOSIS_LEVEL_SHARE)) {
      const root = type === 'foraminal' ? LEVEL_ROOTS[level].exiting : LEVEL_ROOTS[level].traversing;
      const base = {
        condition: 'spinal_stenosis' as const,
        mechanism: 'radicular' as const,
        profiles: ['spinal_stenosis'] as ProfileId[],
      };
      if (type === 'central') {
        drafts.push({
          ...base,
          id: `spinal_stenosis:${level}:central`,
          label: `central canal stenosis at ${level}`,
          lesion: { kind: 'stenosis', level, type, side: 'both' },
          legs: legsFor('both', leg(true, [{ root, involvement: CENTRAL_STENOSIS_SIDE_INVOLVEMENT.value }])),
          share: typeShare * levelShare,
        });
        continue;
      }
      for (const side of LEG_SIDES)
        drafts.push({
          ...base,
          id: `spinal_stenosis:${level}:${type}:${side}`,
          label: `${side} ${type.replace('_', ' ')} stenosis at ${level}`,
          lesion: { kind: 'stenosis', level, type, side },
          legs: legsFor(side, leg(true, [{ root, involvement: LATERAL_STENOSIS_INVOLVEMENT.value }])),
          share: (typeShare * levelShare) / 2,
        });
    }
  }
  return drafts;
}

function caudaEquinaHypotheses(): Draft[] {
  const drafts: Draft[] = [];
  for (const [level, levelShare] of normalise(CES_LEVEL_SHARE)) {
    const traversing = LEVEL_ROOTS[level].traversing;
    const next = NEXT_ROOT[traversing];
    const roots: RootInvolvement[] = [{ root: traversing, involvement: 1 }];
    if (next) roots.push({ root: next, involvement: CENTRAL_DISC_NEXT_ROOT.value });
    for (const [pattern, patternShare] of normalise(CES_LEG_PATTERN_SHARE))
      drafts.push({
        id: `cauda_equina_syndrome:${level}:${pattern}`,
        label: `cauda equina compression at ${level}, leg roots ${pattern === 'both' ? 'on both sides' : `on the ${pattern}`}`,
        condition: 'cauda_equina_syndrome',
        mechanism: 'radicular',
        lesion: { kind: 'cauda_equina', level, side: pattern },
        profiles: ['cauda_equina_syndrome'],
        legs: legsFor(pattern, leg(true, roots)),
        share: levelShare * patternShare,
      });
  }
  return drafts;
}

/** Conditions described by the legs they reach rather than by a root. */
function patternHypotheses(
  condition: ConditionId,
  mechanism: PainMechanism,
  profiles: readonly ProfileId[],
  shareKey: string,
  variantShare = 1,
  variant?: string,
): Draft[] {
  return normalise(SIDE_PATTERN_SHARE[shareKey] ?? {}).map(([pattern, share]) => {
    const sides = sidesOfPattern(pattern);
    const where = pattern === 'none' ? 'no leg pain' : pattern === 'both' ? 'both legs' : `${pattern} leg`;
    return {
      id: `${condition}${variant ? `.${variant}` : ''}:${pattern}`,
      label: `${condition.replaceAll('_', ' ')}${variant ? ` (${variant})` : ''}, ${where}`,
      condition,
      mechanism,
      lesion: { kind: 'condition', condition, ...(variant !== undefined && { variant }), side: pattern },
      profiles,
      legs: { left: leg(sides.left), right: leg(sides.right) },
      share: variantShare * share,
    };
  });
}

function seriousHypotheses(condition: SeriousCondition): Draft[] {
  const shares = SERIOUS_VARIANT_SHARE[condition];
  const drafts = patternHypotheses(condition, 'somatic_referred', [condition, 'serious_axial'], 'serious_axial', shares.axial.value, 'axial');
  const perRoot = shares.root.value / (ROOTS.length * 2);
  for (const root of ROOTS)
    for (const side of LEG_SIDES)
      drafts.push({
        id: `${condition}.root:${root}:${side}`,
        label: `${condition.replaceAll('_', ' ')} compressing the ${side} ${root} root`,
        condition,
        mechanism: 'radicular',
        lesion: { kind: 'condition', condition, variant: 'root', side, root },
        profiles: [condition, 'serious_root'],
        legs: legsFor(side, leg(true, [{ root, involvement: 1 }])),
        share: perRoot,
      });
  drafts.push({
    id: `${condition}.compression:both`,
    label: `${condition.replaceAll('_', ' ')} compressing the cord or cauda equina`,
    condition,
    // Compression of the cauda equina (or conus) by tumour, abscess or fracture compresses nerve roots:
    // radicular, like a cauda equina syndrome from a disc. Every hypothesis that emits sphincter or saddle
    // findings is then radicular, so explicit absent cauda equina findings can only lower the radicular
    // share (spec/triage-policy.md: they must never raise the level).
    mechanism: 'radicular',
    lesion: { kind: 'condition', condition, variant: 'compression', side: 'both' },
    profiles: [condition, 'serious_compression'],
    legs: legsFor('both', leg(true)),
    share: shares.compression.value,
  });
  return drafts;
}

export const HYPOTHESES: readonly Hypothesis[] = [
  ...discHypotheses(),
  ...stenosisHypotheses(),
  ...caudaEquinaHypotheses(),
  ...patternHypotheses('somatic_referred_pain', 'somatic_referred', ['somatic_referred_pain'], 'somatic_referred_pain'),
  ...patternHypotheses('peripheral_arterial_disease', 'non_spinal', ['peripheral_arterial_disease'], 'peripheral_arterial_disease'),
  ...patternHypotheses('hip_osteoarthritis', 'non_spinal', ['hip_osteoarthritis'], 'hip_osteoarthritis'),
  ...patternHypotheses('peripheral_neuropathy', 'non_spinal', ['peripheral_neuropathy'], 'peripheral_neuropathy', NEUROPATHY_VARIANT_SHARE.distal.value),
  ...patternHypotheses(
    'peripheral_neuropathy',
    'non_spinal',
    ['peripheral_neuropathy.proximal'],
    'peripheral_neuropathy.proximal',
    NEUROPATHY_VARIANT_SHARE.proximal.value,
    'proximal',
  ),
  ...patternHypotheses('meralgia_paresthetica', 'non_spinal', ['meralgia_paresthetica'], 'meralgia_paresthetica'),
  ...patternHypotheses('peroneal_neuropathy', 'non_spinal', ['peroneal_neuropathy'], 'peroneal_neuropathy'),
  ...seriousHypotheses('spinal_malignancy'),
  ...seriousHypotheses('spinal_infection'),
  ...seriousHypotheses('vertebral_fracture'),
].map((draft, index) => ({ ...draft, index }));

export const HYPOTHESIS_BY_ID: ReadonlyMap<string, Hypothesis> = new Map(HYPOTHESES.map((h) => [h.id, h]));

export const DISC_AGE_SPREAD = DISC_AGE_SD.value;
