/**
 * `sciatrace assess [FILE|-]`: cases in, assessments out.
 *
 * - A JSON document (one Case, or an array of Cases) gives one Assessment or
 *   an array, indented. Any invalid case rejects the document: every issue is
 *   printed on stderr naming the field, nothing is assessed, exit 2.
 * - `--ndjson` reads one Case per line and writes one Assessment per line, in
 *   the same order, streaming. A bad line (invalid JSON or an invalid case)
 *   still produces an output line, `{"line": n, "error": {"message", "issues"}}`,
 *   so output line k always answers input line k; the problem is also printed
 *   on stderr naming the line and field, the other lines are still assessed,
 *   and the exit code is 2. Blank lines are skipped.
 * - `--pretty` prints a human-readable report per case instead of JSON.
 */
import { readFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { Option, type Command } from 'commander';
import { assessCase } from '../../assess.js';
import type { Assessment } from '../../case/schema.js';
import { CaseValidationError, parseCase, type FieldIssue } from '../../case/validate.js';
import { streamLines, type LineOutcome } from '../ndjson.js';
import { assessmentDocument, assessmentLineBytes } from '../format/json.js';
import { errorLine, jsonProblem, problemText, validationProblem, type InputProblem } from '../format/inputError.js';
import { formatPretty } from '../format/pretty.js';
import { assessText, TEXT_OPTION } from './assessText.js';

interface AssessFlags {
  readonly ndjson?: boolean;
  readonly pretty?: boolean;
  readonly lenient?: boolean;
  readonly baseline?: boolean;
  readonly text?: string;
}

/** A line with something on it (tested without copying the line, as trim() would). */
const NOT_BLANK = /\S/;

/** Exit code for bad input (spec: CLI exit 2). */
export const EXIT_BAD_INPUT = 2;

export function register(program: Command): void {
  program
    .command('assess')
    .description('assess a Case (JSON object or array, or NDJSON with --ndjson) and print the Assessment')
    .argument('[file]', 'input file, or - for stdin', '-')
    .option('--ndjson', 'one Case per input line, one Assessment per output line (streaming)')
    .option('--pretty', 'print a human-readable report instead of JSON')
    .option('--lenient', 'ignore unknown finding ids (reported as warnings) instead of rejecting the case')
    .option(...TEXT_OPTION)
    // Benchmark baseline: parse and re-serialise each line through the same streaming path, without assessing.
    .addOption(new Option('--baseline').hideHelp())
    .addHelpText(
      'after',
      `
Input: a Case as JSON (one object, or an array of them), or with --ndjson one Case per line.
Output: the Assessment(s) as JSON; with --ndjson one Assessment per line, in input order.
A bad NDJSON line (invalid JSON or an invalid case) gives an error line in its place,
  {"line": 3, "error": {"message": "invalid case", "issues": [{"path": "evidence[0].finding", "message": "..."}]}}
and the same problem on stderr ("line 3: evidence[0].finding: ..."); the other lines are still
assessed, and the exit code is 2. Blank lines are skipped. Invalid input in a JSON document is
reported on stderr naming each field, nothing is assessed, and the exit code is 2.`,
    )
    .action(async (file: string, flags: AssessFlags) => {
      // A reader that stops early (`| head`) is not an error.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(0);
        throw error;
      });
      const ok = flags.text !== undefined ? assessText(flags.text, flags) : flags.ndjson ? await assessNdjson(file, flags) : await assessDocument(file, flags);
      if (!ok) process.exitCode = EXIT_BAD_INPUT;
    });
}

// Large reads: fewer round trips to the file system on big batches.
const inputStream = (file: string) => (file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 }));

async function readInput(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const prettyOptions = () => ({ color: process.stdout.isTTY === true, width: process.stdout.columns });

const render = (assessment: Assessment, flags: AssessFlags): LineOutcome =>
  flags.pretty ? formatPretty(assessment, prettyOptions()) : assessmentLineBytes(assessment);

async function assessNdjson(file: string, flags: AssessFlags): Promise<boolean> {
  let ok = true;
  const report = (problem: InputProblem): string => {
    ok = false;
    process.stderr.write(problemText(problem));
    return errorLine(problem);
  };
  await streamLines({
    input: inputStream(file),
    output: process.stdout,
    transform: (line, lineNumber) => {
      if (!NOT_BLANK.test(line)) return undefined;
      let input: unknown;
      try {
        input = JSON.parse(line);
      } catch (error) {
        return report(jsonProblem(line, error, lineNumber));
      }
      if (flags.baseline) return JSON.stringify(input);
      try {
        const { case: kase, warnings } = parseCase(input, flags);
        return render(assessCase(kase, warnings), flags);
      } catch (error) {
        return report(validationProblem(error, lineNumber));
      }
    },
  });
  return ok;
}

async function assessDocument(file: string, flags: AssessFlags): Promise<boolean> {
  const text = await readInput(file);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    process.stderr.write(problemText(jsonProblem(text, error)));
    return false;
  }
  const inputs = Array.isArray(input) ? input : [input];
  // Validate everything first, so a bad case anywhere yields no assessment at all.
  const issues: FieldIssue[] = [];
  const parsed = inputs.map((item, index) => {
    try {
      return parseCase(item, flags);
    } catch (error) {
      if (!(error instanceof CaseValidationError)) throw error;
      const prefix = Array.isArray(input) ? `[${index}]` : '';
      issues.push(...error.issues.map((issue) => ({ ...issue, path: joinPath(prefix, issue.path) })));
      return undefined;
    }
  });
  if (issues.length > 0) {
    process.stderr.write(problemText({ message: 'invalid case', issues }));
    return false;
  }
  const assessments = parsed.map((p) => assessCase(p!.case, p!.warnings));
  if (flags.pretty) process.stdout.write(assessments.map((a) => formatPretty(a, prettyOptions())).join('\n'));
  else process.stdout.write(`${assessmentDocument(Array.isArray(input) ? assessments : assessments[0]!)}\n`);
  return true;
}

const joinPath = (prefix: string, path: string): string => (!path ? prefix || '(case)' : path.startsWith('[') ? `${prefix}${path}` : prefix ? `${prefix}.${path}` : path);
