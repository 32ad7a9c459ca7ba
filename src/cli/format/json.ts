/**
 * Assessments as JSON text. The NDJSON path writes one compact line per
 * case; a document (one case or an array) is indented for people to read.
 *
 * The plan is a large, shared, frozen object (one per triage level and likely
 * condition), so its JSON is made once and reused, as text for
 * `assessmentLine` and as UTF-8 bytes for `assessmentPieces` (the streaming
 * path copies those bytes instead of encoding the text again). The
 * explanation's entries share their facts the same way (one frozen list per
 * conclusion), so that array is written entry by entry with the facts as
 * cached bytes (about 6 µs of stringify and encoding saved per case). The
 * other fields go through JSON.stringify whole: taking apart levels with no
 * shared part was measured to cost more than it saves. The text is exactly
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
  let text = '{';
  let first = true;
  for (const key of Object.keys(assessment)) {
    const value: unknown = assessment[key as keyof Assessment];
    const head = `${first ? '' : ','}${keyJson(key)}`;
    if (isFrozenObject(value)) {
      const hit = cached(value);
      if (hit === undefined) continue;
      pieces.push(text + head, hit.bytes);
      text = '';
    } else if (Array.isArray(value) && holdsSharedMembers(value)) {
      text += `${head}[`;
      for (let i = 0; i < value.length; i++) {
        if (i > 0) text += ',';
        const entry: unknown = value[i];
        if (typeof entry !== 'object' || entry === null || Object.isFrozen(entry) || Array.isArray(entry) || hasToJSON(entry)) {
          text += JSON.stringify(entry) ?? 'null';
          continue;
        }
        let open = '{';
        for (const entryKey of Object.keys(entry)) {
          const member: unknown = (entry as Record<string, unknown>)[entryKey];
          if (isFrozenObject(member)) {
            const hit = cached(member);
            if (hit === undefined) continue;
            pieces.push(`${text}${open}${keyJson(entryKey)}`, hit.bytes);
            text = '';
          } else {
            const json = JSON.stringify(member);
            if (json === undefined) continue;
            text += `${open}${keyJson(entryKey)}${json}`;
          }
          open = ',';
        }
        text += open === '{' ? '{}' : '}';
      }
      text += ']';
    } else {
      const json = JSON.stringify(value);
      if (json === undefined) continue; // as JSON.stringify: undefined fields are left out
      text += head + json;
    }
    first = false;
  }
  pieces.push(`${text}}`);
  return pieces;
}

/** `"key":`, made once per key name. */
const keyJsonCache = new Map<string, string>();
function keyJson(key: string): string {
  let json = keyJsonCache.get(key);
  if (json === undefined) {
    json = `${JSON.stringify(key)}:`;
    if (keyJsonCache.size < 256) keyJsonCache.set(key, json);
  }
  return json;
}

const hasToJSON = (value: object): boolean => typeof (value as { toJSON?: unknown }).toJSON === 'function';

/**
 * An array of entries whose first entry holds a shared frozen member (the
 * explanation: each entry's facts are shared per conclusion). Such an array is
 * written entry by entry, so those members' bytes are reused; measured to
 * save more than the extra calls cost. Other arrays go through JSON.stringify whole.
 */
function holdsSharedMembers(value: readonly unknown[]): boolean {
  if (Object.isFrozen(value) || hasToJSON(value)) return false;
  const first: unknown = value[0];
  if (typeof first !== 'object' || first === null || Array.isArray(first) || Object.isFrozen(first)) return false;
  for (const key in first) if (isFrozenObject((first as Record<string, unknown>)[key])) return true;
  return false;
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
