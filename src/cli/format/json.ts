/**
 * Assessments as JSON text. The NDJSON path writes one compact line per
 * case; a document (one case or an array) is indented for people to read.
 */
import type { Assessment } from '../../case/schema.js';

export const assessmentLine = (assessment: Assessment): string => JSON.stringify(assessment);

export const assessmentDocument = (result: Assessment | readonly Assessment[]): string => JSON.stringify(result, null, 2);
