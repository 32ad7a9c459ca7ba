/**
 * A table of grades under a heading that names one side: "Serial examination,
 * L leg:" then "12/6 26/6 10/7" then "Hip flex 5 5 4", "Ankle DF 4 3 2"; or
 * "MMT trend (R):". The rows name no side of their own; the heading's is
 * theirs, until a line that is no row of the table.
 */
import type { Side } from '../../knowledge/vocabulary.js';
import type { Token } from '../tokenize.js';
import { oneSide } from './afterthoughtSide.js';

/** The one side a heading names, when tokens [from, to) end on a colon and name one side. */
export const headingSide = (tokens: readonly Token[], from: number, to: number): Side | undefined =>
  tokens[to - 1]?.norm === ':' ? oneSide(tokens, from, to - 1) : undefined;

/** Words a row of a table may hold besides its numbers: a movement's name, a visit's ("IA 3/6 Rx2 10/6 Rx3 17/6"). */
const ROW_WORDS = 4;

/** Whether tokens [from, to) are a row of a table of grades: numbers with at most a few words ("Knee ext 5 4+ 4-", "12/6 26/6 10/7"). */
export function isTableRow(tokens: readonly Token[], from: number, to: number): boolean {
  let numbers = 0;
  let words = 0;
  // Char codes rather than regular expressions, and out at the first word too many: this runs for every sentence.
  for (let i = from; i < to; i++) {
    const first = tokens[i]!.norm.charCodeAt(0);
    if (first >= 48 && first <= 57) numbers++;
    else if (first >= 97 && first <= 122 && ++words > ROW_WORDS) return false;
  }
  return numbers >= 2;
}
