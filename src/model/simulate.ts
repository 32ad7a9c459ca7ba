/**
 * The model run forwards: given a lesion or a condition, the probability of
 * every finding, most probable first — a teaching view, and the first half of
 * the simulate → infer round trip that tests the model.
 */
import type { CaseInput, EvidenceItem } from '../case/schema.js';
import { DISC_LEVELS, DISC_ZONES, type DiscLevel, type DiscZone } from '../knowledge/lesions.js';
import { CONDITIONS, REGIONS, type ConditionId, type FindingId, type Movement, type Region } from '../knowledge/vocabulary.js';
import { HYPOTHESES, HYPOTHESIS_BY_ID, LEG_SIDES, type Hypothesis, type LegSide } from './hypotheses.js';
import { logPriors } from './priors.js';
import { EMISSION_KEYS, isLateralKey, MODEL, pIndex, REGION_COUNT, REGION_FINDING_SLOT, regionIndex } from './tables.js';

export type SimulationTarget =
  | { readonly hypothesis: string }
  | { readonly condition: ConditionId; readonly side?: LegSide | 'both' };

export interface SimulatedFinding {
  /** A finding id, or a course feature (sudden_onset, chronic_course, worsening_course). */
  readonly finding: string;
  readonly side?: LegSide;
  readonly movement?: Movement;
  readonly probability: number;
  /** For pain and sensory findings: the regions most likely to be named, most likely first. */
  readonly regions?: readonly Region[];
}

/** Parses `L4-L5:posterolateral:left` (or `L5-S1:central`) into a disc hypothesis id. */
export function parseLesion(spec: string): string {
  const [level, zone, side] = spec.split(':');
  if (!DISC_LEVELS.includes(level as DiscLevel)) throw new Error(`unknown disc level "${level}" (one of ${DISC_LEVELS.join(', ')})`);
  if (!DISC_ZONES.includes(zone as DiscZone)) throw new Error(`unknown zone "${zone}" (one of ${DISC_ZONES.join(', ')})`);
  if (zone === 'central') return `disc_herniation:${level}:central`;
  if (side !== 'left' && side !== 'right') throw new Error(`a ${zone} herniation needs a side: left or right`);
  return `disc_herniation:${level}:${zone}:${side}`;
}

function sideMatches(h: Hypothesis, side: LegSide | 'both' | undefined): boolean {
  if (side === undefined) return true;
  const { left, right } = { left: h.legs.left.active, right: h.legs.right.active };
  return side === 'both' ? left && right : h.legs[side].active && !h.legs[side === 'left' ? 'right' : 'left'].active;
}

function selectHypotheses(target: SimulationTarget): { hypotheses: Hypothesis[]; weights: number[] } {
  if ('hypothesis' in target) {
    const h = HYPOTHESIS_BY_ID.get(target.hypothesis);
    if (!h) throw new Error(`unknown hypothesis "${target.hypothesis}"`);
    return { hypotheses: [h], weights: [1] };
  }
  if (!CONDITIONS.includes(target.condition)) throw new Error(`unknown condition "${target.condition}"`);
  const hypotheses = HYPOTHESES.filter((h) => h.condition === target.condition && sideMatches(h, target.side));
  if (hypotheses.length === 0) throw new Error(`${target.condition} has no presentation on side ${target.side}`);
  const prior = logPriors(undefined, undefined);
  const raw = hypotheses.map((h) => Math.exp(prior[h.index] as number));
  const total = raw.reduce((s, v) => s + v, 0);
  return { hypotheses, weights: raw.map((v) => v / total) };
}

/** The regions a finding most probably covers: those covered with probability at least one half (at least the likeliest one). */
function likelyRegions(hypotheses: Hypothesis[], weights: number[], slot: number, s: number): Region[] {
  const mix = new Float64Array(REGION_COUNT);
  hypotheses.forEach((h, i) => {
    for (let r = 0; r < REGION_COUNT; r++) mix[r] = (mix[r] as number) + (weights[i] as number) * (MODEL.region[regionIndex(h.index, slot, s, r)] as number);
  });
  const ranked = REGIONS.map((region, r) => ({ region, q: mix[r] as number })).sort((a, b) => b.q - a.q);
  const covered = ranked.filter((x) => x.q >= 0.5);
  return (covered.length > 0 ? covered : ranked.slice(0, 1)).map((x) => x.region);
}

export function simulate(target: SimulationTarget): SimulatedFinding[] {
  const { hypotheses, weights } = selectHypotheses(target);
  const out: SimulatedFinding[] = [];
  EMISSION_KEYS.forEach((key, k) => {
    const movement = key.startsWith('weakness@') ? (key.slice('weakness@'.length) as Movement) : undefined;
    const finding = movement ? 'weakness' : key;
    const sides = isLateralKey(key) ? [0, 1] : [0];
    for (const s of sides) {
      let probability = 0;
      hypotheses.forEach((h, i) => (probability += (weights[i] as number) * (MODEL.p[pIndex(h.index, k, s)] as number)));
      const slot = REGION_FINDING_SLOT[finding as FindingId];
      out.push({
        finding,
        ...(isLateralKey(key) && { side: LEG_SIDES[s] }),
        ...(movement && { movement }),
        probability,
        ...(slot !== undefined && { regions: likelyRegions(hypotheses, weights, slot, s) }),
      });
    }
  });
  return out.sort((a, b) => b.probability - a.probability);
}

/**
 * The most probable state of every finding as a Case: present when its
 * probability is at least one half, otherwise absent (absent on both legs is
 * written once with side `both`). Course features become onset and duration.
 */
export function simulationToCase(findings: readonly SimulatedFinding[], id?: string): CaseInput {
  const evidence: EvidenceItem[] = [];
  const absentBySubject = new Map<string, SimulatedFinding[]>();
  let onset: 'sudden' | 'gradual' | undefined;
  let durationDays: number | undefined;
  let worsening = false;
  for (const f of findings) {
    const present = f.probability >= 0.5;
    if (f.finding === 'sudden_onset') onset = present ? 'sudden' : 'gradual';
    else if (f.finding === 'chronic_course') durationDays = present ? 180 : 21;
    else if (f.finding === 'worsening_course') worsening = present;
    else if (present)
      evidence.push({
        finding: f.finding,
        status: 'present',
        ...(f.side && { side: f.side }),
        ...(f.movement && { movement: f.movement }),
        ...(f.regions && f.regions.length > 0 && { regions: [...f.regions] }),
      });
    else {
      const subject = `${f.finding}|${f.movement ?? ''}`;
      absentBySubject.set(subject, [...(absentBySubject.get(subject) ?? []), f]);
    }
  }
  for (const group of absentBySubject.values()) {
    const first = group[0] as SimulatedFinding;
    const side = first.side === undefined ? undefined : group.length === 2 ? 'both' : first.side;
    evidence.push({ finding: first.finding, status: 'absent', ...(side && { side }), ...(first.movement && { movement: first.movement }) });
  }
  if (worsening) {
    const item = evidence.find((e) => e.status === 'present' && e.finding === 'leg_pain');
    if (item) item.trend = 'worsening';
  }
  return {
    ...(id !== undefined && { id }),
    ...(onset && { onset }),
    ...(durationDays !== undefined && { durationDays }),
    evidence,
  };
}
