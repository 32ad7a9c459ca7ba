/**
 * Tunable numbers of distributed screening, with the defaults an operator gets.
 * Tests shorten the expiry and maintenance interval so a killed worker's chunk
 * comes back within seconds.
 */

/** The pg-boss queue every screening chunk goes through. */
export const SCREEN_QUEUE = 'sciatrace-screen';

/** First key of the advisory lock a planner holds on its run (the second is the run id's hash). */
export const PLANNING_LOCK = 80408;

/** Attempts per chunk before it is marked failed: the "fails three times". */
export const CHUNK_ATTEMPTS = 3;

export const DEFAULT_CHUNK_RECORDS = 500;

/** A chunk not completed within this time is taken to belong to a dead worker and handed to another. */
export const DEFAULT_CHUNK_EXPIRY_SECONDS = 15 * 60;

/** How often some worker sweeps expired chunks back into the queue. */
export const DEFAULT_MAINTENANCE_SECONDS = 60;

/** How often an idle worker asks for work. */
export const DEFAULT_POLLING_SECONDS = 2;

/** Reads a positive number from the environment, or the default. */
export function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}
