import { describe, expect, it } from 'vitest';
import { knowledgeFigures } from '../../src/knowledge/index.js';
import { isEstimated, sourceIdsOf } from '../../src/knowledge/sourced.js';
import { SOURCE_BY_ID, SOURCES } from '../../src/knowledge/sources.js';
import { CONDITION_INFO } from '../../src/knowledge/conditions.js';
import { CONDITION_FACTS, MECHANISM_FACTS, ROOT_FACTS, LOCALISATION_FACT } from '../../src/knowledge/facts.js';
import { GENERIC_SCIATIC_PAIN, MYOTOMES, PAIN_MAP, ROOT_SIGNS, SENSORY_MAP } from '../../src/knowledge/anatomy.js';
import { COURSE_FEATURES, LEAK, PROFILES, type Profile } from '../../src/knowledge/emissions.js';
import { CONDITIONS, FINDINGS, MOVEMENTS, REGIONS, ROOTS } from '../../src/knowledge/vocabulary.js';
import { TRIAGE_RULES } from '../../src/triage/rules.js';
import { PLAN_STEPS } from '../../src/plan/index.js';
import { HYPOTHESES } from '../../src/model/index.js';
import { zoneRoot } from '../../src/knowledge/lesions.js';

const figures = knowledgeFigures();
/** Figures that are not probabilities or shares: ages, spreads and multipliers. */
const notAProbability = (path: string): boolean => /MeanAge|AgeSd|sexMultipliers/.test(path);

describe('the knowledge base', () => {
  it('has hundreds of numbers, each cited or marked as an estimate with a reason', () => {
    expect(figures.length).toBeGreaterThan(300);
    for (const { path, figure } of figures) {
      expect(Number.isFinite(figure.value), path).toBe(true);
      if (isEstimated(figure)) expect(figure.estimate.trim().length, `${path} says why it is estimated`).toBeGreaterThan(5);
      else expect(figure.source.length, `${path} cites a source`).toBeGreaterThan(0);
    }
  });

  it('keeps probabilities and shares within 0..1', () => {
    for (const { path, figure } of figures.filter((f) => !notAProbability(f.path))) {
      expect(figure.value, path).toBeGreaterThanOrEqual(0);
      expect(figure.value, path).toBeLessThanOrEqual(1);
    }
  });

  it('resolves every source id used by a figure, a fact, a code, a triage rule or a plan step', () => {
    const used = new Map<string, string>();
    for (const { path, figure } of figures) for (const id of sourceIdsOf(figure)) used.set(id, path);
    const facts = [...Object.values(MECHANISM_FACTS), ...Object.values(ROOT_FACTS), ...Object.values(CONDITION_FACTS), [LOCALISATION_FACT]].flat();
    for (const fact of facts) for (const id of fact.sources) used.set(id, `fact: ${fact.text.slice(0, 30)}`);
    for (const info of Object.values(CONDITION_INFO)) for (const id of info.icd10Sources) used.set(id, `icd10 of ${info.id}`);
    for (const rule of TRIAGE_RULES) for (const id of rule.sources) used.set(id, `triage rule ${rule.id}`);
    for (const step of PLAN_STEPS) for (const id of step.sources) used.set(id, `plan step ${step.id}`);
    for (const [id, where] of used) expect(SOURCE_BY_ID.has(id), `${id} used by ${where}`).toBe(true);
  });

  it('lists every reference of the clinical reference once, plus the seed article and the policy', () => {
    const ids = SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (let n = 1; n <= 123; n++) expect(ids).toContain(`R${n}`);
    expect(ids).toContain('SEED');
    expect(ids).toContain('POLICY');
    for (const s of SOURCES) expect(s.citation).not.toMatch(/Read as:/);
  });

  it('names every condition with an ICD-10-CM code and keeps the verification caveat', () => {
    for (const id of CONDITIONS) {
      const info = CONDITION_INFO[id];
      expect(info.icd10).toMatch(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/);
      expect(info.icd10Note).toMatch(/verify/i);
    }
    expect(CONDITION_INFO.disc_herniation.icd10).toBe('M51.16');
    expect(CONDITION_INFO.spinal_stenosis.icd10).toBe('M48.062');
    expect(CONDITION_INFO.cauda_equina_syndrome.icd10).toBe('G83.4');
  });

  it('keys every table by valid ids: regions, roots, movements, findings and course features', () => {
    const regions = new Set<string>(REGIONS);
    const roots = new Set<string>(ROOTS);
    const keys = new Set<string>([...FINDINGS, ...MOVEMENTS.map((m) => `weakness@${m}`), ...COURSE_FEATURES]);
    for (const map of [...Object.values(SENSORY_MAP), ...Object.values(PAIN_MAP), GENERIC_SCIATIC_PAIN])
      for (const region of Object.keys(map)) expect(regions.has(region), region).toBe(true);
    for (const profile of Object.values(PROFILES) as Profile[]) {
      for (const key of Object.keys(profile.emissions)) expect(keys.has(key), key).toBe(true);
      for (const region of Object.keys({ ...profile.painRegions, ...profile.sensoryRegions })) expect(regions.has(region), region).toBe(true);
    }
    for (const key of Object.keys(LEAK)) expect(keys.has(key), key).toBe(true);
    for (const [finding, byRoot] of Object.entries(ROOT_SIGNS)) {
      expect(keys.has(finding), finding).toBe(true);
      for (const root of Object.keys(byRoot ?? {})) expect(roots.has(root), `${finding}.${root}`).toBe(true);
    }
    for (const byRoot of Object.values(MYOTOMES)) for (const root of Object.keys(byRoot)) expect(roots.has(root)).toBe(true);
    // every finding has a background rate, so every hypothesis has a probability for it
    for (const finding of FINDINGS) expect(LEAK[finding], finding).toBeDefined();
  });

  it('gives every root a sensory and a pain map, and every movement its roots', () => {
    for (const root of ROOTS) {
      expect(Object.keys(SENSORY_MAP[root]).length).toBeGreaterThan(1);
      expect(Object.keys(PAIN_MAP[root]).length).toBeGreaterThan(1);
    }
    for (const movement of MOVEMENTS) expect(Object.keys(MYOTOMES[movement]).length).toBeGreaterThan(0);
  });

  it('maps disc zones to roots by the exit rule: paracentral the traversing root, lateral zones the exiting root', () => {
    expect(zoneRoot('L4-L5', 'posterolateral')).toBe('L5');
    expect(zoneRoot('L4-L5', 'foraminal')).toBe('L4');
    expect(zoneRoot('L4-L5', 'far_lateral')).toBe('L4');
    expect(zoneRoot('L5-S1', 'posterolateral')).toBe('S1');
    expect(zoneRoot('L5-S1', 'far_lateral')).toBe('L5');
    expect(zoneRoot('L3-L4', 'posterolateral')).toBe('L4');
    expect(zoneRoot('L1-L2', 'foraminal')).toBe('L1');
  });

  it('has hypotheses for every condition, with unique ids and roots only on the legs they reach', () => {
    for (const id of CONDITIONS) expect(HYPOTHESES.some((h) => h.condition === id), id).toBe(true);
    expect(new Set(HYPOTHESES.map((h) => h.id)).size).toBe(HYPOTHESES.length);
    for (const h of HYPOTHESES) {
      for (const side of ['left', 'right'] as const) if (h.legs[side].roots.length > 0) expect(h.legs[side].active, h.id).toBe(true);
      expect(h.share, h.id).toBeGreaterThan(0);
    }
    const central = HYPOTHESES.find((h) => h.id === 'disc_herniation:L4-L5:central');
    expect(central?.legs.left.roots.map((r) => r.root)).toContain('L5');
    expect(central?.legs.right.roots.map((r) => r.root)).toContain('L5');
  });
});
