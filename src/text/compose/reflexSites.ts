/**
 * Reflexes graded by place after a word for reflexes in general: "Deep
 * tendon reflexes are 2+ at the knees and absent at the ankles", "Reflexes:
 * 2+/2+ in BUE, 3+/3+ patellae, 0/1 ankles", "DTRs 2+ bilateral knees and
 * ankles". The sentence is read in parts (split at commas, semicolons and
 * "and"); a place takes the result of its own part, else the last result
 * before it. Only the reflexes whose places are named are graded.
 */
import type { FindingId, Side } from '../../knowledge/vocabulary.js';
import { REFLEX_SITE_WORDS } from '../lexicon/index.js';
import { conceptOf, hasDirected, type SentenceView, type Unit } from '../view.js';
import type { Finding } from './draft.js';
import { polarityOfReading, qualifierMeaning, type Polarity } from './qualifier.js';

export interface SiteResult {
  readonly finding: FindingId;
  readonly meaning: 'abnormal' | 'normal';
  readonly side?: Side;
  readonly from: number;
  readonly to: number;
}

const PART_BREAKS = new Set([',', ';', 'and']);

interface Part {
  meaning?: 'abnormal' | 'normal';
  side?: Side;
  sites: { finding: FindingId; at: number }[];
  /** The part grades a place outside the leg ("2/2 BUE"): its result is not carried to the legs. */
  elsewhere: boolean;
}

/** One result per reflex place named after `unit`; empty when the sentence names none. */
export function reflexSiteResults(view: SentenceView, unit: Unit, term: Finding, lead: Polarity | undefined): SiteResult[] {
  const parts: Part[] = [{ sites: [], elsewhere: false }];
  for (let i = unit.to; i < view.to; i++) {
    const part = parts[parts.length - 1]!;
    const norm = view.norm(i);
    if (PART_BREAKS.has(norm)) {
      parts.push({ sites: [], elsewhere: false });
      continue;
    }
    const reading = view.readingFrom(i);
    if (reading) {
      const polarity = polarityOfReading(reading, term);
      if (polarity && polarity !== 'stop') part.meaning ??= polarity.meaning;
      i = reading.to - 1;
      continue;
    }
    const finding = REFLEX_SITE_WORDS[norm];
    if (finding) part.sites.push({ finding, at: i });
    const other = view.unitAtToken(i);
    if (!other || other.from !== i) continue;
    const meaning = qualifierMeaning(view, other, term) ?? (hasDirected(other, 'negation', 'post') ? 'normal' : undefined);
    if (meaning) part.meaning ??= meaning;
    const site = conceptOf(other, 'site');
    if (site?.site === 'other') part.elsewhere = true;
    const side = conceptOf(other, 'side')?.side ?? (site?.plural ? 'both' : undefined);
    if (side) part.side ??= side;
  }
  const results: SiteResult[] = [];
  let carried = lead?.meaning;
  for (const part of parts) {
    const meaning = part.meaning ?? carried;
    if (part.elsewhere && part.sites.length === 0) continue;
    carried = meaning;
    if (meaning === undefined) continue;
    for (const site of part.sites)
      if (!results.some((r) => r.finding === site.finding && r.side === part.side))
        results.push({ finding: site.finding, meaning, ...(part.side && { side: part.side }), from: site.at, to: site.at + 1 });
  }
  return results;
}
