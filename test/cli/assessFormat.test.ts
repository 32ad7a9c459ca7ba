/**
 * The NDJSON serialiser reuses the JSON of shared, frozen parts; its text
 * must be exactly JSON.stringify's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.js';
import { assessmentLine, assessmentPieces } from '../../src/cli/format/json.js';
import { formatPretty } from '../../src/cli/format/pretty.js';
import { validCase } from '../triage/arbitraries.js';

const joined = (pieces: readonly (string | Uint8Array)[]): string =>
  Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece))).toString('utf8');

describe('assessmentLine and assessmentPieces', () => {
  it('is exactly JSON.stringify of the assessment', () => {
    fc.assert(
      fc.property(validCase, (kase) => {
        const assessment = assess(kase);
        expect(assessmentLine(assessment)).toBe(JSON.stringify(assessment));
        // Twice: the second time the cached fragments are used.
        expect(assessmentLine(assessment)).toBe(JSON.stringify(assessment));
        expect(joined(assessmentPieces(assessment))).toBe(JSON.stringify(assessment));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out undefined fields as JSON.stringify does', () => {
    const assessment = { ...assess({ evidence: [] }), id: undefined };
    expect(assessmentLine(assessment)).toBe(JSON.stringify(assessment));
    expect(joined(assessmentPieces(assessment))).toBe(JSON.stringify(assessment));
  });
});

describe('formatPretty', () => {
  const assessment = assess({ id: 'p1', evidence: [{ finding: 'back_pain' }, { finding: 'bowel_dysfunction' }] });

  it('colours the banner only when asked', () => {
    expect(formatPretty(assessment, { color: true })).toContain('\x1b[1;97;41m EMERGENCY');
    expect(formatPretty(assessment, { color: false })).not.toContain('\x1b[');
  });

  it('draws probability bars of the given width', () => {
    const text = formatPretty(assessment, { color: false, barWidth: 10 });
    expect(text).toMatch(/ [█·]{10} +\d+%/);
  });
});
