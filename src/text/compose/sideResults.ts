/**
 * A test named with no result of its own, followed by one result per side:
 * "When the doctor tapped below my knees, the right leg jerked normally and
 * the left didn't move at all"; "asked me to stand up from a chair on one
 * leg, I couldn't manage it on the left, but on the right it was no problem".
 * Patients tell an examination this way: the test, then what each side did.
 */
import type { Side } from '../../knowledge/vocabulary.js';
import { conceptOf, hasConcept, hasDirected, type SentenceView, type Unit } from '../view.js';
import type { Finding } from './draft.js';
import { ownSide } from './sites.js';

export interface SideResult {
  readonly side: Side;
  readonly meaning: 'abnormal' | 'normal';
  /** Token range of the result's words, and the side sites it used (so they are not read as sites declared well). */
  readonly from: number;
  readonly to: number;
  readonly sites: readonly Unit[];
}

/** Words that start a new result within a clause: "the right jerked and the left didn't". */
const PART_LINKS = new Set(['and', 'whereas', 'while', 'though']);
/** Results are read over this many parts after the test at most. */
const MAX_PARTS = 5;

interface Part {
  side?: Side;
  meaning?: 'abnormal' | 'normal';
  negated: boolean;
  from: number;
  to: number;
  sites: Unit[];
}

/** The per-side results after a neutral term that has no qualifier of its own; empty when the sentence gives none. */
export function sideResults(view: SentenceView, unit: Unit, term: Finding): SideResult[] {
  const results: SideResult[] = [];
  let part: Part | undefined;
  let parts = 0;
  const close = (): void => {
    // A negation and nothing else is the test failing, or the response not being there, as the term says ("the left didn't move at all").
    if (part && !part.meaning && part.negated && term.bareNegation) part.meaning = term.bareNegation === 'present' ? 'abnormal' : 'normal';
    if (part?.side && part.meaning) results.push({ side: part.side, meaning: part.meaning, from: part.from, to: part.to, sites: part.sites });
    part = undefined;
  };
  for (let i = unit.to; i < view.to; i++) {
    const norm = view.norm(i);
    const other = view.unitAtToken(i);
    const starts = other?.from === i;
    const boundary = (!other || starts) && (PART_LINKS.has(norm) || norm === ',' || view.clause(i) !== view.clause(i - 1));
    if (boundary) {
      close();
      if (++parts > MAX_PARTS) break;
      if (PART_LINKS.has(norm) || norm === ',') continue;
    }
    part ??= { negated: false, from: i, to: i + 1, sites: [] };
    if (other && starts) {
      // Another finding, pain or place begins: what follows is about it, not about the test.
      if (hasConcept(other, 'finding') || hasConcept(other, 'pain') || hasConcept(other, 'dermatome')) break;
      const site = conceptOf(other, 'site');
      if (site && site.site !== 'leg') break;
      if (site) part.sites.push(other);
      const side = conceptOf(other, 'side')?.side ?? (site && ownSide(view, { unit: other, site }));
      if (side) part.side ??= side;
      const qualifier = conceptOf(other, 'qualifier');
      if (!part.meaning && qualifier) part.meaning = part.negated ? opposite(qualifier.meaning) : qualifier.meaning;
      else if (!part.meaning && hasDirected(other, 'negation', 'post')) part.meaning = 'normal';
      else if (!part.meaning && hasDirected(other, 'negation', 'pre')) part.negated = true;
      if (part.side || part.meaning || part.negated) part.to = Math.max(part.to, other.to);
      i = other.to - 1;
      continue;
    }
    if (!other) {
      const side = view.sideAt(i);
      if (side) {
        part.side ??= side;
        part.to = Math.max(part.to, i + 1);
      }
    }
  }
  close();
  return results;
}

const opposite = (meaning: 'abnormal' | 'normal'): 'abnormal' | 'normal' => (meaning === 'abnormal' ? 'normal' : 'abnormal');
