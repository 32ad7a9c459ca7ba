/**
 * Which question to ask next: the fixed opening screens first, then the
 * finding with the greatest expected information gain, until no remaining
 * question is likely to change what the person would be told.
 */
import { assessEvidence } from '../assessEvidence.js';
import type { Assessment } from '../case/schema.js';
import { questionFor } from '../knowledge/questions.js';
import { appraise, type Appraisal, type AssessFn } from './gain.js';
import { adaptiveFindings, findingQuestion, fixedQuestions, PREREQUISITES, type Question } from './questions.js';
import { statusOf, toCase, type InterviewState } from './state.js';

export type StopReason = 'emergency' | 'settled' | 'exhausted' | 'limit';

export type Next =
  | { readonly done: false; readonly question: Question; readonly appraisal?: Appraisal }
  | { readonly done: true; readonly reason: StopReason; readonly message: string };

export interface NextOptions {
  readonly assess?: AssessFn;
  /** Stop once every remaining question changes the result with less than this probability. */
  readonly settleBelow?: number;
  /** …and changes the triage level with less than this (smaller: the level decides what to do now). */
  readonly settleTriageBelow?: number;
  /** Never ask more than this many questions in all. */
  readonly maxQuestions?: number;
}

/** Chosen on the dev vignettes (`sciatrace interview --replay ../shared/vignettes/dev.jsonl`): a larger value asks fewer questions. */
export const DEFAULT_SETTLE_BELOW = 0.12;
export const DEFAULT_SETTLE_TRIAGE_BELOW = 0.02;
export const DEFAULT_MAX_QUESTIONS = 20;

export const STOP_MESSAGES: Readonly<Record<StopReason, string>> = {
  emergency: 'Your answers already mean you need emergency care, so there is nothing more to ask: go now.',
  settled: 'More questions would not change the result, so here it is.',
  exhausted: 'There are no more questions to ask.',
  limit: 'That is enough questions for now; here is the result.',
};

const stop = (reason: StopReason): Next => ({ done: true, reason, message: STOP_MESSAGES[reason] });

/** The findings still worth asking about: not yet asked, and not following on from a "no". */
export function candidateFindings(state: InterviewState) {
  return adaptiveFindings(state.audience).filter((finding) => {
    if (statusOf(state, finding) !== 'unasked') return false;
    const prerequisite = PREREQUISITES[finding];
    return !prerequisite || statusOf(state, prerequisite) !== 'absent';
  });
}

/**
 * How likely the next question is to get a yes or a no rather than "I don't
 * know", from this person's answers so far (Laplace's rule of succession).
 * A question that would change the result only helps if it gets answered.
 */
export function answerRate(state: InterviewState): number {
  const answered = state.evidence.filter((item) => item.status !== 'unknown');
  const known = new Set(answered.map((item) => item.finding)).size;
  const asked = new Set(state.evidence.map((item) => item.finding)).size;
  return (known + 1) / (asked + 2);
}

/** A long time ago: symptoms this old are not "recent" under any triage rule. */
const LONG_STANDING_DAYS = 3650;

/**
 * Emergency is the top level and present findings only ever raise the level,
 * so once the answers give an emergency no further yes or no can lower it.
 * The one thing that can is the duration (a long-standing symptom is not
 * "recent"), so while it is unknown the emergency must also hold for
 * long-standing symptoms.
 */
function settledEmergency(state: InterviewState, baseline: Assessment, assess: AssessFn): boolean {
  if (baseline.triage.level !== 'emergency') return false;
  if (state.about.durationDays !== undefined) return true;
  return assess({ ...toCase(state), durationDays: LONG_STANDING_DAYS }).triage.level === 'emergency';
}

export function nextQuestion(state: InterviewState, options: NextOptions = {}): Next {
  const fixed = fixedQuestions(state.audience).find((q) => !state.asked.includes(q.id));
  const assess = options.assess ?? ((kase) => assessEvidence(kase));
  const baseline: Assessment = assess(toCase(state));
  if (settledEmergency(state, baseline, assess)) return stop('emergency');
  if (fixed) return { done: false, question: fixed };
  if (state.asked.length >= (options.maxQuestions ?? DEFAULT_MAX_QUESTIONS)) return stop('limit');

  const candidates = candidateFindings(state);
  if (candidates.length === 0) return stop('exhausted');

  const appraisals = candidates.map((finding) => appraise(state, baseline, finding, assess));
  const settleBelow = options.settleBelow ?? DEFAULT_SETTLE_BELOW;
  const settleTriageBelow = options.settleTriageBelow ?? DEFAULT_SETTLE_TRIAGE_BELOW;
  const rate = answerRate(state);
  const settled = (a: Appraisal) => a.changeProbability * rate < settleBelow && a.triageChangeProbability * rate < settleTriageBelow;
  if (appraisals.every(settled)) return stop('settled');

  const best = appraisals.reduce((a, b) => (b.gain > a.gain ? b : a));
  return { done: false, question: findingQuestion(best.finding, questionFor(best.finding).text), appraisal: best };
}
