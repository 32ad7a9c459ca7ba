/** The adaptive interview (core: no Node built-ins, shared by the web app and the terminal). */
export { ABOUT, BODY_MAP_FINDINGS, fixedQuestions, adaptiveFindings, PREREQUISITES, type Question } from './questions.js';
export { startInterview, answer, toCase, statusOf, type About, type Answer, type InterviewState } from './state.js';
export { nextQuestion, candidateFindings, answerRate, STOP_MESSAGES, DEFAULT_SETTLE_BELOW, DEFAULT_SETTLE_TRIAGE_BELOW, type Next, type NextOptions, type StopReason } from './next.js';
export { appraise, predictiveYes, hypotheticalYes, symptomSide, type Appraisal, type AssessFn } from './gain.js';
export { headline } from './summary.js';
export { answerFromCase } from './replay.js';
export { runInterview, type InterviewResult } from './run.js';
export { replayCase, replayCases, fixedQuestionnaire, type ReplayRow, type ReplaySummary } from './evaluate.js';
