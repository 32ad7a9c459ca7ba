/**
 * Asks the interview's questions at the terminal (@inquirer/prompts) and turns
 * the replies into an interview Answer. Translation only: which question comes
 * next is decided by the core (src/interview).
 */
import { checkbox, input, number, select } from '@inquirer/prompts';
import type { EvidenceItem } from '../../case/schema.js';
import {
  ANSWER_WORDS,
  MOVEMENT_WORDS,
  REGION_WORDS,
  SIDE_WORDS,
  TREND_WORDS,
  questionFor,
} from '../../knowledge/questions.js';
import { MOVEMENTS, ONSETS, REGIONS, SEXES, SIDES, TRENDS, type FindingId, type Side } from '../../knowledge/vocabulary.js';
import type { About, Answer, Question } from '../../interview/index.js';

/** Thrown when the person asks to see the result now. */
export class ShowResultNow extends Error {}

const SHOW_NOW = 'show_result_now';

async function yesNo(finding: FindingId): Promise<'present' | 'absent' | 'unknown'> {
  const q = questionFor(finding);
  const choice = await select({
    message: `${q.text} (${q.term})${q.hint ? `\n  ${q.hint}` : ''}`,
    choices: [
      { name: ANSWER_WORDS.present, value: 'present' },
      { name: ANSWER_WORDS.absent, value: 'absent' },
      { name: ANSWER_WORDS.unknown, value: 'unknown' },
      { name: 'Show me the result now', value: SHOW_NOW },
    ],
  });
  if (choice === SHOW_NOW) throw new ShowResultNow();
  return choice as 'present' | 'absent' | 'unknown';
}

/** Asks a "yes"'s follow-ups (side, regions, movement, grade, trend) and returns the items. */
async function followUps(finding: FindingId): Promise<EvidenceItem[]> {
  const item: { -readonly [K in keyof EvidenceItem]: EvidenceItem[K] } = { finding, status: 'present' };
  for (const follow of questionFor(finding).followUps) {
    if (follow.kind === 'side')
      item.side = await select<Side>({ message: follow.text, choices: SIDES.map((s) => ({ name: SIDE_WORDS[s], value: s })) });
    if (follow.kind === 'regions') {
      const regions = await checkbox({
        message: follow.text,
        choices: REGIONS.map((r) => ({ name: `${REGION_WORDS[r].label} (${REGION_WORDS[r].term})`, value: r })),
      });
      if (regions.length > 0) item.regions = regions;
    }
    if (follow.kind === 'movement') {
      const movement = await select({
        message: follow.text,
        choices: [{ name: "I don't know / the whole leg", value: '' }, ...MOVEMENTS.map((m) => ({ name: MOVEMENT_WORDS[m].label, value: m }))],
      });
      if (movement) item.movement = movement as EvidenceItem['movement'];
    }
    if (follow.kind === 'grade') {
      const grade = await number({ message: `${follow.text} (leave empty if not known)`, min: follow.min, max: follow.max, required: false });
      if (grade !== undefined) item.grade = grade;
    }
    if (follow.kind === 'trend') {
      const trend = await select({
        message: follow.text,
        choices: [...TRENDS.map((t) => ({ name: TREND_WORDS[t], value: t as string })), { name: ANSWER_WORDS.unknown, value: '' }],
      });
      if (trend) item.trend = trend as EvidenceItem['trend'];
    }
  }
  return [item];
}

async function findingAnswer(finding: FindingId): Promise<EvidenceItem[]> {
  const status = await yesNo(finding);
  if (status === 'present') return followUps(finding);
  return status === 'absent' ? [{ finding, status: 'absent' }] : [];
}

async function about(): Promise<About> {
  const age = await number({ message: 'How old are you? (leave empty to skip)', min: 0, max: 120, required: false });
  const sex = await select({ message: 'Sex', choices: SEXES.map((s) => ({ name: s, value: s })) });
  const days = await input({ message: 'How many days have you had these symptoms? (leave empty if not sure)' });
  const onset = await select({
    message: 'Did it start suddenly or gradually?',
    choices: [...ONSETS.map((o) => ({ name: o, value: o as string })), { name: ANSWER_WORDS.unknown, value: '' }],
  });
  const durationDays = Number.parseInt(days, 10);
  return {
    ...(age !== undefined && { age }),
    sex,
    ...(Number.isFinite(durationDays) && durationDays >= 0 && { durationDays }),
    ...(onset && { onset: onset as About['onset'] }),
  };
}

export async function promptAnswer(question: Question): Promise<Answer> {
  if (question.kind === 'about') return { evidence: [], about: await about() };
  console.log(`\n${question.title}`);
  const evidence: EvidenceItem[] = [];
  for (const finding of question.findings) evidence.push(...(await findingAnswer(finding)));
  return { evidence };
}
