/**
 * A quick, conservative test of whether a word may belong to a set: by its
 * length and last character, read from a table built once. A set lookup
 * hashes and probes; this reads one byte. It stands before the lookups that
 * run for nearly every word of every note, most of which fail.
 */

const LENGTHS = 32;

/** The table slot of a word: long words share the last length, and characters beyond ASCII share one code. */
const slotOf = (word: string): number => Math.min(word.length, LENGTHS - 1) * 128 + Math.min(word.charCodeAt(word.length - 1), 127);

/** A test that is true for every word of `words` and false for most others; a word it passes still needs the real lookup. */
export function wordFilter(words: Iterable<string>): (word: string) => boolean {
  const table = new Uint8Array(LENGTHS * 128);
  for (const word of words) {
    if (word === '') return () => true;
    table[slotOf(word)] = 1;
  }
  return (word) => table[slotOf(word)] === 1;
}
