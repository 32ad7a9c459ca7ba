/**
 * The questions the triage rules ask of a case, answered once. Rules read this
 * view instead of walking the evidence list themselves, so every rule means
 * "present" and "recent" the same way (spec/triage-policy.md).
 */
import type { Case, EvidenceItem } from '../case/schema.js';
import type { Inference } from '../model/types.js';
import type { FindingId, Side } from '../knowledge/vocabulary.js';

/** "Recent" in the policy: durationDays ≤ 42, or unknown. */
export const RECENT_DAYS = 42;

export interface TriageContext {
  readonly kase: Case;
  readonly inference: Inference;
  readonly recent: boolean;
  /** Present items of a finding, in input order. */
  present(finding: FindingId): readonly EvidenceItem[];
  has(finding: FindingId): boolean;
}

export function triageContext(kase: Case, inference: Inference): TriageContext {
  const byFinding = new Map<string, EvidenceItem[]>();
  for (const item of kase.evidence) {
    if (item.status !== 'present') continue;
    const list = byFinding.get(item.finding);
    if (list) list.push(item);
    else byFinding.set(item.finding, [item]);
  }
  const none: readonly EvidenceItem[] = [];
  return {
    kase,
    inference,
    recent: kase.durationDays === undefined || kase.durationDays <= RECENT_DAYS,
    present: (finding) => byFinding.get(finding) ?? none,
    has: (finding) => byFinding.has(finding),
  };
}

/** True when the items between them cover both legs: one says `both`, or some say left and some right. */
export function coversBothSides(items: readonly EvidenceItem[]): boolean {
  const sides = new Set<Side | undefined>(items.map((item) => item.side));
  return sides.has('both') || (sides.has('left') && sides.has('right'));
}
