/**
 * The web app's interactive cost, measured on the core it runs in the
 * browser: choosing the next question (expected information gain, two
 * assessments per candidate) against one assessment of the same answers,
 * the baseline, in the same run. Every step of every dev vignette's
 * interview replay is measured.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { assessEvidence } from '../src/assessEvidence.js';
import { parseCase } from '../src/case/validate.js';
import { answer, answerFromCase, nextQuestion, startInterview, toCase, type InterviewState } from '../src/interview/index.js';

const cases = readFileSync(new URL('../../shared/vignettes/dev.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => parseCase(JSON.parse(line).case).case);

const timeOf = (fn: () => unknown): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

function measure(round: number) {
  const next: number[] = [];
  const baseline: number[] = [];
  for (const kase of cases) {
    let state: InterviewState = startInterview('clinician');
    for (let step = 0; step < 30; step++) {
      baseline.push(timeOf(() => assessEvidence(toCase(state))));
      let decided = nextQuestion(state);
      next.push(timeOf(() => (decided = nextQuestion(state))));
      if (decided.done) break;
      state = answer(state, decided.question, answerFromCase(kase, decided.question));
    }
  }
  if (round > 0) return { next, baseline };
  return undefined;
}

measure(0); // warm-up
const result = measure(1)!;
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
console.log(`interview steps measured: ${result.next.length} over ${cases.length} vignettes`);
console.log(`baseline, one assessment: p50 ${quantile(result.baseline, 0.5).toFixed(2)} ms, p95 ${quantile(result.baseline, 0.95).toFixed(2)} ms`);
console.log(`choosing the next question: p50 ${quantile(result.next, 0.5).toFixed(2)} ms, p95 ${quantile(result.next, 0.95).toFixed(2)} ms, max ${Math.max(...result.next).toFixed(2)} ms`);
console.log(`ratio (next question / one assessment, totals): ${(sum(result.next) / sum(result.baseline)).toFixed(1)}×`);
