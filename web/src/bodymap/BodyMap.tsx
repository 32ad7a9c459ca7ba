/**
 * The body map: front and back views as SVG. Interactive, every region is a
 * checkbox reachable with Tab and toggled with Enter or Space; read-only, it
 * draws a person's marks and, optionally, a nerve root's dermatome over them.
 */
import { REGION_WORDS } from '../../../src/knowledge/questions.js';
import type { Region } from '../../../src/knowledge/vocabulary.js';
import { LOWER_BACK, shapesFor, TRUNK_OUTLINE, VIEW_BOX, type LegSide, type View } from './geometry.js';
import { isMarked, SYMPTOM_WORDS, type Marks, type Symptom } from './marks.js';

export interface DermatomeOverlay {
  readonly sides: readonly LegSide[];
  /** Region → weight (1 = core of the map, less = overlap). */
  readonly weights: Readonly<Partial<Record<Region, number>>>;
  readonly label: string;
}

interface BodyMapProps {
  readonly marks: Marks;
  /** The symptom being marked (interactive) or the symptoms drawn (read-only). */
  readonly symptoms: readonly Symptom[];
  readonly onToggle?: (side: LegSide, region: Region) => void;
  readonly onToggleBack?: () => void;
  readonly overlay?: DermatomeOverlay;
  /** Accessible name of the whole map. */
  readonly label: string;
}

const SIDE_NAME: Record<LegSide, string> = { left: 'Left', right: 'Right' };

function activate(event: KeyboardEvent, action: () => void) {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    action();
  }
}

function markClass(marks: Marks, symptoms: readonly Symptom[], side: LegSide, region: Region): string {
  const marked = symptoms.filter((s) => isMarked(marks, s, side, region));
  return marked.length > 0 ? `mark mark-${marked[0]}${marked.length > 1 ? ' mark-several' : ''}` : '';
}

function ViewSvg(props: BodyMapProps & { view: View }) {
  const { view, marks, symptoms, onToggle, overlay } = props;
  const interactive = onToggle !== undefined;
  const symptom = symptoms[0];
  const title = view === 'front' ? 'Front view' : 'Back view';
  return (
    <figure class="bodymap-view">
      <svg
        viewBox={`0 0 ${VIEW_BOX.width} ${VIEW_BOX.height}`}
        role={interactive ? 'group' : 'img'}
        aria-label={`${props.label}: ${title.toLowerCase()}`}
        class={interactive ? 'bodymap interactive' : 'bodymap'}
      >
        <defs>
          <pattern id={`hatch-${view}`} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="2" height="7" class="hatch" />
          </pattern>
        </defs>
        <path d={TRUNK_OUTLINE} class="trunk" aria-hidden="true" />
        {view === 'back' && (
          <rect
            {...LOWER_BACK}
            rx="8"
            class={`region${marks.backPain ? ' mark mark-pain' : ''}`}
            {...(interactive && props.onToggleBack && symptom === 'pain'
              ? {
                  role: 'checkbox',
                  tabindex: 0,
                  'aria-checked': marks.backPain ? 'true' : 'false',
                  'aria-label': 'Lower back (low back pain)',
                  onClick: props.onToggleBack,
                  onKeyDown: (e: KeyboardEvent) => activate(e, props.onToggleBack!),
                }
              : { 'aria-hidden': 'true' })}
          />
        )}
        {view === 'back' && (
          <text x={LOWER_BACK.x + LOWER_BACK.width / 2} y={LOWER_BACK.y + LOWER_BACK.height / 2 + 4} class="region-label" aria-hidden="true">
            Lower back
          </text>
        )}
        {shapesFor(view).map((shape) => {
          const words = REGION_WORDS[shape.region];
          const name = `${SIDE_NAME[shape.side]} ${words.label.toLowerCase()}`;
          const weight = overlay && overlay.sides.includes(shape.side) ? overlay.weights[shape.region] ?? 0 : 0;
          const cls = `region ${markClass(marks, symptoms, shape.side, shape.region)}`;
          return (
            <g key={`${shape.side}-${shape.region}`}>
              {interactive && symptom ? (
                <polygon
                  points={shape.points}
                  class={cls}
                  role="checkbox"
                  tabindex={0}
                  aria-checked={isMarked(marks, symptom, shape.side, shape.region) ? 'true' : 'false'}
                  aria-label={`${name} (${words.term}): ${SYMPTOM_WORDS[symptom].label.toLowerCase()}`}
                  data-region={shape.region}
                  data-side={shape.side}
                  onClick={() => onToggle(shape.side, shape.region)}
                  onKeyDown={(e) => activate(e, () => onToggle(shape.side, shape.region))}
                >
                  <title>{name}</title>
                </polygon>
              ) : (
                <polygon points={shape.points} class={cls} aria-hidden="true" data-region={shape.region} data-side={shape.side} />
              )}
              {weight > 0 && (
                <polygon
                  points={shape.points}
                  class="dermatome"
                  fill={`url(#hatch-${view})`}
                  opacity={Math.max(0.35, Math.min(0.9, weight)).toFixed(2)}
                  aria-hidden="true"
                  data-dermatome={shape.region}
                  data-side={shape.side}
                />
              )}
            </g>
          );
        })}
        <text x="70" y="436" class="side-label" aria-hidden="true">
          {view === 'front' ? 'Right' : 'Left'}
        </text>
        <text x="150" y="436" class="side-label" aria-hidden="true">
          {view === 'front' ? 'Left' : 'Right'}
        </text>
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}

export function BodyMap(props: BodyMapProps) {
  return (
    <div class="bodymap-views">
      <ViewSvg {...props} view="front" />
      <ViewSvg {...props} view="back" />
    </div>
  );
}

/** The marks in words, for screen readers and the printout. */
export function MarksSummary({ marks, symptoms }: { marks: Marks; symptoms: readonly Symptom[] }) {
  const lines = symptoms.flatMap((symptom) =>
    (['left', 'right'] as const).flatMap((side) => {
      const regions = marks[symptom]?.[side] ?? [];
      return regions.length > 0
        ? [`${SYMPTOM_WORDS[symptom].label} in the ${side} leg: ${regions.map((r) => REGION_WORDS[r].label.toLowerCase()).join(', ')}`]
        : [];
    }),
  );
  if (marks.backPain && symptoms.includes('pain')) lines.unshift('Pain in the lower back');
  return lines.length > 0 ? (
    <ul class="marks-summary">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  ) : (
    <p class="marks-summary">Nothing marked yet.</p>
  );
}
