/**
 * One sentence as the extractor sees it: its tokens, the lexicon matches
 * ("units") and number readings over them, and where its clauses and
 * segments begin and end. A clause ends at ";", ":", closing punctuation, a
 * line break or a scope-ending word ("but", "however"); a segment also ends
 * at a comma.
 * Negation and other contexts live within a clause; sides and regions
 * attach within a segment.
 */
import type { Concept, ConceptKind, ConceptOf } from './lexicon/index.js';
import { SIDE_WORDS } from './lexicon/index.js';
import { formAnswerAfter, formAnswerBefore, isFormAnswer, type Answer } from './answers.js';
import { readNumbers, type Reading } from './numbers.js';
import { lineBreakBetween } from './sentences.js';
import type { Token } from './tokenize.js';

export interface Unit {
  readonly from: number;
  readonly to: number;
  readonly concepts: readonly Concept[];
}

/** ';', ':', '.', '!' or '?': compared as strings rather than looked up, for every token of a sentence. */
const isClauseEnd = (norm: string): boolean => norm.length === 1 && (norm === ';' || norm === ':' || norm === '.' || norm === '!' || norm === '?');
/** A checklist's answers before the slash that parts its items. */
const CHECKLIST_ANSWERS = new Set(['y', 'n', 'yes', 'no']);

export class SentenceView {
  // Plain arrays: a view is built for every sentence that names a finding, and a typed array costs more to make.
  /** For each token (from `from`), the index of the unit covering it, or -1. */
  private readonly unitAt: number[];
  private readonly clauseOf: number[];
  private readonly segmentOf: number[];
  private numberReadings: Reading[] | undefined;
  /** The people who telephoned about the patient, named earlier in the text or in this sentence ("husband", "daughter"). */
  callers: ReadonlySet<string> = NO_CALLERS;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly from: number,
    readonly to: number,
    /** The lexicon's matches over the tokens, in order; the view keeps this array. */
    readonly units: readonly Unit[],
  ) {
    const n = to - from;
    this.unitAt = new Array<number>(n).fill(-1);
    this.units.forEach((unit, index) => {
      for (let i = unit.from; i < unit.to; i++) this.unitAt[i - from] = index;
    });
    this.clauseOf = new Array<number>(n);
    this.segmentOf = new Array<number>(n);
    let clause = 0;
    let segment = 0;
    let denied = false;
    // "Fever N / Hx cancer Y - prostate 2019 / Night pain Y": in a checklist, a spaced slash parts its items.
    let checklist = false;
    for (let i = from + 1; i < to && !checklist; i++) checklist = tokens[i]!.norm === '/' && isSpacedDash(text, tokens[i]!) && CHECKLIST_ANSWERS.has(tokens[i - 1]!.norm);
    for (let i = from; i < to; i++) {
      const norm = tokens[i]!.norm;
      const unit = this.unitAt[i - from]! >= 0 ? this.units[this.unitAt[i - from]!] : undefined;
      if (unit?.from === i && unit.concepts.some((c) => c.kind === 'negation')) denied = true;
      // "just" ends a denial ("no wee probs no poo probs just sciatica"), not a statement ("my left leg just gives way").
      const ends =
        (i > from && this.newLineBefore(i)) ||
        (isClauseEnd(norm) && !(norm === '?' && this.isQueryMark(i)) && !(norm === ':' && this.answersBefore(i))) ||
        (unit?.from === i && unit.concepts.some((c) => c.kind === 'terminator') && (norm !== 'just' || denied)) ||
        (checklist && norm === '/' && isSpacedDash(text, tokens[i]!));
      if (ends) {
        clause++;
        segment++;
      } else if (norm === ',' || (norm === '-' && isSpacedDash(text, tokens[i]!))) segment++;
      this.clauseOf[i - from] = clause;
      this.segmentOf[i - from] = segment;
    }
  }

  /**
   * "cant get up off the sofa w/out pushing on the arms / R knee keeps givin way": a line break inside a sentence
   * starts a statement, as lines of a message do; not one after a word that carries on ("denies bowel or / bladder").
   */
  newLineBefore(i: number): boolean {
    return lineBreakBetween(this.text, this.tokens[i - 1]!, this.tokens[i]!) && !WRAP_JOINS.has(this.tokens[i - 1]!.norm);
  }

  /** "Back pain: none", "SLR: negative", "Fever: no": what follows the colon answers what precedes it. */
  private answersBefore(colon: number): boolean {
    // "Aggs: sitting, bending. Eases: lying": a physiotherapy heading leads its list; so does a denial ("Denies: ...").
    const heading = this.unitAtToken(colon - 1);
    if (heading?.concepts.some((c) => c.kind === 'aggravates' || c.kind === 'eases' || (c.kind === 'negation' && c.direction === 'pre'))) return true;
    let i = colon + 1;
    if (this.tokens[i]?.norm === ',') i++;
    if (i >= this.to) return false;
    if (this.isFormAnswer(i)) return true;
    // "SLR: L 30°, R neg": a side, then its result.
    if (this.sideAt(i)) i = Math.max(i + 1, this.unitAtToken(i)?.to ?? 0);
    if (i >= this.to) return false;
    const unit = this.unitAtToken(i);
    if (unit?.from === i && unit.concepts.some((c) => ((c.kind === 'negation' || c.kind === 'uncertain') && c.direction === 'post') || c.kind === 'qualifier')) return true;
    return !unit && this.readingFrom(i) !== undefined;
  }

  /** Whether token i is a form's answer ("Fever: no", "[x] no"), which answers its label, not the words after it. */
  isFormAnswer(i: number): boolean {
    return isFormAnswer(this.text, this.tokens, i, this.to);
  }

  /** The answer a form gives to a label ending before token `at`: "Saddle anaesthesia: N", "Bladder: Y", "Fever ✗". */
  formAnswerAfter(at: number): { answer: Answer; at: number } | undefined {
    return formAnswerAfter(this.text, this.tokens, at, this.to);
  }

  /** The answer of a checklist's box that opens the line of a label starting at `from`: "[x] Urinary retention". */
  formAnswerBefore(from: number, to: number): { answer: Answer; at: number } | undefined {
    return formAnswerBefore(this.text, this.tokens, from, to);
  }

  /** A "?" written before a word ("?PID", "? CES") is a hedge, not the end of a question. */
  isQueryMark(i: number): boolean {
    const next = this.tokens[i + 1];
    const token = this.tokens[i]!;
    return next !== undefined && i + 1 < this.to && (next.start === token.end || this.tokens[i - 1]?.norm === ',' || i === this.from || this.tokens[i - 1]?.norm === ':');
  }

  get readings(): Reading[] {
    return (this.numberReadings ??= readNumbers(this.tokens, this.from, this.to));
  }

  /** The number reading that starts at token i ("4/5" of "EHL 4/5"); readings do not overlap. */
  readingFrom(i: number): Reading | undefined {
    return this.readings.find((r) => r.from === i);
  }

  /**
   * "could not walk on his heels and his toes scuff": a finding stated of its own owner after "and" is a statement of
   * its own, which neither takes the negation before it nor lends its meaning to the test before it. Only an asserting
   * finding or a pain: in "problems with his bladder and his bowels" the bowels are an item of the list.
   */
  opensOwnedFinding(unit: Unit): boolean {
    if (!OWNERS.has(this.norm(unit.from - 1)) || this.norm(unit.from - 2) !== 'and') return false;
    if (conceptOf(unit, 'finding')?.mode === 'assert' || hasConcept(unit, 'pain')) return true;
    // "… without the rail and her thigh pain has largely gone": a place that opens its own pain.
    const next = this.unitAtToken(unit.to);
    return hasConcept(unit, 'site') && next !== undefined && next.from === unit.to && hasConcept(next, 'pain');
  }

  /** The number reading that ends just before token i ("0/0" of "0/0 Achilles"). */
  readingTo(i: number): Reading | undefined {
    return this.readings.find((r) => r.to === i);
  }

  /** "… and my bum feels numb", "…, my back is killing me": token i, a "my" after "and" or a comma, opens the patient's next statement. */
  opensOwnStatement(i: number): boolean {
    if (this.norm(i) === 'my' && (this.norm(i - 1) === 'and' || this.norm(i - 1) === ',')) return true;
    // "won't sit down, and is walking oddly": ", and" then a verb of the same subject says something new.
    return this.norm(i - 1) === 'and' && this.norm(i - 2) === ',' && NEW_PREDICATES.has(this.norm(i));
  }

  /** Whether a comma stands among tokens [from, to). */
  hasComma(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.norm(i) === ',') return true;
    return false;
  }

  /** Whether the sentence says, after token `at`, that a finding came back ("… went away but came back yesterday"). */
  recursAfter(at: number, ownFindingOnly = false): boolean {
    for (const u of this.units) {
      if (u.from < at) continue;
      // "My back pain went away but the pain in my leg has come back": another finding's return.
      if (ownFindingOnly && (hasConcept(u, 'finding') || hasConcept(u, 'pain'))) return false;
      if (hasConcept(u, 'recurs') && this.isRecurrence(u)) return true;
    }
    return false;
  }

  /**
   * Not a person coming back ("he came back to clinic"), a return to somewhere ("returned to work"), a return
   * denied ("have not come back"), or a function recovering ("normal voiding returned", "sensation returned").
   */
  private isRecurrence(unit: Unit): boolean {
    if (PEOPLE_RETURNING.has(this.norm(unit.from - 1)) || RETURNED_TO.has(this.norm(unit.to))) return false;
    const before = this.unitAtToken(unit.from - 1);
    if (before && (hasDirected(before, 'negation', 'pre') || conceptOf(before, 'finding')?.mode === 'neutral')) return false;
    return !NEGATED_RETURN.has(this.norm(unit.from - 1));
  }

  /** The words of a unit, as the lexicon spells them ("return precautions"). */
  phrase(unit: Unit): string {
    let words = this.norm(unit.from);
    for (let i = unit.from + 1; i < unit.to; i++) words += ` ${this.norm(i)}`;
    return words;
  }

  norm(i: number): string {
    return i >= this.from && i < this.to ? this.tokens[i]!.norm : '';
  }

  unitIndexAt(i: number): number {
    return i >= this.from && i < this.to ? this.unitAt[i - this.from]! : -1;
  }

  unitAtToken(i: number): Unit | undefined {
    const index = this.unitIndexAt(i);
    return index >= 0 ? this.units[index] : undefined;
  }

  clause(i: number): number {
    return this.clauseOf[Math.min(Math.max(i, this.from), this.to - 1) - this.from]!;
  }

  segment(i: number): number {
    return this.segmentOf[Math.min(Math.max(i, this.from), this.to - 1) - this.from]!;
  }

  /** The side a token states, if it is a side word standing for a side here. */
  sideAt(i: number): 'left' | 'right' | 'both' | undefined {
    const unit = this.unitAtToken(i);
    const side = unit?.concepts.find((c): c is ConceptOf<'side'> => c.kind === 'side');
    // Every word of a side phrase stands for the phrase: "right" in "left greater than right" says both.
    if (side) return side.side;
    // Words the lexicon ignores ("right-handed", "he left") name no side, whichever word of them.
    if (unit && (unit.from === i || unit.concepts.some((c) => c.kind === 'ignore'))) return undefined;
    const token = this.tokens[i];
    if (!token) return undefined;
    const word = SIDE_WORDS.get(token.norm);
    // "going right down the back of my left leg": "right" as all the way, inside a path, is no side.
    if (token.norm === 'right' && unit && RIGHT_AS_ALL_THE_WAY.has(this.norm(i + 1))) return undefined;
    // A lone "L" or "R" is a side only in capitals ("R leg"), never "r/o".
    if (word && token.norm.length === 1) {
      const c = this.text.charCodeAt(token.start);
      if (c < 65 || c > 90 || this.tokens[i + 1]?.norm === '/') return undefined;
    }
    return word;
  }
}

// The three readers of a unit's concepts below run many times for every sentence that names a finding: plain
// loops, because a callback to find or some is a closure made on every call.
export function conceptOf<K extends ConceptKind>(unit: Unit | undefined, kind: K): ConceptOf<K> | undefined {
  if (unit) for (const c of unit.concepts) if (c.kind === kind) return c as ConceptOf<K>;
  return undefined;
}

/** Whether a unit carries a directional concept (negation, uncertainty, history) in that direction. */
const NO_CALLERS: ReadonlySet<string> = new Set();
const RIGHT_AS_ALL_THE_WAY = new Set(['down', 'through', 'into', 'up', 'across', 'round', 'around', 'to', 'the']);
const NEGATED_RETURN = new Set(['not', 'never', "hasn't", "haven't", "hadn't", "didn't", "won't"]);
const PEOPLE_RETURNING = new Set(['i', 'he', 'she', 'we', 'they', 'patient', 'pt', 'you']);
/** What follows a return that is not a finding's: "returned to work", "came back normal" (a result), "came back in to see us". */
const RETURNED_TO = new Set(['to', 'for', 'home', 'from', 'in', 'into', 'normal', 'negative', 'positive', 'clear', 'fine', 'unremarkable', 'abnormal', 'ok', 'okay', 'showing', 'with', 'as']);

export function hasDirected(unit: Unit | undefined, kind: 'negation' | 'uncertain' | 'history', direction: 'pre' | 'post'): boolean {
  if (unit) for (const c of unit.concepts) if (c.kind === kind && c.direction === direction) return true;
  return false;
}

export const hasConcept = (unit: Unit | undefined, kind: ConceptKind): boolean => conceptOf(unit, kind) !== undefined;

/** Words after which a line break only wraps the sentence: "denies bowel or / bladder dysfunction". */
const WRAP_JOINS = new Set([',', 'and', 'or', 'of', 'the', 'to', 'with', 'a', 'an', 'in', 'on', 'at', 'for', '-', '/', '&', 'no', 'not', 'denies', 'my', 'his', 'her']);

/** Possessives that give a finding its owner: "and his foot slaps". */
const OWNERS = new Set(['my', 'his', 'her', 'their']);

/** Verbs that open a new statement of the same subject after ", and". */
const NEW_PREDICATES = new Set(['is', 'was', 'has', 'had', 'keeps', 'now', 'also', 'has been', 'says', 'reports', 'feels', 'seems']);

/** A dash (or slash) with a space on each side: "?CES - saddle numbness" parts the query from what it rests on. */
function isSpacedDash(text: string, token: { start: number; end: number }): boolean {
  return text.charCodeAt(token.start - 1) === 32 && text.charCodeAt(token.end) === 32;
}
