/**
 * Context rules: what the words around a finding do to it.
 *
 * - Negation before the finding reaches to the end of its clause, through a
 *   list ("denies bowel or bladder dysfunction or saddle anaesthesia"), and
 *   stops at a scope-ending word ("but", "however", "although", ";") or a new
 *   subject ("..., and I have ..."). A negation followed closely by
 *   "improvement", "change", "relief" ... negates that instead ("no
 *   improvement in the numbness").
 * - Negation after the finding ("SLR negative", "numbness resolved") reaches
 *   back only over the finding's own list; "negative" also denies the word
 *   right after it, as reviews of systems write it ("negative incontinence").
 * - Uncertainty ("possible", "?", "r/o", "suspected") makes the status unknown.
 * - History ("history of", "previous", "years ago", a past-history section)
 *   means not current, except for findings that are history by nature.
 * - Another person ("mother has", a family-history section) means not the
 *   patient's; it wins over everything else.
 * - Hypotheticals (risks, precautions, plans) are not findings at all.
 */
import type { Answer } from './answers.js';
import { readDurations } from './duration.js';
import { BARE_NEGATION_GAP } from './compose/words.js';
import { TRANSPARENT } from './lexicon/index.js';
import type { SectionKind } from './lexicon/sections.js';
import { aboutPersonDescribed, callerOwnClause, ownsFindings, pronounOfPatient, pronounOfRelative } from './people.js';
import { conceptOf, hasConcept, hasDirected, type SentenceView, type Unit } from './view.js';
import { isDigits, startsWithDigit } from './shapes.js';

export type MentionContext = 'current' | 'historical' | 'family' | 'hypothetical';

export interface Scope {
  /** Dated in a past year ("in 1998"): history, except for the injury that began the story. */
  readonly dated?: boolean;
  readonly negated: boolean;
  /** The negation trigger, so a qualifier that is the same word is not counted twice. */
  readonly negationUnit?: Unit;
  readonly uncertain: boolean;
  readonly context: MentionContext;
  /** A history trigger or section applies (for findings that are history by nature). */
  readonly historical: boolean;
  /** A form's answer to the mention and where it stands: "Fever: no" (then also `negated`), "Bladder: Y". */
  readonly formAnswer?: { readonly answer: Answer; readonly at: number };
}

/** Tokens a post-negation may reach back over: the finding's own list and copulas. */
const LIST_LINKS = new Set([
  ',', 'and', 'or', '/', '(', ')', '+', '&', 'is', 'are', 'was', 'were', 'has', 'have', 'been', 'be', 'all', 'also', 'completely', 'totally', 'feels', 'feel',
  'seem', 'seems', 'to', 'at', 'in', 'on', 'of', 'now', 'itself', 'themselves', 'entirely', 'quite', 'perfectly', 'otherwise', 'examination', 'exam',
  'testing', 'test', 'tests', 'signs', 'sign', 'symptoms', 'found', 'noted', 'it', "it's", 'they', "they're", 'am', 'being', 'as', 'any', 'felt',
  // Places a finding was felt: "Numbness over big toe gone"; quotation marks: "R leg pain 'completely gone'".
  "'", '"',
  'over', 'around', 'across', 'along', 'down', 'into', 'below', 'above', 'under',
  'remains', 'remain', 'appear', 'appears', 'appeared', 'either', 'my', 'the', 'his', 'her', 'their', 'sx', 'findings', 'finding', 'bilat', 'bilateral',
  'bilaterally', 'left', 'right', 'l', 'r', 'both', 'sides', 'side', 'leg', 'legs', 'function', 'control', 'since', 'then', 'completely', 'largely', 'mostly',
  ':', 'type', 'had', 'fully', 'probably', 'definitely', 'effectively',
  // "CES sx screened: nil", "red flags checked and negative".
  'screened', 'checked', 'asked', 'enquired', 'inquired', 'assessed', 'reviewed', 'explored', 'discussed', 'specifically', 'about', '-', '–', '—',
]);
const PSEUDO_REACH = 3;
/** Post-negations that also deny the word right after them. */
const NEGATIVE_BEFORE = new Set(['negative', 'neg', '-ve']);
const YEAR_REACH = 8;
const POST_REACH = 12;

/** Words before a person named after a finding that make them its owner: "in her mother", "- father". */
const OWNER_AFTER = new Set(['in', 'of', '-', ':', '(', 'by', 'mother', 'father']);
const POSSESSIVE_AFTER = new Set(['in', 'of']);
/** Verbs whose "by" names who acted, not whose the finding is: "IVDU (injects groin), found by friend in bedsit". */
const AGENT_VERBS = new Set(['found', 'seen', 'brought', 'referred', 'accompanied', 'witnessed', 'noticed', 'noted', 'reported', 'called', 'phoned', 'helped', 'driven']);
/** Verbs after a person that make them the one telling: "Clothes hanging off her - daughter estimates a stone down". */
const TELLERS_AFTER = new Set(['says', 'said', 'reports', 'reported', 'estimates', 'thinks', 'feels', 'notes', 'noticed', 'confirms']);
const ownerAfter = (view: SentenceView, person: Unit): boolean =>
  OWNER_AFTER.has(view.norm(person.from - 1)) && !(view.norm(person.from - 1) === 'by' && AGENT_VERBS.has(view.norm(person.from - 2))) && !TELLERS_AFTER.has(view.norm(person.to));

/** Context of a mention whose words run over tokens [from, to). */
export function scopeOf(view: SentenceView, from: number, to: number, section: SectionKind): Scope {
  const clause = view.clause(from);
  let negationUnit: Unit | undefined;
  let uncertain = false;
  // A history word before the mention ("previous", "h/o"), which a new subject ends; a past-history section is not ended.
  let historyBefore = false;
  let historical = false;
  let other = section === 'family';
  let hypothetical = section === 'hypothetical' || section === 'none' || section === 'social' || section === 'medications';
  let presentFrom = -1;

  if (aboutPersonDescribed(view, clause, from) || callerOwnClause(view, clause) || pronounOfRelative(view, clause, from)) other = true;
  if (underWarningHeading(view, from)) hypothetical = true;
  const mention = view.unitAtToken(from);
  const ownStatement = mention !== undefined && view.opensOwnedFinding(mention);
  for (const unit of view.units) {
    if (unit.from >= view.to) break;
    if (view.clause(unit.from) !== clause) continue;
    if (unit.from >= from && unit.to <= to) continue;
    // A person named after the mention owns it only as its place ("breast cancer in her mother", "diabetes - mother"), not as the
    // subject of a later statement ("… his water is slow to start, and his wife has noticed he's not himself").
    if (hasConcept(unit, 'other_person') && ownsFindings(view, unit) && (unit.to <= from || ownerAfter(view, unit) || POSSESSIVE_AFTER.has(view.norm(unit.from - 2))))
      other = true;
    if (unit.to <= from) {
      if (hasConcept(unit, 'subject')) {
        // "My wife has sciatica, and I have back pain": the patient speaking of themselves again.
        // So is the patient named as the subject: "Pt's husband calling — pt has had back pain".
        if ((FIRST_PERSON.has(view.norm(unit.from)) && unit.to - unit.from === 1) || namesPatient(view, unit) || pronounOfPatient(view, unit)) other = section === 'family';
        // A new subject ends what came before it.
        negationUnit = undefined;
        uncertain = false;
        // A subject of the present also ends history: "previous discectomy, now presents with leg pain".
        // So does a subject opening a statement of its own, not in the past: "Status post discectomy, he can't pass urine".
        if (historyBefore && STATEMENT_STARTS.has(view.norm(unit.from - 1)) && !PAST_VERBS.has(view.norm(unit.to))) historyBefore = false;
        if (PRESENT_SUBJECTS.has(view.norm(unit.from))) {
          historyBefore = false;
          presentFrom = unit.from;
        }
      }
      // "could not walk on his heels and his toes scuff": a finding of its own owner after "and" takes no negation before it.
      if (!ownStatement) negationUnit = negationAfter(view, unit, from, negationUnit);
      if (doubts(view, unit, from)) uncertain = true;
      // "worse than pre-op, sweats and rigors": a history word after "than" is a comparison, not the past.
      if (hasDirected(unit, 'history', 'pre') && !opensRecentWindow(view, unit) && !tellsDuration(view, unit) && view.norm(unit.from - 1) !== 'than') historyBefore = true;
      // "previous L4/5 laminectomy, new onset bowel incontinence": what is new is current.
      if (historyBefore && unit.to <= from && newBetween(view, unit.to, from)) historyBefore = false;
      if (hasConcept(unit, 'hypothetical')) hypothetical = true;
    } else if (unit.from >= to) {
      // "doubly incontinent since yesterday, previously continent": a history word that opens a part of its own tells of before.
      if (hasDirected(unit, 'history', 'post') && !opensRecentWindow(view, unit) && !(view.hasComma(to, unit.from) && unit.to < view.to && view.norm(unit.to) !== '.' && view.norm(unit.to) !== ',')) historical = true;
      if (!negationUnit && hasDirected(unit, 'negation', 'post') && !becomes(view, unit) && reachesBack(view, to, unit.from)) negationUnit = unit;
      if (hasDirected(unit, 'uncertain', 'post') && reachesBack(view, to, unit.from)) uncertain = true;
    }
  }
  if (negationUnit && !negationReaches(view, negationUnit, from, to)) negationUnit = undefined;
  // "can't pee properly and my bum feels numb": "and my", ", my" start the patient's next statement.
  if (negationUnit && negationUnit.to <= from && opensOwnStatementBetween(view, negationUnit.to, from)) negationUnit = undefined;
  // "PR exam if retention": a condition, not a finding.
  if (view.norm(from - 1) === 'if') hypothetical = true;
  // "numb bum or can't pee = A&E straight away": what would send the patient to hospital.
  if (sendsToEmergency(view, to)) hypothetical = true;
  // "attend ED if numbness in the saddle area, difficulty passing urine or loss of bowel control": a safety net's conditions.
  if (safetyNetCondition(view, from, to)) hypothetical = true;
  // "S/A: denies": the matcher stepped over the phrase's last, small word.
  // "[ ] hx cancer": a history word opens the label its box answers.
  const historyLead = view.unitAtToken(from - 1);
  const labelFrom = historyLead && hasDirected(historyLead, 'history', 'pre') ? historyLead.from : from;
  const formAnswer =
    view.formAnswerBefore(labelFrom, to) ??
    view.formAnswerAfter(to) ??
    // "cancer hx [ ]": a label's history word stands between it and its box.
    (TRANSPARENT.has(view.norm(to)) || LABEL_HISTORY_WORDS.has(view.norm(to)) ? view.formAnswerAfter(to + 1) : undefined) ??
    answerAfterSite(view, to);
  if (formAnswer?.answer === 'no') negationUnit ??= { from: formAnswer.at, to: formAnswer.at + 1, concepts: [FORM_NO] };
  historical ||= historyBefore || section === 'past';
  const dated = !historical && (mentionsPastYear(view, clause, Math.max(from - YEAR_REACH, presentFrom), from, to) || clauseDatedFrom(view, clause, presentFrom));
  if (dated) historical = true;
  // "No history of ...", "no ... in the past": never having had it is a current negative.
  // Not a lost ability dated long ago, which is the finding itself: "ten years ago I couldn't empty my bladder".
  if (historical && negationUnit && !(dated && LOST_ABILITY.has(view.phrase(negationUnit)))) historical = false;
  const context: MentionContext = other ? 'family' : hypothetical ? 'hypothetical' : historical ? 'historical' : 'current';
  return {
    negated: negationUnit !== undefined,
    ...(negationUnit && { negationUnit }),
    uncertain,
    context,
    historical,
    ...(dated && { dated }),
    ...(formAnswer && { formAnswer }),
  };
}

/** Whether a negation found in the sentence reaches the mention over tokens [from, to), where its words and the list between stop it. */
function negationReaches(view: SentenceView, negation: Unit, from: number, to: number): boolean {
  if (negation.to <= from) {
    // "can't wee properly and numb round my bits", "can't lie flat, constant pain at rest": an inability word is the
    // result of the verb after it, not a denial of a finding further on.
    if (isInability(negation) && !onlyFillerBetween(view, negation.to, from)) return false;
    // "No leaks from my bladder, bowels opening normally, saddle area feels numb though": an item said to be normal
    // ends the list the denial leads, unless the mention stands bare in it ("…, bowels opening normally, saddle anaesthesia or fevers").
    if (normalItemBetween(view, negation.to, from) && !bareItem(view, from, to)) return false;
    // "…, 1 episode of incontinence", "incontinent x2": an event counted happened, whatever a denial further back says.
    if (negation.to < from - 1 && countedEvent(view, from, to)) return false;
    // "Sex life not resumed - reduced sensation in genitals": a spaced dash starts a statement of its own.
    if (view.segment(negation.to - 1) !== view.segment(from) && spacedDashBetween(view, negation.to, from)) return false;
    // "PR: no voluntary squeeze, reduced perianal sensation": an item that opens on its own abnormal result is not denied.
    if (!view.norm(negation.from).startsWith('den') && ownResultOpensItem(view, negation.to, from)) return false;
    // "Hx AF (not anticoagulated), CABG 2012, smoker": a denial inside brackets ends with them.
    if (closesBracketBetween(view, negation.from, from)) return false;
    // "soiled himself and didn't know, bad back for a week": a denial of a verb ends at the comma after it.
    if (DENIED_VERBS.has(view.norm(negation.to)) && view.norm(negation.to + 1) === ',' && negation.to + 1 < from) return false;
    // "went 9 hrs without passing urine, and toilet paper feels odd": "without" and the finding's own verb with its
    // object tell how something happened, up to the comma (unlike "without tingling, weakness, ataxia", a list).
    const verbed = view.phrase(negation) === 'without' && view.norm(negation.to).endsWith('ing') ? view.unitAtToken(negation.to) : undefined;
    if (verbed && verbed.from === negation.to && verbed.to - verbed.from > 1 && hasConcept(verbed, 'finding') && view.hasComma(verbed.to, from)) return false;
  }
  // "The numbness went away but came back yesterday": gone, then back again, is present.
  return !(negation.from >= to && view.recursAfter(negation.to, true));
}

/** The denial in force before a mention at `from` once `unit` is read, given the one in force before it. */
function negationAfter(view: SentenceView, unit: Unit, from: number, current: Unit | undefined): Unit | undefined {
  // A form's "no" answers the label before it ("Fever: no Weight loss: yes"), not the next one.
  if (hasDirected(unit, 'negation', 'pre') && !view.isFormAnswer(unit.from)) {
    // "can't walk to the mailbox without his legs going numb": "without" after an inability says when it happens.
    if (view.norm(unit.from) === 'without' && current && isInability(current)) return undefined;
    // "pain no better, and no improvement in the numbness": a later denial of a change voids the earlier one too.
    return voidedByPseudo(view, unit, from) ? undefined : unit;
  }
  // "Negative frequency, negative incontinence": a review of systems puts "negative" right before what it denies.
  if (unit.to === from && hasDirected(unit, 'negation', 'post') && NEGATIVE_BEFORE.has(view.norm(unit.from))) return unit;
  return current;
}

/** Whether `unit` casts doubt on a mention at `from` after it. */
function doubts(view: SentenceView, unit: Unit, from: number): boolean {
  if (!hasDirected(unit, 'uncertain', 'pre')) return false;
  // "maybe 5 minute", "maybe 100 yards": an approximate number, not a doubt.
  if (view.norm(unit.from) === 'maybe' && startsWithDigit(view.norm(unit.to))) return false;
  // A doubt ends at a spaced dash: "Explained likely peripheral neuropathy - stocking distribution, ankle jerks absent".
  if (spacedDashBetween(view, unit.to, from)) return false;
  // "tingling in the perineum but unsure, bladder ok": a doubt word before a comma doubts what came before it.
  // So does "equivocal," closing an item: "pinprick in saddle area equivocal, anal tone normal".
  if (view.norm(unit.to) === ',' && (hasDirected(unit, 'uncertain', 'post') || hasConcept(unit, 'qualifier'))) return false;
  // "?" is a query only where it stands as one, and only over its own part of the sentence.
  return view.norm(unit.from) !== '?' || (view.isQueryMark(unit.from) && view.segment(unit.from) === view.segment(from));
}

/** Whether a bracket open before `from` closes before `to`: the words from `from` are inside it, and `to` outside. */
function closesBracketBetween(view: SentenceView, from: number, to: number): boolean {
  let opened = false;
  for (let i = from - 1; i >= view.from && i >= from - BRACKET_REACH && !opened; i--) {
    if (view.norm(i) === ')') return false;
    opened = view.norm(i) === '(';
  }
  if (!opened) return false;
  for (let i = from; i < to; i++) if (view.norm(i) === ')') return true;
  return false;
}
/** How far before a denial the bracket that holds it may open. */
const BRACKET_REACH = 4;

/** Verbs a denial may be of, which end it at the comma after them: "didn't know,", "doesn't mind,". */
const DENIED_VERBS = new Set(['know', 'realise', 'realize', 'notice', 'remember', 'care', 'mind', 'think', 'matter', 'say', 'want', 'help', 'work', 'stop', 'sleeping', 'sleep']);

function spacedDashBetween(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (view.norm(i) === '-' && view.segment(i) !== view.segment(i - 1)) return true;
  return false;
}

/** Whether a list item between stands with a word saying it is normal, after a comma ("…, bowels opening normally, …"). */
function normalItemBetween(view: SentenceView, from: number, to: number): boolean {
  let afterComma = false;
  for (let i = from; i < to; i++) {
    if (view.norm(i) === ',') afterComma = true;
    else if (afterComma && conceptOf(view.unitAtToken(i), 'qualifier')?.meaning === 'normal' && view.unitAtToken(i)!.from === i && view.hasComma(i, to)) return true;
  }
  return false;
}

/** Words an item of a list may carry besides its own: "…, or saddle anaesthesia", "…, any fevers". */
const ITEM_WORDS = new Set([',', 'or', 'and', 'any', 'nor', '.', ';', 'the', 'my', 'of']);

/** Whether the mention stands bare in its segment of the list: nothing said about it there but its own words (and its place). */
function bareItem(view: SentenceView, from: number, to: number): boolean {
  const segment = view.segment(from);
  for (let i = view.from; i < view.to; i++) {
    if (view.segment(i) !== segment || (i >= from && i < to) || ITEM_WORDS.has(view.norm(i))) continue;
    const unit = view.unitAtToken(i);
    if (unit && (hasConcept(unit, 'site') || hasConcept(unit, 'finding') || hasConcept(unit, 'ignore'))) continue;
    return false;
  }
  return true;
}

const EPISODES = new Set(['episode', 'episodes', 'bout', 'bouts', 'accident', 'accidents']);
const COUNT = /^(?:[1-9]\d*|x[1-9]\d*|one|two|three|several|few|a)$/;

/** "1 episode of incontinence", "two bouts of", "incontinent x1": a mention counted as events. */
function countedEvent(view: SentenceView, from: number, to: number): boolean {
  if (view.norm(from - 1) === 'of' && EPISODES.has(view.norm(from - 2)) && COUNT.test(view.norm(from - 3))) return true;
  // "incontinent x2", not "x 6 months", which dates a denial ("No episodes of incontinence x 6 months").
  const times = view.norm(to) === 'x' && isDigits(view.norm(to + 1)) ? to + 2 : /^x\d+$/.test(view.norm(to)) ? to + 1 : -1;
  return times >= 0 && !TIME_UNITS.has(view.norm(times));
}

const TIME_UNITS = new Set(['days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'hours', 'hrs', 'yrs', 'wks', 'mths', '/', '/52', '/12', '/7']);

/** "can't", "unable to": a negation that is also the result of what it stands before. */
/** Denials of an ability, which a function's term turns into its loss. */
const LOST_ABILITY = new Set(["couldn't", "can't", 'cannot', 'could not', 'can not', 'unable to', 'not able to', "wasn't able to", 'was unable to']);
const isInability = (negation: Unit): boolean => conceptOf(negation, 'qualifier')?.meaning === 'abnormal';

/**
 * Whether the list item of a mention at `from` opens, just after its comma, on an abnormal result: "…, reduced
 * perianal sensation", or "…, reduced pinprick perianally", whose result is a word of its own phrase.
 */
function ownResultOpensItem(view: SentenceView, after: number, from: number): boolean {
  let comma = from - 1;
  while (comma >= after && view.norm(comma) !== ',') comma--;
  if (comma < after) return false;
  if (comma + 1 === from && FOUND_RESULTS.has(view.norm(from))) return true;
  const unit = view.unitAtToken(comma + 1);
  return unit !== undefined && unit.from === comma + 1 && unit.to <= from && conceptOf(unit, 'qualifier')?.meaning === 'abnormal' && FOUND_RESULTS.has(view.phrase(unit)) &&
    onlyFillerBetween(view, unit.to, from);
}

/** Results an examination finds, which open an item of their own ("…, reduced perianal sensation"), unlike a symptom denied in a list ("…, loss of motor skills"). */
const FOUND_RESULTS = new Set(['reduced', 'decreased', 'diminished', 'absent', 'lax', 'impaired', 'depressed']);

function onlyFillerBetween(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!TRANSPARENT.has(view.norm(i)) && !BARE_NEGATION_GAP.has(view.norm(i))) return false;
  return true;
}

function opensOwnStatementBetween(view: SentenceView, after: number, before: number): boolean {
  for (let i = after + 1; i < before; i++) if (view.opensOwnStatement(i)) return true;
  return false;
}

/** Words that close a heading of advice: "Red flag symptoms explained:", "CES symptoms discussed:". */
const ADVICE_ENDS = new Set(['explained', 'discussed', 'counselled', 'counseled']);

/**
 * "Return precautions: fever, new weakness", "Pt counselled re CES symptoms: urinary retention, saddle numbness":
 * a heading of warnings or advice holds its whole list (not "Coronary risk factors: history of diabetes",
 * which lists the patient's own).
 */
function underWarningHeading(view: SentenceView, from: number): boolean {
  let colon = from - 1;
  while (colon >= view.from && view.norm(colon) !== ':') colon--;
  if (colon < view.from) return false;
  if (ADVICE_ENDS.has(view.norm(colon - 1))) return true;
  return view.units.some((u) => u.to <= colon && hasConcept(u, 'hypothetical') && WARNING_HEADINGS.has(view.phrase(u)));
}

/** A form's "no" acts as a negation after its label. */
const FORM_NO = { kind: 'negation', direction: 'post' } as const;

const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd"]);
/** The patient named as a subject ("pt has had", "the patient reports"), not as the owner of someone ("pt's husband"). */
const PATIENT_SUBJECTS = new Set(['pt', 'patient', 'the patient']);
const namesPatient = (view: SentenceView, unit: Unit): boolean => PATIENT_SUBJECTS.has(view.phrase(unit)) && !view.norm(unit.to).startsWith("'");
const WARNING_HEADINGS = new Set([
  'return precautions', 'precautions', 'warning signs', 'safety net', 'safety netting', 'safety - net', 'safety - netting', 'watch for', 'look out for',
  'watch out for', 'seek medical attention', 'return if', 'call if', 'advice re', 'advised re', 'counselled re',
]);
/** Subjects that speak of now; a history word or a year before them does not reach past them. */
const NEW_WORDS = new Set(['new', 'newly', 'recent', 'recently', 'acute', 'sudden']);
function newBetween(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (NEW_WORDS.has(view.norm(i))) return true;
  return false;
}

/** "numb 'down there' N": a form's label whose symptom is followed by its place, answered after the place. */
function answerAfterSite(view: SentenceView, to: number): ReturnType<SentenceView['formAnswerAfter']> {
  const at = view.norm(to) === "'" || view.norm(to) === '"' ? to + 1 : to;
  const site = view.unitAtToken(at);
  return site !== undefined && site.from === at && hasConcept(site, 'site') ? view.formAnswerAfter(site.to) : undefined;
}

/** Places a safety-net sends a patient to: "= A&E", "means ED". */
const EMERGENCY_PLACES = new Set(['a', 'ae', 'a&e', '999', '911', '111', 'ed', 'er', 'hospital', 'emergency', 'casualty']);
// Not "->": "c/o saddle numbness -> A&E" tells where a patient with it was sent.
const SENDS = new Set(['=', 'means', 'equals']);

/** Whether the sentence after `to` says that what came before means going to hospital: "... = A&E straight away". */
function sendsToEmergency(view: SentenceView, to: number): boolean {
  for (let i = to; i + 1 < view.to; i++)
    if (SENDS.has(view.norm(i)) && EMERGENCY_PLACES.has(view.norm(i + 1)) && (view.norm(i + 1) !== 'a' || view.norm(i + 2) === 'and' || view.norm(i + 2) === '&'))
      return true;
  return false;
}

/** Verbs of seeking care, and what may follow them before the place: "attend ED", "go straight to A&E", "come back". */
const CARE_VERBS = new Set(['attend', 'return', 'come', 'go', 'call', 'ring', 'phone', 'seek', 'contact', 'present', 're-present', 'represent']);
const CARE_LINKS = new Set(['to', 'straight', 'immediately', 'urgently', 'directly', 'the', 'your', 'nearest', 'local', 'an', 'help', 'urgent', 'medical']);
const CARE_PLACES = new Set([...EMERGENCY_PLACES, 'gp', 'doctor', 'help', 'attention', 'advice', 'us', 'ward', 'clinic']);
const CONTRASTS = new Set(['but', 'however', 'although', ';']);
/** History words a form's label may end on: "cancer hx [ ]", "Cancer before: no". */
const LABEL_HISTORY_WORDS = new Set(['hx', 'history', 'before', 'previously', 'ever']);
/** What a condition named after its items says: "(new saddle numbness, loss of bladder control) - return to ED if they occur". */
const LATER_CONDITIONS = new Set(['occur', 'occurs', 'develop', 'develops', 'happen', 'happens', 'arise', 'arises', 'appear', 'appears']);

/** Whether tokens [from, to) tell a patient to seek care: "attend ED", "go straight to A&E", "come back", "call 999". */
function seeksCare(view: SentenceView): boolean {
  for (let i = view.from; i < view.to; i++) {
    if (!CARE_VERBS.has(view.norm(i))) continue;
    let at = i + 1;
    while (at < view.to && at < i + 5 && CARE_LINKS.has(view.norm(at))) at++;
    if (CARE_PLACES.has(view.norm(at))) return true;
    // "come back", "come straight back", "return if": not "go back home".
    if ((view.norm(i) === 'come' && view.norm(at) === 'back') || (view.norm(i) === 'return' && (view.norm(at) === 'if' || at >= view.to))) return true;
  }
  return false;
}

/**
 * A mention that is a condition of a safety net: after "if" or "with any" in a sentence that sends the patient
 * for care ("The GP said if my foot got weaker or I had any numbness in the saddle area I should go straight to
 * A&E", "told to attend ED immediately with any numbness in the saddle area"), or before "if they occur" there
 * ("red flags explained (new saddle numbness, loss of bladder control) - return to ED if they occur"), or before
 * "should prompt return". A finding stated before the condition is the patient's: "saddle numbness - attend ED if worse".
 */
function safetyNetCondition(view: SentenceView, from: number, to: number): boolean {
  let conditionBefore = false;
  for (let i = view.from; i < from; i++) {
    // "… she needs to come back, but I will not start her on steroids": a contrast ends the condition.
    if (CONTRASTS.has(view.norm(i))) conditionBefore = false;
    conditionBefore ||= view.norm(i) === 'if' || (view.norm(i) === 'with' && view.norm(i + 1) === 'any');
  }
  let conditionAfter = false;
  for (let i = to; i < view.to; i++) {
    conditionAfter ||= view.norm(i) === 'if' && LATER_CONDITIONS.has(view.norm(i + 2));
    if (view.norm(i) === 'prompt' && (view.norm(i - 1) === 'should' || view.norm(i + 1) === 'return')) return true;
  }
  return (conditionBefore || conditionAfter) && seeksCare(view);
}

const STATEMENT_STARTS = new Set([',', ';', '.', '-']);
const PAST_VERBS = new Set(['had', 'was', 'were', 'did', 'used', 'needed', 'required', 'underwent']);

/** Subjects of the present, which end a history before them: "had breast cancer in 2016, all clear since, and I've dropped nearly a stone". */
const PRESENT_SUBJECTS = new Set(['now', 'still', 'presents', 'presenting', 'ongoing', "i've", "i'm"]);

/** Words after "in the past" that make it a recent stretch of time, not history: "in the past few months", "in the past 3 weeks". */
const RECENT_WINDOW = new Set(['few', 'several', 'couple', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year']);

/** "3/12 hx of leg pain", "history of 2 weeks of back pain": the usual way a note states how long the illness has lasted. */
function tellsDuration(view: SentenceView, unit: Unit): boolean {
  const before = readDurations(view.tokens, Math.max(view.from, unit.from - 4), unit.from);
  if (before.some((d) => d.to === unit.from)) return true;
  const start = view.norm(unit.to) === 'of' ? unit.to + 1 : unit.to;
  return readDurations(view.tokens, start, Math.min(view.to, start + 4)).some((d) => d.from === start);
}

function opensRecentWindow(view: SentenceView, unit: Unit): boolean {
  if (view.norm(unit.to - 1) !== 'past') return false;
  const next = view.norm(unit.to);
  return RECENT_WINDOW.has(next) || /^\d+[a-z]{0,3}$/.test(next);
}

/**
 * "in 1998", "in 2006": a clause dated in a past year is history. The search
 * starts at `after`: a year before a subject of the present does not date
 * what follows it ("discectomy in 2015 and now my back hurts").
 */
/** "Back in 2018 I had … numbness in my groin area and trouble peeing": a clause that opens on a past year is all of that year. */
function clauseDatedFrom(view: SentenceView, clause: number, presentFrom: number): boolean {
  let start = view.from;
  while (start < view.to && view.clause(start) !== clause) start++;
  if (view.norm(start) === 'back') start++;
  if (view.norm(start) !== 'in' || !/^(19|20)\d\d$/.test(view.norm(start + 1))) return false;
  return presentFrom < start;
}

function mentionsPastYear(view: SentenceView, clause: number, after: number, from: number, to: number): boolean {
  for (let i = Math.max(view.from + 1, after); i < Math.min(view.to, to + YEAR_REACH); i++) {
    const norm = view.norm(i);
    if ((norm.length === 4 || norm.length === 5) && /^(19|20)\d\ds?$/.test(norm) && view.clause(i) === clause) {
      // A year after the mention dates it only if no other finding stands between ("back pain with injuries in the 1960s").
      if (i >= to && findingBetween(view, to, i)) continue;
      const before = view.norm(i - 1);
      if (before === 'in' || before === 'of' || before === ',' || before === 'since') return before !== 'since';
      // "L4/5 discectomy 2016": the year right after what it dates.
      if (i === to) return true;
    }
  }
  return false;
}


/** Whether a finding is named within tokens [from, to). */
function findingBetween(view: SentenceView, from: number, to: number): boolean {
  for (const u of view.units) if (u.from >= from && u.to <= to && hasConcept(u, 'finding')) return true;
  return false;
}

/** "no improvement in ...": the negation is about the improvement. */
function voidedByPseudo(view: SentenceView, trigger: Unit, before: number): boolean {
  let seen = 0;
  for (let i = trigger.to; i < before && seen < PSEUDO_REACH; i++) {
    const unit = view.unitAtToken(i);
    // "denied any visual change, bowel or bladder difficulties": a pseudo word that ends a list item is that item.
    // "Denied any change to bladder/bowel or numbness around the bottom": a change names one item; the list after it is denied.
    if (unit && hasConcept(unit, 'pseudo')) return view.norm(unit.to) !== ',' && !laterItemOfList(view, unit.to, before);
    if (unit && unit.from === i && (hasConcept(unit, 'finding') || hasConcept(unit, 'pain'))) return false;
    const norm = view.norm(i);
    if (norm !== 'any' && norm !== 'much' && norm !== 'real' && norm !== 'significant' && norm !== 'further') seen++;
  }
  return false;
}

/** Whether the mention at `before` is a later item of a list whose first item follows a change ("change to bladder/bowel or numbness"). */
function laterItemOfList(view: SentenceView, after: number, before: number): boolean {
  let item = false;
  for (let i = after; i < before; i++) {
    const unit = view.unitAtToken(i);
    if (unit && (hasConcept(unit, 'finding') || hasConcept(unit, 'pain'))) {
      item = true;
      i = unit.to - 1;
    } else if (item && (view.norm(i) === 'or' || view.norm(i) === 'nor')) return true;
  }
  return false;
}

/** "My legs have gone weak": a resolution word followed by a finding is a change into it, not a resolution. */
function becomes(view: SentenceView, trigger: Unit): boolean {
  const next = view.unitAtToken(trigger.to);
  return next !== undefined && next.from === trigger.to && hasConcept(next, 'finding');
}

const OWN_WORDS = new Set(['my', 'the', 'his', 'her', 'their']);

/**
 * "left leg fine", "my back is fine": a place of its own (with a side, or "my", "the"), and no comma before
 * the well word at `trigger`, is the subject of its own statement.
 */
function sidedPlaceAt(view: SentenceView, i: number, trigger: number): boolean {
  let at = i;
  const owned = OWN_WORDS.has(view.norm(at));
  if (owned) at++;
  const side = view.unitAtToken(at);
  const sided = conceptOf(side, 'side')?.side;
  if (side && (sided === 'left' || sided === 'right')) at = side.to;
  else if (!owned) return false;
  const place = view.unitAtToken(at);
  if (place === undefined || place.from !== at || !hasConcept(place, 'site')) return false;
  for (let j = place.to; j < trigger; j++) if (view.norm(j) === ',') return false;
  return true;
}

/** Whether a post-negation at `trigger` reaches back over tokens [to, trigger) to a mention ending at `to`. */
function reachesBack(view: SentenceView, to: number, trigger: number): boolean {
  if (trigger - to > POST_REACH) return false;
  for (let i = to; i < trigger; i++) {
    // "Right leg pain, left leg fine": a place with its own side after a comma, and then the well word, is its subject.
    if (view.norm(i) === ',' && sidedPlaceAt(view, i + 1, trigger)) return false;
    const unit = view.unitAtToken(i);
    // A neutral term ("bladder", "SLR") between has its own qualifier: the negation is its, not ours.
    if (conceptOf(unit, 'finding')?.mode === 'neutral') return false;
    if (unit && (hasConcept(unit, 'finding') || hasConcept(unit, 'site') || hasConcept(unit, 'side') || hasConcept(unit, 'pain'))) continue;
    // "The right foot drop he had before surgery has fully recovered": a relative clause of who had it, and when.
    if (RELATIVE_HAVERS.has(view.norm(i)) && view.norm(i + 1) === 'had') {
      i++;
      const when = view.unitAtToken(i + 1);
      if (when && hasDirected(when, 'history', 'pre')) i = when.to - 1;
      continue;
    }
    // "the hesitancy from yesterday has gone": when the finding was, said between it and its end.
    if (view.norm(i) === 'from' && WHEN_WORDS.has(view.norm(i + 1))) {
      while (i + 1 < trigger && WHEN_WORDS.has(view.norm(i + 1))) i++;
      continue;
    }
    if (!LIST_LINKS.has(view.norm(i))) return false;
  }
  return true;
}

/** Who had the finding, in a relative clause between it and its end: "the foot drop he had before surgery has recovered". */
const RELATIVE_HAVERS = new Set(['he', 'she', 'i', 'they', 'we', 'you']);

/** Words of a recent time, after "from": "from yesterday", "from last week", "from the other day". */
const WHEN_WORDS = new Set(['yesterday', 'last', 'the', 'other', 'day', 'night', 'week', 'weekend', 'earlier', 'this', 'morning', 'before', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
