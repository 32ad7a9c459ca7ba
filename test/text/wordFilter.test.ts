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

  it('lets long words, and words that end beyond ASCII, share a slot', () => {
    expect(wordFilter(['café'])('lamé')).toBe(true);
    expect(wordFilter(['café'])('cafe')).toBe(false);
    expect(wordFilter(['x'.repeat(40)])('y'.repeat(35) + 'x')).toBe(true);
  });
});
