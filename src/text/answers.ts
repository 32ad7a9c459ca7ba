/**
 * Answers that forms and interviews give apart from the words they answer:
 * a template's "Fever: no", "Saddle anaesthesia: N", "Bladder: Y", a
 * checklist's "[ ] yes [x] no", "☒ No", "✗", and a question answered in the
 * next sentence ("Any bowel accidents? None."). An answer word counts only
 * where a form puts it: after a mark (":", "-", "?", "=") and before the end
 * of its field, so "LBP - no radiation" keeps its "no" for the radiation.
 */
import { isCapitalised } from './sentences.js';
import type { Token } from './tokenize.js';

export type Answer = 'no' | 'yes';

const ANSWERS: ReadonlyMap<string, Answer> = new Map([
  ['no', 'no'], ['n', 'no'], ['nil', 'no'], ['none', 'no'], ['neg', 'no'], ['nope', 'no'], ['never', 'no'], ['denies', 'no'], ['denied', 'no'], ['✗', 'no'], ['✘', 'no'],
  ['yes', 'yes'], ['y', 'yes'], ['yeah', 'yes'], ['yep', 'yes'], ['✓', 'yes'], ['✔', 'yes'],
]);
/** Marks that stand between a form's label and its answer. */
const MARKS = new Set([':', '-', '–', '—', '?', '=']);
/** Symbols that answer on their own, with no mark before them ("Fever ✗"). */
const SYMBOLS = new Set(['✗', '✘', '✓', '✔']);
/** Ticked boxes: the answer after one is the one chosen ("☐ Yes ☒ No"). */
const TICKED = new Set(['☒', '☑', '✅']);
const FIELD_ENDS = new Set([',', '.', ';', '!', ')', '(', '[', '☐', '☒', '☑', '/']);
/** How far after a label a checkbox answer may stand ("Bladder dysfunction [ ] yes [x] no"). */
const CHECKBOX_REACH = 10;

/** How many words a form's next label may have ("Weight loss: yes"). */
const LABEL_WORDS = 4;

/**
 * Whether the answer word at `i` ends its field: the end of the sentence or line, punctuation, or the next
 * label, capitalised and followed by its own mark ("Fever: no Weight loss: yes"); not "CNS: No TIA."
 */
function endsField(text: string, tokens: readonly Token[], i: number, end: number): boolean {
  const next = tokens[i + 1];
  if (i + 1 >= end || next === undefined) return true;
  if (FIELD_ENDS.has(next.norm) || SYMBOLS.has(next.norm)) return true;
  for (let c = tokens[i]!.end; c < next.start; c++) if (text.charCodeAt(c) === 10) return true;
  if (!isCapitalised(text, next)) return false;
  for (let j = i + 2; j < Math.min(end, i + 2 + LABEL_WORDS); j++) {
    if (MARKS.has(tokens[j]!.norm) || SYMBOLS.has(tokens[j]!.norm)) return true;
    if (FIELD_ENDS.has(tokens[j]!.norm)) return false;
  }
  return false;
}

/** Whether the token at `i` is a form's answer: after a mark, ending its field. */
export function isFormAnswer(text: string, tokens: readonly Token[], i: number, end: number): boolean {
  const token = tokens[i];
  if (!token || !ANSWERS.has(token.norm)) return false;
  return (MARKS.has(tokens[i - 1]?.norm ?? '') || TICKED.has(tokens[i - 1]?.norm ?? '')) && endsField(text, tokens, i, end);
}

/** The answer a form gives to the label that ends just before token `at`, if one follows it. */
export function formAnswerAfter(text: string, tokens: readonly Token[], at: number, end: number): { answer: Answer; at: number } | undefined {
  let i = at;
  // "Urinary incontinence (Y/N): N"
  if (tokens[i]?.norm === '(' && tokens[i + 2]?.norm === '/' && tokens[i + 4]?.norm === ')') i += 5;
  // "Bladder dysfunction: ☑ No": a mark, then a checkbox.
  if (MARKS.has(tokens[i]?.norm ?? '') && BOXES.has(tokens[i + 1]?.norm ?? '')) i++;
  const first = tokens[i]?.norm;
  if (first === undefined || i >= end) return undefined;
  if (SYMBOLS.has(first) && endsField(text, tokens, i, end)) return { answer: ANSWERS.get(first)!, at: i };
  // "Fever [ ] Night pain [x]": a box alone is the answer, empty or ticked.
  const lone = loneBox(tokens, i, end);
  if (lone) return lone;
  // "[ ] yes [x] no", "☐ Yes ☒ No": the ticked one.
  if (first === '[' || first === '☐' || TICKED.has(first)) {
    for (let j = i; j < Math.min(end, i + CHECKBOX_REACH); j++) {
      const norm = tokens[j]!.norm;
      const ticked = TICKED.has(norm) ? j + 1 : norm === '[' && tokens[j + 1]?.norm === 'x' && tokens[j + 2]?.norm === ']' ? j + 3 : -1;
      const answer = ticked >= 0 ? ANSWERS.get(tokens[ticked]?.norm ?? '') : undefined;
      if (answer) return { answer, at: ticked };
    }
    return undefined;
  }
  if (!MARKS.has(first)) return undefined;
  while (i < end && MARKS.has(tokens[i]!.norm)) i++;
  const answer = ANSWERS.get(tokens[i]?.norm ?? '');
  return answer && i < end && endsField(text, tokens, i, end) ? { answer, at: i } : undefined;
}

const BOXES = new Set(['[', '☐', '☒', '☑', '✅']);

/** "Fever [ ]", "Night pain [x]", "Fever ☐": a box with no answer word after it. */
function loneBox(tokens: readonly Token[], i: number, end: number): { answer: Answer; at: number } | undefined {
  const norm = tokens[i]?.norm;
  let after: number;
  let answer: Answer;
  if (norm === '[' && tokens[i + 1]?.norm === ']') [after, answer] = [i + 2, 'no'];
  else if (norm === '[' && tokens[i + 1]?.norm === 'x' && tokens[i + 2]?.norm === ']') [after, answer] = [i + 3, 'yes'];
  else if (norm === '☐') [after, answer] = [i + 1, 'no'];
  else if (norm !== undefined && TICKED.has(norm)) [after, answer] = [i + 1, 'yes'];
  else return undefined;
  if (after < end && ANSWERS.has(tokens[after]!.norm)) return undefined;
  return { answer, at: i };
}

/** "No.", "None.", "No, never", "Yes, I can't hold it": a sentence that is, or opens with, an answer. */
export function answerSentence(tokens: readonly Token[], from: number, to: number): Answer | undefined {
  from = afterSpeakerLabel(tokens, from, to);
  const opening = ANSWERS.get(tokens[from]?.norm ?? '');
  if (opening && tokens[from + 1]?.norm === ',') return opening;
  let found: Answer | undefined;
  for (let i = from; i < to; i++) {
    const norm = tokens[i]!.norm;
    if (norm === '.' || norm === ',' || norm === '!' || norm === '-') continue;
    const answer = ANSWERS.get(norm);
    if (!answer || (found && found !== answer)) return undefined;
    found = answer;
  }
  return found;
}

const QUESTION_WORDS = new Set([
  'do', 'does', 'did', 'have', 'has', 'had', 'any', 'is', 'are', 'was', 'were', 'can', 'could', 'would', 'will', 'should', 'what', 'how', 'when',
  'where', 'why', 'which', 'who', 'ever', 'anything', 'noticed', 'notice',
]);

/** "Do you have any numbness in your saddle area?", "Any bowel accidents?": a question, not a statement. */
export function isQuestion(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens[to - 1]?.norm === '?' && QUESTION_WORDS.has(tokens[afterSpeakerLabel(tokens, from, to)]?.norm ?? '');
}

/** Who speaks in a transcript: "Q:", "A:", "Dr:", "Pt:". */
const SPEAKER_LABELS = new Set(['q', 'a', 'question', 'answer', 'dr', 'doctor', 'pt', 'patient']);

/** The first token after a transcript's speaker label ("A: No." → "No"). */
function afterSpeakerLabel(tokens: readonly Token[], from: number, to: number): number {
  return from + 1 < to && SPEAKER_LABELS.has(tokens[from]!.norm) && tokens[from + 1]!.norm === ':' ? from + 2 : from;
}
