/**
 * Evaluation over clinical vignettes (format of ../shared/vignettes/dev.jsonl):
 * assess each vignette's structured case, patient narrative or clinician note,
 * compare with the expected answer, and summarise the metrics the project is
 * held to. Core code (no Node built-ins): the CLI, the server and the web app
 * share it.
 */
import { z } from 'zod';
import type { Assessment } from '../case/schema.js';
import { CONDITIONS, PAIN_MECHANISMS, ROOTS, SIDES, TRIAGE_LEVELS, triageRank, type TriageLevel } from '../knowledge/vocabulary.js';

export const VignetteSchema = z.object({
  id: z.string(),
  source: z.string().optional(),
  case: z.record(z.string(), z.unknown()),
  narrative: z.string().optional(),
  note: z.string().optional(),
  expected: z.object({
    triage: z.enum(TRIAGE_LEVELS),
    triageRules: z.array(z.string()).optional(),
    painMechanism: z.enum(PAIN_MECHANISMS),
    condition: z.enum(CONDITIONS),
    acceptableConditions: z.array(z.enum(CONDITIONS)).default([]),
    roots: z.array(z.object({ root: z.enum(ROOTS), side: z.enum(SIDES) })).default([]),
  }),
});
export type Vignette = z.output<typeof VignetteSchema>;

export const EVAL_MODES = ['structured', 'narrative', 'note'] as const;
export type EvalMode = (typeof EVAL_MODES)[number];

/** What is assessed for a vignette in each mode: the structured case, or only the text with the id. */
export function vignetteInput(vignette: Vignette, mode: EvalMode): unknown {
  if (mode === 'structured') return vignette.case;
  const text = mode === 'narrative' ? vignette.narrative : vignette.note;
  if (text === undefined) throw new Error(`vignette ${vignette.id} has no ${mode}`);
  return { id: vignette.id, text };
}

export interface VignetteResult {
  readonly id: string;
  readonly expected: Vignette['expected'];
  /** Set when the input could not be assessed (e.g. it failed validation). */
  readonly error?: string;
  readonly triage?: TriageLevel;
  readonly painMechanism?: string;
  readonly conditions: readonly string[];
  readonly root?: { readonly root: string; readonly side: string };
  readonly triageExact: boolean;
  /** Predicted level minus expected level, in steps (negative = under-triage). */
  readonly triageDelta: number;
  readonly mechanismCorrect: boolean;
  readonly conditionTop1: boolean;
  readonly conditionTop3: boolean;
  /** Undefined when the vignette does not count for root accuracy. */
  readonly rootTop1?: boolean;
}

/** Root accuracy counts radicular vignettes whose expected answer names roots. */
export const countsForRoots = (expected: Vignette['expected']): boolean =>
  expected.painMechanism === 'radicular' && expected.roots.length > 0;

export function scoreVignette(vignette: Vignette, assessment: Assessment): VignetteResult {
  const { expected } = vignette;
  const accepted = new Set<string>([expected.condition, ...expected.acceptableConditions]);
  const conditions = assessment.conditions.map((c) => c.id);
  const root = assessment.roots[0];
  const delta = triageRank(assessment.triage.level) - triageRank(expected.triage);
  return {
    id: vignette.id,
    expected,
    triage: assessment.triage.level,
    painMechanism: assessment.painMechanism[0]?.id,
    conditions: conditions.slice(0, 3),
    ...(root && { root: { root: root.root, side: root.side } }),
    triageExact: delta === 0,
    triageDelta: delta,
    mechanismCorrect: assessment.painMechanism[0]?.id === expected.painMechanism,
    conditionTop1: accepted.has(conditions[0] ?? ''),
    conditionTop3: conditions.slice(0, 3).some((c) => accepted.has(c)),
    ...(countsForRoots(expected) && {
      rootTop1: root !== undefined && expected.roots.some((r) => r.root === root.root && r.side === root.side),
    }),
  };
}

/** A vignette that could not be assessed counts as wrong on every metric (and as missed if it was an emergency). */
export function failedVignette(vignette: Vignette, error: string): VignetteResult {
  return {
    id: vignette.id,
    expected: vignette.expected,
    error,
    conditions: [],
    triageExact: false,
    triageDelta: -triageRank(vignette.expected.triage) - 1,
    mechanismCorrect: false,
    conditionTop1: false,
    conditionTop3: false,
    ...(countsForRoots(vignette.expected) && { rootTop1: false }),
  };
}

export interface Rate {
  readonly value: number;
  readonly count: number;
  readonly of: number;
}
const rate = (count: number, of: number): Rate => ({ value: of === 0 ? 1 : count / of, count, of });

export interface Metrics {
  readonly vignettes: number;
  readonly errors: number;
  readonly triageExact: Rate;
  readonly emergencySensitivity: Rate;
  readonly underTriage: Rate;
  /** Vignettes under-triaged by two levels or more (a count; must be zero). */
  readonly underTriageTwoLevels: Rate;
  readonly overTriage: Rate;
  readonly painMechanism: Rate;
  readonly conditionTop1: Rate;
  readonly conditionTop3: Rate;
  readonly rootTop1: Rate;
}

export function summarise(results: readonly VignetteResult[]): Metrics {
  const n = results.length;
  const count = (pred: (r: VignetteResult) => boolean): number => results.filter(pred).length;
  const emergencies = results.filter((r) => r.expected.triage === 'emergency');
  const rootCases = results.filter((r) => r.rootTop1 !== undefined);
  return {
    vignettes: n,
    errors: count((r) => r.error !== undefined),
    triageExact: rate(count((r) => r.triageExact), n),
    emergencySensitivity: rate(emergencies.filter((r) => r.triage === 'emergency').length, emergencies.length),
    underTriage: rate(count((r) => r.triageDelta < 0), n),
    underTriageTwoLevels: rate(count((r) => r.triageDelta <= -2), n),
    overTriage: rate(count((r) => r.triageDelta > 0), n),
    painMechanism: rate(count((r) => r.mechanismCorrect), n),
    conditionTop1: rate(count((r) => r.conditionTop1), n),
    conditionTop3: rate(count((r) => r.conditionTop3), n),
    rootTop1: rate(rootCases.filter((r) => r.rootTop1).length, rootCases.length),
  };
}

/** The bars of issue 3 for the development vignettes (structured mode). */
export const THRESHOLDS = {
  emergencySensitivity: { min: 1 },
  underTriageTwoLevels: { maxCount: 0 },
  triageExact: { min: 0.9 },
  underTriage: { max: 0.05 },
  painMechanism: { min: 0.9 },
  conditionTop1: { min: 0.85 },
  conditionTop3: { min: 0.95 },
  rootTop1: { min: 0.85 },
} as const;

export interface ThresholdCheck {
  readonly metric: keyof typeof THRESHOLDS;
  readonly value: number;
  readonly bar: string;
  readonly met: boolean;
}

export function checkThresholds(metrics: Metrics): ThresholdCheck[] {
  return (Object.keys(THRESHOLDS) as (keyof typeof THRESHOLDS)[]).map((metric) => {
    const bar = THRESHOLDS[metric] as { min?: number; max?: number; maxCount?: number };
    const m = metrics[metric];
    if (bar.maxCount !== undefined) return { metric, value: m.count, bar: `count ≤ ${bar.maxCount}`, met: m.count <= bar.maxCount };
    if (bar.max !== undefined) return { metric, value: m.value, bar: `≤ ${bar.max}`, met: m.value <= bar.max };
    return { metric, value: m.value, bar: `≥ ${bar.min}`, met: m.value >= (bar.min as number) };
  });
}

export interface EvaluationRun {
  readonly mode: EvalMode;
  readonly metrics: Metrics;
  readonly results: readonly VignetteResult[];
}

/** Assesses every vignette with `assessFn` (the engine's `assess`) and summarises. */
export function evaluate(vignettes: readonly Vignette[], mode: EvalMode, assessFn: (input: unknown) => Assessment): EvaluationRun {
  const results = vignettes.map((vignette) => {
    try {
      return scoreVignette(vignette, assessFn(vignetteInput(vignette, mode)));
    } catch (error) {
      return failedVignette(vignette, error instanceof Error ? error.message : String(error));
    }
  });
  return { mode, metrics: summarise(results), results };
}
