/** A finding mention before merging, and the lexicon concept types the composers read. */
import type { FindingId, Movement, Region, Side, Status, Trend } from '../../knowledge/vocabulary.js';
import type { ConceptOf } from '../lexicon/index.js';
import type { MentionContext } from '../scope.js';

/** A finding mention before merging: token positions, not yet offsets. */
export interface Draft {
  finding: FindingId;
  status: Status;
  context: MentionContext;
  side?: Side;
  regions?: Region[];
  movement?: Movement;
  grade?: number;
  trend?: Trend;
  /** Token range of the words that fired it. */
  from: number;
  to: number;
}

export type Finding = ConceptOf<'finding'>;

export type Pain = ConceptOf<'pain'>;

export type Site = ConceptOf<'site'>;
