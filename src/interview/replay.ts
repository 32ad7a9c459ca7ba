/**
 * Answers the interview's questions from a structured case, as a person who
 * knows exactly what the case says: findings the case does not mention are
 * "I don't know". Used to measure the interview on the vignettes.
 */
import type { Case } from '../case/schema.js';
import type { Question } from './questions.js';
import type { Answer } from './state.js';

export function answerFromCase(kase: Case, question: Question): Answer {
  if (question.kind === 'about') {
    const { age, sex, durationDays, onset } = kase;
    return {
      evidence: [],
      about: {
        ...(age !== undefined && { age }),
        ...(sex !== undefined && { sex }),
        ...(durationDays !== undefined && { durationDays }),
        ...(onset !== undefined && { onset }),
      },
    };
  }
  const asked = new Set<string>(question.findings);
  return { evidence: kase.evidence.filter((item) => asked.has(item.finding) && item.status !== 'unknown') };
}
