/**
 * Which question to ask next: the fixed opening screens first, then the
 * finding with the greatest expected information gain, until no remaining
 * question is likely to change what the person would be told.
 */
import { assessCase } from '../assess.js';
import type { Assessment } from '../case/schema.js';
import { questionFor } from '../knowledge/questions.js';
import { appraise, type Appraisal, type AssessFn } from './gain.js';
import { adaptiveFindings, findingQuestion, fixedQuestions, PREREQUISITES, type Question } from './questions.js';
import { statusOf, toCase, type InterviewState } from './state.js';

export type StopReason = 'settled' | 'exhausted' | 'limit';

export type Next =
  | { readonly done: false; readonly question: Question; readonly appraisal?: Appraisal }
  | { readonly done: true; readonly reason: StopReason; readonly message: string };

export interface NextOptions {
  readonly assess?: AssessFn;
  /** Stop once every remaining question changes the result with less than this probability. */
  readonly settleBelow?: number;
  /** Never ask more than this many questions in all. */
  readonly maxQuestions?: number;
}

/** Tuned on the dev vignettes (scripts/interview-eval.ts); a larger value asks fewer questions. */
export const DEFAULT_SETTLE_BELOW = 0.2;
export const DEFAULT_MAX_QUESTIONS = 20;

export const STOP_MESSAGES: Readonly<Record<StopReason, string>> = {
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

export function nextQuestion(state: InterviewState, options: NextOptions = {}): Next {
  const fixed = fixedQuestions(state.audience).find((q) => !state.asked.includes(q.id));
  if (fixed) return { done: false, question: fixed };
  if (state.asked.length >= (options.maxQuestions ?? DEFAULT_MAX_QUESTIONS)) return stop('limit');

  const candidates = candidateFindings(state);
  if (candidates.length === 0) return stop('exhausted');

  const assess = options.assess ?? ((kase) => assessCase(kase));
  const baseline: Assessment = assess(toCase(state));
  const appraisals = candidates.map((finding) => appraise(state, baseline, finding, assess));
  const settleBelow = options.settleBelow ?? DEFAULT_SETTLE_BELOW;
  if (appraisals.every((a) => a.changeProbability < settleBelow)) return stop('settled');

  const best = appraisals.reduce((a, b) => (b.gain > a.gain ? b : a));
  return { done: false, question: findingQuestion(best.finding, questionFor(best.finding).text), appraisal: best };
}
