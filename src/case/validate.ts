/**
 * Validation with errors that name the field, shared by every adapter (CLI
 * exit 2, HTTP 400, FHIR OperationOutcome).
 */
import { z } from 'zod';
import { FINDING_BY_ID } from '../knowledge/vocabulary.js';
import { CaseSchema, type Case } from './schema.js';

export interface FieldIssue {
  /** A JSON-path-like pointer to the field, e.g. `evidence[2].finding`. */
  readonly path: string;
  readonly message: string;
}

export class CaseValidationError extends Error {
  readonly issues: readonly FieldIssue[];
  constructor(issues: readonly FieldIssue[]) {
    super(issues.map((i) => `${i.path || '(case)'}: ${i.message}`).join('; '));
    this.name = 'CaseValidationError';
    this.issues = issues;
  }
}

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

export const toFieldIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((issue) => {
    const path = formatPath(issue.path);
    // zod reports unknown keys on the parent object; name the key itself.
    if (issue.code === 'unrecognized_keys')
      return { path: issue.keys.map((k) => (path ? `${path}.${k}` : k)).join(', '), message: `unknown field ${issue.keys.join(', ')}` };
    return { path, message: issue.message };
  });

export interface ParseOptions {
  /** Drop evidence items with unknown finding ids (reported as warnings) instead of rejecting the case. */
  readonly lenient?: boolean;
}

export interface ParsedCase {
  readonly case: Case;
  readonly warnings: readonly { code: string; message: string }[];
}

/** Validates a case; throws CaseValidationError naming every bad field. */
export function parseCase(input: unknown, options: ParseOptions = {}): ParsedCase {
  const warnings: { code: string; message: string }[] = [];
  let candidate = input;
  if (options.lenient && isRecord(input) && Array.isArray(input.evidence)) {
    const kept = input.evidence.filter((item, index) => {
      const finding = isRecord(item) ? item.finding : undefined;
      if (typeof finding === 'string' && !FINDING_BY_ID.has(finding)) {
        warnings.push({ code: 'unknown_finding', message: `evidence[${index}]: unknown finding id "${finding}" ignored` });
        return false;
      }
      return true;
    });
    candidate = { ...input, evidence: kept };
  }
  const result = CaseSchema.safeParse(candidate);
  if (!result.success) throw new CaseValidationError(toFieldIssues(result.error));
  return { case: result.data, warnings };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
