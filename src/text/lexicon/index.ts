/**
 * The whole lexicon, and its compiled form: one token trie built once per
 * process, shared by every call to `extract`.
 */
import { TokenTrie } from '../trie.js';
import { phraseTokens } from '../tokenize.js';
import { DERMATOMES, SIDES, SITES } from './anatomy.js';
import {
  ACTIVITIES,
  AGGRAVATES,
  EASES,
  HISTORY,
  HYPOTHETICAL,
  IGNORED,
  MEASURES,
  NEGATIONS,
  ONSETS,
  OTHER_PERSON,
  PAIN_WORDS,
  PSEUDO_NEGATIONS,
  QUALIFIERS,
  RECURRENCES,
  UNKNOWN_AFTER,
  SUBJECTS,
  TERMINATORS,
  TRENDS,
  UNCERTAINTY,
} from './context.js';
import { FINDING_TERMS } from './findings.js';
export { MINOR_FALLS, REFLEX_SITE_WORDS, WEAK_REGION_MOVEMENT } from './findings.js';
import type { Concept, ConceptKind, LexiconEntry } from './types.js';

export type { Activity, Concept, ConceptKind, ConceptOf, FindingTarget, LexiconEntry, TermGroup } from './types.js';
export { DERMATOME_REGIONS } from './anatomy.js';

export const LEXICON: readonly LexiconEntry[] = [
  ...FINDING_TERMS,
  ...SITES,
  ...SIDES,
  ...DERMATOMES,
  ...PAIN_WORDS,
  ...ACTIVITIES,
  ...AGGRAVATES,
  EASES,
  ...QUALIFIERS,
  ...NEGATIONS,
  PSEUDO_NEGATIONS,
  ...UNCERTAINTY,
  UNKNOWN_AFTER,
  ...HISTORY,
  OTHER_PERSON,
  HYPOTHETICAL,
  TERMINATORS,
  SUBJECTS,
  ...TRENDS,
  RECURRENCES,
  ...ONSETS,
  ...MEASURES,
  IGNORED,
];

/** Words skipped between the words of a phrase: "pain in my left leg" matches "pain in leg" plus a side. */
export const TRANSPARENT: ReadonlySet<string> = new Set(['my', 'the', 'his', 'her', 'their', 'your', 'a', 'an', 'its', 'our', '-', 'kinda', 'sorta']);
/** Words that only stress the phrase they sit in, stepped over like sides: "can't really tell when my bladder is full". */
const INTENSIFIERS = ['really', 'properly', 'actually', 'even', 'quite'];
/**
 * Side words may also sit inside a phrase ("front of my right thigh"): the
 * matcher steps over them and the side reader still sees them.
 */
export const SIDE_WORDS: ReadonlyMap<string, 'left' | 'right' | 'both'> = new Map([
  ['left', 'left'], ['lt', 'left'], ['l', 'left'], ['lhs', 'left'],
  ['right', 'right'], ['rt', 'right'], ['r', 'right'], ['rhs', 'right'],
  ['both', 'both'], ['bilateral', 'both'], ['bilaterally', 'both'], ['bilat', 'both'], ['either', 'both'],
]);

/** Words that make a phrase of worsening a weakness too: "weaker than last wk" is weakness, and worse. */
const WEAK_WORDS = new Set(['weak', 'weaker', 'weakness']);

export function compileLexicon(entries: readonly LexiconEntry[] = LEXICON): TokenTrie<Concept> {
  // Quotation marks too: a patient's words quoted inside a note ("toilet paper feels 'odd'").
  const trie = new TokenTrie<Concept>(TRANSPARENT, new Set([...SIDE_WORDS.keys(), ...INTENSIFIERS, "'", '"', '‘', '“', '”']));
  const weakness = entries.find((e) => e.concept.kind === 'finding' && e.concept.mode === 'assert' && e.phrases.includes('weaker'))?.concept;
  for (const entry of entries) {
    const worsening = weakness !== undefined && entry.concept.kind === 'trend' && entry.concept.trend === 'worsening';
    for (const phrase of entry.phrases) {
      const tokens = phraseTokens(phrase);
      // The finding first, as a phrase of the findings' own lexicon would have it.
      if (worsening && tokens.some((t) => WEAK_WORDS.has(t))) trie.add(tokens, weakness);
      trie.add(tokens, entry.concept);
    }
  }
  return trie;
}

let compiled: TokenTrie<Concept> | undefined;
/** The default lexicon, compiled on first use. */
export const defaultMatcher = (): TokenTrie<Concept> => (compiled ??= compileLexicon());

/** Whether concepts include one of `kind`. Loops, not callbacks: these are asked of every sentence of a note. */
export function carries(concepts: readonly { readonly kind: string }[], kind: ConceptKind): boolean {
  for (const concept of concepts) if (concept.kind === kind) return true;
  return false;
}

/** The first match of a sentence that carries a concept of `kind`. */
export function firstCarrying<M extends { readonly values: readonly { readonly kind: string }[] }>(matches: readonly M[], kind: ConceptKind): M | undefined {
  for (const match of matches) if (carries(match.values, kind)) return match;
  return undefined;
}

/** Whether some match of a sentence carries a concept of `kind`. */
export const someCarries = (matches: readonly { readonly values: readonly { readonly kind: string }[] }[], kind: ConceptKind): boolean => firstCarrying(matches, kind) !== undefined;
