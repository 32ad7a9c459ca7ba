/**
 * Runs the triage table over a case and the model's output. The level is the
 * highest level among the rules that fire; with none, self_care.
 */
import type { Assessment, Case } from '../case/schema.js';
import type { Inference } from '../model/types.js';
import { triageRank, type TriageLevel } from '../knowledge/vocabulary.js';
import { LEVEL_ADVICE, SAFETY_NET, safetyNetSentence } from './advice.js';
import { triageContext } from './context.js';
import { TRIAGE_RULES, type TriageRule } from './rules.js';

export interface TriageResult {
  readonly triage: Assessment['triage'];
  readonly redFlags: Assessment['redFlags'];
}

export function evaluateTriage(kase: Case, inference: Inference, rules: readonly TriageRule[] = TRIAGE_RULES): TriageResult {
  const ctx = triageContext(kase, inference);
  const fired = rules.flatMap((rule) => {
    const evidence = rule.fires(ctx);
    return evidence ? [{ rule, evidence }] : [];
  });
  const level = fired.reduce<TriageLevel>(
    (highest, { rule }) => (triageRank(rule.level) > triageRank(highest) ? rule.level : highest),
    'self_care',
  );
  // Highest level first, then table order, so the banner's first reason is the one that set the level.
  const ordered = [...fired].sort((a, b) => triageRank(b.rule.level) - triageRank(a.rule.level));
  return {
    triage: {
      level,
      reasons: ordered.map(({ rule, evidence }) => ({
        rule: rule.id,
        level: rule.level,
        text: rule.text,
        evidence: [...evidence],
        sources: [...rule.sources],
      })),
      advice: `${LEVEL_ADVICE[level]} ${safetyNetSentence()}`,
      safetyNet: [...SAFETY_NET],
    },
    redFlags: ordered.filter(({ rule }) => rule.redFlag).map(({ rule, evidence }) => ({ id: rule.id, findings: [...evidence] })),
  };
}
