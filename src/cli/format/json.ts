/**
 * Assessments as JSON text. The NDJSON path writes one compact line per
 * case; a document (one case or an array) is indented for people to read.
 *
 * Serialising dominates the bulk path, and most of an assessment's bytes are
 * shared, precomputed parts: the plan for a level and condition, the safety
 * net, the facts behind the fired triage rules are each one frozen object
 * reused by every case that gets them. So a frozen object is serialised once
 * and its JSON reused; the rest goes through JSON.stringify as usual. The
 * text is exactly JSON.stringify's (a test holds it to that).
 */
import type { Assessment } from '../../case/schema.js';

const frozenJson = new WeakMap<object, string>();

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';

const isFrozenObject = (value: unknown): value is object => typeof value === 'object' && value !== null && Object.isFrozen(value);

function cachedJson(value: object): string | undefined {
  let json = frozenJson.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    if (json !== undefined) frozenJson.set(value, json);
  }
  return json;
}

/** True when some property of `value` is a frozen object, so taking it apart pays off. */
function holdsFrozen(value: Record<string, unknown>): boolean {
  for (const key in value) if (isFrozenObject(value[key])) return true;
  return false;
}

function valueJson(value: unknown, depth: number): string | undefined {
  if (isFrozenObject(value)) return cachedJson(value);
  if (depth === 0 || typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    if (!isPlainObject(first) || !holdsFrozen(first)) return JSON.stringify(value);
    let out = '[';
    for (let i = 0; i < value.length; i++) out += `${i > 0 ? ',' : ''}${valueJson(value[i], depth - 1) ?? 'null'}`;
    return `${out}]`;
  }
  if (!isPlainObject(value)) return JSON.stringify(value);
  let out = '{';
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const json = valueJson(value[key], depth - 1);
    if (json === undefined) continue; // as JSON.stringify: undefined and functions are left out
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${json}`;
  }
  return `${out}}`;
}

/** How deep to look for shared parts: assessment → explanation → entry → facts. */
const SHARED_DEPTH = 3;

export const assessmentLine = (assessment: Assessment): string => valueJson(assessment, SHARED_DEPTH) as string;

export const assessmentDocument = (result: Assessment | readonly Assessment[]): string => JSON.stringify(result, null, 2);
