import { describe, expect, it } from 'vitest';
import { QUESTION_LIST, questionFor, questionsFor } from '../../src/knowledge/questions.js';
import { FINDING_SPECS, FINDINGS } from '../../src/knowledge/vocabulary.js';

describe('question bank', () => {
  it('words every finding of the case format, with its medical term', () => {
    expect(QUESTION_LIST.map((q) => q.finding)).toEqual([...FINDINGS]);
    for (const q of QUESTION_LIST) {
      expect(q.text.endsWith('?'), q.finding).toBe(true);
      expect(q.term.length, q.finding).toBeGreaterThan(2);
    }
  });

  it('asks for a side exactly when the finding has one, and regions and movement where the format takes them', () => {
    for (const spec of FINDING_SPECS) {
      const kinds = questionFor(spec.id).followUps.map((f) => f.kind);
      expect(kinds.includes('side'), spec.id).toBe(spec.lateral);
      expect(kinds.includes('regions'), spec.id).toBe('regions' in spec && spec.regions === true);
      expect(kinds.includes('movement'), spec.id).toBe('movement' in spec && spec.movement === true);
    }
  });

  it('never asks the person for an MRC grade, but asks walking distance', () => {
    const person = questionsFor('person');
    expect(person.every((q) => q.audience === 'person')).toBe(true);
    expect(questionFor('weakness').followUps.some((f) => f.kind === 'grade')).toBe(false);
    expect(questionFor('walking_leg_symptoms').followUps.find((f) => f.kind === 'grade')?.unit).toBe('metres');
    expect(questionFor('slr_positive').followUps.find((f) => f.kind === 'grade')?.unit).toBe('degrees');
  });
});
