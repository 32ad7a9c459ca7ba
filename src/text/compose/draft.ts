/** A finding mention before merging, and the lexicon concept types the composers read. */
import type { FindingId, Movement, Region, Side, Status, Trend } from '../../knowledge/vocabulary.js';
import type { ConceptOf } from '../lexicon/index.js';
import type { MentionContext } from '../scope.js';

/** A finding mention before merging: token positions, not yet offsets. Made by `newDraft` only. */
export interface Draft {
  finding: FindingId;
  status: Status;
  context: MentionContext;
  side: Side | undefined;
  regions: Region[] | undefined;
  movement: Movement | undefined;
  grade: number | undefined;
  trend: Trend | undefined;
  /** Stands for a syndrome's features, from its name alone ("CES"). */
  syndrome: boolean;
  /** Token range of the words that fired it. */
  from: number;
  to: number;
}

/** What a draft may also know. */
export interface DraftDetails {
  readonly side?: Side | undefined;
  readonly regions?: Region[] | undefined;
  readonly movement?: Movement | undefined;
  readonly grade?: number | undefined;
  readonly trend?: Trend | undefined;
}

const NO_DETAILS: DraftDetails = {};

/**
 * A draft with every field set, undefined where not known, so that every
 * draft has one object shape: the code that reads drafts sees one shape, not
 * one per composer's choice of fields. (Measured: about 2 % less CPU over a
 * process's first 10,000 notes; the optimiser's other recompilations of the
 * extractor come from the sentence views and lexicon units.)
 */
export function newDraft(finding: FindingId, status: Status, context: MentionContext, from: number, to: number, details: DraftDetails = NO_DETAILS): Draft {
  return {
    finding,
    status,
    context,
    side: details.side,
    regions: details.regions,
    movement: details.movement,
    grade: details.grade,
    trend: details.trend,
    syndrome: false,
    from,
    to,
  };
}

export type Finding = ConceptOf<'finding'>;

export type Pain = ConceptOf<'pain'>;

export type Site = ConceptOf<'site'>;
