import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCase } from '../../src/assess.js';
import type { EvidenceItem } from '../../src/case/schema.js';
import { answer, nextQuestion, startInterview, toCase, type Question } from '../../src/interview/index.js';
import { CAUDA_EQUINA_FINDINGS, triageRank } from '../../src/knowledge/vocabulary.js';

type Reply = 'present' | 'absent' | 'unknown';

/** Answers a question from a table of replies (side left for one-sided findings). */
const reply = (replies: Readonly<Record<string, Reply>>) => (question: Question): EvidenceItem[] =>
  question.findings.flatMap((finding): EvidenceItem[] => {
    const r = replies[finding] ?? 'unknown';
    return r === 'unknown' ? [] : [{ finding, status: r }];
  });

const replies = fc.dictionary(
  fc.constantFrom('bladder_dysfunction', 'saddle_anesthesia', 'weakness', 'foot_drop', 'back_pain', 'leg_pain', 'numbness', 'fever', 'trauma', 'cancer_history', 'walking_leg_symptoms', 'night_pain', 'shooting_pain', 'groin_pain', 'hip_movement_pain', 'pain_worse_sitting'),
  fc.constantFrom<Reply>('present', 'absent', 'unknown'),
);

describe('interview properties', () => {
  it('asks the cauda equina warning signs first, ends, never repeats a question, and ends in an emergency whenever a cauda equina symptom is present', () => {
    fc.assert(
      fc.property(replies, (table) => {
        let state = startInterview('person');
        const asked: string[] = [];
        for (let i = 0; i < 40; i++) {
          const next = nextQuestion(state);
          if (next.done) break;
          if (i === 0) expect(next.question.findings).toEqual(expect.arrayContaining(['bladder_dysfunction', 'bowel_dysfunction', 'saddle_anesthesia']));
          expect(asked).not.toContain(next.question.id);
          asked.push(next.question.id);
          state = answer(state, next.question, { evidence: reply(table)(next.question) });
        }
        expect(nextQuestion(state).done).toBe(true);
        const level = assessCase(toCase(state)).triage.level;
        // A present cauda equina symptom always ends in an emergency.
        if (CAUDA_EQUINA_FINDINGS.some((f) => table[f] === 'present')) expect(level).toBe('emergency');
        return triageRank(level) >= 0;
      }),
      { numRuns: 40 },
    );
  });
});
