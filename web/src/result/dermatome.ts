/** The likely root's dermatome, read from the knowledge base's sensory map, for drawing on the body map. */
import type { Assessment } from '../../../src/case/schema.js';
import { SENSORY_MAP } from '../../../src/knowledge/anatomy.js';
import type { Region, Root } from '../../../src/knowledge/vocabulary.js';
import type { DermatomeOverlay } from '../bodymap/BodyMap.js';

/** A root is drawn once it is at least this likely (below it, the map would suggest more than we know). */
const DRAW_FROM = 0.3;

export function dermatomeWeights(root: Root): Partial<Record<Region, number>> {
  const weights: Partial<Record<Region, number>> = {};
  for (const [region, sourced] of Object.entries(SENSORY_MAP[root]) as [Region, { value: number }][]) weights[region] = sourced.value;
  return weights;
}

export function likelyDermatome(assessment: Assessment): (DermatomeOverlay & { root: Root }) | undefined {
  const top = assessment.roots[0];
  if (!top || top.probability < DRAW_FROM) return undefined;
  return {
    root: top.root,
    sides: top.side === 'both' ? ['left', 'right'] : [top.side],
    weights: dermatomeWeights(top.root),
    label: `${top.root} dermatome`,
  };
}
