/**
 * A test followed by one result per side: "When the doctor tapped below my
 * knees, the right leg jerked normally and the left didn't move at all";
 * "asked me to stand up from a chair on one leg, I couldn't manage it on the
 * left, but on the right it was no problem". Patients tell an examination
 * this way: the test, then what each side did; clinicians grade it so
 * ("right hip flexion 5/5, left 4/5", "Achilles absent on the right, present
 * on the left").
 */
import type { Side, Trend } from '../../knowledge/vocabulary.js';
import { conceptOf, hasConcept, hasDirected, type SentenceView, type Unit } from '../view.js';
import type { Finding } from './draft.js';
import { polarityOfReading, qualifierMeaning } from './qualifier.js';
import { ownSide } from './sites.js';
import { AUXILIARIES, FILLER } from './words.js';

/** A result a test got apart from its own words: for one side, or for one place. */
export interface TermResult {
  readonly side?: Side;
  readonly meaning: 'abnormal' | 'normal';
  /** "left 4/5": the grade that gave the meaning. */
  readonly grade?: number;
  /** "equivocal on the left": said with doubt. */
  readonly uncertain?: true;
  /** "DF 4/5 R …; now R 3/5": a later grade's change from the side's grade before it. */
  readonly trend?: Trend;
  /** Token range of the result's words, and the side sites it used (so they are not read as sites declared well). */
  readonly from: number;
  readonly to: number;
  readonly sites: readonly Unit[];
}

export interface SideResult extends TermResult {
  readonly side: Side;
}

/** Words that start a new result within a clause: "the right jerked and the left didn't". */
const PART_LINKS = new Set(['and', 'whereas', 'while', 'though']);
/** Words a later grading of the test opens on. */
const LATER_LEADS = new Set(['now', 'today', 'currently', 'later', 'then']);
/** Results are read over this many parts after the test at most. */
const MAX_PARTS = 5;

interface Part {
  side?: Side;
  meaning?: 'abnormal' | 'normal';
  grade?: number;
  negated: boolean;
  uncertain: boolean;
  /** Whether a grade gave the part's result ("2+ L"), so a side's letter beside it is a side. */
  graded: boolean;
  /** Opened on a time ("now R 3/5"): a later grading of a side graded before. */
  later: boolean;
  /** The grade as written, normal ones too ("5/5" is 5), for comparing a later grading with the one before. */
  written?: number;
  /** Words that are neither links, sides, places nor lexicon words ("jerked", "manage"). */
  unknown: number;
  /** Whether the part opened on what a result opens on: a side, a leg, who did it, or the result itself. */
  opened: boolean;
  rejected: boolean;
  from: number;
  to: number;
  sites: Unit[];
}

/** The per-side results after a neutral term that has no qualifier of its own; empty when the sentence gives none. */
export function sideResults(view: SentenceView, unit: Unit, term: Finding): SideResult[] {
  const results: SideResult[] = [];
  // Each side's grades as written, in order, for a later grading to be compared with.
  const written: { side: Side; grade: number }[] = [];
  // Once a part opens on a time, it and the parts after it are the later grading: "now R 3/5, L 4/5".
  let later = false;
  let part: Part | undefined;
  let parts = 0;
  let gradedByShorthand = false;
  const close = (): void => {
    // A negation and nothing else is the test failing, or the response not being there, as the term says ("the left didn't move at all").
    if (part && !part.meaning && part.negated && term.bareNegation) part.meaning = term.bareNegation === 'present' ? 'abnormal' : 'normal';
    if (part?.side && part.meaning && !part.rejected && part.unknown <= UNKNOWN_BUDGET) {
      const side = part.side;
      const now = part.written;
      const before = part.later && now !== undefined ? written.findLast((w) => w.side === side)?.grade : undefined;
      const trend: Trend | undefined = before === undefined || now === undefined ? undefined : now < before ? 'worsening' : now > before ? 'improving' : 'stable';
      if (now !== undefined) written.push({ side, grade: now });
      results.push({
        side,
        meaning: part.meaning,
        ...(part.grade !== undefined && { grade: part.grade }),
        ...(part.uncertain && { uncertain: true }),
        ...(trend && { trend }),
        from: part.from,
        to: part.to,
        sites: part.sites,
      });
    }
    part = undefined;
  };
  for (let i = unit.to; i < view.to; i++) {
    const norm = view.norm(i);
    const other = view.unitAtToken(i);
    const starts = other?.from === i;
    const boundary = (!other || starts) && (PART_LINKS.has(norm) || norm === ',' || view.clause(i) !== view.clause(i - 1));
    // "R 2+ L 1+": a side after a whole result opens the next result, commas or not.
    const nextSide = !boundary && part?.side !== undefined && part.meaning !== undefined && starts && hasConcept(other!, 'side');
    if (boundary || nextSide) {
      close();
      if (++parts > MAX_PARTS) break;
      if (PART_LINKS.has(norm) || norm === ',' || norm === ':' || norm === ';') continue;
    }
    part ??= { negated: false, uncertain: false, graded: false, later, unknown: 0, opened: false, rejected: false, from: i, to: i + 1, sites: [] };
    // "left 4/5", "4/5 on the left", "2/2 BLE": a grade is a result, and may open one. (Reflexes graded by
    // place, "3+/3+ patellae, 0/1 ankles", are read apart: reflexSites.ts.)
    const reading = view.readingFrom(i);
    const grade = reading && isGrade(reading.kind, term) ? reading : undefined;
    const polarity = grade && polarityOfReading(grade, term);
    if (grade && polarity && polarity !== 'stop') {
      part.opened = true;
      part.graded = true;
      if (!part.meaning) {
        part.meaning = polarity.meaning;
        part.grade = polarity.grade;
        if (grade.kind === 'mrc') part.written = grade.value;
        part.to = Math.max(part.to, grade.to);
      }
      i = grade.to - 1;
      continue;
    }
    // Link words are skipped, unless a phrase of more weight starts on them ("with a temperature").
    const here = other && starts ? other : undefined;
    if (FILLER.has(norm) && (!here || (here.to - here.from === 1 && !opensResult(here) && !hasConcept(here, 'finding') && !hasConcept(here, 'pain') && !hasConcept(here, 'site')))) continue;
    // "..., but on the right it was fine": the linking word is no part of the result.
    if (other && starts && hasConcept(other, 'terminator')) {
      i = other.to - 1;
      continue;
    }
    // "DF 4/5 R, 5/5 L; today R 3/5, L 4/5": a later grading of the same test opens on its time. "now R" is one
    // phrase to the lexicon (a side may stand inside a phrase), whose side opens the result when a grade follows.
    if (!part.opened && results.length > 0 && LATER_LEADS.has(norm)) {
      later = part.later = true;
      if (!other || !starts || other.to - other.from === 1) continue;
      const side = other.to - other.from === 2 ? view.sideAt(other.to - 1) : undefined;
      if (side && isGrade(view.readingFrom(other.to)?.kind, term)) {
        part.side = side;
        part.opened = true;
        part.to = other.to;
        i = other.to - 1;
        continue;
      }
    }
    if (!part.opened) {
      // "..., hearing is decreased on the right": a part that opens on something else is about that thing.
      part.opened = true;
      if (!(other && starts ? opensResult(other) : view.sideAt(i))) part.rejected = true;
    }
    if (other && starts) {
      // Another finding, pain or place begins: what follows is about it, not about the test.
      const site = conceptOf(other, 'site');
      if (hasConcept(other, 'finding') || hasConcept(other, 'pain') || hasConcept(other, 'dermatome')) {
        part = undefined;
        break;
      }
      // "2/2 BUE, absent in BLE": a part about another place is not the legs' result; the next part may be.
      if (site && site.site !== 'leg') {
        part.rejected = true;
        i = other.to - 1;
        continue;
      }
      if (hasDirected(other, 'uncertain', 'pre') || hasDirected(other, 'uncertain', 'post')) part.uncertain = true;
      if (site) part.sites.push(other);
      // Sides spelt out ("left", "both"), not shorthand that is often something else ("PP/LT"), unless beside a grade ("L 4/5", "5/5 L").
      const graded = part.graded || isGrade(view.readingFrom(other.to)?.kind, term);
      const shorthand = view.sideAt(i) !== undefined && (graded || gradedByShorthand);
      const spelt = other.to - other.from > 1 || norm.length >= 4 || shorthand;
      const side = (spelt ? conceptOf(other, 'side')?.side : undefined) ?? (site && ownSide(view, { unit: other, site }));
      // Once a list has graded one side by its letter ("KJ L 2+"), its other letters are sides too ("R absent").
      if (shorthand && graded) gradedByShorthand = true;
      if (side) part.side ??= side;
      const qualifier = qualifierMeaning(view, other, term);
      if (!part.meaning && qualifier) part.meaning = part.negated ? opposite(qualifier) : qualifier;
      else if (!part.meaning && hasDirected(other, 'negation', 'post')) part.meaning = 'normal';
      else if (!part.meaning && hasDirected(other, 'negation', 'pre')) part.negated = true;
      if (part.side || part.meaning || part.negated) part.to = Math.max(part.to, other.to);
      i = other.to - 1;
      continue;
    }
    if (!other) {
      const side = norm.length >= 4 ? view.sideAt(i) : undefined;
      if (side) {
        part.side ??= side;
        part.to = Math.max(part.to, i + 1);
      } else if (!AUXILIARIES.has(norm)) part.unknown++;
    }
  }
  close();
  return results;
}

/** A number that grades the term: an MRC grade, or a reflex grade after a reflex ("KJ L 2+, R 0"). */
const isGrade = (kind: string | undefined, term: Finding): boolean => kind === 'mrc' || (kind === 'reflex' && term.group === 'reflex');

/** A result part says at most this many words the lexicon does not know ("jerked", "manage"). */
const UNKNOWN_BUDGET = 1;

/** What a result opens on: "the left ...", "my right leg ...", "I couldn't ...", "it was ...", "nothing on the right", "fine on the left". */
const opensResult = (unit: Unit): boolean =>
  unit.concepts.some((c) => c.kind === 'side' || c.kind === 'subject' || c.kind === 'qualifier' || c.kind === 'negation' || (c.kind === 'site' && c.site === 'leg'));

const opposite = (meaning: 'abnormal' | 'normal'): 'abnormal' | 'normal' => (meaning === 'abnormal' ? 'normal' : 'abnormal');
