/**
 * The properties of spec/triage-policy.md, over generated valid cases, run
 * through the real `assess` (so a model change that breaks one is caught too).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.js';
import type { Assessment, CaseInput } from '../../src/case/schema.js';
import { CaseValidationError } from '../../src/case/validate.js';
import { CAUDA_EQUINA_FINDINGS, FINDING_BY_ID, triageRank, type TriageLevel } from '../../src/knowledge/vocabulary.js';
import { RED_FLAG_FINDINGS, TRIAGE_RULES } from '../../src/triage/index.js';
import { evidenceFor, validCase } from './arbitraries.js';

const RUNS = { numRuns: 400 };
const rank = (input: CaseInput) => triageRank(assess(input).triage.level);

const RED_FLAG_RULES = new Set(TRIAGE_RULES.filter((rule) => rule.redFlag).map((rule) => rule.id));
const MODEL_RULES = new Set(['radicular_pain', 'non_spinal_cause']);
/** The level reached by the rules that read only the evidence (not the model's answer). */
const evidenceRank = (assessment: Assessment) =>
  assessment.triage.reasons
    .filter((reason) => !MODEL_RULES.has(reason.rule))
    .reduce((highest, reason) => Math.max(highest, triageRank(reason.level as TriageLevel)), 0);

/** The level reached by the red-flag rules alone (self_care when none fires). */
const redFlagRank = (assessment: Assessment) =>
  assessment.triage.reasons
    .filter((reason) => RED_FLAG_RULES.has(reason.rule))
    .reduce((highest, reason) => Math.max(highest, triageRank(reason.level as TriageLevel)), 0);

const redFlagItem = fc.constantFrom(...RED_FLAG_FINDINGS).chain((id) => evidenceFor(FINDING_BY_ID.get(id)!, fc.constant('present' as const)));

describe('triage policy properties', () => {
  it('adding a present red-flag finding never lowers the level', () => {
    fc.assert(
      fc.property(validCase, redFlagItem, fc.nat(), (kase, item, at) => {
        const evidence = [...(kase.evidence ?? [])];
        evidence.splice(at % (evidence.length + 1), 0, item);
        expect(rank({ ...kase, evidence })).toBeGreaterThanOrEqual(rank(kase));
      }),
      RUNS,
    );
  });

  it('turning a finding from absent or unknown to present never lowers the level reached by red-flag rules', () => {
    fc.assert(
      fc.property(validCase, fc.nat(), (kase, pick) => {
        const evidence = kase.evidence ?? [];
        const candidates = evidence.flatMap((item, index) => (item.status === 'absent' || item.status === 'unknown' ? [index] : []));
        fc.pre(candidates.length > 0);
        const index = candidates[pick % candidates.length]!;
        const turned = evidence.map((item, i) => (i === index ? { ...item, status: 'present' as const } : item));
        expect(redFlagRank(assess({ ...kase, evidence: turned }))).toBeGreaterThanOrEqual(redFlagRank(assess(kase)));
      }),
      RUNS,
    );
  });

  const withCaudaEquinaAbsent = (kase: CaseInput): CaseInput => {
    const evidence = kase.evidence ?? [];
    const mentionedPresent = new Set(evidence.filter((item) => (item.status ?? 'present') === 'present').map((item) => item.finding));
    const absents = CAUDA_EQUINA_FINDINGS.filter((finding) => !mentionedPresent.has(finding)).map((finding) => ({
      finding,
      status: 'absent' as const,
    }));
    return { ...kase, evidence: [...evidence, ...absents] };
  };

  it('an explicit absent for every cauda equina finding never raises the level reached by the evidence rules', () => {
    fc.assert(
      fc.property(validCase, (kase) => {
        expect(evidenceRank(assess(withCaudaEquinaAbsent(kase)))).toBeLessThanOrEqual(evidenceRank(assess(kase)));
      }),
      RUNS,
    );
  });

  /**
   * Through the two consult rules that read the model (radicular_pain,
   * non_spinal_cause) too: every hypothesis that emits sphincter or saddle
   * findings is radicular, so explicit absent cauda equina findings only lower
   * the radicular share. The examples were counterexamples before that fix.
   */
  it('an explicit absent for every cauda equina finding never raises the level (through the model too)', () => {
    const known: [CaseInput][] = [
      [{ age: 88, onset: 'sudden', evidence: [{ finding: 'ankle_reflex_reduced', side: 'both', trend: 'worsening' }] }],
      [
        {
          age: 65,
          sex: 'female',
          durationDays: 0,
          onset: 'sudden',
          evidence: [
            { finding: 'perianal_sensation_reduced', status: 'absent' },
            { finding: 'cycling_tolerated', status: 'absent' },
            { finding: 'ankle_reflex_reduced', side: 'left', trend: 'worsening' },
          ],
        },
      ],
    ];
    fc.assert(
      fc.property(validCase, (kase) => {
        expect(rank(withCaudaEquinaAbsent(kase))).toBeLessThanOrEqual(rank(kase));
      }),
      { ...RUNS, examples: known },
    );
  });

  it('the level (and the rules that fire) never depend on the order of the evidence', () => {
    fc.assert(
      fc.property(
        validCase.chain((kase) => fc.tuple(fc.constant(kase), fc.shuffledSubarray(kase.evidence ?? [], { minLength: (kase.evidence ?? []).length }))),
        ([kase, shuffled]) => {
          const original = assess(kase).triage;
          const reordered = assess({ ...kase, evidence: shuffled }).triage;
          expect(reordered.level).toBe(original.level);
          expect(reordered.reasons.map((r) => r.rule).sort()).toEqual(original.reasons.map((r) => r.rule).sort());
        },
      ),
      RUNS,
    );
  });
});

/** Ways to break a valid case, each with the field the error must name. */
const corruptions: fc.Arbitrary<{ readonly apply: (kase: CaseInput) => unknown; readonly path: RegExp }> = fc.oneof(
  fc.constantFrom('hip_pian', 'sciatica', 'Leg_Pain', '').map((finding) => ({
    apply: (kase: CaseInput) => ({ ...kase, evidence: [...(kase.evidence ?? []), { finding }] }),
    path: /^evidence\[\d+\]\.finding$/,
  })),
  fc.constantFrom('yes', 'maybe', 'PRESENT').map((status) => ({
    apply: (kase: CaseInput) => ({ ...kase, evidence: [...(kase.evidence ?? []), { finding: 'back_pain', status }] }),
    path: /^evidence\[\d+\]\.status$/,
  })),
  fc.constantFrom(-1, 121, 1000).map((age) => ({ apply: (kase: CaseInput) => ({ ...kase, age }), path: /^age$/ })),
  fc.constantFrom('forty', null, true).map((age) => ({ apply: (kase: CaseInput) => ({ ...kase, age }), path: /^age$/ })),
  fc.constantFrom('f', 'woman', 3).map((sex) => ({ apply: (kase: CaseInput) => ({ ...kase, sex }), path: /^sex$/ })),
  fc.constantFrom(6, 9, -1, 2.5).map((grade) => ({
    apply: (kase: CaseInput) => ({ ...kase, evidence: [...(kase.evidence ?? []), { finding: 'weakness', side: 'left', grade }] }),
    path: /^evidence\[\d+\]\.grade$/,
  })),
  fc.constant({
    apply: (kase: CaseInput) => ({ ...kase, evidence: [...(kase.evidence ?? []), { finding: 'bladder_dysfunction', side: 'left' }] }),
    path: /^evidence\[\d+\]\.side$/,
  }),
  fc.constant({
    apply: (kase: CaseInput) => ({ ...kase, evidence: [...(kase.evidence ?? []), { finding: 'numbness', side: 'left', regions: ['elbow'] }] }),
    path: /^evidence\[\d+\]\.regions\[0\]$/,
  }),
  fc.constantFrom('symptoms', 'Age', 'evidense').map((key) => ({ apply: (kase: CaseInput) => ({ ...kase, [key]: 1 }), path: new RegExp(`^${key}$`) })),
  fc.constantFrom('none', {}, 7).map((evidence) => ({ apply: (kase: CaseInput) => ({ ...kase, evidence }), path: /^evidence$/ })),
);

describe('invalid input', () => {
  it('is rejected with an issue naming the field, and never yields a level', () => {
    fc.assert(
      fc.property(validCase, corruptions, (kase, corruption) => {
        let assessment: Assessment | undefined;
        let error: unknown;
        try {
          assessment = assess(corruption.apply(kase));
        } catch (caught) {
          error = caught;
        }
        expect(assessment).toBeUndefined();
        expect(error).toBeInstanceOf(CaseValidationError);
        const issues = (error as CaseValidationError).issues;
        const named = issues.find((issue) => corruption.path.test(issue.path));
        expect(named).toBeDefined();
        // The message people see names the field too.
        expect((error as Error).message).toContain(`${named!.path}:`);
      }),
      RUNS,
    );
  });

  it.each([null, 42, 'a case', [], [{ evidence: [] }]])('rejects a non-object case (%j)', (input) => {
    expect(() => assess(input)).toThrow(CaseValidationError);
  });
});
