/**
 * Every concept of our own code system, generated from the vocabulary and the
 * question bank so that the codes never drift from the case format. A concept
 * is keyed by its kind; codes are unique across kinds (a test holds that).
 */
import { CONDITION_INFO } from '../knowledge/conditions.js';
import { ANSWER_WORDS, FINDING_QUESTIONS, MOVEMENT_WORDS, REGION_WORDS, SIDE_WORDS, TREND_WORDS } from '../knowledge/questions.js';
import {
  CONDITIONS,
  FINDING_SPECS,
  MOVEMENTS,
  ONSETS,
  PAIN_MECHANISMS,
  REGIONS,
  ROOTS,
  SIDES,
  STATUSES,
  TRENDS,
  TRIAGE_LEVELS,
} from '../knowledge/vocabulary.js';
import { NEXT_STEPS } from './nextSteps.js';

export type ConceptKind =
  | 'finding'
  | 'region'
  | 'movement'
  | 'side'
  | 'status'
  | 'trend'
  | 'onset'
  | 'root'
  | 'mechanism'
  | 'condition'
  | 'triage'
  | 'attribute'
  | 'next_step'
  | 'method';

export interface LocalConcept {
  readonly code: string;
  readonly display: string;
  readonly definition?: string;
  readonly kind: ConceptKind;
}

/** "disc_herniation" → "Disc herniation": displays for ids the knowledge base has no words for yet. */
export const humanise = (id: string): string => {
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * Codes for the parts of a case that are not findings: demographics and the
 * attributes of an evidence item (Observation.component codes, Questionnaire
 * item codes).
 */
export const ATTRIBUTE_CONCEPTS = {
  age: 'Age in years',
  sex: 'Sex',
  duration: 'Duration of the current symptoms in days',
  onset: 'Onset of the current symptoms',
  text: "Free text: the person's own words or a clinician's note",
  status: 'Whether the finding is present, absent or unknown',
  side: 'Side',
  regions: 'Body regions',
  movement: 'Movement',
  grade: 'Grade (MRC 0..5, degrees, metres or millilitres, by finding)',
  trend: 'Trend',
} as const;
export type AttributeCode = keyof typeof ATTRIBUTE_CONCEPTS;

export const LOCAL_CONCEPTS: readonly LocalConcept[] = [
  ...FINDING_SPECS.map((f) => ({
    code: f.id,
    display: FINDING_QUESTIONS.get(f.id)?.term ?? humanise(f.id),
    definition: f.meaning,
    kind: 'finding' as const,
  })),
  ...REGIONS.map((r) => ({ code: r, display: REGION_WORDS[r].label, definition: REGION_WORDS[r].term, kind: 'region' as const })),
  ...MOVEMENTS.map((m) => ({ code: m, display: MOVEMENT_WORDS[m].term, definition: MOVEMENT_WORDS[m].label, kind: 'movement' as const })),
  ...SIDES.map((s) => ({ code: s, display: SIDE_WORDS[s], kind: 'side' as const })),
  ...STATUSES.map((s) => ({ code: s, display: ANSWER_WORDS[s], kind: 'status' as const })),
  ...TRENDS.map((t) => ({ code: t, display: TREND_WORDS[t], kind: 'trend' as const })),
  ...ONSETS.map((o) => ({ code: o, display: humanise(o), kind: 'onset' as const })),
  ...ROOTS.map((r) => ({ code: r, display: `${r} nerve root`, kind: 'root' as const })),
  ...PAIN_MECHANISMS.map((m) => ({ code: m, display: `${humanise(m)} pain`, kind: 'mechanism' as const })),
  ...CONDITIONS.map((c) => ({ code: c, display: CONDITION_INFO[c].name, kind: 'condition' as const })),
  ...TRIAGE_LEVELS.map((t) => ({ code: `triage_${t}`, display: `Triage: ${humanise(t).toLowerCase()}`, kind: 'triage' as const })),
  ...Object.entries(ATTRIBUTE_CONCEPTS).map(([code, display]) => ({ code, display, kind: 'attribute' as const })),
  ...NEXT_STEPS.map((s) => ({ code: s.code, display: s.display, kind: 'next_step' as const })),
  { code: 'sciatrace_assessment', display: 'Sciatrace assessment (anatomical model inverted with Bayes rule; triage by rules table)', kind: 'method' },
];

const BY_KIND_AND_CODE: ReadonlyMap<string, LocalConcept> = new Map(LOCAL_CONCEPTS.map((c) => [`${c.kind}:${c.code}`, c]));

/** The local concept for an id of a kind; throws for an id the vocabulary does not know (a programming error). */
export function localConcept(kind: ConceptKind, code: string): LocalConcept {
  const concept = BY_KIND_AND_CODE.get(`${kind}:${code}`);
  if (!concept) throw new Error(`no ${kind} concept ${code} in the local code system`);
  return concept;
}

/** The code used for a triage level (prefixed, because `urgent` etc. are not unique enough on their own). */
export const triageCode = (level: string): string => `triage_${level}`;
