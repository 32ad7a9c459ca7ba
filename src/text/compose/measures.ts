/**
 * Findings read from a measurement: a temperature is fever or its absence
 * ("Temp 38.5" → fever present, "T 36.8" → absent), and a weight lost is
 * weight loss ("I have lost 2 stone", "lost 8kg unintentionally").
 */
import type { SectionKind } from '../lexicon/sections.js';
import { scopeOf } from '../scope.js';
import { conceptOf, type SentenceView } from '../view.js';
import { newDraft, type Draft } from './draft.js';

/**
 * The usual clinical cut-off for fever, 38.0 °C (100.4 °F). An estimate in
 * the sense of clinical/reference.md: it is convention, not a figure the
 * reference gives.
 */
export const FEVER_CELSIUS = 38;

/** How far before its number the word for a weight lost may stand ("lost about 2 stone"). */
const WEIGHT_LOST_REACH = 2;

const DENIAL_REACH = 2;
/** Words that explain a weight lost, which is then no red flag: "status post gastric bypass ... has lost about 200 pounds". */
const EXPLAINED_LOSS = new Set(['bypass', 'gastric', 'banding', 'sleeve', 'diet', 'dieting', 'diets', 'trying', 'intentional', 'intentionally', 'purpose', 'exercise', 'exercising', 'pregnancy', 'delivery', 'postpartum']);

/** The same, anywhere in the note: a bariatric or dieting story explains the weight its sentences say was lost. */
const EXPLAINED_IN_NOTE = /\b(?:bariatric|gastric bypass|lap[- ]?band|gastric band|sleeve gastrectomy|weight loss surgery|weight watchers|slimming world|weight loss program)/i;

/** Words that deny an explanation: "I'm not dieting", "without trying". */
const NOT_EXPLAINED = new Set(['not', 'without', 'no', 'never', "isn't", "wasn't", "haven't", "hasn't", "didn't", "don't", "doesn't", "i'm not"]);
const NOT_EXPLAINED_REACH = 5;

/** Whether the sentence, or the note, explains a weight lost (a diet, surgery, pregnancy) in words it does not deny. */
export function explainedLoss(view: SentenceView): boolean {
  // "… but I've lost half a stone without even trying": a loss said to be unintended is unexplained, whoever else diets.
  for (let i = view.from; i < view.to; i++) if (UNINTENDED.has(view.norm(i)) || (view.norm(i) === 'trying' && deniedBefore(view, i))) return false;
  for (let i = view.from; i < view.to; i++) if (EXPLAINED_LOSS.has(view.norm(i)) && !deniedBefore(view, i)) return true;
  return EXPLAINED_IN_NOTE.test(view.text);
}

const UNINTENDED = new Set(['unintentional', 'unintentionally', 'unintended', 'unexplained', 'unplanned', 'involuntary']);

function deniedBefore(view: SentenceView, at: number): boolean {
  for (let i = at - 1; i >= view.from && i >= at - NOT_EXPLAINED_REACH; i--) if (NOT_EXPLAINED.has(view.norm(i))) return true;
  return false;
}

export function measureDrafts(view: SentenceView, section: SectionKind, out: Draft[]): void {
  temperatureDraft(view, section, out);
  weightLostDraft(view, section, out);
}

function temperatureDraft(view: SentenceView, section: SectionKind, out: Draft[]): void {
  // A measured fever stands beside a denied word for one ("No rigors, T 38.9"); a fever said present needs no number.
  if (out.some((d) => d.finding === 'fever' && d.status !== 'absent')) return;
  for (const reading of view.readings) {
    if (reading.kind !== 'temperature') continue;
    // A temperature taken is today's, whatever heading the note put before it ("SH: IVDU. T 38.6, HR 112").
    const scope = scopeOf(view, reading.from, reading.to, section === 'social' || section === 'medications' || section === 'past' ? 'current' : section);
    const status = reading.value >= FEVER_CELSIUS ? 'present' : 'absent';
    // The span starts at the word that names the temperature ("Temp: 38.5").
    const named = view.units.filter((u) => conceptOf(u, 'measure')?.measure === 'temperature' && u.to <= reading.from).at(-1);
    // A temperature taken is not history however the sentence began ("34F hx IVDU (...), T 38.9").
    const context = scope.context === 'historical' ? 'current' : scope.context;
    out.push(newDraft('fever', scope.uncertain && status === 'present' ? 'unknown' : status, context, named?.from ?? reading.from, reading.to));
    return;
  }
}

const LOSS_AFTER = new Set(['loss', 'lost', 'down', 'lighter']);

function weightLostDraft(view: SentenceView, section: SectionKind, out: Draft[]): void {
  if (out.some((d) => d.finding === 'weight_loss' && d.context === 'current')) return;
  for (const reading of view.readings) {
    if (reading.kind !== 'weight') continue;
    // "lost 8kg", and the loss named after the number: "4kg loss in 2 mo", "6kg weight loss".
    const lost =
      view.units.find((u) => conceptOf(u, 'measure')?.measure === 'weight_lost' && u.to <= reading.from && reading.from - u.to <= WEIGHT_LOST_REACH) ??
      (LOSS_AFTER.has(view.norm(reading.to)) ? { from: reading.from, to: reading.to + 1, concepts: [] } : undefined);
    if (!lost || explainedLoss(view)) continue;
    const scope = scopeOf(view, lost.from, reading.to, section);
    // Only a denial of the loss itself ("has not lost 2 stone"), not one further back ("no appetite and has lost 8 pounds").
    const denied = scope.negationUnit !== undefined && scope.negationUnit.to <= lost.from && lost.from - scope.negationUnit.to <= DENIAL_REACH;
    out.push(newDraft('weight_loss', denied ? 'absent' : scope.uncertain ? 'unknown' : 'present', scope.context, lost.from, reading.to));
    return;
  }
}
