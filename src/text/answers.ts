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
import { startsWithLetter } from './shapes.js';

export type Answer = 'no' | 'yes';

const ANSWERS: ReadonlyMap<string, Answer> = new Map([
  ['no', 'no'], ['n', 'no'], ['nil', 'no'], ['none', 'no'], ['neg', 'no'], ['nope', 'no'], ['never', 'no'], ['denies', 'no'], ['denied', 'no'], ['✗', 'no'], ['✘', 'no'],
  ['yes', 'yes'], ['y', 'yes'], ['yeah', 'yes'], ['yep', 'yes'], ['✓', 'yes'], ['✔', 'yes'],
]);
/** Marks that stand between a form's label and its answer. */
const MARKS = new Set([':', '-', '–', '—', '?', '=', '>', '→']);
/** Symbols that answer on their own, with no mark before them ("Fever ✗"). */
const SYMBOLS = new Set(['✗', '✘', '✓', '✔']);
/** Ticked boxes: the answer after one is the one chosen ("☐ Yes ☒ No"). */
const TICKED = new Set(['☒', '☑', '✅']);
const FIELD_ENDS = new Set([',', '.', ';', '!', ')', '(', '[', '☐', '☒', '☑', '/', '|']);
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
    // "… Hx cancer: N   Steroids/immunosupp: N": a slash between two words joins the next label's words.
    if (tokens[j]!.norm === '/' && startsWithLetter(tokens[j + 1]?.norm ?? '')) continue;
    if (FIELD_ENDS.has(tokens[j]!.norm)) return false;
  }
  return false;
}

/** "Numbness N  Pins/needles Y": the next label, capitalised, after a run of spaces. */
const nextLabel = (text: string, tokens: readonly Token[], i: number): boolean =>
  tokens[i] !== undefined && isCapitalised(text, tokens[i]!) && text.slice(tokens[i - 1]!.end, tokens[i]!.start).length >= 1;

/** Whether the token at `i` is a form's answer: after a mark, ending its field. */
export function isFormAnswer(text: string, tokens: readonly Token[], i: number, end: number): boolean {
  const token = tokens[i];
  if (!token || !ANSWERS.has(token.norm)) return false;
  const afterBox = boxEndingAt(tokens, i) !== undefined;
  return (MARKS.has(tokens[i - 1]?.norm ?? '') || TICKED.has(tokens[i - 1]?.norm ?? '') || afterBox) && endsField(text, tokens, i, end);
}

/** Where the line of token `i` starts: the index of its first token. */
function lineStart(text: string, tokens: readonly Token[], i: number): number {
  let j = i;
  while (j > 0) {
    let newline = false;
    for (let c = tokens[j - 1]!.end; c < tokens[j]!.start && !newline; c++) newline = text.charCodeAt(c) === 10;
    if (newline) break;
    j--;
  }
  return j;
}

/** What ticks a bracketed box: "[x]", "[✓]". */
const BOX_TICKS = new Set(['x', '✓', '✔', '*', 'v']);

/** The checkbox that starts at token `i`, whether ticked, and the token after it: "[ ]", "[x]", "[✓]", "☐", "☒". */
function boxAt(tokens: readonly Token[], i: number): { answer: Answer; after: number } | undefined {
  const norm = tokens[i]?.norm;
  if (norm === '[' && tokens[i + 1]?.norm === ']') return { answer: 'no', after: i + 2 };
  if (norm === '[' && BOX_TICKS.has(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm === ']') return { answer: 'yes', after: i + 3 };
  if (norm === '☐') return { answer: 'no', after: i + 1 };
  if (norm !== undefined && TICKED.has(norm)) return { answer: 'yes', after: i + 1 };
  return undefined;
}

/** What may stand alone in brackets as an answer: "[Y]", "(N)", "(no)". */
const BRACKETED_ANSWERS = new Set(['y', 'n', 'yes', 'no']);

/** Words that may name a row of options before its first box: "urine [x] continent [ ] incontinent". */
const ROW_LABEL_WORDS = 2;

/** Bullets that may stand before a checklist's box: "- [x] Urinary retention". */
const BULLETS = new Set(['-', '*', '•']);

/**
 * The box that opens the line at token `i` (after a bullet), or the row after the line's label ("Bladder: [x] normal [ ]
 * retention"), with its answer: "[x]", "[ ]", "☐", "☒".
 */
function leadingBox(text: string, tokens: readonly Token[], i: number): { answer: Answer; at: number; after: number } | undefined {
  const start = lineStart(text, tokens, i);
  let at = start;
  for (let j = start; j < i; j++) if (tokens[j]!.norm === ':' && boxLeadsOption(tokens, j + 1, tokens.length)) at = j + 1;
  // "Continence: urine [x] continent [ ] incontinent; bowels [x] normal": a row of options after a word that names it.
  for (let j = start - 1; j < i && at === start && !boxAt(tokens, start); j++) {
    if (j >= start && tokens[j]!.norm !== ':' && tokens[j]!.norm !== ';') continue;
    for (let k = j + 2; k <= j + 1 + ROW_LABEL_WORDS && k <= i; k++) if (boxLeadsResult(tokens, k, tokens.length)) at = k;
  }
  if (BULLETS.has(tokens[at]?.norm ?? '')) at++;
  const box = boxAt(tokens, at);
  return box && { ...box, at };
}

/**
 * "CES screen:" then "[x] Urinary retention", "[ ] Saddle anaesthesia": a checklist whose boxes open the
 * lines answers the label that follows its box (and only the first label after it).
 */
export function formAnswerBefore(text: string, tokens: readonly Token[], from: number, to: number): { answer: Answer; at: number } | undefined {
  // On a line that opens with a box, every box leads the label after it: "[x] Urinary retention [ ] Saddle anaesthesia"
  // (not a label with its own colon: "Fever: [ ] Night pain: [x]"). The box is looked for first: most labels have none.
  // "[ ] Change in bladder/bowel": the label after a slash shares the box of the label before it.
  if (tokens[from - 1]?.norm === '/')
    for (let j = from - 2; j >= Math.max(0, from - 2 - LABEL_WORDS); j--) {
      const shared = boxEndingAt(tokens, j);
      if (shared && leadingBox(text, tokens, shared.at)) return shared;
    }
  // "☐ Unexplained wt loss": a word that qualifies the label may stand between its box and the finding's words.
  const box = boxEndingAt(tokens, from) ?? (LABEL_MODIFIERS.has(tokens[from - 1]?.norm ?? '') ? boxEndingAt(tokens, from - 1) : undefined);
  return box && tokens[to]?.norm !== ':' && leadingBox(text, tokens, box.at) ? box : undefined;
}

/** Words that qualify a checklist's label before its finding: "☐ Unexplained wt loss", "☐ New saddle numbness". */
const LABEL_MODIFIERS = new Set(['unexplained', 'unintentional', 'unintended', 'new', 'recent', 'significant', 'progressive', 'any', 'severe', 'constant']);

/** Words of a result that a box may lead in a row of options with no colon: "bowels [x] normal [ ] incontinent" (not "Fever [ ] Night pain [x]"). */
const RESULT_OPTIONS = new Set(['normal', 'abnormal', 'continent', 'incontinent', 'intact', 'reduced', 'absent', 'present', 'catheter', 'catheterised', 'catheterized', 'retention', 'constipated', 'loose']);

function boxLeadsResult(tokens: readonly Token[], at: number, end: number): boolean {
  const after = boxAt(tokens, at)?.after ?? -1;
  return after >= 0 && after < end && RESULT_OPTIONS.has(tokens[after]!.norm);
}

/** Whether a box at `at` stands before an option of its own (a word that is no answer and no label with a colon). */
function boxLeadsOption(tokens: readonly Token[], at: number, end: number): boolean {
  const after = boxAt(tokens, at)?.after ?? -1;
  if (after < 0 || after >= end) return false;
  const option = tokens[after]!.norm;
  if (!startsWithLetter(option) || ANSWERS.has(option)) return false;
  // "Fever: [ ] Night pain: [x]": a next label with its own colon, not an option.
  for (let j = after + 1; j < Math.min(end, after + 1 + LABEL_WORDS); j++) {
    const norm = tokens[j]!.norm;
    if (norm === ':') return false;
    if (BOXES.has(norm)) break;
  }
  return true;
}

/** The checkbox that ends just before token `at`: "[x]", "[ ]", "☐", "☒". */
function boxEndingAt(tokens: readonly Token[], at: number): { answer: Answer; at: number } | undefined {
  for (let start = at - 1; start >= Math.max(0, at - 3); start--) {
    const box = boxAt(tokens, start);
    if (box?.after === at) return { answer: box.answer, at: start };
  }
  return undefined;
}

/** The answer a form gives to the label that ends just before token `at`, if one follows it. */
export function formAnswerAfter(text: string, tokens: readonly Token[], at: number, end: number): { answer: Answer; at: number } | undefined {
  let i = at;
  // "Pain in the night: no": a label whose phrase took its colon.
  if (tokens[at - 1]?.norm === ':' && ANSWERS.has(tokens[at]?.norm ?? '') && at < end && endsField(text, tokens, at, end)) return { answer: ANSWERS.get(tokens[at]!.norm)!, at };
  // In a checklist whose boxes open the lines, a box after a label is the next label's.
  if (BOXES.has(tokens[i]?.norm ?? '') && at > 0 && leadingBox(text, tokens, at - 1)) return undefined;
  // "Bladder: [x] normal [ ] retention", "bowels [x] normal [ ] incontinent": boxes before options, which answer the options, not the label.
  if ((MARKS.has(tokens[i]?.norm ?? '') && boxLeadsOption(tokens, i + 1, end)) || boxLeadsResult(tokens, i, end)) return undefined;
  // "Bladder/bowel disturbance N": a label joined by a slash to the next shares its answer.
  if (tokens[i]?.norm === '/' && at > 0) {
    for (let j = i + 1; j < Math.min(end, i + 1 + LABEL_WORDS); j++) {
      const shared = formAnswerAfter(text, tokens, j + 1, end);
      if (shared) return shared;
      if (!startsWithLetter(tokens[j]!.norm)) break;
    }
  }
  // "bladder [N]  bowel [N]  saddle [Y]", "fever (N), wt loss (N)": a letter or word in brackets answers the label before it.
  const open = tokens[i]?.norm;
  const inside = tokens[i + 1]?.norm ?? '';
  if ((open === '[' || open === '(') && BRACKETED_ANSWERS.has(inside) && tokens[i + 2]?.norm === (open === '[' ? ']' : ')')) return { answer: ANSWERS.get(inside)!, at: i + 1 };
  // "numb 'down there' N": a label in quotes.
  if ((tokens[i]?.norm === "'" || tokens[i]?.norm === '"') && i + 1 < end) i++;
  // "Falls last 6/12: N", "Fever in past 24h: Y": the label's window of time stands before its mark.
  i = afterTimeWindow(tokens, i, end);
  // "Urinary incontinence (Y/N): N", "Bladder change Y/N: N"
  if (tokens[i]?.norm === '(' && tokens[i + 2]?.norm === '/' && tokens[i + 4]?.norm === ')') i += 5;
  else if (tokens[i]?.norm === 'y' && tokens[i + 1]?.norm === '/' && tokens[i + 2]?.norm === 'n' && MARKS.has(tokens[i + 3]?.norm ?? '')) i += 3;
  // "Saddle anaesth N / Bladder sx N", "Bladder Y - hesitancy since Tues": a capital Y or N straight after its label.
  const bare = tokens[i];
  if (bare && i < end && (bare.norm === 'y' || bare.norm === 'n') && isCapitalised(text, bare) && (endsField(text, tokens, i, end) || MARKS.has(tokens[i + 1]?.norm ?? '') || nextLabel(text, tokens, i + 1)))
    return { answer: ANSWERS.get(bare.norm)!, at: i };
  // "Bladder dysfunction: ☑ No": a mark, then a checkbox.
  if (MARKS.has(tokens[i]?.norm ?? '') && BOXES.has(tokens[i + 1]?.norm ?? '')) i++;
  const first = tokens[i]?.norm;
  if (first === undefined || i >= end) return undefined;
  if (SYMBOLS.has(first) && endsField(text, tokens, i, end)) return { answer: ANSWERS.get(first)!, at: i };
  // "Fever [ ] Night pain [x]": a box alone is the answer, empty or ticked.
  const lone = loneBox(tokens, i, end);
  if (lone) return lone;
  // "Yes ☐ No ☒", ": Yes [ ] No [x]": answer words each followed by a box, the ticked one chosen.
  let k = i;
  while (k < end && MARKS.has(tokens[k]!.norm)) k++;
  if (ANSWERS.has(tokens[k]?.norm ?? '') && (BOXES.has(tokens[k + 1]?.norm ?? '') || TICKED.has(tokens[k + 1]?.norm ?? ''))) {
    for (let j = k; j + 1 < Math.min(end, k + CHECKBOX_REACH); j++) {
      const answer = ANSWERS.get(tokens[j]!.norm);
      if (answer && boxAt(tokens, j + 1)?.answer === 'yes') return { answer, at: j };
    }
    return undefined;
  }
  // "[ ] yes [x] no", "☐ Yes ☒ No": the ticked one.
  if (first === '[' || first === '☐' || TICKED.has(first)) {
    for (let j = i; j < Math.min(end, i + CHECKBOX_REACH); j++) {
      const box = boxAt(tokens, j);
      const answer = box?.answer === 'yes' ? ANSWERS.get(tokens[box.after]?.norm ?? '') : undefined;
      if (answer) return { answer, at: box!.after };
    }
    return undefined;
  }
  if (!MARKS.has(first)) return undefined;
  while (i < end && MARKS.has(tokens[i]!.norm)) i++;
  const answer = ANSWERS.get(tokens[i]?.norm ?? '');
  return answer && i < end && endsField(text, tokens, i, end) ? { answer, at: i } : undefined;
}

const BOXES = new Set(['[', '☐', '☒', '☑', '✅']);

const WINDOW_OPENERS = new Set(['last', 'past', 'in', 'within', 'over']);
const WINDOW_WORDS = new Set([
  'the', 'last', 'past', '/', 'h', 'hr', 'hrs', 'hours', 'd', 'day', 'days', 'wk', 'wks', 'week', 'weeks', 'mo', 'mth', 'mths', 'month', 'months', 'yr', 'yrs',
  'year', 'years', 'few', 'couple',
]);
const WINDOW_REACH = 6;

/** Where a label's window of time ends at a form's mark ("last 6/12:"), or `i` when there is none. */
function afterTimeWindow(tokens: readonly Token[], i: number, end: number): number {
  if (!WINDOW_OPENERS.has(tokens[i]?.norm ?? '')) return i;
  for (let j = i + 1; j < Math.min(end, i + WINDOW_REACH); j++) {
    const norm = tokens[j]!.norm;
    if (MARKS.has(norm)) return j;
    if (!WINDOW_WORDS.has(norm) && !/^\d+[a-z]{0,3}$/.test(norm)) return i;
  }
  return i;
}

/** "Fever [ ]", "Night pain [x]", "Fever ☐": a box with no answer word after it. */
function loneBox(tokens: readonly Token[], i: number, end: number): { answer: Answer; at: number } | undefined {
  const box = boxAt(tokens, i);
  if (!box) return undefined;
  const { after, answer } = box;
  if (after < end && ANSWERS.has(tokens[after]!.norm)) return undefined;
  return { answer, at: i };
}

/** Who answers for themselves: "I haven't.", "She does." */
const ANSWERING_SUBJECTS = new Set(['i', 'he', 'she', 'they', 'we', 'pt', 'patient', 'it']);
/** A short answer by its verb alone: "I haven't", "she does". */
/** Words after an opening "not" that make it an answer: "Not that I've noticed", "Not really", "Not at all". */
const NOT_ANSWERS = new Set(['that', 'really', 'at', 'as', 'since', 'recently', 'lately']);

/** "- pt unsure, 'maybe'", "Not sure.", "Maybe.": an answer that says it does not know. */
export function unsureSentence(tokens: readonly Token[], from: number, to: number): boolean {
  from = afterSpeakerLabel(tokens, from, to);
  while (from < to && (MARKS.has(tokens[from]!.norm) || SPEAKER_LABELS.has(tokens[from]!.norm) || tokens[from]!.norm === "'")) from++;
  const first = tokens[from]?.norm;
  return first === 'unsure' || first === 'maybe' || first === 'possibly' || (first === 'not' && tokens[from + 1]?.norm === 'sure') || (first === "don't" && tokens[from + 1]?.norm === 'know');
}

const VERB_ANSWERS: ReadonlyMap<string, Answer> = new Map([
  ["haven't", 'no'], ["hasn't", 'no'], ["don't", 'no'], ["doesn't", 'no'], ["didn't", 'no'], ["hadn't", 'no'], ["isn't", 'no'], ["aren't", 'no'],
  ["couldn't", 'no'], ["can't", 'no'], ["wasn't", 'no'], ["won't", 'no'],
  ['have', 'yes'], ['has', 'yes'], ['do', 'yes'], ['does', 'yes'], ['did', 'yes'], ['had', 'yes'], ['could', 'yes'], ['can', 'yes'], ['was', 'yes'], ['is', 'yes'],
]);

/** "I haven't.", "He does.", "I have, twice this week.", "It does, every night.": a subject and an auxiliary verb, alone or before a comma. */
function verbAnswer(tokens: readonly Token[], from: number, to: number): Answer | undefined {
  let end = to;
  while (end > from && (tokens[end - 1]!.norm === '.' || tokens[end - 1]!.norm === '!')) end--;
  const alone = end - from === 2 || tokens[from + 2]?.norm === ',';
  if (!alone || !ANSWERING_SUBJECTS.has(tokens[from]!.norm)) return undefined;
  return VERB_ANSWERS.get(tokens[from + 1]!.norm);
}

/** "Mom had colon cancer, I haven't.": the patient's own answer after a comma, closing the sentence. */
function answerAfterOther(tokens: readonly Token[], from: number, to: number): Answer | undefined {
  let end = to;
  while (end > from && (tokens[end - 1]!.norm === '.' || tokens[end - 1]!.norm === '!')) end--;
  const comma = end - 3;
  return comma > from && tokens[comma]!.norm === ',' && FIRST_PERSON_ANSWERERS.has(tokens[comma + 1]!.norm) ? verbAnswer(tokens, comma + 1, end) : undefined;
}
const FIRST_PERSON_ANSWERERS = new Set(['i', 'he', 'she']);

/** Words that may lead an answer: "Unfortunately yes.", "Well, no." */
const ANSWER_LEADS = new Set(['unfortunately', 'sadly', 'well', 'actually', 'honestly', 'definitely', 'afraid', "i'm", 'so', "'", '"', '-', '–']);
/** Words that may follow an opening "yes" or "no" in an answer: "Yes I have", "Yes since yesterday", "No not really". */
const ANSWER_FOLLOWERS = new Set([
  'i', 'he', 'she', 'it', 'they', 'since', 'not', 'never', 'definitely', 'always', 'sometimes', 'both', 'all', 'twice', 'once', 'a', 'some', 'slightly', 'mild',
  // "Yes - R shin", "yes L foot", "Yes (left)": the answer, then where.
  '-', '–', '—', ':', '(', 'l', 'r', 'left', 'right', 'lt', 'rt', 'bilat', 'in', 'on', 'over',
]);

/** Words that may stand beside an answer word in an answer of its own: "Denies all.", "None of these." */
const ANSWER_COMPANIONS = new Set(['all', 'any', 'both', 'of', 'these', 'them', 'to', 'the', 'above', 'x', 'three', 'two']);

/** "No.", "None.", "No, never", "Yes, I can't hold it", "I haven't.": a sentence that is, or opens with, an answer. */
export function answerSentence(tokens: readonly Token[], from: number, to: number): Answer | undefined {
  from = afterSpeakerLabel(tokens, from, to);
  while (from < to && ANSWER_LEADS.has(tokens[from]!.norm)) from++;
  const byVerb = verbAnswer(tokens, from, to) ?? answerAfterOther(tokens, from, to);
  if (byVerb) return byVerb;
  // "Not that I've noticed.", "Not really.": a denial hedged.
  if (tokens[from]?.norm === 'not' && NOT_ANSWERS.has(tokens[from + 1]?.norm ?? '')) return 'no';
  // "No, never", "Yes I have.", "Yes since yesterday": an answer that opens its sentence.
  const opening = tokens[from]?.norm === 'yes' || tokens[from]?.norm === 'no' ? ANSWERS.get(tokens[from]!.norm) : undefined;
  if (opening && (tokens[from + 1]?.norm === ',' || ANSWER_FOLLOWERS.has(tokens[from + 1]?.norm ?? ''))) return opening;
  // "Y (prostate, radiotherapy 2019)": a form's letter with its details in brackets.
  const letter = tokens[from]?.norm === 'y' || tokens[from]?.norm === 'n' ? ANSWERS.get(tokens[from]!.norm) : undefined;
  if (letter && tokens[from + 1]?.norm === '(') return letter;
  let found: Answer | undefined;
  for (let i = from; i < to; i++) {
    const norm = tokens[i]!.norm;
    // "No / No": one answer for each item of a question about two ("Problems controlling bladder/bowel?").
    if (norm === '.' || norm === ',' || norm === '!' || norm === '-' || norm === '/' || norm === "'" || norm === '"' || (found && ANSWER_COMPANIONS.has(norm))) continue;
    const answer = ANSWERS.get(norm);
    if (!answer || (found && found !== answer)) return undefined;
    found = answer;
  }
  return found;
}

/** Moving in bed, which hurts a mechanical back. */
const MOVES_IN_BED = new Set(['roll', 'rolls', 'rolling', 'turn', 'turns', 'turning', 'move', 'moving', 'lie', 'lying']);
const ONLY_WHEN = new Set(['if', 'when', 'on']);

/**
 * An answer that says when: "Only when I walk far." is a yes. One that ties the pain to moving in bed ("Night pain?
 * 'Only if I roll onto it.'", "Only when I turn over.") says it is mechanical, which is not the night pain of
 * serious disease.
 */
export function onlyWhenAnswer(tokens: readonly Token[], from: number, to: number): 'moving_in_bed' | 'yes' | undefined {
  from = afterSpeakerLabel(tokens, from, to);
  while (from < to && ANSWER_LEADS.has(tokens[from]!.norm)) from++;
  if (tokens[from]?.norm !== 'only' || !ONLY_WHEN.has(tokens[from + 1]?.norm ?? '')) return undefined;
  for (let i = from + 2; i < to; i++) if (MOVES_IN_BED.has(tokens[i]!.norm)) return 'moving_in_bed';
  return 'yes';
}

const QUESTION_WORDS = new Set([
  'do', 'does', 'did', 'have', 'has', 'had', 'any', 'is', 'are', 'was', 'were', 'can', 'could', 'would', 'will', 'should', 'what', 'how', 'when',
  'where', 'why', 'which', 'who', 'ever', 'anything', 'noticed', 'notice',
]);

/** "Do you have any numbness in your saddle area?", "Any bowel accidents?": a question, not a statement. */
export function isQuestion(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[to - 1]?.norm !== '?') return false;
  // "Q: Passing water ok?": a transcript's question is one whatever its first word.
  const first = afterSpeakerLabel(tokens, from, to);
  return QUESTION_WORDS.has(tokens[first]?.norm ?? '') || (first > from && QUESTIONER_LABELS.has(tokens[from]!.norm));
}

/** Who speaks in a transcript: "Q:", "A:", "Dr:", "Pt:". */
const SPEAKER_LABELS = new Set(['q', 'a', 'question', 'answer', 'dr', 'doctor', 'pt', 'patient']);
const QUESTIONER_LABELS = new Set(['q', 'question', 'dr', 'doctor']);

/** The first token after a transcript's speaker label ("A: No." → "No"). */
function afterSpeakerLabel(tokens: readonly Token[], from: number, to: number): number {
  return from + 1 < to && SPEAKER_LABELS.has(tokens[from]!.norm) && tokens[from + 1]!.norm === ':' ? from + 2 : from;
}

/** What a note says of a question it did not put: "Fever? Weight loss? Not asked." */
const NOT_ASKED = new Set(['not asked', 'not assessed', 'not known', 'unknown', 'not checked', 'not enquired', 'not examined', 'not tested', 'not done']);

export function notAskedSentence(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).map((t) => t.norm).filter((n) => n !== '.' && n !== '!');
  return NOT_ASKED.has(words.join(' '));
}

/** How far after "asked" its "if" may stand: "asked me if", "asked the patient whether". */
const ASKED_REACH = 4;
const ASKED_WORDS = new Set(['asked', 'asks', 'asking', 'enquired', 'inquired', 'queried']);
const ASKED_LINKS = new Set(['if', 'whether', 'about']);
/** Words that report the answer given in the same sentence: "i said no". */
const SAID_WORDS = new Set(['said', 'says', 'answered', 'replied']);
/** Verbs that give the answer themselves: "asked about saddle anaesthesia - reports reduced feeling", "…, which he denies". */
const ANSWER_VERBS: ReadonlyMap<string, Answer> = new Map([
  ['reports', 'yes'], ['reported', 'yes'], ['confirms', 'yes'], ['confirmed', 'yes'], ['admits', 'yes'], ['admitted', 'yes'], ['describes', 'yes'],
  ['denies', 'no'], ['denied', 'no'], ['says', 'yes'],
]);
const QUESTION_ENDS = new Set(['-', '–', '—', ':', ';']);

/**
 * "The doctor asked if I'd had any accidents with my bowels", "doc asked if ive got numbness …, i said no":
 * a question reported, not a complaint. Returns where its content starts, and the answer given in the same
 * sentence after it, if any.
 */
export function reportedQuestion(tokens: readonly Token[], from: number, to: number): { from: number; to: number; answer?: Answer } | undefined {
  for (let i = from; i < to; i++) {
    // "I (then) asked the doctor whether the numbness in my bum could be serious": the patient asks about what they have.
    if (!ASKED_WORDS.has(tokens[i]!.norm) || tokens[i - 1]?.norm === 'i' || tokens[i - 2]?.norm === 'i') continue;
    for (let j = i + 1; j < Math.min(to, i + ASKED_REACH); j++) {
      if (!ASKED_LINKS.has(tokens[j]!.norm)) continue;
      for (let k = j + 1; k < to; k++) {
        // "Specifically asked about bladder function - 2 episodes of incontinence": after a dash, colon or
        // semicolon the answer is said as it stands.
        if (QUESTION_ENDS.has(tokens[k]!.norm)) return { from: j + 1, to: k };
        const said = SAID_WORDS.has(tokens[k]!.norm) ? ANSWERS.get(tokens[k + 1]?.norm ?? '') : undefined;
        if (said) return { from: j + 1, to: k, answer: said };
        const verb = ANSWER_VERBS.get(tokens[k]!.norm);
        // The answer closes the question: what follows it is said as it stands.
        if (verb) return { from: j + 1, to: k, answer: verb };
      }
      return { from: j + 1, to };
    }
  }
  return undefined;
}
