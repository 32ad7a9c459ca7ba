/**
 * Bad input, reported so a person can find it: the line (for NDJSON, and for
 * a JSON syntax error) and the field (from CaseValidationError.issues).
 */
import { CaseValidationError, type FieldIssue } from '../../case/validate.js';

export interface InputProblem {
  /** 1-based line of the input, when known. */
  readonly line?: number;
  readonly message: string;
  readonly issues: readonly FieldIssue[];
}

/** The error object written in place of an assessment on a bad NDJSON line, so output lines stay in step with input lines. */
export const errorLine = (problem: InputProblem): string =>
  JSON.stringify({ line: problem.line, error: { message: problem.message, issues: problem.issues } });

/** One stderr line per issue, each naming the line (when known) and the field. */
export const problemText = (problem: InputProblem): string => {
  const where = problem.line === undefined ? '' : `line ${problem.line}: `;
  if (problem.issues.length === 0) return `${where}${problem.message}\n`;
  return problem.issues.map((issue) => `${where}${issue.path || '(case)'}: ${issue.message}\n`).join('');
};

export function validationProblem(error: unknown, line?: number): InputProblem {
  if (error instanceof CaseValidationError) return { line, message: 'invalid case', issues: error.issues };
  throw error;
}

/** A JSON syntax error, with the line it is on when the parser's message lets us find it. */
export function jsonProblem(text: string, error: unknown, firstLine = 1): InputProblem {
  const reason = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorOffset(text, reason);
  const line = offset === undefined ? firstLine : firstLine + countNewlines(text, offset);
  return { line, message: `invalid JSON: ${reason}`, issues: [] };
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * V8 states the offset ("at position 12"), or quotes the text around the
 * error ("Unexpected token '}', ..."x":}..." is not valid JSON"), or says the
 * input ended; recover the offset from whichever it gave.
 */
function jsonErrorOffset(text: string, reason: string): number | undefined {
  const position = /at position (\d+)/.exec(reason);
  if (position) return Number(position[1]);
  if (/end of JSON input/.test(reason)) return text.trimEnd().length;
  const quoted = /^Unexpected token '(.)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(reason);
  if (!quoted) return undefined;
  const [, token, context] = quoted as unknown as [string, string, string];
  const at = text.indexOf(context);
  if (at === -1) return undefined;
  const within = context.indexOf(token);
  return at + Math.max(0, within);
}
