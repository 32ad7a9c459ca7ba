/**
 * A token trie: the lexicon's phrases compiled once into nested maps, so that
 * finding every phrase in a sentence is one walk per token position (greedy,
 * longest match first), whatever the size of the lexicon.
 */
import type { Token } from './tokenize.js';
import { wordFilter } from './wordFilter.js';

interface TrieNode<V> {
  next?: Map<string, TrieNode<V>>;
  values?: V[];
  /** Some word after this node may also be stepped over ("her" of "wakes her"): only then is a second reading tried. */
  skippableNext?: true;
}

export interface TrieMatch<V> {
  /** Index of the first token of the match. */
  readonly from: number;
  /** Index just past the last token. */
  readonly to: number;
  readonly values: readonly V[];
}

export class TokenTrie<V> {
  private readonly root: TrieNode<V> = {};
  /** The transparent and passable words in one set: the matcher asks of nearly every word whether it may step over it. */
  private readonly skippableWords: ReadonlySet<string>;
  private readonly maySkip: (word: string) => boolean;

  /**
   * @param transparent tokens skipped inside a phrase, in the text and in the
   *   phrase alike ("pain in my leg" matches "pain in leg").
   */
  constructor(
    private readonly transparent: ReadonlySet<string>,
    /** Tokens skipped inside a phrase in the text only, never dropped from a phrase ("left" in "front of left thigh"). */
    passable: ReadonlySet<string> = new Set(),
  ) {
    this.skippableWords = new Set([...transparent, ...passable]);
    this.maySkip = wordFilter(this.skippableWords);
  }

  add(tokens: readonly string[], value: V): void {
    let node = this.root;
    for (const [i, token] of tokens.entries()) {
      // A small word inside a phrase is stepped over; one that ends it is part of it ("S/A", whose "A" is no article),
      // and so is one between two marks: "(-)" must not become "()", which "(R)" would then match.
      if (this.transparent.has(token) && i < tokens.length - 1 && !(isMark(tokens[i - 1]) && isMark(tokens[i + 1]))) continue;
      node.next ??= new Map();
      let child = node.next.get(token);
      if (!child) {
        child = {};
        node.next.set(token, child);
        if (this.skippableWords.has(token)) node.skippableNext = true;
      }
      node = child;
    }
    if (node === this.root) return;
    // A phrase listed twice, or a concept added again for a phrase it already has, is one reading.
    if (node.values?.includes(value)) return;
    (node.values ??= []).push(value);
  }

  /**
   * The longest phrase starting at token `from`, if any. A small word that may be stepped over is tried both
   * ways, as a word of the phrase and as skipped: "wakes her every night" is the phrase "wakes every night"
   * even though "wakes her" is a phrase of its own.
   */
  matchAt(tokens: readonly Token[], from: number, limit = tokens.length): TrieMatch<V> | undefined {
    const first = from < limit ? tokens[from] : undefined;
    if (!first) return undefined;
    let node = this.root.next && childOf(this.root.next, tokens, from);
    let i = from + 1;
    let best: TrieMatch<V> | undefined;
    // Where a skippable word was taken as a word of the phrase: the node and position to try it skipped instead.
    let alternatives: (TrieNode<V> | number)[] | undefined;
    for (;;) {
      while (node) {
        if (node.values && (best === undefined || i > best.to)) best = { from, to: i, values: node.values };
        const next = node.next;
        if (!next) break;
        let child: TrieNode<V> | undefined;
        // Skip determiners and the like between the words of a phrase.
        for (; i < limit; i++) {
          child = childOf(next, tokens, i);
          if (child) {
            if (node.skippableNext && this.skippable(tokens[i]!.norm)) (alternatives ??= []).push(node, i + 1);
            break;
          }
          if (!this.skippable(tokens[i]!.norm)) break;
        }
        node = child;
        i++;
      }
      if (!alternatives || alternatives.length === 0) return best;
      i = alternatives.pop() as number;
      node = alternatives.pop() as TrieNode<V>;
    }
  }

  private skippable(norm: string): boolean {
    return this.maySkip(norm) && this.skippableWords.has(norm);
  }

  /**
   * Every longest, non-overlapping match, left to right. A match `accept` turns down gives way to the longest
   * shorter one at the same place, so that its words are still read ("reduced sensation" as a qualifier and a term
   * where the phrase that needs a word of its sentence does not find it). `accept` is given the tokens and range
   * scanned, so that it can be one function made once rather than a closure made for every sentence.
   */
  scan(tokens: readonly Token[], from = 0, to = tokens.length, accept?: (values: readonly V[], tokens: readonly Token[], from: number, to: number) => boolean): TrieMatch<V>[] {
    const matches: TrieMatch<V>[] = [];
    for (let i = from; i < to; ) {
      let match = this.matchAt(tokens, i, to);
      while (match && accept && !accept(match.values, tokens, from, to)) match = match.to - 1 > i ? this.matchAt(tokens, i, match.to - 1) : undefined;
      if (match) {
        matches.push(match);
        i = match.to;
      } else i++;
    }
    return matches;
  }
}

const isMark = (token: string | undefined): boolean => token !== undefined && !/[a-z0-9]/.test(token);

/** Words after a contracted "is" or "has" ("my sciatica's been playing up"), unlike a possessive's noun ("her friend's house"). */
const AFTER_CONTRACTION = new Set(['been', 'got', 'gone', 'not', 'getting', 'still', 'really', 'so', 'very', 'worse', 'better', 'bad', 'killing', 'playing', 'started', 'now', 'always', 'never', 'numb', 'weak', 'sore', 'painful', 'fine', 'ok', 'okay', 'normal', 'gotten', 'become', 'full', 'empty', 'flopping', 'slapping', 'dragging', 'dropping', 'floppy']);

/** The node for a word, or for its stem when it is contracted with "is" or "has": "my sciatica's been playing up". */
function childOf<V>(next: Map<string, TrieNode<V>>, tokens: readonly Token[], i: number): TrieNode<V> | undefined {
  const norm = tokens[i]!.norm;
  const node = next.get(norm);
  // Char codes rather than endsWith: this runs for every word of every note.
  if (node || norm.charCodeAt(norm.length - 1) !== 115 || norm.charCodeAt(norm.length - 2) !== 39 || !AFTER_CONTRACTION.has(tokens[i + 1]?.norm ?? '')) return node;
  return next.get(norm.slice(0, -2));
}
