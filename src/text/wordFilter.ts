/**
 * A quick, conservative test of whether a word may belong to a set: by its
 * length and last character, read from a table built once. A set lookup
 * hashes and probes; this reads one byte. It stands before the lookups that
 * run for nearly every word of every note, most of which fail.
 */

const MAX_LENGTH = 32;

/** A test that is true for every word of `words` and false for most others; a word it passes still needs the real lookup. */
export function wordFilter(words: Iterable<string>): (word: string) => boolean {
  const table = new Uint8Array(MAX_LENGTH * 128);
  let passAll = false;
  for (const word of words) {
    const last = word.charCodeAt(word.length - 1);
    if (word.length >= MAX_LENGTH || !(last < 128)) passAll = true;
    else table[word.length * 128 + last] = 1;
  }
  if (passAll) return () => true;
  return (word) => {
    const last = word.charCodeAt(word.length - 1);
    return word.length < MAX_LENGTH && last < 128 && table[word.length * 128 + last] === 1;
  };
}
