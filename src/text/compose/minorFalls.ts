/**
 * A minor fall onto the bottom ("sat down heavily on the edge of the bath",
 * "missed the bottom step") is trauma only for fragile bones: the triage
 * policy's "minor trauma with osteoporosis". It stays where the text names
 * osteoporosis or long-term steroids, or the patient is old; a younger
 * patient's minor fall is no evidence.
 */
import type { FindingId } from '../../knowledge/vocabulary.js';
import { MINOR_FALLS, TRANSPARENT } from '../lexicon/index.js';
import { phraseTokens, type Token } from '../tokenize.js';
import type { Draft } from './draft.js';

/**
 * Age from which a fall onto the bottom may break a vertebra with no other word for fragile bones: older age is among
 * the best single flags for fracture, age > 65 in men and > 75 in women (R67); the lower, men's, age is taken.
 */
const FRAGILE_AGE = 65;
/** Findings that say the bones are fragile: osteoporosis, and prolonged steroids within immunosuppression (R67). */
const FRAGILE_BONES: ReadonlySet<FindingId> = new Set(['osteoporosis', 'immunosuppression']);
// Made on first use: a module that computes at load time cannot be left out of a bundle that does not call it (the web app's first page).
let minorFallWords: ReadonlySet<string> | undefined;
const minorFallWordsOf = (): ReadonlySet<string> =>
  (minorFallWords ??= new Set(MINOR_FALLS.map((phrase) => phraseTokens(phrase).filter((n) => !TRANSPARENT.has(n)).join(' '))));

/** "Sat down heavily on the edge of the bath": trauma only for an old patient or fragile bones named in the text. */
export function withoutMinorFalls(drafts: readonly Draft[], tokens: readonly Token[], age: number | undefined): readonly Draft[] {
  const minor = drafts.filter((d) => d.finding === 'trauma' && minorFallWordsOf().has(wordsOf(d, tokens)));
  if (minor.length === 0) return drafts;
  const fragile = (age !== undefined && age >= FRAGILE_AGE) || drafts.some((d) => FRAGILE_BONES.has(d.finding) && d.status === 'present');
  return fragile ? drafts : drafts.filter((d) => !minor.includes(d));
}

/** A draft's words as the lexicon's phrases are compared: small words stepped over. */
const wordsOf = (d: Draft, tokens: readonly Token[]): string =>
  tokens
    .slice(d.from, d.to)
    .map((t) => t.norm)
    .filter((n) => !TRANSPARENT.has(n))
    .join(' ');
