/**
 * What the interview has learnt so far, as plain data: the answers become a
 * Case, so the result is always exactly what `assess` says about that Case.
 */
import type { Case, EvidenceItem } from '../case/schema.js';
import type { Audience } from '../knowledge/questions.js';
import type { FindingId, Onset, Sex } from '../knowledge/vocabulary.js';
import type { Question } from './questions.js';

export interface About {
  readonly age?: number;
  readonly sex?: Sex;
  readonly durationDays?: number;
  readonly onset?: Onset;
}

/**
 * The answer to one question: the evidence items it gave (present or absent,
 * with side, regions, movement, grade, trend) and, for the "about" screen,
 * the demographics. A finding of the question with no item was answered
 * "I don't know" and is recorded as status `unknown`.
 */
export interface Answer {
  readonly evidence: readonly EvidenceItem[];
  readonly about?: About;
}

export interface InterviewState {
  readonly audience: Audience;
  readonly about: About;
  readonly evidence: readonly EvidenceItem[];
  /** Ids of the questions already asked, in order. */
  readonly asked: readonly string[];
}

export const startInterview = (audience: Audience = 'person'): InterviewState => ({
  audience,
  about: {},
  evidence: [],
  asked: [],
});

/** Records an answer; findings of the question the answer says nothing about become `unknown`. */
export function answer(state: InterviewState, question: Question, given: Answer): InterviewState {
  const covered = new Set<string>(question.findings);
  const items = given.evidence.filter((item) => covered.has(item.finding));
  const answered = new Set(items.map((item) => item.finding));
  const unknown: EvidenceItem[] = question.findings
    .filter((f) => !answered.has(f))
    .map((finding) => ({ finding, status: 'unknown' as const }));
  return {
    ...state,
    about: question.kind === 'about' && given.about ? { ...state.about, ...given.about } : state.about,
    evidence: [...state.evidence.filter((item) => !covered.has(item.finding)), ...items, ...unknown],
    asked: [...state.asked.filter((id) => id !== question.id), question.id],
  };
}

/** The case the answers so far describe. */
export function toCase(state: InterviewState, id?: string): Case {
  const { age, sex, durationDays, onset } = state.about;
  return {
    ...(id !== undefined && { id }),
    ...(age !== undefined && { age }),
    ...(sex !== undefined && { sex }),
    ...(durationDays !== undefined && { durationDays }),
    ...(onset !== undefined && { onset }),
    evidence: [...state.evidence],
  };
}

/** The status the answers give a finding: present if any item says so, else absent, else unknown or unasked. */
export function statusOf(state: InterviewState, finding: FindingId): 'present' | 'absent' | 'unknown' | 'unasked' {
  const items = state.evidence.filter((item) => item.finding === finding);
  if (items.length === 0) return 'unasked';
  if (items.some((item) => item.status === 'present')) return 'present';
  if (items.some((item) => item.status === 'absent')) return 'absent';
  return 'unknown';
}
