/**
 * A patient's timeline as SVG charts: MRC grade per movement and side, and
 * the triage level, over the stored assessments; progression warnings above.
 * Each chart has a table of the same numbers for screen readers and print.
 */
import { MOVEMENT_WORDS } from '../../../src/knowledge/questions.js';
import { TRIAGE_LEVELS, triageRank } from '../../../src/knowledge/vocabulary.js';
import { LEVEL_WORDS } from '../result/words.js';
import type { TimelinePoint } from './api.js';

const W = 320;
const H = 160;
const PAD = { left: 34, right: 12, top: 12, bottom: 26 };
const COLORS = ['#0b5cad', '#a6361c', '#2b7a3d', '#7b3fa0', '#8a6d00', '#00727a', '#b0306a'];

const PROGRESSION_WORDS: Record<string, string> = {
  grade_fell: 'muscle strength has fallen',
  new_movement: 'a new movement has become weak',
  other_side: 'a deficit has appeared on the other side',
  new_regions: 'numbness or sensory loss has spread',
  new_finding: 'a new warning finding has appeared',
};

const dateLabel = (iso: string) => new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

function x(i: number, n: number) {
  return PAD.left + (n <= 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (n - 1));
}

interface Series {
  readonly key: string;
  readonly label: string;
  readonly values: readonly (number | undefined)[];
}

function gradeSeries(points: readonly TimelinePoint[]): Series[] {
  const keys = new Map<string, string>();
  for (const p of points) for (const g of p.grades) keys.set(`${g.movement}:${g.side ?? ''}`, `${MOVEMENT_WORDS[g.movement].term}${g.side ? `, ${g.side}` : ''}`);
  return [...keys].map(([key, label]) => ({
    key,
    label,
    values: points.map((p) => p.grades.find((g) => `${g.movement}:${g.side ?? ''}` === key)?.grade),
  }));
}

const presence = (value: string | null): number | undefined => (value === 'present' ? 1 : value === 'absent' ? 0 : undefined);

function painSeries(points: readonly TimelinePoint[]): Series[] {
  const leg = (side: 'left' | 'right') => (p: TimelinePoint) =>
    p.pain.leg === 'present' ? (p.pain.legSides.includes(side) || p.pain.legSides.includes('both') ? 1 : 0) : presence(p.pain.leg);
  return [
    { key: 'back', label: 'Low back pain', values: points.map((p) => presence(p.pain.back)) },
    { key: 'leg-left', label: 'Leg pain, left', values: points.map(leg('left')) },
    { key: 'leg-right', label: 'Leg pain, right', values: points.map(leg('right')) },
  ];
}

function LineChart({ series, n, max, yLabels, title, id }: { series: readonly Series[]; n: number; max: number; yLabels: readonly string[]; title: string; id: string }) {
  const y = (v: number) => PAD.top + ((max - v) * (H - PAD.top - PAD.bottom)) / max;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} class="chart" role="img" aria-labelledby={`${id}-title`} data-chart={id}>
      <title id={`${id}-title`}>{title}</title>
      {yLabels.map((label, v) => (
        <g key={label}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} class="grid" />
          <text x={PAD.left - 4} y={y(v) + 3} class="axis" text-anchor="end">
            {label}
          </text>
        </g>
      ))}
      {series.map((s, si) => {
        const color = COLORS[si % COLORS.length];
        const pts = s.values.map((v, i) => (v === undefined ? null : ([x(i, n), y(v)] as const)));
        return (
          <g key={s.key} data-series={s.key}>
            {pts.map((p, i) => {
              const prev = pts[i - 1];
              if (!p || !prev) return null;
              const fell = (s.values[i] ?? 0) < (s.values[i - 1] ?? 0);
              return (
                <line key={`l${i}`} x1={prev[0]} y1={prev[1]} x2={p[0]} y2={p[1]} stroke={color} class={fell ? 'segment fell' : 'segment'} data-fell={fell ? 'true' : 'false'} />
              );
            })}
            {pts.map((p, i) => (p ? <circle key={`c${i}`} cx={p[0]} cy={p[1]} r="3.5" fill={color} /> : null))}
          </g>
        );
      })}
    </svg>
  );
}

function Legend({ series }: { series: readonly Series[] }) {
  return (
    <ul class="chart-legend">
      {series.map((s, i) => (
        <li key={s.key}>
          <span class="swatch" style={{ background: COLORS[i % COLORS.length] }} aria-hidden="true" /> {s.label}
        </li>
      ))}
    </ul>
  );
}

export function TimelineCharts({ points }: { points: readonly TimelinePoint[] }) {
  if (points.length === 0) return <p>No assessments yet.</p>;
  const n = points.length;
  const grades = gradeSeries(points);
  const pain = painSeries(points);
  const warnings = points.flatMap((p, i) =>
    p.progression.length > 0 || p.redFlags.includes('progressive_weakness')
      ? [{ point: p, index: i, kinds: p.progression.length > 0 ? p.progression : ['grade_fell'] }]
      : [],
  );
  return (
    <div class="timeline">
      {warnings.length > 0 && (
        <div class="progression-warning" role="alert">
          <h3>Progression warning</h3>
          <ul>
            {warnings.map((w) => (
              <li key={w.point.assessmentId}>
                {dateLabel(w.point.createdAt)}: {w.kinds.map((k) => PROGRESSION_WORDS[k] ?? k).join('; ')} since the previous assessment. Triage:{' '}
                <strong>{LEVEL_WORDS[w.point.triageLevel].term}</strong>.
              </li>
            ))}
          </ul>
        </div>
      )}

      <figure class="chart-figure">
        <figcaption>Muscle strength (MRC grade) over time</figcaption>
        {grades.length > 0 ? (
          <LineChart id="grades" series={grades} n={n} max={5} yLabels={['0', '1', '2', '3', '4', '5']} title="MRC grade per movement and side over time" />
        ) : (
          <p>No movements tested yet.</p>
        )}
        <Legend series={grades} />
      </figure>

      <figure class="chart-figure">
        <figcaption>Pain over time (1 = present, 0 = absent)</figcaption>
        <LineChart id="pain" series={pain} n={n} max={1} yLabels={['no', 'yes']} title="Back and leg pain over time" />
        <Legend series={pain} />
      </figure>

      <figure class="chart-figure">
        <figcaption>Triage level over time</figcaption>
        <LineChart
          id="triage"
          series={[{ key: 'triage', label: 'Triage level', values: points.map((p) => triageRank(p.triageLevel)) }]}
          n={n}
          max={TRIAGE_LEVELS.length - 1}
          yLabels={TRIAGE_LEVELS.map((l) => LEVEL_WORDS[l].term.split(' ')[0]!)}
          title="Triage level over time"
        />
      </figure>

      <div class="table-scroll" tabIndex={0} role="region" aria-label="Assessments table (scrolls sideways)">
      <table class="timeline-table">
        <caption>Assessments, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Triage</th>
            <th scope="col">Pain</th>
            {grades.map((s) => (
              <th scope="col" key={s.key}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={p.assessmentId}>
              <th scope="row">{dateLabel(p.createdAt)}</th>
              <td>{LEVEL_WORDS[p.triageLevel].term}</td>
              <td>
                {[p.pain.back === 'present' ? 'back' : null, p.pain.leg === 'present' ? `leg (${p.pain.legSides.join(', ') || 'side not given'})` : null]
                  .filter(Boolean)
                  .join('; ') || 'none recorded'}
              </td>
              {grades.map((s) => (
                <td key={s.key}>{s.values[i] ?? '–'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}
