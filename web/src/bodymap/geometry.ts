/**
 * Shapes of the body map: front and back views of the lower back and legs.
 * Each region of spec/case-format.md is drawn on one view; coordinates are in
 * a 220 × 440 view box. Across a leg, u runs from -1 (inner, medial) to +1
 * (outer, lateral), so one table draws both legs in both views.
 */
import type { Region } from '../../../src/knowledge/vocabulary.js';

export type View = 'front' | 'back';
export type LegSide = 'left' | 'right';

interface Band {
  readonly region: Region;
  readonly view: View;
  /** Across the leg, inner (-1) to outer (+1). */
  readonly u: readonly [number, number];
  /** Down the leg, in view-box units. */
  readonly y: readonly [number, number];
}

export const VIEW_BOX = { width: 220, height: 440 } as const;

const BANDS: readonly Band[] = [
  { region: 'groin', view: 'front', u: [-1, 0.45], y: [104, 124] },
  { region: 'medial_thigh', view: 'front', u: [-1, -0.3], y: [124, 232] },
  { region: 'anterior_thigh', view: 'front', u: [-0.3, 0.45], y: [124, 232] },
  { region: 'lateral_thigh', view: 'front', u: [0.45, 1], y: [104, 232] },
  { region: 'knee', view: 'front', u: [-1, 1], y: [232, 262] },
  { region: 'medial_leg', view: 'front', u: [-1, 0], y: [262, 372] },
  { region: 'lateral_leg', view: 'front', u: [0, 1], y: [262, 372] },
  { region: 'big_toe', view: 'front', u: [-1.15, -0.35], y: [372, 414] },
  { region: 'dorsum_foot', view: 'front', u: [-0.35, 0.55], y: [372, 406] },
  { region: 'lateral_foot', view: 'front', u: [0.55, 1.15], y: [372, 406] },
  { region: 'buttock', view: 'back', u: [-1, 1], y: [96, 146] },
  { region: 'posterior_thigh', view: 'back', u: [-1, 1], y: [146, 246] },
  { region: 'calf', view: 'back', u: [-1, 1], y: [246, 372] },
  { region: 'heel', view: 'back', u: [-0.7, 0.7], y: [372, 398] },
  { region: 'sole', view: 'back', u: [-1, 1], y: [398, 420] },
];

/** Half the leg's width at a height: thigh to knee to ankle, then the foot. */
function halfWidth(y: number): number {
  if (y >= 372) return 20;
  const stops: readonly [number, number][] = [
    [96, 38],
    [232, 24],
    [262, 22],
    [372, 13],
  ];
  for (let i = 1; i < stops.length; i++) {
    const [y0, w0] = stops[i - 1]!;
    const [y1, w1] = stops[i]!;
    if (y <= y1) return w0 + ((Math.max(y, y0) - y0) / (y1 - y0)) * (w1 - w0);
  }
  return 13;
}

/** Where a leg sits in a view, and which way its outer side faces. */
function legPlacement(view: View, side: LegSide): { cx: number; outward: 1 | -1 } {
  // Front view: the person faces us, so their right leg is on our left.
  const onViewerLeft = view === 'front' ? side === 'right' : side === 'left';
  return onViewerLeft ? { cx: 70, outward: -1 } : { cx: 150, outward: 1 };
}

export interface RegionShape {
  readonly region: Region;
  readonly side: LegSide;
  readonly view: View;
  readonly points: string;
}

function polygon(band: Band, side: LegSide): string {
  const { cx, outward } = legPlacement(band.view, side);
  const x = (u: number, y: number) => (cx + outward * u * halfWidth(y)).toFixed(1);
  const [u0, u1] = band.u;
  const [y0, y1] = band.y;
  return [
    `${x(u0, y0)},${y0}`,
    `${x(u1, y0)},${y0}`,
    `${x(u1, y1)},${y1}`,
    `${x(u0, y1)},${y1}`,
  ].join(' ');
}

export const REGION_SHAPES: readonly RegionShape[] = BANDS.flatMap((band) =>
  (['right', 'left'] as const).map((side) => ({ region: band.region, side, view: band.view, points: polygon(band, side) })),
);

/** The lower back, on the back view: marks low back pain. */
export const LOWER_BACK = { x: 64, y: 44, width: 92, height: 48 } as const;

/** Outline of the trunk above the legs, for orientation only. */
export const TRUNK_OUTLINE = 'M52,10 L168,10 L172,96 L48,96 Z';

export const shapesFor = (view: View) => REGION_SHAPES.filter((s) => s.view === view);
