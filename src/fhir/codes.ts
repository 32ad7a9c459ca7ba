/**
 * The one table from our ids (findings, roots, conditions, pain mechanisms,
 * triage levels) to standard codes, taken only from clinical/reference.md §8
 * (ICD-10-CM §8.1, SNOMED CT §8.2; the reference gives no LOINC code, so none
 * is listed). Everything without a standard code is coded in our own
 * CodeSystem (codeSystem.ts) only.
 *
 * Caveat carried over from the reference: "Verify every code against the
 * current release before use." It could not open the CMS/NCHS, WHO or SNOMED
 * International primary files and cross-checked codes against secondary
 * copies [R98][R100]. So each entry keeps the reference's own verification
 * flag, and only `corroborated` codes are written into resources
 * (`emittedCodings`); `unverified` (from memory, WHO parent codes, codes by
 * pattern) and `low` (conflicting SNOMED labels) stay in the table so the
 * team can check them, but never reach a record system. The reference names
 * each concept but not the code systems' exact display strings; the displays
 * below are the ICD-10-CM long titles and SNOMED CT preferred terms as we know
 * them, to be verified together with the codes.
 */
import type { Coding } from '@medplum/fhirtypes';
import { ICD10_CM, ICD10_WHO, SNOMED } from './systems.js';

export type CodedKind = 'finding' | 'condition' | 'mechanism' | 'root' | 'triage';

export interface StandardCode {
  readonly system: string;
  readonly code: string;
  /** The code system's own display text (ICD-10-CM long title, SNOMED CT preferred term). */
  readonly display: string;
  /** The reference's verification flag: see the module comment. */
  readonly verification: 'corroborated' | 'unverified' | 'low';
  /** Reference section and source ids. */
  readonly source: string;
}

export interface CodeMapping {
  readonly kind: CodedKind;
  readonly id: string;
  readonly codes: readonly StandardCode[];
}

const icd10cm = (code: string, display: string, source = '§8.1 R98'): StandardCode => ({ system: ICD10_CM, code, display, verification: 'corroborated', source });
const icd10who = (code: string, display: string): StandardCode => ({ system: ICD10_WHO, code, display, verification: 'unverified', source: '§8.1 (WHO column, unverified)' });
const sct = (code: string, display: string, verification: StandardCode['verification'] = 'corroborated'): StandardCode => ({
  system: SNOMED,
  code,
  display,
  verification,
  source: '§8.2 R100',
});

export const CODE_MAPPINGS: readonly CodeMapping[] = [
  // Findings: only low back pain and foot drop have codes in the reference.
  { kind: 'finding', id: 'back_pain', codes: [sct('279039007', 'Low back pain'), icd10cm('M54.50', 'Low back pain, unspecified')] },
  { kind: 'finding', id: 'foot_drop', codes: [icd10cm('M21.379', 'Foot drop, unspecified foot'), icd10who('M21.3', 'Wrist or foot drop (acquired)')] },
  // Radicular leg pain is what the reference codes as sciatica.
  { kind: 'mechanism', id: 'radicular', codes: [sct('23056005', 'Sciatica'), icd10cm('M54.30', 'Sciatica, unspecified side')] },
  {
    kind: 'condition',
    id: 'disc_herniation',
    codes: [
      icd10cm('M51.16', 'Intervertebral disc disorders with radiculopathy, lumbar region'),
      icd10who('M51.1', 'Lumbar and other intervertebral disc disorders with radiculopathy'),
      // Reference: SNOMED for "lumbar disc herniation with radiculopathy" not established; 128196005 (lumbar radiculopathy) has conflicting labels.
      sct('128196005', 'Lumbar radiculopathy', 'low'),
    ],
  },
  {
    kind: 'condition',
    id: 'spinal_stenosis',
    codes: [
      icd10cm('M48.062', 'Spinal stenosis, lumbar region with neurogenic claudication'),
      icd10who('M48.0', 'Spinal stenosis'),
      sct('18347007', 'Spinal stenosis of lumbar region', 'low'),
    ],
  },
  {
    kind: 'condition',
    id: 'cauda_equina_syndrome',
    codes: [icd10cm('G83.4', 'Cauda equina syndrome'), icd10who('G83.4', 'Cauda equina syndrome'), sct('192970008', 'Cauda equina syndrome')],
  },
  {
    kind: 'condition',
    id: 'somatic_referred_pain',
    codes: [icd10cm('M54.50', 'Low back pain, unspecified'), icd10who('M54.5', 'Low back pain'), sct('279039007', 'Low back pain')],
  },
  {
    kind: 'condition',
    id: 'peripheral_arterial_disease',
    codes: [
      icd10cm('I70.219', 'Atherosclerosis of native arteries of extremities with intermittent claudication, unspecified extremity'),
      icd10who('I70.2', 'Atherosclerosis of arteries of extremities'),
      sct('399957001', 'Peripheral arterial occlusive disease'),
    ],
  },
  {
    kind: 'condition',
    id: 'hip_osteoarthritis',
    codes: [
      // The reference gives the M16 codes "from memory — unverified".
      { ...icd10cm('M16.9', 'Osteoarthritis of hip, unspecified'), verification: 'unverified' },
      sct('239872002', 'Osteoarthritis of hip'),
    ],
  },
  {
    kind: 'condition',
    id: 'peripheral_neuropathy',
    codes: [{ ...icd10cm('G62.9', 'Polyneuropathy, unspecified'), verification: 'unverified' }, sct('42345000', 'Polyneuropathy', 'low')],
  },
  {
    kind: 'condition',
    id: 'meralgia_paresthetica',
    codes: [icd10cm('G57.10', 'Meralgia paresthetica, unspecified lower limb'), icd10who('G57.1', 'Meralgia paraesthetica')],
  },
  {
    kind: 'condition',
    id: 'peroneal_neuropathy',
    // Only the right-sided G57.31 was verified by the reference; the unsided G57.30 follows by pattern.
    codes: [{ ...icd10cm('G57.30', 'Lesion of lateral popliteal nerve, unspecified lower limb'), verification: 'unverified' }],
  },
  // spinal_malignancy, spinal_infection, vertebral_fracture, roots and triage levels: no code in the reference.
];

const MAPPING_BY_KEY: ReadonlyMap<string, CodeMapping> = new Map(CODE_MAPPINGS.map((m) => [`${m.kind}:${m.id}`, m]));

/** Every standard code the table holds for an id, whatever its verification. */
export const standardCodes = (kind: CodedKind, id: string): readonly StandardCode[] => MAPPING_BY_KEY.get(`${kind}:${id}`)?.codes ?? [];

/** The standard codings fit to write into a resource: corroborated codes only. */
export const emittedCodings = (kind: CodedKind, id: string): Coding[] =>
  standardCodes(kind, id)
    .filter((c) => c.verification === 'corroborated')
    .map(({ system, code, display }) => ({ system, code, display }));
