/** A pain word with its sites: back pain, leg pain (one per side, with regions), groin pain, and the pain's quality. */
import type { Region, Side, Status } from '../../knowledge/vocabulary.js';
import type { SectionKind } from '../lexicon/sections.js';
import { scopeOf } from '../scope.js';
import { conceptOf, hasConcept, hasDirected, type SentenceView, type Unit } from '../view.js';
import { newDraft, type Draft, type Pain } from './draft.js';
import { FILLER } from './words.js';
import { inPainlessRaiseTail } from './qualifier.js';
import { dermatomeRegions, negatedBetween, ownSide, sideOf, sitesOf, type AttachedSite } from './sites.js';

export function painDrafts(view: SentenceView, unit: Unit, pain: Pain, section: SectionKind, attachedSites: Set<Unit>, out: Draft[]): void {
  if (pain.needsSymptom && !speaksOfSymptom(view, unit)) return;
  // "SLR 70° with posterior thigh tightness only": the tightness the raise brought on is the test's result, told by the test.
  if (TIGHTNESS.has(view.norm(unit.from)) && inPainlessRaiseTail(view, unit.from)) return;
  let sites = sitesOf(view, unit, attachedSites);
  // "It doesn't hurt at all, not my back and not my leg": the places of a denied pain, each with its own "not".
  if (sites.length === 0) sites = deniedPlaces(view, unit, attachedSites);
  const legSites = sites.filter((s) => s.site.site === 'leg');
  const strongLeg = legSites.some((s) => !s.site.weak) || ((pain.radiates || pain.impliesLeg) && legSites.length > 0);
  const from = Math.min(unit.from, ...sites.map((s) => s.unit.from));
  const scope = scopeOf(view, from, unit.to, section);
  const status: Status = scope.negated || negatedBetween(view, sites, unit) || sites.some((s) => s.denied) ? 'absent' : scope.uncertain ? 'unknown' : 'present';
  const spanFrom = (parts: readonly AttachedSite[]): number => Math.min(unit.from, ...parts.map((s) => s.unit.from));
  const spanTo = (parts: readonly AttachedSite[]): number => Math.max(unit.to, ...parts.map((s) => s.unit.to));

  if (!pain.radiates) {
    const back = sites.filter((s) => s.site.site === 'back');
    if (back.length > 0) out.push(newDraft('back_pain', status, scope.context, spanFrom(back), spanTo(back)));
  }
  const groin = sites.filter((s) => s.site.site === 'groin');
  // Pain from the back into the groin and thigh is leg pain reaching the groin, and groin pain as well.
  if (groin.length > 0 && legSites.length > 0) legSites.push(...groin);
  if (groin.length > 0) {
    const side = sideOf(view, unit, groin);
    out.push(newDraft('groin_pain', status, scope.context, spanFrom(groin), spanTo(groin), { side }));
  }
  const dermatome = dermatomeRegions(view, unit);
  let legSides: (Side | undefined)[] = [];
  if (strongLeg) {
    // One leg_pain per side: "left buttock and right calf pain" is two.
    const bySide = new Map<Side | undefined, AttachedSite[]>();
    for (const s of legSites) {
      const side = ownSide(view, s) ?? sideOf(view, unit, [s]);
      bySide.set(side, [...(bySide.get(side) ?? []), s]);
    }
    if (bySide.size > 1 && bySide.has(undefined)) {
      // An unsided site in a list with sided ones shares their side when there is only one.
      const sided = [...bySide.keys()].filter((k) => k !== undefined);
      if (sided.length === 1) {
        bySide.set(sided[0], [...bySide.get(sided[0])!, ...bySide.get(undefined)!]);
        bySide.delete(undefined);
      }
    }
    for (const [side, group] of bySide) {
      const regions = new Set<Region>(dermatome);
      for (const s of group) for (const r of s.site.regions) regions.add(r);
      out.push(newDraft('leg_pain', status, scope.context, spanFrom(group), spanTo(group), { side, regions: regions.size > 0 ? [...regions] : undefined }));
      legSides.push(side);
    }
  } else if ((pain.impliesLeg && !aboutElsewhere(view, unit, sites)) || (pain.radiates && dermatome.length > 0) || (pain.radiates && !pain.quality && !pain.needsSymptom && scope.negated && sites.length === 0)) {
    // "No radiating pain" denies pain that travels down the leg; "no shooting pains" denies only their kind (below);
    // "not going to take any more" is no pain at all.
    const side = sideOf(view, unit, []);
    out.push(newDraft('leg_pain', status, scope.context, unit.from, unit.to, { side, regions: dermatome.length > 0 ? dermatome : undefined }));
    legSides = [side];
  }
  if (pain.quality) {
    const quality = pain.quality;
    if (legSides.length > 0) for (const side of legSides) out.push(newDraft(quality, status, scope.context, unit.from, unit.to, { side }));
    else if (quality === 'shooting_pain' && sites.length === 0 && (scope.negated || pain.sayItAlone)) out.push(newDraft(quality, status, scope.context, unit.from, unit.to));
    else if (quality === 'burning_pain' || quality === 'deep_aching_pain') {
      // Quality words about the leg only: "burning in my feet" is handled above; a burning back is not a finding.
    }
  }
}

const TIGHTNESS = new Set(['tightness', 'tight']);

const DENIED_PLACE_REACH = 12;

/** Places after a pain word, each under its own negation: "not my back and not my leg", "neither my back nor my leg". */
function deniedPlaces(view: SentenceView, unit: Unit, attachedSites: Set<Unit>): AttachedSite[] {
  const found: AttachedSite[] = [];
  let negated = false;
  for (let i = unit.to; i < view.to && i < unit.to + DENIED_PLACE_REACH; i++) {
    const other = view.unitAtToken(i);
    if (other && other.from === i) {
      if (hasDirected(other, 'negation', 'pre')) negated = true;
      else {
        const site = conceptOf(other, 'site');
        if (!site || !negated) {
          if (!hasConcept(other, 'side')) break;
        } else {
          found.push({ unit: other, site, direct: true, denied: true });
          attachedSites.add(other);
          negated = false;
        }
      }
      i = other.to - 1;
      continue;
    }
    if (!FILLER.has(view.norm(i)) && view.norm(i) !== ',' && view.norm(i) !== 'at' && view.norm(i) !== 'all') break;
  }
  return found;
}

/**
 * "Cervical radiculopathy", "C6 radiculopathy", "neck pain with left
 * radiculopathy": a root pain whose own place, or else the nearest place
 * named before it in its clause, is outside the leg and back is the arm's.
 */
function aboutElsewhere(view: SentenceView, unit: Unit, sites: readonly AttachedSite[]): boolean {
  if (sites.length > 0) return sites.every((s) => s.site.site === 'other');
  const clause = view.clause(unit.from);
  for (let i = unit.from - 1; i >= view.from && view.clause(i) === clause; i--) {
    const site = conceptOf(view.unitAtToken(i), 'site');
    if (site) return site.site === 'other';
  }
  return false;
}

/** Pronouns that carry a symptom named before: "it goes down my leg". */
const SYMPTOM_PRONOUNS = new Set(['it', "it's", 'this', 'they', 'these']);

/** Whether a movement word stands among symptoms: another pain word or symptom in its sentence, or "it" just before. */
function speaksOfSymptom(view: SentenceView, unit: Unit): boolean {
  for (const other of view.units) {
    if (other === unit) continue;
    const pain = conceptOf(other, 'pain');
    if ((pain && !pain.needsSymptom) || conceptOf(other, 'finding')?.mode === 'assert') return true;
  }
  for (let i = unit.from - 1; i >= view.from && i >= unit.from - 3; i--) if (SYMPTOM_PRONOUNS.has(view.norm(i))) return true;
  return false;
}
