import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODE_MAPPINGS, emittedCodings } from '../../src/fhir/codes.js';
import { buildCodeSystem } from '../../src/fhir/codeSystem.js';
import { LOCAL_CONCEPTS } from '../../src/fhir/localConcepts.js';
import { ICD10_CM, ICD10_WHO, SNOMED } from '../../src/fhir/systems.js';
import { CONDITIONS, FINDINGS, MOVEMENTS, REGIONS, ROOTS, TRIAGE_LEVELS } from '../../src/knowledge/vocabulary.js';
import { validationErrors } from './validator.js';

const reference = readFileSync(new URL('../../../shared/clinical/reference.md', import.meta.url), 'utf8');
const codingSection = reference.slice(reference.indexOf('## 8. Coding'), reference.indexOf('## 9.'));
const row = (code: string): string => codingSection.split('\n').find((line) => line.includes(code)) ?? '';

describe('the code table', () => {
  it('holds only codes that clinical/reference.md §8 gives (never codes from memory)', () => {
    for (const mapping of CODE_MAPPINGS)
      for (const code of mapping.codes) {
        expect(codingSection, `${mapping.id}: ${code.code}`).toMatch(new RegExp(`\\b${code.code.replace('.', '\\.')}\\b`));
      }
  });

  it('emits only codes the reference corroborates, never its low-confidence or from-memory ones', () => {
    const emitted = CODE_MAPPINGS.flatMap((m) => emittedCodings(m.kind, m.id).map((c) => ({ ...c, id: m.id })));
    expect(emitted.length).toBeGreaterThan(10);
    for (const coding of emitted) {
      expect(coding.system).not.toBe(ICD10_WHO);
      const line = row(coding.code ?? '');
      expect(line, `${coding.id} ${coding.code}`).not.toMatch(/from memory|\*\*low/);
    }
    expect(emittedCodings('condition', 'spinal_stenosis').map((c) => c.code)).toEqual(['M48.062']);
    expect(emittedCodings('condition', 'cauda_equina_syndrome')).toEqual([
      { system: ICD10_CM, code: 'G83.4', display: 'Cauda equina syndrome' },
      { system: SNOMED, code: '192970008', display: 'Cauda equina syndrome' },
    ]);
    expect(emittedCodings('condition', 'peripheral_neuropathy')).toEqual([]);
  });
});

describe('the local CodeSystem', () => {
  const codeSystem = buildCodeSystem();

  it('passes the FHIR R4 validator', () => {
    expect(validationErrors(codeSystem)).toEqual([]);
  });

  it('has a concept for every id of the vocabulary, and codes unique across kinds', () => {
    const codes = (codeSystem.concept ?? []).map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const id of [...FINDINGS, ...REGIONS, ...MOVEMENTS, ...ROOTS, ...CONDITIONS]) expect(codes).toContain(id);
    for (const level of TRIAGE_LEVELS) expect(codes).toContain(`triage_${level}`);
    expect(codeSystem.count).toBe(LOCAL_CONCEPTS.length);
    expect(codeSystem.url).toBe('https://sciatrace.org/fhir/CodeSystem/sciatrace');
  });
});
