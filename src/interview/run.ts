/**
 * Runs a whole interview against a source of answers (a person at a prompt,
 * or a case being replayed), returning the answers and why it stopped.
 */
import { assessEvidence } from '../assessEvidence.js';
import type { Assessment } from '../case/schema.js';
import type { Audience } from '../knowledge/questions.js';
import { nextQuestion, type NextOptions, type StopReason } from './next.js';
import type { Question } from './questions.js';
import { answer, startInterview, toCase, type Answer, type InterviewState } from './state.js';

export interface InterviewResult {
  readonly state: InterviewState;
  readonly questions: readonly Question[];
  readonly reason: StopReason;
  readonly assessment: Assessment;
}

export function runInterview(
  respond: (question: Question, state: InterviewState) => Answer,
  audience: Audience = 'person',
  options: NextOptions = {},
): InterviewResult {
  let state = startInterview(audience);
  const questions: Question[] = [];
  for (;;) {
    const next = nextQuestion(state, options);
    if (next.done) {
      return { state, questions, reason: next.reason, assessment: (options.assess ?? assessEvidence)(toCase(state)) };
    }
    questions.push(next.question);
    state = answer(state, next.question, respond(next.question, state));
  }
}
