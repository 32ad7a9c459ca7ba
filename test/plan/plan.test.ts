/**
 * The management plan: every plan the engine can give is checked once
 * (they are precomputed per triage level and likely condition), its
 * citations resolve to clinical/reference.md, and the tailoring the issue
 * asks for is there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.js';
import { TRIAGE_LEVELS, type TriageLevel } from '../../src/knowledge/vocabulary.js';
import { PLAN_CONDITIONS, PLAN_STEPS, buildPlan, likelyCondition, planFor, type PlanCondition } from '../../src/plan/index.js';
import type { Inference } from '../../src/model/types.js';

const REFERENCE = readFileSync(new URL('../../../shared/clinical/reference.md', import.meta.url), 'utf8');
const REFERENCE_IDS = new Set(
  [...REFERENCE.slice(REFERENCE.indexOf('## References')).matchAll(/^(\d+)\. /gm)].map((match) => `R${match[1]}`),
);
const NON_REFERENCE_SOURCES = new Set(['SEED', 'POLICY']);

const ALL_PLANS = TRIAGE_LEVELS.flatMap((level) => PLAN_CONDITIONS.map((condition) => ({ level, condition, plan: planFor(level, condition) })));
const stepIds = (level: TriageLevel, condition: PlanCondition) => planFor(level, condition).steps.map((step) => step.id);
const text = (level: TriageLevel, condition: PlanCondition) => planFor(level, condition).steps.map((step) => step.text).join('\n');

describe('plan steps as data', () => {
  it('have unique ids, text, and at least one source each', () => {
    expect(new Set(PLAN_STEPS.map((step) => step.id)).size).toBe(PLAN_STEPS.length);
    for (const step of PLAN_STEPS) {
      expect(step.text.length, step.id).toBeGreaterThan(20);
      expect(step.sources.length, step.id).toBeGreaterThan(0);
    }
  });

  it('cite only sources that resolve to the reference list, the seed article or the policy', () => {
    expect(REFERENCE_IDS.size).toBeGreaterThan(100);
    for (const step of PLAN_STEPS)
      for (const source of step.sources) expect(REFERENCE_IDS.has(source) || NON_REFERENCE_SOURCES.has(source), `${step.id}: ${source}`).toBe(true);
  });
});

describe('every plan', () => {
  it.each(ALL_PLANS.map(({ level, condition }) => [level, condition] as const))('%s / %s has a summary and ends with the safety net', (level, condition) => {
    const plan = planFor(level, condition);
    expect(plan.summary.length).toBeGreaterThan(40);
    expect(plan.steps.at(-1)?.id).toBe('emergency_safety_net');
    expect(plan.steps.at(-1)?.kind).toBe('seek_help');
  });

  it('does not reassure about the usual course at urgent and emergency', () => {
    expect(planFor('consult', 'disc_herniation').summary).toMatch(/usually settles/);
    expect(planFor('urgent', 'disc_herniation').summary).not.toMatch(/usually settles/);
    expect(planFor('emergency', 'unspecified').summary).not.toMatch(/improves/);
  });

  it('starts with "go to an emergency department" at emergency, and gives no self-care there', () => {
    for (const condition of PLAN_CONDITIONS) {
      const plan = planFor('emergency', condition);
      expect(plan.steps[0]?.id).toBe('go_to_emergency_department');
      expect(plan.steps.map((step) => step.id)).not.toContain('heat');
      expect(plan.steps.some((step) => step.text.startsWith('What happens next')), condition).toBe(true);
    }
  });
});

describe('conservative care first', () => {
  it.each(['self_care', 'consult'] as const)('at %s: stay active, not bed rest, heat (ice unproven), NSAID cautions, exercise, when to seek help', (level) => {
    const ids = stepIds(level, 'disc_herniation');
    expect(ids).toEqual(expect.arrayContaining(['stay_active', 'avoid_bed_rest', 'heat', 'nsaid_cautions', 'physiotherapy_exercise', 'emergency_safety_net']));
    const all = text(level, 'disc_herniation');
    expect(all).toMatch(/bed rest/);
    expect(all).toMatch(/[Ii]ce or cold packs have not been shown to help/);
    expect(all).toMatch(/lowest dose that works for the shortest time/);
    expect(all).toMatch(/stomach.*kidneys and heart/s);
  });

  it('advises against what NICE advises against for sciatica', () => {
    const all = text('consult', 'disc_herniation');
    for (const term of ['gabapentinoids', 'oral corticosteroids', 'benzodiazepines', 'opioids']) expect(all).toContain(term);
  });

  it('offers referral when sciatica persists for 6 to 8 weeks, at consult', () => {
    expect(stepIds('consult', 'disc_herniation')).toContain('specialist_for_persisting_sciatica');
    expect(text('consult', 'disc_herniation')).toMatch(/6 to 8 weeks/);
  });

  it('tells self-care to see a clinician if not better in about 6 weeks', () => {
    expect(stepIds('self_care', 'somatic_referred_pain')).toContain('see_clinician_if_not_better');
    expect(stepIds('consult', 'somatic_referred_pain')).not.toContain('see_clinician_if_not_better');
  });
});

describe('tailored to the likely condition', () => {
  it('stenosis: flexed positions and no epidural for neurogenic claudication', () => {
    expect(stepIds('consult', 'spinal_stenosis')).toEqual(expect.arrayContaining(['stenosis_flexed_positions', 'avoid_stenosis_epidural']));
  });

  it('peripheral arterial disease: vascular assessment with an ABI, no spinal self-care', () => {
    expect(text('consult', 'peripheral_arterial_disease')).toMatch(/ankle-brachial index, ABI/);
    expect(stepIds('consult', 'peripheral_arterial_disease')).not.toContain('avoid_sciatica_medicines');
  });

  it('hip osteoarthritis: hip assessment', () => {
    expect(stepIds('consult', 'hip_osteoarthritis')).toContain('hip_assessment');
  });

  it('peroneal neuropathy: avoid leg crossing, nerve studies', () => {
    expect(stepIds('consult', 'peroneal_neuropathy')).toEqual(expect.arrayContaining(['protect_peroneal_nerve', 'nerve_studies_for_foot_drop']));
    expect(text('consult', 'peroneal_neuropathy')).toMatch(/cross your legs/);
  });

  it('meralgia paresthetica and peripheral neuropathy have their own steps', () => {
    expect(stepIds('consult', 'meralgia_paresthetica')).toContain('loosen_belts_for_thigh_nerve');
    expect(stepIds('consult', 'peripheral_neuropathy')).toContain('neuropathy_cause');
  });

  it('suspected cauda equina: emergency MRI and what happens next', () => {
    expect(stepIds('emergency', 'cauda_equina_syndrome')).toContain('emergency_mri_for_nerve_compression');
    expect(text('emergency', 'cauda_equina_syndrome')).toMatch(/emergency MRI scan/);
  });

  it('serious pathology: its own pathway at urgent and emergency, a check at consult', () => {
    expect(stepIds('emergency', 'spinal_malignancy')).toContain('metastatic_cord_compression_pathway');
    expect(stepIds('urgent', 'spinal_infection')).toContain('spinal_infection_assessment');
    expect(stepIds('urgent', 'vertebral_fracture')).toContain('fracture_assessment');
    expect(stepIds('consult', 'spinal_malignancy')).toContain('check_for_serious_cause');
  });
});

describe('buildPlan', () => {
  const inference = (probability: number): Inference => ({
    painMechanism: [],
    roots: [],
    conditions: [{ id: 'spinal_stenosis', name: 'Lumbar spinal stenosis', probability }],
    confidence: 'moderate',
    explanation: [],
  });
  const said = { evidence: [{ finding: 'walking_leg_symptoms' as const, status: 'present' as const }] };

  it('tailors to the top condition when it is likely', () => {
    expect(likelyCondition(said, inference(0.6))).toBe('spinal_stenosis');
    expect(likelyCondition(said, inference(0.3))).toBe('spinal_stenosis');
  });

  it('does not tailor to a weak guess, or when nothing was said', () => {
    expect(likelyCondition(said, inference(0.29))).toBe('unspecified');
    expect(likelyCondition({ evidence: [] }, inference(0.9))).toBe('unspecified');
  });

  it('follows the triage level of the assessment', () => {
    const assessment = assess({ age: 50, evidence: [{ finding: 'back_pain' }, { finding: 'leg_pain', side: 'left' }, { finding: 'saddle_anesthesia' }] });
    expect(assessment.plan.steps[0]?.id).toBe('go_to_emergency_department');
    expect(buildPlan(said, inference(0.8), assessment.triage)).toBe(planFor('emergency', 'spinal_stenosis'));
  });

  it('at urgent, says where to go before what happens there', () => {
    expect(stepIds('urgent', 'spinal_infection').slice(0, 2)).toEqual(['see_clinician_today', 'spinal_infection_assessment']);
  });
});

/** Flesch–Kincaid grade of plain-language text, with the medical terms in brackets left out (they are there for clinicians). */
function readingGrade(passage: string): number {
  const plain = passage.replace(/\([^)]*\)/g, '');
  const sentences = Math.max(1, plain.split(/[.!?:;]+\s/).filter((s) => s.trim() !== '').length);
  const words = plain.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g) ?? [];
  const syllables = words.reduce((sum, word) => sum + syllableCount(word), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / Math.max(1, words.length)) - 15.59;
}

function syllableCount(word: string): number {
  const groups = word.toLowerCase().replace(/e$/, '').match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 0);
}

describe('plain language', () => {
  it('reads at about a 12-year-old level on average (Flesch–Kincaid grade, medical terms in brackets excluded)', () => {
    const grades = PLAN_STEPS.map((step) => readingGrade(step.text));
    const mean = grades.reduce((a, b) => a + b, 0) / grades.length;
    expect(mean).toBeLessThanOrEqual(8);
    for (const step of PLAN_STEPS) expect(readingGrade(step.text), step.id).toBeLessThanOrEqual(11);
  });
});
