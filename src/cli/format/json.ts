/**
 * Assessments as JSON text. The NDJSON path writes one compact line per case
 * with the shape-aware byte writer (src/case/assessmentJson.ts: the same
 * bytes as JSON.stringify, at about half the cost of stringifying and
 * encoding); a document (one case or an array) is indented for people to read.
 */
import { assessmentJsonBytes } from '../../case/assessmentJson.js';
import type { Assessment } from '../../case/schema.js';
import type { LinePiece } from '../ndjson.js';

/** The assessment as one NDJSON line's bytes: a view into a reused buffer, copied out before the next call. */
export const assessmentLineBytes = (assessment: Assessment): readonly LinePiece[] => [assessmentJsonBytes(assessment)];

export const assessmentDocument = (result: Assessment | readonly Assessment[]): string => JSON.stringify(result, null, 2);
