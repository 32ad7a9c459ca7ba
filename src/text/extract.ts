/**
 * Free text → evidence. One pass: tokens, sentences, lexicon matches per
 * sentence (a compiled token trie), then the context rules and the
 * attachment of sides, regions, movements and numbers.
 *
 *   extract('LBP 2/52, radiating R leg to dorsum of foot, SLR +ve 30°, EHL 4/5 R, no saddle anaesthesia')
 *   → evidence: back_pain present; leg_pain right [dorsum_foot]; slr_positive right grade 30;
 *     weakness right big_toe_extension grade 4; saddle_anesthesia absent — each with span and words;
 *     durationDays: 14
 */
import type { EvidenceItem } from '../case/schema.js';
import { FINDING_BY_ID, type FindingId, type Side, type Status } from '../knowledge/vocabulary.js';
import { composeSentence, type Draft } from './compose.js';
import { answeringSentence, answerQuestion, isReturnStatement, isTrendStatement, saysGone } from './discourse.js';
import { carriedGradeDraft, ungradedMovement, type UngradedMovement } from './compose/carriedGrades.js';
import { trendsFromEarlierGrades } from './compose/gradeHistory.js';
import { toldAsWorsening } from './compose/storyTrend.js';
import { withoutMinorFalls } from './compose/minorFalls.js';
import { sideLines, type SideLine } from './compose/afterthoughtSide.js';
import type { TrieMatch } from './trie.js';
import { headingSide, isTableRow } from './compose/tableSide.js';
import { reflexRow, speaksOfReflexes } from './compose/reflexSites.js';
import { readDemographics } from './demographics.js';
import { callerIn, proxyWriterIn } from './people.js';
import { readDurations, type DurationReading } from './duration.js';
import { defaultMatcher, firstCarrying, someCarries, type Concept } from './lexicon/index.js';
import { sectionKind, type SectionKind } from './lexicon/sections.js';
import type { MentionContext } from './scope.js';
import { headerColonAt, splitSentences } from './sentences.js';
import { tokenize, type Token } from './tokenize.js';
import { conceptOf, SentenceView } from './view.js';
import { isDigits } from './shapes.js';

export interface ExtractOptions {
  /** The day the text was written, for "since Monday". Without it such phrases count as 7 days. */
  readonly referenceDate?: Date;
}

/** Every mention the extractor read, including the ones that are not evidence (negated history, family, hypothetical). */
export interface Mention {
  readonly finding: FindingId;
  /** `historical`, `family` and `hypothetical` mentions never become evidence. */
  readonly status: Status | Exclude<MentionContext, 'current'>;
  readonly side?: Side;
  readonly span: [number, number];
  readonly words: string;
  /** The sentence the mention is in, as offsets. */
  readonly sentence: [number, number];
}

export interface Extraction {
  /** Evidence items about the patient now, merged: one per finding, side and movement. */
  readonly evidence: EvidenceItem[];
  readonly mentions: Mention[];
  readonly age?: number;
  readonly sex?: 'female' | 'male';
  readonly durationDays?: number;
  readonly onset?: 'sudden' | 'gradual';
}

const PAINS: ReadonlySet<FindingId> = new Set(['back_pain', 'leg_pain', 'shooting_pain', 'burning_pain', 'deep_aching_pain', 'groin_pain']);

const LEG_FINDINGS: ReadonlySet<FindingId> = new Set(['leg_pain', 'shooting_pain', 'burning_pain', 'numbness', 'tingling', 'weakness', 'foot_drop', 'sensory_loss', 'walking_leg_symptoms']);

/** How many words may stand between a duration and the symptom it leads ("1/52 severe thoracic back pain"). */
const MODIFIER_GAP = 3;

/** Sentences that open a text, where a note states the illness's duration when it states it at all. */
const OPENING_SENTENCES = 2;

/** Finding groups whose duration is the duration of "the current symptoms". */
const PRESENTING: ReadonlySet<FindingId> = new Set([
  'back_pain', 'leg_pain', 'shooting_pain', 'burning_pain', 'numbness', 'tingling', 'weakness', 'foot_drop', 'groin_pain', 'bladder_dysfunction',
  'bowel_dysfunction', 'saddle_anesthesia', 'walking_leg_symptoms', 'sensory_loss', 'night_pain', 'fever', 'sexual_dysfunction', 'deep_aching_pain',
  'hip_movement_pain', 'pain_worse_sitting', 'pain_worse_cough_sneeze', 'pain_worse_bending_forward',
]);

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const matcher = defaultMatcher();
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const mentions: Mention[] = [];
  const current: Draft[] = [];
  // The findings of now and of before, in the order written: a movement graded again further on (compose/gradeHistory.ts).
  const graded: Draft[] = [];
  let section: SectionKind = 'current';
  let duration: DurationReading | undefined;
  let durationAboutLeg = false;
  let onset: 'sudden' | 'gradual' | undefined;
  let previousPresent: Draft[] = [];
  // The weakness the sentence before stated, for a story of worse told over two sentences (compose/storyTrend.ts).
  let previousWeak: { index: number; drafts: Draft[] } = { index: -1, drafts: [] };
  // The last sentence's findings said to be gone, which "It came back last night." brings back.
  let previousGone: { draft: Draft; mention: Mention }[] = [];
  // Failing a duration beside a symptom, the first one stated in the current illness ("67M, 3/12 ED ...").
  let firstDuration: DurationReading | undefined;
  // The items of a numbered list opened by "complications include ...:" ("2. Bleeding. 3. Incontinence.") are as hypothetical as it.
  let listSection: SectionKind | undefined;
  let inReflexTable = false;
  // The sides of the legs the note names as places ("tested my right leg three times"), for findings that name none.
  const legSides = new Set<Side>();
  // The side of a table's heading, which its rows of grades take (compose/tableSide.ts).
  let tableSide: Side | undefined;
  // A movement the sentence before named with no result, which a sentence of grades may grade (compose/carriedGrades.ts).
  let carried: UngradedMovement | undefined;
  // Who telephoned about the patient: after them, the relative named is the patient (people.ts).
  const callers = new Set<string>();
  const proxyWriter = sentences[0] && proxyWriterIn(tokens, sentences[0].from, sentences[0].to);
  if (proxyWriter) callers.add(proxyWriter);

  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const sentence = sentences[sentenceIndex]!;
    let from = sentence.from;
    const colon = headerColonAt(text, tokens, from);
    if (colon > 0) {
      section = sectionKind(tokens.slice(from, colon).map((t) => t.norm).filter((n) => n !== '/' && n !== '&' && n !== '-'));
      // A header of no known kind stays part of the sentence: it may be a term ("Sensory: no deficits", "RIGHT LEG SYMPTOMS: none").
      if (section !== 'current') from = colon + 1;
    }
    if (from >= sentence.to) continue;
    if (!numberedItem(tokens, from, sentence.to)) listSection = undefined;
    // "PMH: osteoporosis. Fell from standing this morning.": what happened today is not past history.
    // Once the present is told, the sentences after it are the present too ("c/o back pain 6/52 … Wt down 5kg since summer").
    if (section === 'past' && saysToday(tokens, from, sentence.to)) section = 'current';
    // "SH: smokes 10/d. c/o LBP + L leg pain 2/52": a drug or social history ends where the complaint opens.
    // So does a symptom dated in shorthand: "SH: uses IV heroin. Thoracic/lumbar pain 2/52, feels feverish."
    if ((section === 'social' || section === 'medications') && (opensPresent(tokens, from) || hasSpanShorthand(tokens, from, sentence.to))) section = 'current';
    // "Procedure: L4/5 discectomy 11/06. On discharge still doing ISC QDS.": the state at discharge is the patient's now.
    if ((section === 'none' || section === 'past') && opensDischargeState(tokens, from)) section = 'current';
    const here = listSection ?? section;
    if (!firstDuration && sentenceIndex < OPENING_SENTENCES && here === 'current') firstDuration = readDurations(tokens, from, sentence.to, options.referenceDate)[0];
    // Most sentences of a note name no finding: look before building the full view.
    const units = matcher.scan(tokens, from, sentence.to, requirementsMet);
    // "Reflexes: Knee: L 2+, R 2+." then "Ankle: L absent, R 2+.": a row of the table goes on with its reflexes.
    const row = inReflexTable ? reflexRow(tokens, from, sentence.to) : undefined;
    if (row) units.splice(0, units[0]?.from === row.from ? 1 : 0, row);
    inReflexTable = speaksOfReflexes(units);
    if (opensHypotheticalList(tokens, units, from, sentence.to)) listSection = 'hypothetical';
    const caller = callerIn(tokens, from, sentence.to, units);
    if (caller) callers.add(caller);
    if (isReturnStatement(tokens, from, units)) {
      for (const gone of previousGone) {
        gone.draft.status = 'present';
        (gone.mention as { status: Mention['status'] }).status = 'present';
      }
      previousGone = [];
    }
    const carriedHere = carried;
    carried = undefined;
    // "Physio measured my R ankle lift again today. 3/5 now, was 4/5 last wk.": grades for the movement before,
    // and rows of grades under it ("22/3 (ED) 4/5"), which go on grading it.
    if (carriedHere && here === 'current') {
      const draft = carriedGradeDraft(new SentenceView(text, tokens, from, sentence.to, units.map((m) => ({ from: m.from, to: m.to, concepts: m.values }))), carriedHere);
      if (draft) {
        current.push(draft);
        graded.push(draft);
        mentions.push(mentionOf(draft, text, tokens, [tokens[sentence.from]!.start, tokens[sentence.to - 1]!.end]));
        carried = carriedHere;
        if (!units.some(isRelevant)) continue;
      }
    }
    const heading = headingSide(tokens, from, sentence.to);
    if (heading) tableSide = heading;
    else if (!isTableRow(tokens, from, sentence.to)) tableSide = undefined;
    // "foot floppier today than yest" then, on a line of its own, "left one obvs": the side of the findings before it.
    const apart = here === 'current' ? sidesSaidApart(text, tokens, from, sentence.to, units) : NO_SIDE_LINES;
    if (apart[0]?.from === from) for (const d of previousPresent) if (d.side === undefined && FINDING_BY_ID.get(d.finding)?.lateral) d.side = apart[0].side;
    if (!units.some(isRelevant) && !isActivityStatement(units) && !isTrendStatement(tokens, from, sentence.to, units)) continue;
    const view = new SentenceView(text, tokens, from, sentence.to, units.map((m) => ({ from: m.from, to: m.to, concepts: m.values })));
    view.callers = callers;
    const { drafts, orphanTrend, orphanOfPain } = composeSentence(view, here);
    // Not a leg said to be well: "My left leg is fine."
    if (here === 'current') for (const side of sidesOfLegs(view)) if (!drafts.some((d) => d.side === side && d.status === 'absent')) legSides.add(side);
    for (const line of apart) for (const d of drafts) if (d.to <= line.from && d.side === undefined && d.status === 'present' && FINDING_BY_ID.get(d.finding)?.lateral) d.side = line.side;
    // An examination of one side grades it normal too ("Hip ext 5 5 5" under "MMT trend (R):").
    if (tableSide) for (const d of drafts) if (d.side === undefined && FINDING_BY_ID.get(d.finding)?.lateral) d.side = tableSide;
    answerQuestion(drafts, tokens, from, sentence.to, answeringSentence(tokens, sentences, sentenceIndex, text));
    // "I had breast cancer 5 years ago": a duration that dates a risk factor is not the illness's.
    if (firstDuration && firstDuration.from >= from && firstDuration.from < sentence.to && datesOtherFinding(firstDuration, drafts)) firstDuration = undefined;
    const sentenceSpan: [number, number] = [tokens[sentence.from]!.start, tokens[sentence.to - 1]!.end];
    const gone: { draft: Draft; mention: Mention }[] = [];
    if (here === 'current') carried = ungradedMovement(view, drafts);
    for (const draft of drafts) {
      const mention = mentionOf(draft, text, tokens, sentenceSpan);
      mentions.push(mention);
      if (draft.context === 'current') current.push(draft);
      if (draft.context === 'current' || draft.context === 'historical') graded.push(draft);
      if (draft.context === 'current' && draft.status === 'absent' && saysGone(view)) gone.push({ draft, mention });
    }
    previousGone = gone;
    // "At first I could still do my calf raises, but by last week I couldn't push up onto my tiptoes": worse, told as a story.
    const weak = drafts.filter((d) => d.context === 'current' && d.status === 'present' && (d.finding === 'weakness' || d.finding === 'foot_drop'));
    const weakBefore = previousWeak.index === sentenceIndex - 1 ? previousWeak.drafts : [];
    if (weak.length + weakBefore.length > 0 && toldAsWorsening(tokens, storyStart(sentences, sentenceIndex), sentence.to, sentences[sentenceIndex - 1]?.from ?? from))
      for (const d of [...weakBefore, ...weak]) d.trend ??= 'worsening';
    previousWeak = { index: sentenceIndex, drafts: weak };
    if (orphanTrend) for (const d of previousPresent) if (!orphanOfPain || PAINS.has(d.finding)) d.trend ??= orphanTrend;
    const present = drafts.filter((d) => d.context === 'current' && d.status === 'present');
    if (present.length > 0) previousPresent = present;
    const presenting = present.filter((d) => PRESENTING.has(d.finding));
    if (presenting.length > 0 && here !== 'past' && here !== 'family' && here !== 'hypothetical') {
      const near = firstDurationNear(view, presenting, drafts, options.referenceDate);
      // The leg symptoms' duration is the illness's: "two years of back ache; a month ago a much stronger pain ran down my leg".
      const aboutLeg = near !== undefined && presenting.some((d) => LEG_FINDINGS.has(d.finding) && view.clause(d.from) === view.clause(near.from));
      // A later, shorter duration replaces an earlier one only when it dates a start ("a month ago a stronger pain started").
      const datesStart = near !== undefined && startsIn(view, view.clause(near.from));
      if (near && (!duration || (aboutLeg && datesStart && (!durationAboutLeg || near.days < duration.days)))) {
        if (!duration || !durationAboutLeg) {
          duration = near;
          durationAboutLeg = aboutLeg;
        } else if (near.days < duration.days) duration = near;
      }
      onset ??= onsetIn(view);
    }
  }

  trendsFromEarlierGrades(graded, tokens);
  const demographics = readDemographics(text, tokens);
  return {
    evidence: mergeEvidence(withoutMinorFalls(withoutSyndromeNames(current), tokens, demographics.age), text, tokens, legSides),
    mentions,
    ...(demographics.age !== undefined && { age: demographics.age }),
    ...(demographics.sex && { sex: demographics.sex }),
    ...((duration ?? firstDuration) && { durationDays: (duration ?? firstDuration)!.days }),
    ...(onset && { onset }),
  };
}

const TODAY_WORDS = new Set(['today', 'tonight', 'yesterday']);
const TODAY_PHRASES = new Set(['this morning', 'this afternoon', 'this evening', 'last night', 'this am', 'this pm', 'last week', 'this week', 'on discharge', 'at discharge', 'on admission', 'on examination', 'in ed', 'at triage',
  // "PMH: mastectomy 2016. Daughter says her clothes are hanging off her": a relative's report is of now.
  'daughter says', 'son says', 'wife says', 'husband says', 'partner says', 'daughter reports', 'wife reports', 'husband reports', 'family report', 'family says', 'carer says', 'carer reports']);

/** Denominators of a duration in shorthand: days (/7), weeks (/52). */
const CURRENT_SPANS = new Set(['7', '52']);

/** "On discharge", "At d/c": the opening of a summary's state at discharge. */
function opensDischargeState(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from]?.norm;
  if (first !== 'on' && first !== 'at') return false;
  const second = tokens[from + 1]?.norm;
  return second === 'discharge' || (second === 'd' && tokens[from + 2]?.norm === '/' && tokens[from + 3]?.norm === 'c');
}

/** Words that open a sentence of the present after a past history: "Now 4/52 L leg pain", "New LBP, worst 2-4 am" (and "c/o", read apart). */
// A report opening its sentence is of now: "PMH: prostate Ca 2014. Says he's lost weight".
// So does an examination: "PMH: HF, AF, DM. Power DF 4/5.", "O/E SLR 30 L".
const PRESENT_OPENERS = new Set(['now', 'new', 'presents', 'presenting', 'currently', 'today', 'says', 'reports', 'complains', 'states', 'describes', 'power', 'reflexes', 'examination', 'exam', 'slr', 'gait']);

const opensPresent = (tokens: readonly Token[], from: number): boolean =>
  PRESENT_OPENERS.has(tokens[from]?.norm ?? '') || (tokens[from + 1]?.norm === '/' && ((tokens[from]?.norm === 'c' && tokens[from + 2]?.norm === 'o') || (tokens[from]?.norm === 'o' && tokens[from + 2]?.norm === 'e')));

/** "2/52", "5/7": a duration in days or weeks as notes write it. */
function hasSpanShorthand(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i + 2 < to; i++) if (tokens[i + 1]!.norm === '/' && isDigits(tokens[i]!.norm, 1, 2) && CURRENT_SPANS.has(tokens[i + 2]!.norm)) return true;
  return false;
}

function saysToday(tokens: readonly Token[], from: number, to: number): boolean {
  // "PMH: discectomy 2012, resolved. Now 4/52 L leg pain ...": a sentence that opens with "now" is the present;
  // so is one that opens with the current illness's duration ("5/7 severe LBP, rigors at home").
  if (opensPresent(tokens, from)) return true;
  if (isDigits(tokens[from]?.norm ?? '', 1, 2) && tokens[from + 1]?.norm === '/' && CURRENT_SPANS.has(tokens[from + 2]?.norm ?? '')) return true;
  // "PMH: melanoma 2016. 59F, 6 wks mid and low back pain": the patient introduced by age and sex opens the present illness.
  if (/^\d{1,3}(?:m|f|yo|yom|yof)$/.test(tokens[from]?.norm ?? '')) return true;
  for (let i = from; i < to; i++) {
    const norm = tokens[i]!.norm;
    if (TODAY_WORDS.has(norm) || (i + 1 < to && TODAY_PHRASES.has(`${norm} ${tokens[i + 1]!.norm}`))) return true;
  }
  return false;
}

const LIST_NUMBER = /^\d{1,2}$/;

/** ",2. Bleeding.", "3) Incontinence": a sentence that is an item of a numbered list. */
function numberedItem(tokens: readonly Token[], from: number, to: number): boolean {
  const at = tokens[from]?.norm === ',' ? from + 1 : from;
  const mark = tokens[at + 1]?.norm;
  return at + 1 < to && LIST_NUMBER.test(tokens[at]!.norm) && (mark === '.' || mark === ')');
}

/** "The risks include, but are not limited to: 1. Infection.": a hypothetical before a colon that opens a numbered list. */
function opensHypotheticalList(tokens: readonly Token[], units: readonly { to: number; values: readonly { kind: string }[] }[], from: number, to: number): boolean {
  // Few sentences hold a hypothetical: find it before looking for the colon (units are in order, so the first ends first).
  const hypothetical = firstCarrying(units, 'hypothetical');
  if (!hypothetical) return false;
  for (let colon = from; colon < to; colon++) if (tokens[colon]!.norm === ':') return colon >= hypothetical.to && numberedItem(tokens, colon + 1, to);
  return false;
}

/**
 * How many sentences before a weakness its story may begin: "Two weeks ago he could still get up the stairs normally.
 * Last week he started needing the banister. Today his left knee gave way twice." (compose/storyTrend.ts)
 */
const STORY_SENTENCES = 2;
const storyStart = (sentences: readonly { from: number }[], index: number): number => sentences[Math.max(0, index - STORY_SENTENCES)]!.from;

/** The sides a sentence names of a leg as a place: "my right leg", "L ankle", "the left foot". */
function sidesOfLegs(view: SentenceView): Side[] {
  const sides: Side[] = [];
  for (const unit of view.units) {
    if (conceptOf(unit, 'site')?.site !== 'leg') continue;
    const side = view.sideAt(unit.from - 1) ?? view.sideAt(unit.from - 2);
    if (side) sides.push(side);
  }
  return sides;
}

const NO_SIDE_LINES: readonly SideLine[] = [];

/** The lines of a sentence that say a side of the findings before them, not the heading of the leg findings after them. */
function sidesSaidApart(text: string, tokens: readonly Token[], from: number, to: number, units: readonly TrieMatch<Concept>[]): readonly SideLine[] {
  const lines = sideLines(text, tokens, from, to);
  return lines.length === 0 ? NO_SIDE_LINES : lines.filter((line) => line.pointsBack || !units.some((u) => u.from >= line.to && leadsLegFinding(u)));
}

/** A unit that names a finding of one leg: what a side on the line before it heads. */
const leadsLegFinding = (match: { values: readonly { kind: string; targets?: readonly { finding: FindingId }[] }[] }): boolean =>
  match.values.some((c) => c.kind === 'finding' && (c.targets ?? []).some((t) => FINDING_BY_ID.get(t.finding)?.lateral));

/** A unit that can start a finding: a term, a pain word, a site of the back, leg, saddle or groin (activities need one of these), or a side named as a place ("my right side is fine"). */
function isRelevant(match: { from: number; to: number; values: readonly { kind: string; site?: string }[] }): boolean {
  for (const c of match.values) if (c.kind === 'finding' || c.kind === 'pain' || c.kind === 'measure' || (c.kind === 'site' && c.site !== 'other') || (c.kind === 'side' && match.to - match.from === 2)) return true;
  return false;
}
/**
 * A phrase that counts only beside a word of its sentence ("wet the bed" with "I" or "last night", "no tone" in a
 * rectal examination) is not read at all without one, so that its words are read as they otherwise would be.
 */
/** Each phrase's needed words as a set, made once: one pass over the sentence then checks them all. */
const requiredSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function requirementsMet(concepts: readonly Concept[], tokens: readonly Token[], from: number, to: number): boolean {
  for (const c of concepts) {
    if (c.kind !== 'finding' || !c.requires) return true;
    let needed = requiredSets.get(c.requires);
    if (!needed) {
      needed = new Set(c.requires);
      requiredSets.set(c.requires, needed);
    }
    for (let i = from; i < to; i++) if (needed.has(tokens[i]!.norm)) return true;
  }
  return false;
}

/** "Coughing or straining makes it worse": an activity with what it does, about the pain of the sentence before. */
function isActivityStatement(matches: readonly { values: readonly { kind: string; strong?: boolean }[] }[]): boolean {
  if (!someCarries(matches, 'activity')) return false;
  for (const m of matches) for (const c of m.values) if ((c.kind === 'aggravates' && c.strong) || c.kind === 'eases') return true;
  return false;
}

function firstDurationNear(
  view: SentenceView,
  presenting: readonly Draft[],
  drafts: readonly Draft[],
  referenceDate: Date | undefined,
): DurationReading | undefined {
  const readings = readDurations(view.tokens, view.from, view.to, referenceDate);
  const clauses = new Set(presenting.map((d) => view.clause(d.from)));
  // The leg's own duration first: "back pain for years but the leg pain is new, three weeks".
  const legClauses = new Set(presenting.filter((d) => LEG_FINDINGS.has(d.finding)).map((d) => view.clause(d.from)));
  const ours = readings.filter((r) => !datesOtherFinding(r, drafts));
  return ours.find((r) => legClauses.has(view.clause(r.from))) ?? ours.find((r) => clauses.has(view.clause(r.from))) ?? ours[0];
}

/**
 * The finding nearest a duration is what it dates: "breast cancer 5 years ago, and now my back hurts" dates
 * the cancer, not the back pain. An injury dates the illness it began ("fell 3 weeks ago, back pain since");
 * nothing about another person or a past episode dates it.
 */
function datesOtherFinding(reading: DurationReading, drafts: readonly Draft[]): boolean {
  // "IVDU, 1/52 severe back pain": a duration just before a symptom, as its modifier, is the symptom's.
  if (drafts.some((d) => d.context === 'current' && PRESENTING.has(d.finding) && d.from >= reading.to && d.from - reading.to <= MODIFIER_GAP)) return false;
  let nearest: Draft | undefined;
  let nearestDistance = Infinity;
  for (const d of drafts) {
    const distance = d.to <= reading.from ? reading.from - d.to : d.from >= reading.to ? d.from - reading.to : 0;
    if (distance < nearestDistance) [nearest, nearestDistance] = [d, distance];
  }
  if (nearest === undefined) return false;
  // "My husband had sciatica for 3 years": someone else's, or a past episode's, duration.
  if (nearest.context !== 'current') return true;
  return !PRESENTING.has(nearest.finding) && nearest.finding !== 'trauma';
}

const START_WORDS = new Set(['started', 'start', 'starting', 'began', 'begun', 'begin', 'since', 'developed', 'onset', 'came', 'appeared', 'got', 'new']);
function startsIn(view: SentenceView, clause: number): boolean {
  for (let i = view.from; i < view.to; i++) if (view.clause(i) === clause && START_WORDS.has(view.norm(i))) return true;
  return false;
}

function onsetIn(view: SentenceView): 'sudden' | 'gradual' | undefined {
  for (const unit of view.units) {
    const onset = conceptOf(unit, 'onset');
    if (onset) return onset.onset;
  }
  return undefined;
}

/** The mention a draft makes, with its words and sentence as offsets into the text. */
function mentionOf(draft: Draft, text: string, tokens: readonly Token[], sentence: [number, number]): Mention {
  return {
    finding: draft.finding,
    status: draft.context === 'current' ? draft.status : draft.context,
    ...(draft.side && { side: draft.side }),
    span: [tokens[draft.from]!.start, tokens[draft.to - 1]!.end],
    words: text.slice(tokens[draft.from]!.start, tokens[draft.to - 1]!.end),
    sentence,
  };
}

// ---------------------------------------------------------------------------
// Merging mentions into evidence

const STATUS_RANK: Record<Status, number> = { present: 3, absent: 2, unknown: 1 };
const LOWEST_GRADE: ReadonlySet<FindingId> = new Set(['weakness', 'slr_positive', 'walking_leg_symptoms']);
/** The leg findings whose side, when only one is named among them, is the side of every unsided finding stated. */
const SIDE_SOURCES: ReadonlySet<FindingId> = new Set([
  'leg_pain', 'shooting_pain', 'burning_pain', 'deep_aching_pain', 'numbness', 'tingling', 'weakness', 'foot_drop', 'sensory_loss', 'slr_positive',
  'knee_reflex_reduced', 'ankle_reflex_reduced', 'hamstring_reflex_reduced', 'femoral_stretch_positive', 'groin_pain', 'hip_movement_pain',
]);

/** What a note may say of the cauda equina in its own words, beside or instead of the syndrome's name. */
const CAUDA_EQUINA_FEATURES: ReadonlySet<FindingId> = new Set([
  'bladder_dysfunction', 'bowel_dysfunction', 'saddle_anesthesia', 'sexual_dysfunction', 'perianal_sensation_reduced', 'anal_tone_reduced', 'post_void_residual',
]);

/**
 * "Acute urinary retention ... now saddle anaesthesia. Imp: CES": a note that states the features itself is read
 * by them, and the syndrome's name adds none it did not state (a bowel it never mentioned). A note that only
 * names the syndrome ("Imp: CES.", "? CES") keeps it as its features.
 */
function withoutSyndromeNames(drafts: readonly Draft[]): readonly Draft[] {
  if (!drafts.some((d) => d.syndrome)) return drafts;
  const featured = drafts.some((d) => !d.syndrome && CAUDA_EQUINA_FEATURES.has(d.finding));
  return featured ? drafts.filter((d) => !d.syndrome) : drafts;
}

function mergeEvidence(drafts: readonly Draft[], text: string, tokens: readonly { start: number; end: number }[], legSides: ReadonlySet<Side>): EvidenceItem[] {
  // One side named for every sided finding: unsided present ones get it ("L buttock pain shooting down leg", "My left hip … pain deep in the groin").
  // With no finding sided, the one leg the note names as a place: "My physio has now tested my right leg three times. … lifting my big toe was 4 out of 5".
  const lateral = (d: Draft): boolean => FINDING_BY_ID.get(d.finding)?.lateral === true;
  const sides = new Set(drafts.filter((d) => d.side && SIDE_SOURCES.has(d.finding) && d.status === 'present').map((d) => d.side));
  const named = sides.size > 0 ? sides : legSides;
  const onlySide = named.size === 1 ? [...named][0] : undefined;
  // Only findings stated: a denial with no side ("no numbness", "power 5/5") covers both legs.
  if (onlySide && onlySide !== 'both') for (const d of drafts) if (!d.side && d.status === 'present' && lateral(d)) d.side = onlySide;

  const merged = new Map<string, Draft>();
  for (const draft of drafts) {
    const spec = FINDING_BY_ID.get(draft.finding);
    if (!spec) continue;
    const key = `${draft.finding}|${spec.lateral ? (draft.side ?? '') : ''}|${draft.movement ?? ''}`;
    const held = merged.get(key);
    if (!held) {
      merged.set(key, { ...draft, ...(draft.regions && { regions: [...draft.regions] }) });
      continue;
    }
    if (STATUS_RANK[draft.status] > STATUS_RANK[held.status]) {
      merged.set(key, { ...draft, ...(draft.regions && { regions: [...draft.regions] }), ...(held.trend && !draft.trend && { trend: held.trend }) });
      continue;
    }
    if (draft.status !== held.status) continue;
    if (draft.regions) held.regions = [...new Set([...(held.regions ?? []), ...draft.regions])];
    // The same movement of the same leg graded again further on, lower or higher: a note telling the change over time
    // ("Day 1 in ED: L EHL 4/5. Today: L EHL 2/5"), which no sentence says by itself.
    if (draft.movement && draft.grade !== undefined && held.grade !== undefined && draft.grade !== held.grade && !draft.trend && held.trend !== 'worsening')
      held.trend = draft.grade < held.grade ? 'worsening' : 'improving';
    if (draft.grade !== undefined)
      held.grade = held.grade === undefined ? draft.grade : LOWEST_GRADE.has(draft.finding) ? Math.min(held.grade, draft.grade) : Math.max(held.grade, draft.grade);
    if (draft.trend === 'worsening' || (draft.trend && !held.trend)) held.trend = draft.trend;
  }

  const items = [...merged.values()];
  movementsFollowWeakness(items);
  footDropFollowsWeakness(items);
  liftingWeaknessFollowsFootDrop(items);
  const presentSides = new Map<string, Set<string>>();
  for (const d of items) if (d.status === 'present') presentSides.set(`${d.finding}|${d.movement ?? ''}`, (presentSides.get(`${d.finding}|${d.movement ?? ''}`) ?? new Set()).add(d.side ?? ''));
  return items
    .filter((d) => {
      const present = presentSides.get(`${d.finding}|${d.movement ?? ''}`);
      if (!present) return true;
      // Present wins over an absent or unsure mention that covers it (no side, or both sides).
      if (d.status !== 'present') return !(d.side === undefined || d.side === 'both' || present.has(d.side));
      // An unsided present mention adds nothing beside a sided one.
      return !(d.side === undefined && [...present].some((s) => s !== ''));
    })
    .sort((a, b) => a.from - b.from)
    .map((d) => toEvidence(d, text, tokens));
}

/**
 * "2 wk progressive bilateral leg weakness ... hip flexors 4-/5 bilat": the graded movements of a leg getting weaker get
 * weaker with it. So do the other weak movements of a leg one of whose movements is getting weaker ("Weakness started in
 * the L big toe last week, by Tuesday the whole foot was hard to lift … O/E: L EHL 1/5, DF 2/5"): one deficit spreading.
 */
function movementsFollowWeakness(items: Draft[]): void {
  for (const worse of items) {
    if (worse.finding !== 'weakness' || worse.status !== 'present' || worse.trend !== 'worsening') continue;
    for (const d of items) {
      if (d.finding !== 'weakness' || !d.movement || d.status !== 'present' || d.trend !== undefined) continue;
      const sameLeg = worse.movement ? worse.side !== undefined && (d.side === worse.side || worse.side === 'both') : !worse.side || d.side === worse.side || worse.side === 'both' || !d.side;
      if (sameLeg) d.trend = 'worsening';
    }
  }
}

/** The movements whose loss is a foot drop. */
const LIFTING_MOVEMENTS: ReadonlySet<string | undefined> = new Set([undefined, 'ankle_dorsiflexion', 'big_toe_extension']);

/** "Ankle DF 2/5 today vs 4/5 at IA ... toes slap down": a foot drop worsens with the weakness of lifting the foot on its leg. */
function footDropFollowsWeakness(items: Draft[]): void {
  for (const drop of items) {
    if (drop.finding !== 'foot_drop' || drop.status !== 'present' || drop.trend !== undefined) continue;
    const worse = items.some(
      (d) => d.finding === 'weakness' && d.status === 'present' && d.trend === 'worsening' && LIFTING_MOVEMENTS.has(d.movement) && (!d.side || !drop.side || d.side === drop.side || d.side === 'both'),
    );
    if (worse) drop.trend = 'worsening';
  }
}

/** "Progressive L foot drop over 48h, TA 1/5": the weakness of lifting the foot on its leg worsens with the foot drop. */
function liftingWeaknessFollowsFootDrop(items: Draft[]): void {
  for (const drop of items) {
    if (drop.finding !== 'foot_drop' || drop.status !== 'present' || drop.trend !== 'worsening') continue;
    for (const d of items)
      if (d.finding === 'weakness' && d.status === 'present' && d.trend === undefined && d.movement && LIFTING_MOVEMENTS.has(d.movement) && (!d.side || !drop.side || d.side === drop.side))
        d.trend = 'worsening';
  }
}

function toEvidence(d: Draft, text: string, tokens: readonly { start: number; end: number }[]): EvidenceItem {
  const spec = FINDING_BY_ID.get(d.finding)!;
  const start = tokens[d.from]!.start;
  const end = tokens[d.to - 1]!.end;
  const item: EvidenceItem = { finding: d.finding, status: d.status, source: 'text', span: [start, end], words: text.slice(start, end) };
  if (spec.lateral && d.side) item.side = d.side;
  if (spec.regions && d.regions && d.regions.length > 0) item.regions = d.regions;
  if (spec.movement && d.movement) item.movement = d.movement;
  if (spec.grade && d.grade !== undefined && d.grade >= spec.grade.min && d.grade <= spec.grade.max && (spec.grade.unit !== 'mrc' || Number.isInteger(d.grade)))
    item.grade = d.grade;
  if (d.trend) item.trend = d.trend;
  return item;
}
