/**
 * `sciatrace interview`: the adaptive interview in the terminal, or, with
 * `--replay FILE`, the interview replayed on structured cases (JSON lines of
 * vignettes or cases) to measure questions asked against accuracy.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { assessCase } from '../../assess.js';
import { parseCase } from '../../case/validate.js';
import type { Audience } from '../../knowledge/questions.js';
import { replayCases, type ReplaySummary } from '../../interview/evaluate.js';
import { answer, nextQuestion, startInterview, STOP_MESSAGES, toCase, type InterviewState } from '../../interview/index.js';
import { promptAnswer, ShowResultNow } from '../interview/prompts.js';
import { renderResult } from '../interview/render.js';

interface InterviewOptions {
  clinician?: boolean;
  json?: boolean;
  replay?: string;
  settle?: number;
  settleTriage?: number;
}

async function interactive(audience: Audience, options: InterviewOptions): Promise<void> {
  let state: InterviewState = startInterview(audience);
  let message = STOP_MESSAGES.settled;
  try {
    for (;;) {
      const next = nextQuestion(state, stopOptions(options));
      if (next.done) {
        message = next.message;
        break;
      }
      state = answer(state, next.question, await promptAnswer(next.question));
    }
  } catch (error) {
    if (!(error instanceof ShowResultNow)) throw error;
    message = 'Here is the result from your answers so far.';
  }
  const assessment = assessCase(toCase(state));
  console.log(options.json ? JSON.stringify(assessment, null, 2) : renderResult(assessment, message));
}

/** Bad input in a replay file: the message names the line and the field. */
class ReplayInputError extends Error {}

const stopOptions = (options: InterviewOptions) => ({
  ...(options.settle !== undefined && { settleBelow: options.settle }),
  ...(options.settleTriage !== undefined && { settleTriageBelow: options.settleTriage }),
});

function readCases(file: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ReplayInputError(`--replay: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return text.split('\n').flatMap((line, index) => {
    if (!line.trim()) return [];
    try {
      const record = JSON.parse(line) as { case?: unknown };
      return [parseCase(record.case ?? record).case];
    } catch (error) {
      throw new ReplayInputError(`${file} line ${index + 1}: ${(error as Error).message}`);
    }
  });
}

export function renderReplay(summary: ReplaySummary, audience: Audience): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const rows = summary.rows.map(
    (r) =>
      `${r.id.padEnd(6)} ${String(r.questions).padStart(3)} ${String(r.findingsAsked).padStart(4)} ${String(r.caseFindings).padStart(4)}  ${r.fullTriage.padEnd(9)} ${r.interviewTriage.padEnd(9)} ${r.sameTriage ? 'same' : 'DIFF'} ${r.reason}`,
  );
  return [
    `id     asked items case  full      interview triage stop`,
    ...rows,
    '',
    `${summary.cases} cases, ${audience}'s interview`,
    `questions asked (screens): mean ${summary.meanQuestions.toFixed(2)}; findings those questions covered: mean ${summary.meanFindingsAsked.toFixed(2)}`,
    `findings stated by the structured cases: mean ${summary.meanCaseFindings.toFixed(2)}`,
    `a fixed questionnaire (every question, no adaptation) would ask ${summary.fixedQuestionnaire.questions} questions covering ${summary.fixedQuestionnaire.findings} findings`,
    `same triage level as the whole case: ${pct(summary.sameTriage)}; lower: ${summary.lowerTriage.join(', ') || 'none'}; emergencies missed: ${summary.emergencyMissed.join(', ') || 'none'}`,
    `same top condition: ${pct(summary.sameTopCondition)}; same decided root (≥ 50 %, or none): ${pct(summary.sameTopRoot)}`,
  ].join('\n');
}

export function register(program: Command): void {
  program
    .command('interview')
    .description('Adaptive interview in the terminal: red flags first, then the most informative questions, then the result.')
    .option('--clinician', 'also ask the examination findings')
    .option('--json', 'print the assessment as JSON')
    .option('--replay <file>', 'replay the interview on structured cases (JSON lines) and report questions asked versus accuracy')
    .option('--settle <p>', 'stop when no question would change the result with this probability', Number.parseFloat)
    .option('--settle-triage <p>', '…nor the triage level with this probability', Number.parseFloat)
    .action(async (options: InterviewOptions) => {
      const audience: Audience = options.clinician || options.replay ? 'clinician' : 'person';
      if (options.replay) {
        let cases;
        try {
          cases = readCases(options.replay);
        } catch (error) {
          if (error instanceof ReplayInputError) program.error(error.message, { exitCode: 2 });
          throw error;
        }
        const summary = replayCases(cases, audience, stopOptions(options));
        console.log(options.json ? JSON.stringify(summary, null, 2) : renderReplay(summary, audience));
        return;
      }
      await interactive(audience, options);
    });
}
