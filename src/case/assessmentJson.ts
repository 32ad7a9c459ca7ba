/**
 * An Assessment as compact JSON in UTF-8 bytes, fast. The bytes are exactly
 * those of JSON.stringify for an assessment built by `assess` (a property
 * test holds it to that), but they are written by code that knows the
 * Assessment's shape, because most of an assessment's ~12 kB never changes
 * between cases:
 *
 * - shared, frozen parts (the plan, the safety net, each conclusion's facts,
 *   each rule's sources) are stringified and encoded once, then copied;
 * - strings from the knowledge base (names, rule texts, advice) are quoted
 *   and encoded once;
 * - what a case changes (probabilities, factors, sentences, the echoed
 *   evidence) is written straight into the byte buffer (see jsonBytes.ts).
 *
 * JSON.stringify and then encoding its text cost about twice as much on
 * generated cases: they walk, escape and encode the shared text every time.
 */
import { JsonBytes, jsonFragment } from './jsonBytes.js';
import type { Assessment } from './schema.js';

const sharedJson = new WeakMap<object, Uint8Array>();

/** The JSON of a value that never changes (frozen), encoded once. */
function shared(value: object): Uint8Array {
  let json = sharedJson.get(value);
  if (json === undefined) {
    json = jsonFragment(JSON.stringify(value));
    sharedJson.set(value, json);
  }
  return json;
}

const quotedStrings = new Map<string, Uint8Array>();
/** Enough for every id, name and sentence of the knowledge base; odd inputs cannot grow it beyond. */
const QUOTED_LIMIT = 4096;

/** A string that recurs across cases (an id, a name, a rule's text), quoted and encoded once. */
function writeRecurring(out: JsonBytes, value: string): void {
  const json = quotedStrings.get(value);
  if (json !== undefined) return out.fragment(json);
  if (quotedStrings.size < QUOTED_LIMIT) {
    const encoded = jsonFragment(JSON.stringify(value));
    quotedStrings.set(value, encoded);
    out.fragment(encoded);
  } else out.string(value);
}

/** A value that may be shared (frozen) or built for this case. */
const writeValue = (out: JsonBytes, value: object): void => (Object.isFrozen(value) ? out.fragment(shared(value)) : out.value(value));

type Triage = Assessment['triage'];
type Explanation = Assessment['explanation'][number];
type Factor = Explanation['for'][number];

function writeTriage(out: JsonBytes, triage: Triage): void {
  out.ascii('{"level":');
  writeRecurring(out, triage.level);
  out.ascii(',"reasons":[');
  for (let i = 0; i < triage.reasons.length; i++) {
    const reason = triage.reasons[i] as Triage['reasons'][number];
    out.ascii(i > 0 ? ',{"rule":' : '{"rule":');
    writeRecurring(out, reason.rule);
    out.ascii(',"level":');
    writeRecurring(out, reason.level);
    out.ascii(',"text":');
    writeRecurring(out, reason.text);
    out.ascii(',"evidence":');
    writeStrings(out, reason.evidence);
    out.ascii(',"sources":');
    writeValue(out, reason.sources);
    out.ascii('}');
  }
  out.ascii('],"advice":');
  writeRecurring(out, triage.advice);
  out.ascii(',"safetyNet":');
  writeValue(out, triage.safetyNet);
  out.ascii('}');
}

function writeStrings(out: JsonBytes, values: readonly string[]): void {
  out.ascii('[');
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out.ascii(',');
    writeRecurring(out, values[i] as string);
  }
  out.ascii(']');
}

function writeFactors(out: JsonBytes, factors: readonly Factor[]): void {
  out.ascii('[');
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i] as Factor;
    out.ascii(i > 0 ? ',{"finding":' : '{"finding":');
    writeRecurring(out, f.finding);
    if (f.side !== undefined) {
      out.ascii(',"side":');
      writeRecurring(out, f.side);
    }
    out.ascii(',"factor":');
    out.number(f.factor);
    out.ascii(',"text":');
    out.string(f.text);
    out.ascii('}');
  }
  out.ascii(']');
}

function writeExplanation(out: JsonBytes, entry: Explanation): void {
  out.ascii('{"conclusion":');
  writeRecurring(out, entry.conclusion);
  out.ascii(',"subject":');
  writeRecurring(out, entry.subject);
  out.ascii(',"statement":');
  out.string(entry.statement);
  out.ascii(',"for":');
  writeFactors(out, entry.for);
  out.ascii(',"against":');
  writeFactors(out, entry.against);
  out.ascii(',"facts":');
  writeValue(out, entry.facts);
  out.ascii('}');
}

/**
 * Writes the assessment's JSON into `out` (after what it holds already):
 * byte for byte the UTF-8 of JSON.stringify(assessment).
 */
export function writeAssessmentJson(out: JsonBytes, a: Assessment): void {
  if (a.id !== undefined) {
    out.ascii('{"id":');
    out.string(a.id);
    out.ascii(',"triage":');
  } else out.ascii('{"triage":');
  writeTriage(out, a.triage);
  out.ascii(',"redFlags":[');
  for (let i = 0; i < a.redFlags.length; i++) {
    const flag = a.redFlags[i] as Assessment['redFlags'][number];
    out.ascii(i > 0 ? ',{"id":' : '{"id":');
    writeRecurring(out, flag.id);
    out.ascii(',"findings":');
    writeStrings(out, flag.findings);
    out.ascii('}');
  }
  out.ascii('],"painMechanism":[');
  for (let i = 0; i < a.painMechanism.length; i++) {
    const m = a.painMechanism[i] as Assessment['painMechanism'][number];
    out.ascii(i > 0 ? ',{"id":' : '{"id":');
    writeRecurring(out, m.id);
    out.ascii(',"probability":');
    out.number(m.probability);
    out.ascii('}');
  }
  out.ascii('],"roots":[');
  for (let i = 0; i < a.roots.length; i++) {
    const r = a.roots[i] as Assessment['roots'][number];
    out.ascii(i > 0 ? ',{"root":' : '{"root":');
    writeRecurring(out, r.root);
    out.ascii(',"side":');
    writeRecurring(out, r.side);
    out.ascii(',"probability":');
    out.number(r.probability);
    out.ascii('}');
  }
  out.ascii('],"conditions":[');
  for (let i = 0; i < a.conditions.length; i++) {
    const c = a.conditions[i] as Assessment['conditions'][number];
    out.ascii(i > 0 ? ',{"id":' : '{"id":');
    writeRecurring(out, c.id);
    out.ascii(',"name":');
    writeRecurring(out, c.name);
    out.ascii(',"probability":');
    out.number(c.probability);
    if (c.icd10 !== undefined) {
      out.ascii(',"icd10":');
      writeRecurring(out, c.icd10);
    }
    out.ascii('}');
  }
  out.ascii('],"confidence":');
  writeRecurring(out, a.confidence);
  out.ascii(',"plan":');
  writeValue(out, a.plan);
  out.ascii(',"explanation":[');
  for (let i = 0; i < a.explanation.length; i++) {
    if (i > 0) out.ascii(',');
    writeExplanation(out, a.explanation[i] as Explanation);
  }
  out.ascii('],"evidence":');
  out.value(a.evidence);
  out.ascii(',"warnings":');
  out.value(a.warnings);
  out.ascii('}');
}

const scratch = new JsonBytes();

/** The assessment's JSON bytes: a view into a reused buffer, valid until the next call. */
export function assessmentJsonBytes(a: Assessment): Uint8Array {
  writeAssessmentJson(scratch.reset(), a);
  return scratch.view();
}
