/**
 * A side said on a line of its own after the findings it belongs to, as text
 * messages do: "foot floppier today than yest … / left one obvs", "my toe lift
 * is weaker than last wk … / R foot". A short line that names one side and
 * nothing else gives that side to the findings before it that lack one;
 * one followed by findings of a leg is their heading instead ("Left / Power
 * DF 4/5"), which the findings' own reading of sides takes care of.
 */
import type { Side } from '../../knowledge/vocabulary.js';
import { SIDE_WORDS } from '../lexicon/index.js';
import { lineBreakBetween } from '../sentences.js';
import type { Token } from '../tokenize.js';
import { wordFilter } from '../wordFilter.js';

/** Words such a line may hold besides its side. */
const AFTERTHOUGHT_WORDS = new Set([
  'one', 'obvs', 'obviously', 'side', 'leg', 'legs', 'foot', 'feet', 'knee', 'ankle', 'hip', 'calf', 'thigh', 'toe', 'toes', 'big',
  'the', 'its', "it's", 'is', 'on', 'only', 'just', '.', ',', '!', '-',
]);
/** The longest line read as a side said apart. */
const MAX_TOKENS = 5;

export interface SideLine {
  /** Token range of the line. */
  readonly from: number;
  readonly to: number;
  readonly side: Side;
  /** Said of something named before ("right one"), so never a heading of what follows. */
  readonly pointsBack: boolean;
}

const NO_LINES: SideLine[] = [];
const maySideWord = wordFilter(SIDE_WORDS.keys());

/** The lines of tokens [from, to) that name one side and nothing else. */
export function sideLines(text: string, tokens: readonly Token[], from: number, to: number): SideLine[] {
  // Most sentences name no side at all: look before cutting them into lines (this runs for every sentence of a note).
  let named = false;
  for (let i = from; i < to && !named; i++) named = maySideWord(tokens[i]!.norm) && SIDE_WORDS.has(tokens[i]!.norm);
  if (!named) return NO_LINES;
  const lines: SideLine[] = [];
  for (let start = from; start < to; ) {
    let end = start + 1;
    while (end < to && !lineBreakBetween(text, tokens[end - 1]!, tokens[end]!)) end++;
    const side = end - start <= MAX_TOKENS ? oneSide(tokens, start, end, AFTERTHOUGHT_WORDS) : undefined;
    if (side) lines.push({ from: start, to: end, side, pointsBack: tokens.slice(start, end).some((t) => t.norm === 'one') });
    start = end;
  }
  return lines;
}

/** The one side tokens [from, to) name, if they name one and no other; with `others`, only when every other word is one of them. */
export function oneSide(tokens: readonly Token[], from: number, to: number, others?: ReadonlySet<string>): Side | undefined {
  let side: Side | undefined;
  for (let i = from; i < to; i++) {
    const norm = tokens[i]!.norm;
    const named = SIDE_WORDS.get(norm);
    if (named) {
      if (side && side !== named) return undefined;
      side = named;
    } else if (others && !others.has(norm)) return undefined;
  }
  return side;
}
