/**
 * Reflexes graded by place after a word for reflexes in general: "Deep
 * tendon reflexes are 2+ at the knees and absent at the ankles", "Reflexes:
 * 2+/2+ in BUE, 3+/3+ patellae, 0/1 ankles", "DTRs 2+ bilateral knees and
 * ankles". The sentence is read in parts (split at commas, semicolons and
 * "and"); a place takes the result of its own part, else the last result
 * before it. Only the reflexes whose places are named are graded.
 */
import type { FindingId, Side } from '../../knowledge/vocabulary.js';
import { REFLEX_SITE_WORDS, type Concept } from '../lexicon/index.js';
import type { Token } from '../tokenize.js';
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
  let previous: Part | undefined;
  for (const part of parts) {
    const meaning = part.meaning ?? carried;
    if (part.elsewhere && part.sites.length === 0) continue;
    carried = meaning;
    // "knee L 2+, R 0": a side with no place of its own is the other side of the place before.
    const sites = part.sites.length === 0 && part.side && previous?.side && previous.side !== part.side ? previous.sites : part.sites;
    previous = { ...part, sites };
    if (meaning === undefined) continue;
    for (const site of sites)
      if (!results.some((r) => r.finding === site.finding && r.side === part.side))
        results.push({ finding: site.finding, meaning, ...(part.side && { side: part.side }), from: site.at, to: site.at + 1 });
  }
  return results;
}

/** The concept of a reflex named by its place alone, as a row of a table of reflexes. */
const ROW_TERMS: Readonly<Record<string, Concept>> = Object.fromEntries(
  [...new Set(Object.values(REFLEX_SITE_WORDS))].map((finding) => [
    finding,
    { kind: 'finding', mode: 'neutral', targets: [{ finding }], group: 'reflex', bareNegation: 'present' } satisfies Concept,
  ]),
);

/**
 * A row of a table of reflexes whose rows begin with the place: "Reflexes:
 * Knee: L 2+, R 2+." then "Ankle: L absent, R 2+.". The place opens the row,
 * before a colon; the row is a reflex test only under a sentence about
 * reflexes (a "Knee: full range" row in a joint examination is not).
 * Returns the reflex term the place stands for, as a unit.
 */
export function reflexRow(tokens: readonly Token[], from: number, to: number): { from: number; to: number; values: readonly Concept[] } | undefined {
  const finding = REFLEX_SITE_WORDS[tokens[from]?.norm ?? ''];
  if (!finding || from + 1 >= to || tokens[from + 1]!.norm !== ':') return undefined;
  return { from, to: from + 1, values: [ROW_TERMS[finding]!] };
}

/** A sentence about reflexes, that a following row by place continues: its reflex terms. */
export function speaksOfReflexes(units: readonly { values: readonly Concept[] }[]): boolean {
  // Loops, not callbacks: this is asked of every sentence of a note.
  for (const unit of units) for (const c of unit.values) if (c.kind === 'finding' && c.group === 'reflex') return true;
  return false;
}
