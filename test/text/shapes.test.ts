import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDigits, isGradeDigit, startsWithDigit, startsWithLetter } from '../../src/text/shapes.js';

// Words like a note's: digits, lower-case letters, a few marks, and now and then any character.
const word = fc.oneof(fc.stringMatching(/^[0-9a-z+/'-]{0,6}$/), fc.string({ maxLength: 6 }));

describe('shapes of a word', () => {
  it('say what the regular expressions they replace say', () => {
    fc.assert(
      fc.property(word, (w) => {
        expect(startsWithDigit(w)).toBe(/^\d/.test(w));
        expect(startsWithLetter(w)).toBe(/^[a-z]/.test(w));
        expect(isDigits(w)).toBe(/^\d+$/.test(w));
        expect(isDigits(w, 1, 2)).toBe(/^\d{1,2}$/.test(w));
        expect(isDigits(w, 1, 3)).toBe(/^\d{1,3}$/.test(w));
        expect(isGradeDigit(w)).toBe(/^[0-5]$/.test(w));
      }),
      { numRuns: 2000 },
    );
  });
});
