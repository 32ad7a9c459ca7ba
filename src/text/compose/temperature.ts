/** A measured temperature is fever, or its absence: "Temp 38.5" → fever present, "T 36.8" → absent. */
import type { SectionKind } from '../lexicon/sections.js';
import { scopeOf } from '../scope.js';
import { hasConcept, type SentenceView } from '../view.js';
import { newDraft, type Draft } from './draft.js';

/**
 * The usual clinical cut-off for fever, 38.0 °C (100.4 °F). An estimate in
 * the sense of clinical/reference.md: it is convention, not a figure the
 * reference gives.
 */
export const FEVER_CELSIUS = 38;

export function temperatureDrafts(view: SentenceView, section: SectionKind, out: Draft[]): void {
  if (out.some((d) => d.finding === 'fever')) return;
  for (const reading of view.readings) {
    if (reading.kind !== 'temperature') continue;
    const scope = scopeOf(view, reading.from, reading.to, section);
    const status = reading.value >= FEVER_CELSIUS ? 'present' : 'absent';
    // The span starts at the word that names the temperature ("Temp: 38.5").
    const named = view.units.filter((u) => hasConcept(u, 'measure') && u.to <= reading.from).at(-1);
    const from = named?.from ?? reading.from;
    out.push(newDraft('fever', scope.uncertain && status === 'present' ? 'unknown' : status, scope.context, from, reading.to));
    return;
  }
}
