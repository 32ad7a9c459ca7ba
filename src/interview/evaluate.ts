/**
 * Measures the interview against structured cases: replay each case through
 * the interview and compare its result with the assessment of the whole case.
 */
import { assessCase } from '../assess.js';
import type { Case } from '../case/schema.js';
import type { Audience } from '../knowledge/questions.js';
import { triageRank, type TriageLevel } from '../knowledge/vocabulary.js';
import type { NextOptions, StopReason } from './next.js';
import { adaptiveFindings, fixedQuestions } from './questions.js';
import { answerFromCase } from './replay.js';
import { runInterview } from './run.js';

export interface ReplayRow {
  readonly id: string;
  readonly questions: number;
  /** Findings the asked questions covered (a screen covers several). */
  readonly findingsAsked: number;
  /** Distinct findings the structured case states. */
  readonly caseFindings: number;
  readonly fullTriage: TriageLevel;
  readonly interviewTriage: TriageLevel;
  readonly sameTriage: boolean;
  readonly sameTopCondition: boolean;
  /** Same root decided (probability ≥ 0.5), or no root decided by either. */
  readonly sameTopRoot: boolean;
  readonly reason: StopReason;
}

export interface ReplaySummary {
  readonly cases: number;
  readonly meanQuestions: number;
  readonly meanFindingsAsked: number;
  readonly meanCaseFindings: number;
  readonly sameTriage: number;
  readonly sameTopCondition: number;
  readonly sameTopRoot: number;
  /** Cases whose full assessment is an emergency but the interview's result is lower. */
  readonly emergencyMissed: readonly string[];
  readonly lowerTriage: readonly string[];
  /** What a fixed questionnaire (every question of the bank, no adaptation) would ask, for comparison. */
  readonly fixedQuestionnaire: { readonly questions: number; readonly findings: number };
  readonly rows: readonly ReplayRow[];
}

/** Every question the audience could be asked: the fixed screens, then each adaptive finding as its own question. */
export function fixedQuestionnaire(audience: Audience): ReplaySummary['fixedQuestionnaire'] {
  const screens = fixedQuestions(audience);
  const adaptive = adaptiveFindings(audience);
  return { questions: screens.length + adaptive.length, findings: new Set([...screens.flatMap((q) => q.findings), ...adaptive]).size };
}

/** The root the assessment commits to: the top root once it is more likely than not, else none. */
const decidedRoot = (a: ReturnType<typeof assessCase>) => {
  const top = a.roots[0];
  return top && top.probability >= 0.5 ? `${top.root}-${top.side}` : 'none';
};

export function replayCase(kase: Case, audience: Audience, options: NextOptions = {}): ReplayRow {
  const full = assessCase(kase);
  const run = runInterview((question) => answerFromCase(kase, question), audience, options);
  const mine = run.assessment;
  return {
    id: kase.id ?? '?',
    questions: run.questions.length,
    findingsAsked: new Set(run.questions.flatMap((q) => q.findings)).size,
    caseFindings: new Set(kase.evidence.map((item) => item.finding)).size,
    fullTriage: full.triage.level,
    interviewTriage: mine.triage.level,
    sameTriage: full.triage.level === mine.triage.level,
    sameTopCondition: full.conditions[0]?.id === mine.conditions[0]?.id,
    sameTopRoot: decidedRoot(full) === decidedRoot(mine),
    reason: run.reason,
  };
}

export function replayCases(cases: readonly Case[], audience: Audience, options: NextOptions = {}): ReplaySummary {
  const rows = cases.map((kase) => replayCase(kase, audience, options));
  const mean = (pick: (r: ReplayRow) => number) => rows.reduce((s, r) => s + pick(r), 0) / Math.max(1, rows.length);
  const share = (pick: (r: ReplayRow) => boolean) => rows.filter(pick).length / Math.max(1, rows.length);
  return {
    cases: rows.length,
    meanQuestions: mean((r) => r.questions),
    meanFindingsAsked: mean((r) => r.findingsAsked),
    meanCaseFindings: mean((r) => r.caseFindings),
    sameTriage: share((r) => r.sameTriage),
    sameTopCondition: share((r) => r.sameTopCondition),
    sameTopRoot: share((r) => r.sameTopRoot),
    emergencyMissed: rows.filter((r) => r.fullTriage === 'emergency' && r.interviewTriage !== 'emergency').map((r) => r.id),
    lowerTriage: rows.filter((r) => triageRank(r.interviewTriage) < triageRank(r.fullTriage)).map((r) => r.id),
    fixedQuestionnaire: fixedQuestionnaire(audience),
    rows,
  };
}
