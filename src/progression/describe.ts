/** Progression changes in plain words, for the assessment's warnings and the clinician's view. */
import type { ProgressionChange } from './change.js';

const words = (id: string): string => id.replaceAll('_', ' ');
const onSide = (side: string | undefined): string => (side ? ` (${side})` : '');

export function describeChange(change: Omit<ProgressionChange, 'text'>): string {
  const since = `since assessment ${change.comparedWith}`;
  switch (change.kind) {
    case 'grade_fell':
      return `${words(change.movement ?? 'strength')}${onSide(change.side)} fell from MRC ${change.from} to ${change.to} ${since}`;
    case 'new_movement':
      return `weakness has spread to ${words(change.movement ?? 'another movement')}${onSide(change.side)} ${since}`;
    case 'other_side':
      return `${words(change.finding)} has spread to the ${change.side ?? 'other'} side ${since}`;
    case 'new_regions':
      return `${words(change.finding)}${onSide(change.side)} has spread to ${(change.regions ?? []).map(words).join(', ')} ${since}`;
    case 'new_finding':
      return `${words(change.finding)}${onSide(change.side)} is new ${since}`;
  }
}
