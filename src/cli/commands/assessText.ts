/**
 * `sciatrace assess --text "..."`: assess a text alone (a patient's words or
 * a clinical note). The case is `{ text }`, validated like any other (a text
 * over the size limit is rejected naming the field); `--pretty` shows the
 * text with the words that became evidence marked.
 */
import { assessCase } from '../../assess.js';
import { parseCase } from '../../case/validate.js';
import { assessmentDocument } from '../format/json.js';
import { problemText, validationProblem } from '../format/inputError.js';
import { formatPretty } from '../format/pretty.js';

export const TEXT_OPTION = ['--text <text>', "assess this free text alone (a patient's words or a clinical note)"] as const;

/** Prints the assessment of `text`; false (nothing printed on stdout) when the case is invalid. */
export function assessText(text: string, flags: { readonly pretty?: boolean; readonly lenient?: boolean }): boolean {
  let parsed;
  try {
    parsed = parseCase({ text }, flags);
  } catch (error) {
    process.stderr.write(problemText(validationProblem(error)));
    return false;
  }
  const assessment = assessCase(parsed.case, parsed.warnings);
  process.stdout.write(
    flags.pretty
      ? formatPretty(assessment, { color: process.stdout.isTTY === true, width: process.stdout.columns, text })
      : `${assessmentDocument(assessment)}\n`,
  );
  return true;
}
