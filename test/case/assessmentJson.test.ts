/**
 * The shape-aware JSON writer must give exactly the bytes of JSON.stringify,
 * for every assessment and for any string or number it writes on its own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.js';
import { assessmentJsonBytes } from '../../src/case/assessmentJson.js';
import { JsonBytes, jsonNumber } from '../../src/case/jsonBytes.js';
import { validCase } from '../triage/arbitraries.js';

const utf8 = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));

describe('assessmentJsonBytes', () => {
  it('is byte for byte JSON.stringify of the assessment, cached parts included', () => {
    fc.assert(
      fc.property(validCase, (kase) => {
        const assessment = assess(kase);
        const expected = utf8(assessment);
        expect(Buffer.from(assessmentJsonBytes(assessment)).equals(expected)).toBe(true);
        // Twice: the second time the shared and recurring parts come from the caches.
        expect(Buffer.from(assessmentJsonBytes(assessment)).equals(expected)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('writes text that needs escaping as JSON.stringify does (ids and evidence come from callers)', () => {
    const assessment = assess({ id: 'quote " backslash \\ tab \t newline \n nul \u0000 ü → 😀 lone \ud800', evidence: [{ finding: 'back_pain' }] });
    expect(Buffer.from(assessmentJsonBytes(assessment)).equals(utf8(assessment))).toBe(true);
  });

  it('leaves out an undefined id as JSON.stringify does', () => {
    const assessment = { ...assess({ evidence: [] }), id: undefined };
    expect(Buffer.from(assessmentJsonBytes(assessment)).toString()).toBe(JSON.stringify({ ...assessment, id: undefined }));
  });
});

describe('JsonBytes', () => {
  const written = (write: (out: JsonBytes) => void): Buffer => {
    const out = new JsonBytes(4); // tiny, so that growing is exercised too
    write(out);
    return Buffer.from(out.view());
  };

  it('escapes and encodes any string as JSON.stringify and UTF-8 do, lone surrogates included', () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }));
    fc.assert(
      fc.property(anyText, (text) => {
        expect(written((out) => out.string(text)).equals(utf8(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes any number as JSON.stringify does', () => {
    const anyNumber = fc.oneof(
      fc.double(),
      fc.integer({ min: 0, max: 1_000_000 }).map((micros) => micros / 1e6),
      fc.integer({ min: 0, max: 100_000 }).map((cents) => Math.round(cents) / 100),
      fc.tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 999_999 })).map(([whole, micros]) => whole + micros / 1e6),
      fc.constantFrom(0, -0, 1, 10, 1e-6, 1e-7, 5e-7, 0.000101, 123456789.123456, 999999999.999999, 1e21, -2.5, Number.NaN, Infinity),
    );
    fc.assert(
      fc.property(anyNumber, (value) => {
        expect(jsonNumber(value)).toBe(JSON.stringify(value));
        expect(written((out) => out.number(value)).toString()).toBe(JSON.stringify(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('copies shared fragments and values into one growing buffer', () => {
    const bytes = written((out) => {
      out.ascii('[');
      out.value({ a: [1, 'ü'] });
      out.ascii(',');
      out.fragment(new TextEncoder().encode('"x".repeat'.repeat(10)));
      out.ascii(']');
    });
    expect(bytes.toString()).toBe(`[{"a":[1,"ü"]},${'"x".repeat'.repeat(10)}]`);
  });
});
