/**
 * Assessments as JSON text. The NDJSON path writes one compact line per
 * case; a document (one case or an array) is indented for people to read.
 *
 * The plan is a large, shared, frozen object (one per triage level and likely
 * condition), so its JSON is made once and reused, as text for
 * `assessmentLine` and as UTF-8 bytes for `assessmentPieces` (the streaming
 * path copies those bytes instead of encoding the text again). The other
 * top-level fields go through JSON.stringify as usual. Taking apart deeper
 * levels was measured to cost more than it saves. The text is exactly
 * JSON.stringify's (a test holds it to that).
 */
import type { Assessment } from '../../case/schema.js';
import type { LinePiece } from '../ndjson.js';

interface Cached {
  readonly text: string;
  readonly bytes: Uint8Array;
}

const frozenJson = new WeakMap<object, Cached>();

const isFrozenObject = (value: unknown): value is object => typeof value === 'object' && value !== null && Object.isFrozen(value);

function cached(value: object): Cached | undefined {
  let hit = frozenJson.get(value);
  if (hit === undefined) {
    const text = JSON.stringify(value);
    if (text === undefined) return undefined;
    hit = { text, bytes: Buffer.from(text) };
    frozenJson.set(value, hit);
  }
  return hit;
}

/** The assessment's JSON as pieces: text, and the bytes of shared parts. Joined, they are JSON.stringify(assessment). */
export function assessmentPieces(assessment: Assessment): LinePiece[] {
  const pieces: LinePiece[] = [];
  let open = '{';
  for (const [key, value] of Object.entries(assessment)) {
    if (isFrozenObject(value)) {
      const hit = cached(value);
      if (hit === undefined) continue;
      pieces.push(`${open}${JSON.stringify(key)}:`, hit.bytes);
    } else {
      const json = JSON.stringify(value);
      if (json === undefined) continue; // as JSON.stringify: undefined fields are left out
      pieces.push(`${open}${JSON.stringify(key)}:${json}`);
    }
    open = ',';
  }
  pieces.push(open === '{' ? '{}' : '}');
  return pieces;
}

/** The assessment's JSON as one string, identical to JSON.stringify(assessment). */
export function assessmentLine(assessment: Assessment): string {
  let out = '{';
  for (const [key, value] of Object.entries(assessment)) {
    const json = isFrozenObject(value) ? cached(value)?.text : JSON.stringify(value);
    if (json === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${json}`;
  }
  return `${out}}`;
}

export const assessmentDocument = (result: Assessment | readonly Assessment[]): string => JSON.stringify(result, null, 2);
