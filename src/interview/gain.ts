/**
 * Expected information gain of asking one more finding: run the real engine
 * for each answer ("yes", "no"), weight the two results by how likely each
 * answer is, and measure how much the triage level, the condition and the
 * root would be settled. "I don't know" changes nothing, so it adds no gain.
 *
 * How likely is "yes"? For any event k the engine states (a condition, a
 * root, a mechanism), Bayes' rule gives
 *   P(k | E) = P(yes | E)·P(k | E, yes) + P(no | E)·P(k | E, no),
 * so the answer's predictive probability can be read off the engine's own
 * posteriors: a least-squares fit of that identity over all events. This uses
 * the model's forward probabilities without reaching into the model.
 */
import type { Assessment, Case, EvidenceItem } from '../case/schema.js';
import { FINDING_BY_ID, LEG_SYMPTOMS, type FindingId, type Region, type Side } from '../knowledge/vocabulary.js';
import type { InterviewState } from './state.js';
import { toCase } from './state.js';
import { entropy, eventProbabilities, headline, marginalEntropy } from './summary.js';

export type AssessFn = (kase: Case) => Assessment;

export interface Appraisal {
  readonly finding: FindingId;
  /** Predictive probability of "yes". */
  readonly pYes: number;
  /** Expected information gain (bits, triage counted twice: it is the safety decision). */
  readonly gain: number;
  /** Probability that the answer changes what the person would be told (see `headline`). */
  readonly changeProbability: number;
  /** Probability that the answer changes the triage level: the part of the result that decides what to do now. */
  readonly triageChangeProbability: number;
}

/** Used when the engine's posteriors do not move with the answer, so they cannot tell how likely it is (estimate). */
const NEUTRAL_P_YES = 0.25;
const P_MIN = 0.02;
const TRIAGE_WEIGHT = 2;

/** The side the person's leg symptoms are on, used for a hypothetical "yes" to a one-sided finding. */
export function symptomSide(evidence: readonly EvidenceItem[]): Side | undefined {
  const sides = new Set(
    evidence
      .filter((i) => i.status === 'present' && (LEG_SYMPTOMS as readonly string[]).includes(i.finding))
      .map((i) => i.side)
      .filter((s): s is Side => s !== undefined),
  );
  if (sides.has('both') || (sides.has('left') && sides.has('right'))) return 'both';
  return sides.has('left') ? 'left' : sides.has('right') ? 'right' : undefined;
}

/** The regions the person marked, for a hypothetical "yes" to a finding with regions. */
function markedRegions(evidence: readonly EvidenceItem[]): Region[] {
  const ordered = ['numbness', 'tingling', 'leg_pain'];
  for (const finding of ordered) {
    const regions = evidence.filter((i) => i.finding === finding && i.status === 'present').flatMap((i) => i.regions ?? []);
    if (regions.length > 0) return [...new Set(regions)];
  }
  return [];
}

/** The item a plain "yes" would add, with the side and regions the person has already shown us. */
export function hypotheticalYes(state: InterviewState, finding: FindingId): EvidenceItem {
  const spec = FINDING_BY_ID.get(finding);
  const side = spec?.lateral ? symptomSide(state.evidence) : undefined;
  const regions = spec?.regions ? markedRegions(state.evidence) : [];
  return {
    finding,
    status: 'present',
    ...(side && { side }),
    ...(regions.length > 0 && { regions }),
  };
}

/** Predictive probability of "yes" from the identity in the module comment. */
export function predictiveYes(baseline: Assessment, ifYes: Assessment, ifNo: Assessment): number {
  const p0 = eventProbabilities(baseline);
  const py = eventProbabilities(ifYes);
  const pn = eventProbabilities(ifNo);
  let num = 0;
  let den = 0;
  for (const [key, base] of p0) {
    const yes = py.get(key);
    const no = pn.get(key);
    if (yes === undefined || no === undefined) continue;
    const d = yes - no;
    num += d * (base - no);
    den += d * d;
  }
  if (den < 1e-8) return NEUTRAL_P_YES;
  return Math.min(1 - P_MIN, Math.max(P_MIN, num / den));
}

const uncertainty = (a: Assessment) => ({
  condition: entropy(a.conditions.map((c) => c.probability)),
  root: marginalEntropy(a.roots.map((r) => r.probability)),
  mechanism: entropy(a.painMechanism.map((m) => m.probability)),
});

export function appraise(state: InterviewState, baseline: Assessment, finding: FindingId, assess: AssessFn): Appraisal {
  const kase = toCase(state);
  const withItem = (item: EvidenceItem): Case => ({ ...kase, evidence: [...kase.evidence.filter((i) => i.finding !== finding), item] });
  const ifYes = assess(withItem(hypotheticalYes(state, finding)));
  const ifNo = assess(withItem({ finding, status: 'absent' }));
  const pYes = predictiveYes(baseline, ifYes, ifNo);
  const pNo = 1 - pYes;

  const triageGain = ifYes.triage.level === ifNo.triage.level ? 0 : entropy([pYes, pNo]);
  const [u0, uy, un] = [uncertainty(baseline), uncertainty(ifYes), uncertainty(ifNo)];
  const expected = (key: keyof typeof u0) => Math.max(0, u0[key] - (pYes * uy[key] + pNo * un[key]));
  const gain = TRIAGE_WEIGHT * triageGain + expected('condition') + expected('root') + expected('mechanism');

  const now = headline(baseline);
  const changeProbability = (headline(ifYes) !== now ? pYes : 0) + (headline(ifNo) !== now ? pNo : 0);
  const level = baseline.triage.level;
  const triageChangeProbability = (ifYes.triage.level !== level ? pYes : 0) + (ifNo.triage.level !== level ? pNo : 0);
  return { finding, pYes, gain, changeProbability, triageChangeProbability };
}
