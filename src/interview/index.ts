/**
 * The adaptive interview (core: no Node built-ins, shared by the web app and the terminal). Replaying vignettes through
 * it (./evaluate.ts) is imported from its own module: it assesses cases with text, so through this barrel it would bring
 * the free-text extractor's lexicon into the web app's first page.
 */
export { ABOUT, BODY_MAP_FINDINGS, fixedQuestions, adaptiveFindings, PREREQUISITES, type Question } from './questions.js';
export { startInterview, answer, toCase, statusOf, type About, type Answer, type InterviewState } from './state.js';
export { nextQuestion, candidateFindings, answerRate, STOP_MESSAGES, DEFAULT_SETTLE_BELOW, DEFAULT_SETTLE_TRIAGE_BELOW, type Next, type NextOptions, type StopReason } from './next.js';
export { appraise, predictiveYes, hypotheticalYes, symptomSide, type Appraisal, type AssessFn } from './gain.js';
export { headline } from './summary.js';
export { answerFromCase } from './replay.js';
export { runInterview, type InterviewResult } from './run.js';
