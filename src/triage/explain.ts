/**
 * The explanation entry for the triage conclusion, rendered from the triage
 * trace (the rules that fired and the evidence each one matched), never
 * re-derived: evidence for is what fired the rules; evidence against is the
 * red flags the case explicitly reports absent, each named with the rule it
 * would have fed; the facts are the fired rules with their sources.
 */
import type { Assessment, Case, EvidenceItem } from '../case/schema.js';
import type { ExplanationEntry, Inference } from '../model/types.js';
import { FINDING_BY_ID, type FindingId, type Side } from '../knowledge/vocabulary.js';
import { SAFETY_NET_SOURCES } from './advice.js';
import { evaluateTriage } from './evaluate.js';
import { RED_FLAG_FINDINGS, TRIAGE_RULES } from './rules.js';

type Item = ExplanationEntry['for'][number];

/** Triage rules are not probabilistic: every item that fired a rule carries the neutral factor 1. */
const RULE_FACTOR = 1;

const LEVEL_STATEMENT: Readonly<Record<Assessment['triage']['level'], string>> = {
  emergency: 'Emergency: go to an emergency department now.',
  urgent: 'Urgent: see a clinician today.',
  consult: 'Consult: book a GP or physiotherapist appointment.',
  self_care: 'Self-care: manage at home, with the safety net.',
};

export function explainTriage(kase: Case, triage: Assessment['triage']): ExplanationEntry {
  const fired = triage.reasons.map((reason) => reason.rule);
  return {
    conclusion: 'triage',
    subject: triage.level,
    statement:
      fired.length > 0
        ? `${LEVEL_STATEMENT[triage.level]} Rules that fired: ${fired.join(', ')}.`
        : `${LEVEL_STATEMENT[triage.level]} No triage rule fired: no warning sign or other reason to see a clinician was reported.`,
    for: evidenceFor(kase, triage),
    against: absentRedFlags(kase),
    facts: factsFor(triage.reasons),
  };
}

type Facts = ExplanationEntry['facts'];
const GENERAL_FACTS: Facts = [
  { text: 'The highest level among the rules that fire is the triage level; with none, self-care.', sources: ['POLICY'] },
  { text: 'Every level ends with the safety net: the symptoms that mean going to an emergency department at once.', sources: [...SAFETY_NET_SOURCES] },
];

/**
 * The facts depend only on which rules fired, so each combination's list is
 * built once and shared, frozen (a handful of combinations cover most cases;
 * the cache is capped so odd inputs cannot grow it without bound).
 */
const factsByRules = new Map<string, Facts>();
const FACTS_CACHE_LIMIT = 4096;

function factsFor(reasons: Assessment['triage']['reasons']): Facts {
  let key = '';
  for (const reason of reasons) key += `${reason.rule},`;
  const cached = factsByRules.get(key);
  if (cached) return cached;
  const facts = deepFreeze([
    ...reasons.map((reason) => ({ text: `${reason.rule} (${reason.level}): ${reason.text}`, sources: [...reason.sources] })),
    ...GENERAL_FACTS,
  ]);
  if (factsByRules.size < FACTS_CACHE_LIMIT) factsByRules.set(key, facts);
  return facts;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function evidenceFor(kase: Case, triage: Assessment['triage']): Item[] {
  const rulesByEvidence = new Map<string, string[]>();
  for (const reason of triage.reasons)
    for (const id of reason.evidence) {
      const rules = rulesByEvidence.get(id);
      if (rules) rules.push(reason.rule);
      else rulesByEvidence.set(id, [reason.rule]);
    }
  const items: Item[] = [];
  for (const [id, rules] of rulesByEvidence) {
    const spec = FINDING_BY_ID.get(id);
    const because = `fired ${rules.join(', ')}`;
    if (!spec) {
      items.push({ finding: id, factor: RULE_FACTOR, text: `${describeDerived(id, kase)}: ${because}` });
      continue;
    }
    for (const side of presentSides(kase.evidence, id))
      items.push({ finding: id, ...(side && { side }), factor: RULE_FACTOR, text: `${spec.meaning}${side ? ` (${side})` : ''}: ${because}` });
  }
  return items;
}

/** The sides a finding is present on, one entry per side (undefined for a finding without one). */
function presentSides(evidence: readonly EvidenceItem[], finding: string): (Side | undefined)[] {
  const sides = new Set<Side | undefined>();
  for (const item of evidence) if (item.finding === finding && item.status === 'present') sides.add(item.side);
  return sides.size > 0 ? [...sides] : [undefined];
}

/** Rules may cite what the model concluded or a case field rather than a finding: `kind:value` or a field name. */
function describeDerived(id: string, kase: Case): string {
  const [kind, value] = id.split(':');
  if (kind === 'painMechanism') return `the most likely pain mechanism is ${value}`;
  if (kind === 'condition') return `the most likely condition is ${value}`;
  if (kind === 'durationDays') return `symptoms for ${kase.durationDays} days`;
  return id;
}

function absentRedFlags(kase: Case): Item[] {
  const items: Item[] = [];
  const seen = new Set<string>();
  for (const item of kase.evidence) {
    if (item.status !== 'absent' || seen.has(item.finding)) continue;
    const rules = RULES_FED_BY.get(item.finding);
    if (!rules) continue;
    seen.add(item.finding);
    const spec = FINDING_BY_ID.get(item.finding);
    items.push({
      finding: item.finding,
      factor: RULE_FACTOR,
      text: `no ${spec?.meaning ?? item.finding}: checked for ${rules.join(', ')}`,
    });
  }
  return items;
}

const RED_FLAG_RULE_IDS = new Set(TRIAGE_RULES.filter((rule) => rule.redFlag).map((rule) => rule.id));
const NEUTRAL_INFERENCE: Inference = { painMechanism: [], roots: [], conditions: [], confidence: 'low', explanation: [] };
const PROBE_BASE: EvidenceItem[] = [
  { finding: 'back_pain', status: 'present' },
  { finding: 'leg_pain', status: 'present', side: 'left' },
];

/**
 * For each red-flag finding, the rules it fires when added to a plain case of
 * back and leg pain: found by running the table once at load, so the
 * explanation stays true to the rules without a second list to keep in step.
 */
const RULES_FED_BY: ReadonlyMap<string, readonly string[]> = new Map(
  RED_FLAG_FINDINGS.map((finding: FindingId) => {
    const rulesWith = (evidence: EvidenceItem[]) =>
      new Set(evaluateTriage({ evidence }, NEUTRAL_INFERENCE, TRIAGE_RULES).triage.reasons.map((reason) => reason.rule));
    const base = rulesWith(PROBE_BASE);
    const added = [...rulesWith([...PROBE_BASE, { finding, status: 'present' }])].filter((rule) => !base.has(rule));
    // Name the red-flag rules it feeds; the catch-all consult row only when it feeds none.
    const redFlagRules = added.filter((rule) => RED_FLAG_RULE_IDS.has(rule));
    return [finding, redFlagRules.length > 0 ? redFlagRules : added] as const;
  }),
);
