/**
 * What a lexicon phrase means to the extractor. The lexicon is data: phrases
 * mapped to these concepts; the extractor never tests a word by name.
 */
import type { FindingId, Movement, Region, Side, Trend } from '../../knowledge/vocabulary.js';

/** A finding a term names, with the attributes the words themselves fix. */
export interface FindingTarget {
  readonly finding: FindingId;
  readonly movement?: Movement;
  readonly regions?: readonly Region[];
}

/** Families of terms that qualify each other in lists ("bladder or bowel incontinence"). */
export type TermGroup = 'sphincter' | 'motor' | 'sensory' | 'reflex' | 'sign' | 'risk' | 'pain' | 'function';

export type Concept =
  /**
   * A term naming a finding. `assert`: the words state the abnormality
   * ("numbness", "foot drop"); `neutral`: they name a function or a test
   * ("ankle jerk", "SLR", "bladder") and a qualifier says which way it went.
   */
  | {
      readonly kind: 'finding';
      readonly mode: 'assert' | 'neutral';
      readonly targets: readonly FindingTarget[];
      readonly group: TermGroup;
      /** A status the words fix whatever the context ("afebrile", "non-smoker"). */
      readonly fixed?: 'absent';
      /** For neutral terms: what a bare negation means ("no ankle jerks" = the reflex is reduced: present). */
      readonly bareNegation?: 'present' | 'absent';
      /** Counts only when denied: "no change in bowel habits" is a negative, but a change of habit is no loss of control. */
      readonly denialOnly?: true;
      /** A sign whose presence is the abnormality: "Babinski sign present" is abnormal, "absent" normal (unlike a reflex). */
      readonly presenceAbnormal?: true;
      /** The finding is about the past by nature, so a history context keeps it ("history of cancer"). */
      readonly historical?: true;
      /** Only counts in a history context ("laminectomy" alone may be today's operation). */
      readonly needsHistory?: true;
      /** For numbness-type terms: a saddle site turns them into this finding. */
      readonly sensory?: true;
      /** Words that are the result of this finding's term just before them, not a finding of their own ("bowels incontinent"). */
      readonly resultOf?: FindingId;
      /** Counts only when one of these words is in the same sentence ("Tinel" near "fibular"). */
      readonly requires?: readonly string[];
      /** A syndrome's name, which stands for its features only in a note that states none of them ("Imp: CES."). */
      readonly syndrome?: true;
    }
  /** A pain word; with a body site it becomes back or leg pain. */
  | {
      readonly kind: 'pain';
      /** Travels along the leg: only a leg site makes sense ("radiating", "shoots down"). */
      readonly radiates?: true;
      /** Pain quality that is a finding of its own. */
      readonly quality?: 'shooting_pain' | 'burning_pain' | 'deep_aching_pain';
      /** The quality is a finding even with no place named ("constant, shooting pain"): the word says a nerve root's pain. */
      readonly sayItAlone?: true;
      /** The word already implies a leg site ("sciatica"). */
      readonly impliesLeg?: true;
      /**
       * A word of movement that is a pain's path only when the sentence speaks of a symptom
       * ("the pain extends down the leg", "it goes down my leg"), not "the knee was extended".
       */
      readonly needsSymptom?: true;
    }
  /** A place on the body: the back, somewhere on the leg (with regions) or the saddle area. */
  | {
      readonly kind: 'site';
      readonly site: 'back' | 'leg' | 'saddle' | 'groin' | 'other';
      readonly regions: readonly Region[];
      /** Plural: both legs ("legs", "feet", "lower extremities"). */
      readonly plural?: true;
      /**
       * A joint or the foot: pain there alone is not leg pain ("knee pain"), radiation to it is.
       * An organ of the saddle: "normal" there is an inspection ("penis normal"), not its feeling.
       */
      readonly weak?: true;
    }
  | { readonly kind: 'dermatome'; readonly regions: readonly Region[] }
  | { readonly kind: 'side'; readonly side: Side }
  /** An activity that can aggravate or ease symptoms. */
  | { readonly kind: 'activity'; readonly activity: Activity }
  /** `strong`: says so alone ("worse"); otherwise only next to a symptom ("pain when sitting"). */
  | { readonly kind: 'aggravates'; readonly strong: boolean }
  | { readonly kind: 'eases' }
  | { readonly kind: 'qualifier'; readonly meaning: 'abnormal' | 'normal' }
  | { readonly kind: 'negation'; readonly direction: 'pre' | 'post' }
  /** Looks like a negation but negates something else ("no improvement in ..."). */
  | { readonly kind: 'pseudo' }
  | { readonly kind: 'uncertain'; readonly direction: 'pre' | 'post' }
  | { readonly kind: 'history'; readonly direction: 'pre' | 'post' }
  | { readonly kind: 'other_person' }
  | { readonly kind: 'hypothetical' }
  /** Ends the scope of a negation or other context ("but", "however"). */
  | { readonly kind: 'terminator' }
  /** A new subject: "..., and I have ..." ends a negation scope. */
  | { readonly kind: 'subject' }
  | { readonly kind: 'trend'; readonly trend: Trend }
  /** Back again after it had gone: "went away but came back yesterday" is present. */
  | { readonly kind: 'recurs' }
  | { readonly kind: 'onset'; readonly onset: 'sudden' | 'gradual' }
  /** Words that look like a term but are something else ("bowel sounds", "steroid injection"). */
  | { readonly kind: 'ignore' }
  /** A measurement read from the number after it: "Temp 38.5". */
  | { readonly kind: 'measure'; readonly measure: 'temperature' | 'weight_lost' };

export type Activity = 'sitting' | 'cough' | 'bending' | 'walking' | 'standing' | 'standing_still' | 'night' | 'cycling' | 'hip_movement';

export type ConceptKind = Concept['kind'];
export type ConceptOf<K extends ConceptKind> = Extract<Concept, { kind: K }>;

/** One lexicon row: phrases (lay and clinical) and what they mean. */
export interface LexiconEntry {
  readonly phrases: readonly string[];
  readonly concept: Concept;
}
