/**
 * A growable buffer that JSON is written into as UTF-8 bytes, with no
 * intermediate strings: text is escaped and encoded in one pass, numbers are
 * written from integers when they are short decimals, and fragments that
 * never change are copied as bytes encoded once. Its output is byte for byte
 * what JSON.stringify followed by UTF-8 encoding gives (tests hold it to that).
 *
 * Core code (no Node built-ins): the CLI, the server and the browser share it.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const DOT = 0x2e;
const ZERO = 0x30;
const HEX = '0123456789abcdef';
/** Escapes JSON.stringify writes for control characters, by code; the rest get \u00XX. */
const SHORT_ESCAPES: Readonly<Record<number, number>> = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72 };
/** Fragments shorter than this are copied byte by byte: cheaper than a typed-array copy call. */
const COPY_CALL_FROM = 48;

const MICRO = 1e6;

/** A number as JSON.stringify writes it, by the general conversion (JsonBytes.number writes short decimals faster). */
export const jsonNumber = (value: number): string => (Number.isFinite(value) ? String(value) : 'null');

const encoder = new TextEncoder();

/** UTF-8 of a fragment of JSON text that is already valid (a cached part). */
export const jsonFragment = (json: string): Uint8Array => encoder.encode(json);

export class JsonBytes {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 1 << 15) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Starts a new document in the same buffer. */
  reset(): this {
    this.length = 0;
    return this;
  }

  /** The bytes written so far: a view, valid until the next write or reset. */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  private reserve(count: number): void {
    if (this.length + count <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + count));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Text that needs no escaping and is ASCII: punctuation and keys. */
  ascii(text: string): void {
    this.reserve(text.length);
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < text.length; i++) bytes[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /** Bytes of valid JSON encoded earlier. */
  fragment(fragment: Uint8Array): void {
    this.reserve(fragment.length);
    const bytes = this.bytes;
    if (fragment.length >= COPY_CALL_FROM) bytes.set(fragment, this.length);
    else for (let i = 0, at = this.length; i < fragment.length; i++) bytes[at++] = fragment[i] as number;
    this.length += fragment.length;
  }

  /**
   * A number as JSON.stringify writes it. Probabilities and factors are
   * rounded to millionths or coarser upstream; such a number is written
   * digit by digit from integers, with the same text as the general
   * double-to-text conversion (the shortest decimal that reads back as the
   * number) at a fraction of its cost.
   */
  number(value: number): void {
    const micros = Math.round(value * MICRO);
    if (micros / MICRO !== value || micros < 0 || micros >= 1e15) return this.ascii(jsonNumber(value));
    this.reserve(24);
    const bytes = this.bytes;
    const whole = Math.floor(micros / MICRO);
    let fraction = micros - whole * MICRO;
    let at = writeDigits(bytes, this.length, whole);
    if (fraction !== 0) {
      bytes[at++] = DOT;
      // Six fraction digits, leading zeros kept and trailing zeros dropped.
      for (let unit = MICRO / 10; fraction !== 0; unit /= 10) {
        const digit = Math.floor(fraction / unit);
        bytes[at++] = ZERO + digit;
        fraction -= digit * unit;
      }
    }
    this.length = at;
  }

  /** A string, quoted and escaped as JSON.stringify does, encoded as UTF-8. */
  string(text: string): void {
    // Six bytes per UTF-16 unit at most (\u00XX, or an escaped lone surrogate), plus the quotes.
    this.reserve(text.length * 6 + 2);
    const bytes = this.bytes;
    let at = this.length;
    bytes[at++] = QUOTE;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c !== QUOTE && c !== BACKSLASH) bytes[at++] = c;
        else at = escapeAscii(bytes, at, c);
      } else if (c < 0x800) {
        bytes[at++] = 0xc0 | (c >> 6);
        bytes[at++] = 0x80 | (c & 0x3f);
      } else if (c < 0xd800 || c > 0xdfff) {
        bytes[at++] = 0xe0 | (c >> 12);
        bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
        bytes[at++] = 0x80 | (c & 0x3f);
      } else {
        const next = text.charCodeAt(i + 1);
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const point = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          bytes[at++] = 0xf0 | (point >> 18);
          bytes[at++] = 0x80 | ((point >> 12) & 0x3f);
          bytes[at++] = 0x80 | ((point >> 6) & 0x3f);
          bytes[at++] = 0x80 | (point & 0x3f);
          i++;
        } else at = unicodeEscape(bytes, at, c); // a lone surrogate, escaped as well-formed JSON.stringify does
      }
    }
    bytes[at++] = QUOTE;
    this.length = at;
  }

  /** Any JSON value, through JSON.stringify (for the parts with no fixed shape). */
  value(value: unknown): void {
    const json = JSON.stringify(value) ?? 'null';
    // The text is JSON already: only its encoding is left to do.
    this.reserve(json.length * 3);
    this.length += encoder.encodeInto(json, this.bytes.subarray(this.length)).written;
  }
}

/** Writes a non-negative integer below 10¹⁵ in decimal at `at`; returns the position after it. */
function writeDigits(bytes: Uint8Array, at: number, value: number): number {
  let digits = 1;
  for (let bound = 10; bound <= value; bound *= 10) digits++;
  for (let i = at + digits - 1; i >= at; i--) {
    const next = Math.floor(value / 10);
    bytes[i] = ZERO + (value - next * 10);
    value = next;
  }
  return at + digits;
}

function escapeAscii(bytes: Uint8Array, at: number, c: number): number {
  bytes[at++] = BACKSLASH;
  if (c === QUOTE || c === BACKSLASH) bytes[at++] = c;
  else {
    const short = SHORT_ESCAPES[c];
    if (short !== undefined) bytes[at++] = short;
    else return unicodeEscape(bytes, at - 1, c);
  }
  return at;
}

function unicodeEscape(bytes: Uint8Array, at: number, c: number): number {
  bytes[at++] = BACKSLASH;
  bytes[at++] = 0x75; // u
  for (let shift = 12; shift >= 0; shift -= 4) bytes[at++] = HEX.charCodeAt((c >> shift) & 0xf);
  return at;
}
