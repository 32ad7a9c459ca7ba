/**
 * Runs the triage table over a case and the model's output. The level is the
 * highest level among the rules that fire; with none, self_care.
 *
 * This runs once per case on the bulk path, so the constant parts of the
 * result (advice, safety net, each rule's sources) are built once and shared,
 * frozen, between assessments.
 */
import type { Assessment, Case } from '../case/schema.js';
import type { Inference } from '../model/types.js';
import { triageRank, type TriageLevel } from '../knowledge/vocabulary.js';
import { ADVICE_BY_LEVEL, SAFETY_NET } from './advice.js';
import { triageContext } from './context.js';
import { TRIAGE_RULES, type TriageRule } from './rules.js';

export interface TriageResult {
  readonly triage: Assessment['triage'];
  readonly redFlags: Assessment['redFlags'];
}

interface Fired {
  readonly rule: TriageRule;
  readonly rank: number;
  readonly evidence: readonly string[];
}

const frozenSources = new WeakMap<TriageRule, string[]>();
function sourcesOf(rule: TriageRule): string[] {
  let sources = frozenSources.get(rule);
  if (!sources) {
    sources = Object.freeze([...rule.sources]) as string[];
    frozenSources.set(rule, sources);
  }
  return sources;
}

export function evaluateTriage(kase: Case, inference: Inference, rules: readonly TriageRule[] = TRIAGE_RULES): TriageResult {
  const ctx = triageContext(kase, inference);
  const fired: Fired[] = [];
  let level: TriageLevel = 'self_care';
  let levelRank = 0;
  for (const rule of rules) {
    const evidence = rule.fires(ctx);
    if (!evidence) continue;
    const rank = triageRank(rule.level);
    fired.push({ rule, rank, evidence });
    if (rank > levelRank) {
      level = rule.level;
      levelRank = rank;
    }
  }
  // Highest level first, then table order (the sort is stable), so the banner's first reason is the one that set the level.
  if (fired.length > 1) fired.sort((a, b) => b.rank - a.rank);
  const reasons: Assessment['triage']['reasons'] = [];
  const redFlags: Assessment['redFlags'] = [];
  for (const { rule, evidence } of fired) {
    reasons.push({ rule: rule.id, level: rule.level, text: rule.text, evidence: [...evidence], sources: sourcesOf(rule) });
    if (rule.redFlag) redFlags.push({ id: rule.id, findings: [...evidence] });
  }
  return {
    // safetyNet and each reason's sources are shared, frozen arrays.
    triage: { level, reasons, advice: ADVICE_BY_LEVEL[level], safetyNet: SAFETY_NET as string[] },
    redFlags,
  };
}
