/**
 * Assessments as JSON text. The NDJSON path writes one compact line per
 * case; a document (one case or an array) is indented for people to read.
 *
 * The plan is a large, shared, frozen object (one per triage level and likely
 * condition), so its JSON is made once and reused; the other top-level fields
 * go through JSON.stringify as usual. Taking apart deeper levels was measured
 * to cost more than it saves (many small pieces to join), so only the top
 * level is. The text is exactly JSON.stringify's (a test holds it to that).
 */
import type { Assessment } from '../../case/schema.js';

const frozenJson = new WeakMap<object, string>();

function fieldJson(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value)) return JSON.stringify(value);
  let json = frozenJson.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    if (json !== undefined) frozenJson.set(value, json);
  }
  return json;
}

export function assessmentLine(assessment: Assessment): string {
  let out = '{';
  for (const [key, value] of Object.entries(assessment)) {
    const json = fieldJson(value);
    if (json === undefined) continue; // as JSON.stringify: undefined fields are left out
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${json}`;
  }
  return `${out}}`;
}

export const assessmentDocument = (result: Assessment | readonly Assessment[]): string => JSON.stringify(result, null, 2);
