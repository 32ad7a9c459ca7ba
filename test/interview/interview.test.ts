import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessCase } from '../../src/assess.js';
import { parseCase } from '../../src/case/validate.js';
import { replayCases } from '../../src/interview/evaluate.js';
import { answer, nextQuestion, startInterview, toCase, type Question } from '../../src/interview/index.js';

const vignettes = readFileSync(new URL('../../../shared/vignettes/dev.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => parseCase(JSON.parse(line).case).case);

const ask = (state: ReturnType<typeof startInterview>): Question => {
  const next = nextQuestion(state);
  if (next.done) throw new Error(`interview stopped early: ${next.reason}`);
  return next.question;
};

describe('adaptive interview', () => {
  it('asks the nerve warning signs first, in plain words', () => {
    const first = ask(startInterview('person'));
    expect(first.kind).toBe('group');
    expect(first.findings).toEqual(expect.arrayContaining(['bladder_dysfunction', 'bowel_dysfunction', 'saddle_anesthesia']));
  });

  it('reaches an emergency from new bladder trouble on the first screen', () => {
    const state = startInterview('person');
    const first = ask(state);
    const after = answer(state, first, { evidence: [{ finding: 'bladder_dysfunction', status: 'present' }] });
    expect(assessCase(toCase(after)).triage.level).toBe('emergency');
  });

  it('stops asking once the answers mean an emergency that no further answer can lower', () => {
    const state = startInterview('person');
    const first = ask(state);
    const after = answer(state, first, { evidence: [{ finding: 'bladder_dysfunction', status: 'present' }] });
    const next = nextQuestion(after);
    expect(next.done && next.reason).toBe('emergency');
  });

  it('keeps asking when the emergency hangs on how long the symptoms have lasted', () => {
    // New sexual dysfunction is a cauda equina sign only when recent (spec/triage-policy.md).
    const state = startInterview('person');
    const first = ask(state);
    const after = answer(state, first, { evidence: [{ finding: 'sexual_dysfunction', status: 'present' }] });
    expect(assessCase(toCase(after)).triage.level).toBe('emergency');
    const next = nextQuestion(after);
    expect(next.done).toBe(false);
    expect(!next.done && next.question.id).toBe('about');
  });

  it('records "I don\'t know" as unknown, never as absent', () => {
    const state = startInterview('person');
    const first = ask(state);
    const after = answer(state, first, { evidence: [] });
    const statuses = new Set(toCase(after).evidence.map((i) => i.status));
    expect([...statuses]).toEqual(['unknown']);
    expect(toCase(after).evidence.map((i) => i.finding).sort()).toEqual([...first.findings].sort());
  });

  it('stops, saying why, and never asks a question twice', () => {
    let state = startInterview('person');
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const next = nextQuestion(state);
      if (next.done) {
        expect(next.message.length).toBeGreaterThan(10);
        return;
      }
      expect(seen.has(next.question.id)).toBe(false);
      seen.add(next.question.id);
      state = answer(state, next.question, { evidence: [] });
    }
    throw new Error('the interview never stopped');
  });

  it('an answer replaces the earlier answer to the same question', () => {
    const state = startInterview('person');
    const first = ask(state);
    const yes = answer(state, first, { evidence: [{ finding: 'bladder_dysfunction', status: 'present' }] });
    const no = answer(yes, first, { evidence: [{ finding: 'bladder_dysfunction', status: 'absent' }] });
    expect(toCase(no).evidence.filter((i) => i.finding === 'bladder_dysfunction')).toEqual([
      { finding: 'bladder_dysfunction', status: 'absent' },
    ]);
    expect(no.asked).toEqual([first.id]);
  });
});

describe('interview replayed on the dev vignettes (answers from the structured case, unmentioned → "I don\'t know")', () => {
  // The vignettes' structured cases include examination findings, so the
  // clinician's interview (which also asks the examination) is the one measured.
  const summary = replayCases(vignettes, 'clinician');

  it('reaches the same triage level as the whole case in at least 95 % of vignettes', () => {
    expect(summary.sameTriage).toBeGreaterThanOrEqual(0.95);
  });

  it('never gives a lower level when the whole case is an emergency', () => {
    expect(summary.emergencyMissed).toEqual([]);
  });

  it('asks fewer questions on average than the cases contain findings', () => {
    expect(summary.meanQuestions).toBeLessThan(summary.meanCaseFindings);
  });

  it('asks far fewer questions, and covers fewer findings, than a fixed questionnaire of every question', () => {
    expect(summary.meanQuestions).toBeLessThan(summary.fixedQuestionnaire.questions / 4);
    expect(summary.meanFindingsAsked).toBeLessThan(summary.fixedQuestionnaire.findings);
  });
});
