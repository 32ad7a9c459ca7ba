import { describe, expect, it } from 'vitest';
import { TokenTrie } from '../../src/text/trie.js';
import { phraseTokens, tokenize } from '../../src/text/tokenize.js';

function trieOf(phrases: readonly string[]): TokenTrie<string> {
  const trie = new TokenTrie<string>(new Set(['my', 'the', 'her']), new Set(['left']));
  for (const phrase of phrases) trie.add(phraseTokens(phrase), phrase);
  return trie;
}

const matched = (trie: TokenTrie<string>, text: string): string[] => trie.scan(tokenize(text)).map((m) => m.values.join('|'));

describe('the token trie', () => {
  it('steps over small words between the words of a phrase, and side words in the text', () => {
    expect(matched(trieOf(['pain in leg']), 'pain in my left leg')).toEqual(['pain in leg']);
  });

  it('tries a small word both as a word of a phrase and as skipped, and keeps the longer', () => {
    const trie = trieOf(['wakes her', 'wakes every night']);
    expect(matched(trie, 'it wakes her every night')).toEqual(['wakes every night']);
    expect(matched(trie, 'it wakes her up')).toEqual(['wakes her']);
  });

  it('reads a word contracted with "is" or "has" as the word, not a possessive', () => {
    const trie = trieOf(['sciatica been playing up', 'friend']);
    expect(matched(trie, "my sciatica's been playing up")).toEqual(['sciatica been playing up']);
    expect(matched(trie, "her friend's house")).toEqual([]);
  });
});

describe('a small word between two marks', () => {
  it('is kept: "(-)" is no "()" that "(R)" would match', () => {
    const trie = trieOf(['( - )']);
    expect(matched(trie, '( - ) fever')).toEqual(['( - )']);
    const sided = new TokenTrie<string>(new Set(['-']), new Set(['r']));
    sided.add(phraseTokens('( - )'), 'negation');
    expect(sided.scan(tokenize('leg pain (R), numbness')).map((m) => m.values.join('|'))).toEqual([]);
  });
});
