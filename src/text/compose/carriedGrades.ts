/**
 * A movement named in one sentence and graded in the next: "Physio measured
 * my R ankle lift again today. 3/5 now, was 4/5 last wk." The first sentence
 * names the movement with no result; the second gives grades, and dates them,
 * with no movement of its own. Together they are the movement's grade now and
 * its trend, the red flag neither sentence shows alone.
 */
import type { Movement, Side } from '../../knowledge/vocabulary.js';
import { conceptOf, type SentenceView, type Unit } from '../view.js';
import { newDraft, type Draft } from './draft.js';
import { gradeSeries } from './gradeSeries.js';

export interface UngradedMovement {
  readonly movement: Movement;
  readonly side: Side | undefined;
}

/** How far before a movement its side may stand: "my R ankle lift". */
const SIDE_REACH = 3;

/** The one movement a sentence names without any result read for it, if there is exactly one. */
export function ungradedMovement(view: SentenceView, drafts: readonly Draft[]): UngradedMovement | undefined {
  let found: UngradedMovement | undefined;
  for (const unit of view.units) {
    const movement = conceptOf(unit, 'finding')?.targets.find((t) => t.movement)?.movement;
    if (!movement) continue;
    if (found || drafts.some((d) => d.finding === 'weakness' || d.finding === 'foot_drop')) return undefined;
    found = { movement, side: sideBefore(view, unit) };
  }
  return found;
}

function sideBefore(view: SentenceView, unit: Unit): Side | undefined {
  for (let i = unit.from - 1; i >= view.from && i >= unit.from - SIDE_REACH; i--) {
    const side = view.sideAt(i);
    if (side) return side;
  }
  return undefined;
}

/**
 * The weakness of the movement the sentence before named, from a sentence that opens on its grades ("3/5 now,
 * was 4/5 last wk."): the last grade in time, and the trend between the first and the last.
 */
export function carriedGradeDraft(view: SentenceView, carried: UngradedMovement): Draft | undefined {
  const first = view.readingFrom(view.from);
  if (!first || first.kind !== 'mrc') return undefined;
  const series = gradeSeries(view, { from: view.from, to: view.from, concepts: [] });
  const grade = series?.grade ?? first.value;
  const to = series?.to ?? first.to;
  return newDraft('weakness', grade < 5 ? 'present' : 'absent', 'current', view.from, to, {
    side: series?.side ?? carried.side,
    movement: carried.movement,
    grade,
    trend: series?.trend,
  });
}
