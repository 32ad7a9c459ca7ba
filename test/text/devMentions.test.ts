/** The extractor against the annotated mentions of real notes (../shared/corpus/dev-mentions.jsonl, dev-hypothetical.jsonl). */
import { describe, expect, it } from 'vitest';
import { figures, hypotheticalReadAsCurrent, scoreDevMentions } from './devMentions.js';

describe('dev-mentions', () => {
  const f = figures(scoreDevMentions());

  it('gives the annotated status for at least 95 % of present/absent mentions', () => {
    expect(f.same / f.presentOrAbsent).toBeGreaterThanOrEqual(0.95);
  });

  it('calls a present mention absent (or the reverse) in at most 3 %', () => {
    expect(f.opposite / f.presentOrAbsent).toBeLessThanOrEqual(0.03);
  });

  it('never misses or negates a bladder, bowel or saddle mention annotated present', () => {
    expect(f.sphincterPresentMissedOrAbsent.map((s) => s.annotation.sentence)).toEqual([]);
  });

  it('reads no finding word of a risk list, precaution or goal as a current mention (dev-hypothetical.jsonl)', () => {
    expect(hypotheticalReadAsCurrent()).toEqual([]);
  });
});
