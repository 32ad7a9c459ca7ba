/** The human-readable report of `assess --pretty`. */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.js';
import { formatPretty } from '../../src/cli/format/pretty.js';

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
