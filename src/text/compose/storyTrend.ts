/**
 * Weakness told as a story over time, with no word for the change itself:
 * a better state before ("At first I could still do my calf raises", "his R
 * leg felt 'a bit weak'", "he was fine on heel walking when I saw him") and
 * a worse one after it ("but by last week I couldn't push up onto my
 * tiptoes", "by lunchtime he was dragging the R foot", "but today he could
 * not walk on his heel"), in one sentence or over two. "She has gone from
 * limping to not being able to lift her foot" tells both at once. A better
 * state told plainly may come second ("3/5 today, both normal when I saw
 * him"). Words that say nothing changed ("same as last wk, not worse") end
 * the story. A walking aid that carries more than the one before it tells
 * of worse as well ("needed a stick yesterday, a frame today").
 */
import type { Token } from '../tokenize.js';
import { startsWithDigit } from '../shapes.js';

/** Words that tell of a better state before: an ability kept, a deficit still small. */
const EARLIER: readonly (readonly string[])[] = [
  ['could', 'still'], ['was', 'still', 'able'], ['were', 'still', 'able'], ['at', 'first'], ['initially'], ['first', 'only'], ['was', 'fine'],
  ['were', 'fine'], ['was', 'only'], ['was', 'just'], ['bit', 'weak'], ['slightly', 'weak'], ['little', 'weak'], ['ago', 'only'],
  // Abilities kept, told plainly: "managed the stairs on Sunday", "At 22:00 pt could lift R foot", "able to stand with support".
  ['managed'], ['could', 'lift'], ['could', 'walk'], ['could', 'stand'], ['able', 'to', 'stand'], ['able', 'to', 'walk'], ['walked', 'unaided'],
  ['walked', 'in', 'fine'], ['was', 'walking', 'fine'], ['walking', 'fine'],
  // "Last Thursday she could heel walk fine on both sides. Today she can't heel walk on the R".
  ['could', 'heel'], ['could', 'tiptoe'], ['could', 'toe'], ['bit', 'floppy'], ['was', 'ok'], ['able', 'to', 'lift'],
  // "Before I can walk normal but now my left foot is falling down": a learner's past told in the present.
  ['before', 'i', 'can'], ['before', 'she', 'can'], ['before', 'he', 'can'],
  // Where a weakness began, before where it is now: "Weakness started in the L big toe last week, by Tuesday the whole foot".
  ['started', 'in'], ['began', 'in'], ['started', 'with'], ['began', 'with'],
  // A day that opens a dated series of states: "On Monday I noticed I couldn't go up on tiptoe … By Wednesday I couldn't do it at all".
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => ['on', day]),
  // "Since Friday her L foot has been catching on the kerb; by today it is slapping down with every step".
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => ['since', day]),
];
/**
 * The better state told plainly enough to stand after the worse one too: "she now can't lift it onto the step, whereas last
 * month she managed fine", "R ankle dorsiflexion 3/5 and EHL 3/5, both normal when I saw him on the 2nd".
 */
const EARLIER_EITHER_SIDE: readonly (readonly string[])[] = [
  ['could', 'still'], ['was', 'fine'], ['were', 'fine'], ['managed'], ['walked', 'unaided'], ['normal', 'when'], ['fine', 'when'],
];
/** Words that tell the change at once: "has gone from limping to ...". */
const FROM_TO: readonly (readonly string[])[] = [['gone', 'from'], ['went', 'from'], ['progressed', 'from'], ['deteriorated', 'from']];
/** Words that tell of the later, worse state. */
const LATER = new Set(['now', 'today', 'tonight']);
/** Phrases that tell of the later state: "walked in fine yesterday, this morning couldn't climb onto the table", "En route 13:40 unable to lift". */
const UNDER = new Set(['under', 'underneath']);
const LATER_PHRASES: readonly (readonly string[])[] = [['this', 'morning'], ['en', 'route']];
/** Words that say the weakness has not changed, which no story overrides: "still a bit weak, same as last wk not worse". */
const UNCHANGED = new Set(['same', 'unchanged', 'stable', 'static', 'old']);
const UNCHANGED_PHRASES: readonly (readonly string[])[] = [['not', 'worse'], ['no', 'worse'], ['not', 'change'], ['not', 'changed'], ["hasn't", 'changed'], ['no', 'change']];
/** Times after "by" that date the later state: "by lunchtime", "by last week", "by Tuesday". */
const BY_TIMES = new Set([
  'last', 'lunchtime', 'lunch', 'evening', 'this', 'tonight', 'the', 'now', 'then', 'today', 'yesterday', 'morning', 'afternoon', 'night', 'day',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
]);

// Loops, not callbacks: a callback that reads the loop's position is made again at every word.
function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]?.norm !== phrase[k]) return false;
  return true;
}

function anyPhraseAt(tokens: readonly Token[], i: number, phrases: readonly (readonly string[])[]): boolean {
  for (const phrase of phrases) if (phraseAt(tokens, i, phrase)) return true;
  return false;
}

/** Walking aids by how much they carry: a later one that carries more tells of legs that carry less. */
const AID_RANK: ReadonlyMap<string, number> = new Map([
  ['stick', 1], ['sticks', 1], ['cane', 1], ['canes', 1],
  ['crutch', 2], ['crutches', 2],
  ['frame', 3], ['zimmer', 3], ['walker', 3], ['rollator', 3],
  ['wheelchair', 4],
]);

/** "first she needed the stick, then the frame", "needed a stick yesterday, a frame today": aids told in rising order. */
function aidsRise(tokens: readonly Token[], from: number, to: number): boolean {
  let highest = 0;
  for (let i = from; i < to; i++) {
    const rank = AID_RANK.get(tokens[i]!.norm);
    if (rank === undefined) continue;
    if (highest > 0 && rank > highest) return true;
    highest = Math.max(highest, rank);
  }
  return false;
}

/** "45-year-old": an age, not an old weakness. */
const ofAge = (tokens: readonly Token[], i: number): boolean => tokens[i]!.norm === 'old' && (tokens[i - 1]?.norm === '-' || tokens[i - 1]?.norm === 'year' || tokens[i - 1]?.norm === 'years');

/**
 * Whether tokens [from, to) tell a better state and then a worse one, or a worse one and then a better one told plainly.
 * Before `near`, a sentence further back, only an ability or a state told plainly opens the story ("Two weeks ago he could
 * still get up the stairs normally."), not a day that may date anything ("had a fall down 3 stairs on Sunday").
 */
export function toldAsWorsening(tokens: readonly Token[], from: number, to: number, near = from): boolean {
  for (let i = from; i < to; i++) if ((UNCHANGED.has(tokens[i]!.norm) && !ofAge(tokens, i)) || anyPhraseAt(tokens, i, UNCHANGED_PHRASES)) return false;
  if (aidsRise(tokens, from, to)) return true;
  let earlier = false;
  let later = false;
  let plainEarlier = false;
  for (let i = from; i < to; i++) {
    // Not "my leg went from under me", which is the leg giving way.
    if (anyPhraseAt(tokens, i, FROM_TO) && !UNDER.has(tokens[i + 2]?.norm ?? '')) return true;
    plainEarlier ||= anyPhraseAt(tokens, i, EARLIER_EITHER_SIDE);
    if (!earlier) {
      earlier = anyPhraseAt(tokens, i, i < near ? EARLIER_EITHER_SIDE : EARLIER);
      if (earlier) continue;
    }
    const norm = tokens[i]!.norm;
    // "by 17:20", "since yesterday his L knee buckles as well": a time after "by" or "since" dates the later state too.
    const timeAfter = (norm === 'by' || norm === 'since') && (BY_TIMES.has(tokens[i + 1]?.norm ?? '') || startsWithDigit(tokens[i + 1]?.norm ?? ''));
    if (LATER.has(norm) || timeAfter || anyPhraseAt(tokens, i, LATER_PHRASES)) {
      if (earlier) return true;
      later = true;
    }
  }
  return later && plainEarlier;
}
