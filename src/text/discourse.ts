/**
 * What one sentence says of another: a question and the answer after it ("Any bowel accidents? None."), a
 * question reported ("the doctor asked if …"), a return told on its own ("It came back last night."), and a
 * change said alone ("It's getting worse every day."), each about the findings of the sentence before.
 */
import { FINDING_BY_ID, type Side } from '../knowledge/vocabulary.js';
import { answerSentence, isQuestion, notAskedSentence, onlyWhenAnswer, reportedQuestion, unsureSentence } from './answers.js';
import { isCapitalised } from './sentences.js';
import type { Draft } from './compose.js';
import { firstCarrying, type Concept } from './lexicon/index.js';
import type { Token } from './tokenize.js';
import { hasDirected, type SentenceView } from './view.js';

const CHANGE_WORDS = new Set(['better', 'worse', 'improved', 'improving', 'changed', 'change', 'gone', 'resolved', 'settled', 'easier', 'eased']);

function asksAboutChange(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CHANGE_WORDS.has(tokens[i]!.norm)) return true;
  return false;
}

const ANSWER_DASHES = new Set(['-', '–', '—']);

/** How many questions in a row one answer may follow ("Fever? Weight loss? Not asked."). */
const QUESTION_RUN = 4;

/** The sentence that answers the question ending at `index`: the first after the questions that follow it. */
export function answeringSentence(
  tokens: readonly Token[],
  sentences: readonly { from: number; to: number }[],
  index: number,
  text: string,
): { from: number; to: number } | undefined {
  for (let i = index + 1; i < sentences.length && i <= index + QUESTION_RUN; i++) {
    const sentence = sentences[i]!;
    // "Fever? N\nSteroids? Y", "Osteoporosis? Y. Steroids? N.": an answer ending its line or followed by a full stop,
    // though the next question shares its sentence; "Fevers? - N" then the next line: the answer after a dash.
    const short = i === index + 1 ? shortAnswer(tokens, sentence, text) : undefined;
    if (!endsAsQuestion(tokens, sentence.to)) return short && !answerSentence(tokens, sentence.from, sentence.to) ? short : sentence;
    if (short) return short;
  }
  return undefined;
}

const QUOTES = new Set(["'", '"']);

/** Whether a sentence ending at `to` is a question, its mark inside quotes or not: "Asked 'any trouble passing water?'". */
const endsAsQuestion = (tokens: readonly Token[], to: number): boolean =>
  tokens[to - 1]?.norm === '?' || (QUOTES.has(tokens[to - 1]?.norm ?? '') && tokens[to - 2]?.norm === '?');

/** A one-word answer that opens a sentence (after a dash) and ends its own line or field: "N", "- N", "- 'no'". */
function shortAnswer(tokens: readonly Token[], sentence: { from: number; to: number }, text: string): { from: number; to: number } | undefined {
  let at = sentence.from;
  // "Y/N - N": the form's template of answers, then the one given.
  if (tokens[at]!.norm === 'y' && tokens[at + 1]?.norm === '/' && tokens[at + 2]?.norm === 'n' && at + 3 < sentence.to) at += 3;
  if (ANSWER_DASHES.has(tokens[at]!.norm) && at + 1 < sentence.to) at++;
  // "Asked 'any trouble passing water?' - 'no'": an answer in quotes.
  if (QUOTES.has(tokens[at]!.norm) && at + 1 < sentence.to) at++;
  const first = tokens[at]!;
  const after = tokens[at + 1];
  const ended =
    at + 1 >= sentence.to ||
    after?.norm === '.' || after?.norm === '-' || after?.norm === ',' || after?.norm === '(' || after?.norm === ';' || QUOTES.has(after?.norm ?? '') || text.slice(first.end, after?.start ?? first.end).includes('\n') || (after !== undefined && isCapitalised(text, after));
  return ended && answerSentence(tokens, at, at + 1) ? { from: at, to: at + 1 } : undefined;
}

/**
 * "Any bowel accidents? None.", "Saddle anaesthesia? No.": a question answered in the next sentence takes the
 * answer; a question left unanswered ("Do you have any numbness in your saddle area?") asserts nothing.
 */
export function answerQuestion(drafts: Draft[], tokens: readonly Token[], from: number, to: number, next: { from: number; to: number } | undefined): void {
  const reported = endsAsQuestion(tokens, to) ? undefined : reportedQuestion(tokens, from, to);
  if (!endsAsQuestion(tokens, to) && !reported) return;
  // "Is it normal not to feel when my bladder's full?": a patient asking about what they have tells it.
  if (asksIfNormal(tokens, from, to)) return;
  const asked = reported ? drafts.filter((d) => d.from >= reported.from && d.to <= reported.to) : drafts;
  const when = !reported && next ? onlyWhenAnswer(tokens, next.from, next.to) : undefined;
  if (when === 'moving_in_bed') for (const d of asked) if (d.finding === 'night_pain' && d.context === 'current') d.status = 'absent';
  const answer = reported?.answer ?? (next ? (answerSentence(tokens, next.from, next.to) ?? (when && 'yes')) : undefined);
  // "Numb when wiping? - pt unsure, 'maybe'": a question answered with a doubt leaves its finding unknown;
  // so does a denial taken back at once ("Weakness? Not really, maybe a little on stairs.").
  if (!reported && next && ((!answer && unsureSentence(tokens, next.from, next.to)) || (answer === 'no' && hasAnyWord(tokens, next.from, next.to, HEDGES)))) {
    for (const d of drafts) if (d.context === 'current') d.status = 'unknown';
    return;
  }
  // "Fever? Weight loss? Not asked.": a question the note says was not put asks nothing.
  const notAsked = !answer && next !== undefined && notAskedSentence(tokens, next.from, next.to);
  if (!answer && !notAsked && !reported && !isQuestion(tokens, from, to)) return;
  // "asked if the numbness had got any better. It hasn't.": a question about a change leaves the finding as it is.
  if (answer && reported && asksAboutChange(tokens, reported.from, reported.to)) return;
  for (const d of asked) {
    if (d.context !== 'current') continue;
    if (!answer) d.context = 'hypothetical';
    // "Can he pass urine normally? No.": a "no" to a function said to be normal is the function failing.
    else if (answer === 'no') d.status = d.status === 'absent' ? 'present' : 'absent';
    else if (d.status === 'unknown') d.status = 'present';
    // "Any numbness? Yes - R shin": the side the answer names.
    if (answer === 'yes' && !reported && next && d.status === 'present' && d.side === undefined && FINDING_BY_ID.get(d.finding)?.lateral) {
      const side = sideNamedIn(tokens, next.from, next.to);
      if (side) d.side = side;
    }
  }
}

const ANSWER_SIDES: ReadonlyMap<string, Side> = new Map([
  ['l', 'left'], ['left', 'left'], ['lt', 'left'], ['r', 'right'], ['right', 'right'], ['rt', 'right'], ['bilat', 'both'], ['bilateral', 'both'], ['both', 'both'],
]);

/** The one side the words of an answer name ("Yes - R shin"), if they name exactly one. */
function sideNamedIn(tokens: readonly Token[], from: number, to: number): Side | undefined {
  const named = new Set<Side>();
  for (let i = from; i < to; i++) {
    const side = ANSWER_SIDES.get(tokens[i]!.norm);
    if (side) named.add(side);
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * "Is it normal ...?", "is that bad?", "weird q but is it normal 2 ...": a question about one's own symptom, told in
 * the first person ("not to feel when my bladder's full"), not about anyone's ("numbness in your bum cheeks with sciatica").
 */
function asksIfNormal(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i + 2 < to; i++)
    if (tokens[i]!.norm === 'is' && (tokens[i + 1]!.norm === 'it' || tokens[i + 1]!.norm === 'this' || tokens[i + 1]!.norm === 'that') && tokens[i + 2]!.norm === 'normal')
      return hasAnyWord(tokens, i + 3, to, FIRST_PERSON);
  return false;
}
/** Words that take back a denial said just before them: "Not really, maybe a little on stairs". */
const HEDGES = new Set(['maybe', 'perhaps', 'possibly', 'sometimes', 'occasionally']);

const FIRST_PERSON = new Set(['i', 'my', 'me', "i'm", "i've", 'myself', "i'd", 'mine']);

/** Words that open a sentence about the symptom of the sentence before: "It's getting worse every day." */
const BACK_REFERENCES = new Set(['it', "it's", 'its', 'this', 'they', "they're", 'these', 'both', 'all', 'and', 'but', 'now', 'still']);
/** "It came back last night.", "They've come back.": a return told on its own, of the findings the sentence before said were gone. */
export function isReturnStatement(tokens: readonly Token[], from: number, units: readonly { from: number; values: readonly Concept[] }[]): boolean {
  if (!BACK_REFERENCES.has(tokens[from]?.norm ?? '')) return false;
  if (units.some((u) => u.values.some((c) => c.kind === 'finding' || c.kind === 'pain'))) return false;
  return units.some((u) => u.from <= from + 3 && u.values.some((c) => c.kind === 'recurs'));
}

/** Whether the sentence says something resolved ("went away", "settled"), not only that it was never there. */
export const saysGone = (view: SentenceView): boolean =>
  view.units.some((u) => hasDirected(u, 'negation', 'post') && RESOLUTION_WORDS.has(view.phrase(u)));
const RESOLUTION_WORDS = new Set(['went away', 'gone away', 'has gone away', 'have gone away', 'resolved', 'has resolved', 'have resolved', 'settled', 'gone', 'has gone', 'have gone', 'disappeared', 'has disappeared', 'cleared', 'now settled', 'now resolved', 'now gone', 'had resolved']);

/** Degree words that may open such a sentence: "Much worse today.", "Significantly worse since Monday." */
const TREND_DEGREE = new Set([
  'much', 'significantly', 'considerably', 'far', 'even', 'a', 'lot', 'bit', 'slightly', 'definitely', 'markedly', 'getting', 'way', 'so', 'really', 'now',
  // "Both are getting worse", "It has got worse".
  'are', 'is', 'has', 'have', 'keeps', 'keep', 'been',
]);
/** How far into its sentence the trend of such a statement stands. */
const TREND_OPENING = 4;

/** "It's getting worse every day.", "Getting worse.": a trend alone, about the findings of the sentence before (not "She progressed in labour"). */
export const isTrendStatement = (tokens: readonly Token[], from: number, to: number, units: readonly { from: number; values: readonly { kind: string }[] }[]): boolean => {
  const trend = firstCarrying(units, 'trend');
  if (trend === undefined) return false;
  if (trend.from - from >= TREND_OPENING && !nowAfterComma(tokens, from, trend.from)) return false;
  if (trend.from - from < TREND_OPENING)
    for (let i = from; i < trend.from; i++) if (!(BACK_REFERENCES.has(tokens[i]!.norm) || TREND_DEGREE.has(tokens[i]!.norm))) return false;
  // "Getting worse is my biggest fear", "Getting worse?": a change feared or asked about is no change said.
  return !hasAnyWord(tokens, from, to, FEARED) && tokens[to - 1]?.norm !== '?';
};
/** "Before one week only little problem, now much more bad": the change told after ", now", with degree words only between. */
function nowAfterComma(tokens: readonly Token[], from: number, at: number): boolean {
  let i = at - 1;
  while (i > from && TREND_DEGREE.has(tokens[i]!.norm) && tokens[i]!.norm !== 'now') i--;
  return tokens[i]?.norm === 'now' && tokens[i - 1]?.norm === ',';
}
const FEARED = new Set(['fear', 'fears', 'afraid', 'scared', 'worried', 'worry', 'worries', 'frightened', 'terrified']);

function hasAnyWord(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (words.has(tokens[i]!.norm)) return true;
  return false;
}
