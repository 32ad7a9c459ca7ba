import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordFilter } from '../../src/text/wordFilter.js';
import { SIDE_WORDS } from '../../src/text/lexicon/index.js';

describe('wordFilter', () => {
  it('passes every word of its set, whatever the set', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }), (words) => {
        const mayBe = wordFilter(words);
        for (const word of words) expect(mayBe(word)).toBe(true);
      }),
    );
  });

  it('turns away most other words, so that the lookup behind it seldom runs', () => {
    const maySideWord = wordFilter(SIDE_WORDS.keys());
    const others = ['pain', 'down', 'the', 'leg', 'numbness', 'patient', 'reflexes', 'walking', 'since', 'weeks'];
    expect(others.filter(maySideWord)).toEqual([]);
    expect(maySideWord('left') && maySideWord('bilat') && maySideWord('r')).toBe(true);
  });

  it('passes everything when a word of the set is too long or ends beyond ASCII', () => {
    expect(wordFilter(['naïve', 'café'])('anything')).toBe(true);
    expect(wordFilter(['x'.repeat(40)])('anything')).toBe(true);
  });
});
