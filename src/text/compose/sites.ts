/**
 * Where a mention is: the sites a pain or sensory word applies to (just
 * before it, "left leg pain", or after it, "pain down my left leg"), its side
 * and the regions of a dermatome statement.
 */
import type { Region, Side } from '../../knowledge/vocabulary.js';
import { conceptOf, hasConcept, hasDirected, type SentenceView, type Unit } from '../view.js';
import { SIDE_WORDS } from '../lexicon/index.js';
import type { Site } from './draft.js';
import { ADJECTIVES, AUXILIARIES, FILLER, LINKING_WORDS } from './words.js';

export const SITE_FORWARD_REACH = 20;

export const UNKNOWN_BUDGET = 3;

export const SIDE_FORWARD_REACH = 8;

// Pain

export interface AttachedSite {
  readonly unit: Unit;
  readonly site: Site;
  /** Reached without passing another finding ("hand weakness", "weakness of the arm"), not through a list ("numbness and arm weakness"). */
  readonly direct?: boolean;
  /** Under a negation of its own ("not my leg"). */
  readonly denied?: boolean;
}

/** The sites a pain or sensory word applies to: those just before it ("left leg pain") and after it ("pain down my left leg"). */
export function sitesOf(view: SentenceView, unit: Unit, attachedSites: Set<Unit>): AttachedSite[] {
  const found: AttachedSite[] = [];
  let direct = true;
  const take = (other: Unit): void => {
    const site = conceptOf(other, 'site');
    if (!site) return;
    found.push({ unit: other, site, direct });
    attachedSites.add(other);
  };
  let steppedNegation = false;
  // Before: an adjacent compound, possibly a list ("buttock and leg pain"), on the mention's own line.
  for (let i = unit.from - 1; i >= view.from; i--) {
    if (view.newLineBefore(i + 1)) break;
    const other = view.unitAtToken(i);
    if (other && other !== unit && hasConcept(other, 'site')) {
      take(other);
      i = other.from;
      continue;
    }
    if (other && (hasConcept(other, 'side') || hasConcept(other, 'dermatome'))) {
      i = other.from;
      continue;
    }
    // "My back doesn't hurt", "my legs aren't weak": the site is the subject of a negated statement (see `negatedBetween`).
    if (other && found.length === 0 && !steppedNegation && hasDirected(other, 'negation', 'pre') && other.to - other.from <= 2) {
      steppedNegation = true;
      i = other.from;
      continue;
    }
    const norm = view.norm(i);
    // "buttock and leg pain", "R buttock -> post thigh -> calf -> outer foot pain".
    if (found.length > 0 && (norm === 'and' || norm === ',' || norm === '/' || norm === '+' || norm === '&' || norm === 'or' || norm === '>' || norm === '-' || norm === '→')) continue;
    if (ADJECTIVES.has(norm) || AUXILIARIES.has(norm) || view.sideAt(i)) continue;
    // "it's my left leg that hurts": a relative pronoun right before the symptom.
    if ((norm === 'that' || norm === 'which') && found.length === 0 && i === unit.from - 1) continue;
    // "Perineum: 'numb like after the dentist'": a site as a form's label, the symptom its answer.
    // "his 'bits' felt numb": a site in quotation marks.
    if (norm === "'" || norm === '"') continue;
    if (norm === ':' && found.length === 0 && i >= unit.from - 2 && hasConcept(view.unitAtToken(i - 1), 'site')) continue;
    break;
  }
  // After: through prepositions and other pain or sensory words of the same list.
  direct = true;
  let clause = view.clause(unit.from);
  let unknown = 0;
  for (let i = unit.to; i < view.to && i < unit.to + SITE_FORWARD_REACH; i++) {
    // "Pain location: lower lumbar": a colon carries the list on.
    if (view.norm(i) === ':') clause = view.clause(i + 1);
    if (view.clause(i) !== clause && view.norm(i) !== ':') break;
    const other = view.unitAtToken(i);
    if (other && other !== unit) {
      if (hasConcept(other, 'site')) {
        // "The pain stays in my back, my legs feel normal": a later site with its own statement is not the pain's.
        if (found.length > 0 && startsOwnStatement(view, other)) break;
        take(other);
        unknown = 0;
      } else if (hasConcept(other, 'negation') || hasConcept(other, 'activity') || conceptOf(other, 'aggravates')?.strong || hasConcept(other, 'eases') || hasConcept(other, 'trend')) break;
      else if (conceptOf(other, 'finding') && !(conceptOf(other, 'finding')!.sensory || conceptOf(other, 'finding')!.group === 'pain' || conceptOf(other, 'finding')!.group === 'motor')) break;
      else if (hasConcept(other, 'finding') || hasConcept(other, 'pain')) {
        // "pain in my right buttock and numbness in my left foot": once placed, a pain leaves later places to the next symptom.
        if (found.length > 0 && !conceptOf(other, 'pain')?.radiates) break;
        direct = false;
      }
      i = other.to - 1;
      continue;
    }
    const norm = view.norm(i);
    // ", and both my legs ...": a new clause in all but name.
    if (norm === ',' && view.norm(i + 1) === 'and') break;
    if (norm === ',') {
      // A comma continues the list only if a site, a side or a linking word follows ("pain, primarily in the right buttock").
      const next = view.unitAtToken(i + 1);
      const after = view.norm(i + 1);
      if (!(next && (hasConcept(next, 'site') || hasConcept(next, 'side'))) && !view.sideAt(i + 1) && !LINKING_WORDS.has(after) && !FILLER.has(after)) break;
      continue;
    }
    if (norm === ':') continue;
    if (FILLER.has(norm) || view.sideAt(i) || LINKING_WORDS.has(norm)) continue;
    if (++unknown > UNKNOWN_BUDGET) break;
  }
  return found;
}

/** Words between a site and what is said of it: "my legs have gone weak", "my back itself doesn't hurt". */
const PREDICATE_LINKS = new Set([
  'is', 'are', 'was', 'were', 'feel', 'feels', 'felt', 'have', 'has', 'had', 'gone', 'went', 'become', 'became', 'got', 'get', 'gets', 'getting', 'keep', 'keeps',
  'been', 'itself', 'themselves', 'also', 'both', 'actually', 'now', 'still', 'just', 'really', 'seem', 'seems', 'too',
]);
const PREDICATE_REACH = 4;

/** Whether a site is the subject of its own statement: a finding, a pain word, a negation or a "normal" follows it ("my legs aren't weak", "right leg pain"). */
function startsOwnStatement(view: SentenceView, site: Unit): boolean {
  for (let i = site.to, seen = 0; i < view.to && seen < PREDICATE_REACH; seen++) {
    const other = view.unitAtToken(i);
    if (other && other.from === i) {
      if (hasConcept(other, 'finding') || hasConcept(other, 'pain') || hasConcept(other, 'negation') || conceptOf(other, 'qualifier')?.meaning === 'normal') return true;
      if (!hasConcept(other, 'side')) return false;
      i = other.to;
      continue;
    }
    if (!PREDICATE_LINKS.has(view.norm(i)) && !view.sideAt(i)) return false;
    i++;
  }
  return false;
}

/** A negation between a pain word's own sites before it and the word: "my back doesn't hurt". */
export function negatedBetween(view: SentenceView, sites: readonly AttachedSite[], unit: Unit): boolean {
  const before = sites.filter((s) => s.unit.to <= unit.from);
  if (before.length === 0) return false;
  const from = Math.max(...before.map((s) => s.unit.to));
  return view.units.some((u) => u.from >= from && u.to <= unit.from && hasDirected(u, 'negation', 'pre'));
}

// Sides, regions, trends

/** A side written inside the site's own words, or just before it ("my left leg", "both legs"). */
export function ownSide(view: SentenceView, s: AttachedSite): Side | undefined {
  const sides = new Set<Side>();
  for (let i = s.unit.from; i < s.unit.to; i++) {
    const side = view.sideAt(i) ?? passedSide(view, i, s.unit);
    if (side) sides.add(side);
  }
  for (let i = s.unit.from - 1, seen = 0; i >= view.from && seen < 3; i--, seen++) {
    const side = view.sideAt(i);
    if (side) {
      sides.add(side);
      break;
    }
    if (!ADJECTIVES.has(view.norm(i)) && !FILLER.has(view.norm(i))) break;
  }
  if (sides.size > 1) return 'both';
  const [only] = sides;
  if (only) return only;
  return s.site.plural ? 'both' : undefined;
}

/** Side words the matcher stepped over inside a unit ("front of my right thigh"). */
export function passedSide(view: SentenceView, i: number, unit: Unit): Side | undefined {
  if (i < unit.from || i >= unit.to) return undefined;
  const norm = view.norm(i);
  // Whole words only: "lt" or "rt" inside a phrase are too often something else ("PP/LT"); a capital "L" or "R"
  // between words is a side ("unable to lift L foot").
  if (norm.length === 1 && view.norm(i - 1) !== '/' && view.norm(i + 1) !== '/') return view.sideAt(i);
  return norm.length > 2 ? SIDE_WORDS.get(norm) : undefined;
}

/** The side of a lateral mention: in its sites, then the nearest side word before it in its segment, then just after. */
export function sideOf(view: SentenceView, unit: Unit, sites: readonly AttachedSite[]): Side | undefined {
  const fromSites = new Set<Side>();
  for (const s of sites) {
    const side = ownSide(view, s);
    if (side) fromSites.add(side);
  }
  if (fromSites.size > 0) return fromSites.size > 1 ? 'both' : [...fromSites][0];
  for (let i = unit.from; i < unit.to; i++) {
    const side = passedSide(view, i, unit);
    if (side) return side;
  }
  const segment = view.segment(unit.from);
  for (let i = unit.from - 1; i >= view.from && view.segment(i) === segment; i--) {
    const side = view.sideAt(i);
    if (side) return side;
  }
  for (let i = unit.to; i < view.to && i < unit.to + SIDE_FORWARD_REACH && view.segment(i) === segment; i++) {
    const side = view.sideAt(i);
    if (side) return side;
  }
  return undefined;
}

export function dermatomeRegions(view: SentenceView, unit: Unit): Region[] {
  const own = conceptOf(unit, 'dermatome');
  if (own) return [...own.regions];
  const segment = view.segment(unit.from);
  for (const other of view.units) {
    if (other === unit || view.segment(other.from) !== segment) continue;
    if (Math.abs(other.from - unit.from) > 10) continue;
    const dermatome = conceptOf(other, 'dermatome');
    if (dermatome) return [...dermatome.regions];
  }
  return [];
}
