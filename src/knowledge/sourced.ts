/**
 * Every number in the knowledge base says where it comes from: a source id
 * that resolves in `sources.ts` (`R16`, `SEED`, `POLICY`), or an honest
 * "estimate" with the reason and the sources it was derived from. A reader (and
 * `sciatrace sources --estimates`) can then see exactly which parts are guesses.
 */

export interface Cited {
  readonly value: number;
  /** Source ids that report this figure (or the range it was read from). */
  readonly source: readonly string[];
  /** Optional note on how the figure was read, e.g. "sens 0.72 in 334 on-call MRIs". */
  readonly note?: string;
}

export interface Estimated {
  readonly value: number;
  /** Why this value: what it was derived from, or that it is a modelling choice. */
  readonly estimate: string;
  /** Sources the estimate was derived from, if any. */
  readonly basis?: readonly string[];
}

export type Sourced = Cited | Estimated;

/** A figure reported by the cited sources. */
export const cite = (value: number, source: string | readonly string[], note?: string): Cited => ({
  value,
  source: typeof source === 'string' ? [source] : source,
  ...(note !== undefined && { note }),
});

/** A figure without a published source: say why, and what it leans on. */
export const estimate = (value: number, why: string, basis: readonly string[] = []): Estimated => ({
  value,
  estimate: why,
  ...(basis.length > 0 && { basis }),
});

export const isEstimated = (s: Sourced): s is Estimated => 'estimate' in s;

export const isSourced = (x: unknown): x is Sourced =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as { value?: unknown }).value === 'number' &&
  ('source' in x || 'estimate' in x);

/** Every source id a figure leans on (its sources, or its estimate's basis). */
export const sourceIdsOf = (s: Sourced): readonly string[] => (isEstimated(s) ? (s.basis ?? []) : s.source);

export interface LocatedFigure {
  /** Where the figure lives, e.g. "anatomy.reflexes.ankle_reflex_reduced.S1". */
  readonly path: string;
  readonly figure: Sourced;
}

/** Walks a knowledge table and lists every figure in it with its path. */
export function collectFigures(root: unknown, path = ''): LocatedFigure[] {
  if (isSourced(root)) return [{ path, figure: root }];
  if (typeof root !== 'object' || root === null) return [];
  const entries = Array.isArray(root) ? root.map((v, i) => [String(i), v] as const) : Object.entries(root);
  return entries.flatMap(([key, value]) => collectFigures(value, path ? `${path}.${key}` : key));
}
