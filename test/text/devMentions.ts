/**
 * Scores the extractor against the hand-annotated mentions of
 * ../shared/corpus/dev-mentions.jsonl, matching as ANNOTATION.md says: an
 * extracted mention of a finding that expresses the annotation id, whose span
 * overlaps the annotated phrase. Run directly to print the figures:
 *   npx tsx test/text/devMentions.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { FindingId } from '../../src/knowledge/vocabulary.js';
import { extract, type Mention } from '../../src/text/index.js';

export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

interface Annotation {
  note_id: number;
  sentence: string;
  start: number;
  finding: string;
  status: 'present' | 'absent' | 'possible' | 'historical' | 'family';
  side: string;
  phrase: string;
  phrase_start: number;
}

const LEG_SYMPTOMS: FindingId[] = ['leg_pain', 'numbness', 'tingling', 'weakness', 'sensory_loss', 'foot_drop'];
const EXPRESSES: Record<string, FindingId[]> = {
  back_pain: ['back_pain'],
  leg_pain: ['leg_pain'],
  buttock_pain: ['leg_pain'],
  radiating_pain: ['leg_pain', 'shooting_pain'],
  numbness: ['numbness', 'sensory_loss'],
  tingling: ['tingling'],
  weakness: ['weakness', 'foot_drop'],
  foot_drop: ['foot_drop', 'weakness'],
  bladder_dysfunction: ['bladder_dysfunction'],
  bowel_dysfunction: ['bowel_dysfunction'],
  sexual_dysfunction: ['sexual_dysfunction'],
  saddle_anesthesia: ['saddle_anesthesia', 'perianal_sensation_reduced'],
  bilateral_leg_symptoms: LEG_SYMPTOMS,
  claudication: ['walking_leg_symptoms'],
  pain_worse_cough_sneeze: ['pain_worse_cough_sneeze'],
  positive_slr: ['slr_positive', 'crossed_slr_positive'],
  reflex_loss: ['knee_reflex_reduced', 'ankle_reflex_reduced', 'hamstring_reflex_reduced'],
  fever: ['fever'],
  weight_loss: ['weight_loss'],
  cancer_history: ['cancer_history'],
  trauma: ['trauma'],
};

export type Verdict = 'same' | 'opposite' | 'missed' | 'ok' | 'wrong';
export interface Scored {
  readonly annotation: Annotation;
  readonly verdict: Verdict;
  readonly got: string[];
}

export function loadTranscriptions(): Map<number, string> {
  const rows = parse(readFileSync(`${CORPUS}mtsamples.csv`), { bom: true }) as string[][];
  const header = rows[0]!;
  const text = header.indexOf('transcription');
  return new Map(rows.slice(1).map((r) => [Number(r[0]), r[text] ?? '']));
}

export function scoreDevMentions(): Scored[] {
  const notes = loadTranscriptions();
  const annotations = readFileSync(`${CORPUS}dev-mentions.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Annotation);
  const extracted = new Map<number, Mention[]>();
  return annotations.map((annotation) => {
    const note = notes.get(annotation.note_id) ?? '';
    if (!extracted.has(annotation.note_id)) extracted.set(annotation.note_id, extract(note).mentions);
    // Offsets in the file count code points; find the sentence near its stated start instead.
    const sentenceAt = note.indexOf(annotation.sentence, Math.max(0, annotation.start - 50));
    const phraseStart = sentenceAt + annotation.sentence.indexOf(annotation.phrase, Math.max(0, annotation.phrase_start - 5));
    const phraseEnd = phraseStart + annotation.phrase.length;
    const findings = EXPRESSES[annotation.finding] ?? [];
    const overlapping = extracted
      .get(annotation.note_id)!
      .filter((m) => findings.includes(m.finding) && m.span[0] < phraseEnd && m.span[1] > phraseStart)
      .filter((m) => annotation.finding !== 'bilateral_leg_symptoms' || m.side === 'both');
    const statuses = overlapping.map((m) => m.status as string);
    let verdict: Verdict;
    switch (annotation.status) {
      case 'present':
      case 'absent': {
        const opposite = annotation.status === 'present' ? 'absent' : 'present';
        verdict = statuses.includes(annotation.status) ? 'same' : statuses.includes(opposite) ? 'opposite' : 'missed';
        break;
      }
      default:
        verdict = statuses.includes('present') ? 'wrong' : 'ok';
    }
    return { annotation, verdict, got: statuses };
  });
}

/** Finding words in risk lists, precautions and goals (../shared/corpus/dev-hypothetical.jsonl): none should be read as a current mention. */
export function hypotheticalReadAsCurrent(): string[] {
  const notes = loadTranscriptions();
  const rows = readFileSync(`${CORPUS}dev-hypothetical.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Omit<Annotation, 'status' | 'side'>);
  const mentions = new Map<number, Mention[]>();
  return rows
    .filter((row) => {
      const note = notes.get(row.note_id) ?? '';
      if (!mentions.has(row.note_id)) mentions.set(row.note_id, extract(note).mentions);
      const sentenceAt = note.indexOf(row.sentence, Math.max(0, row.start - 50));
      const phraseStart = sentenceAt + row.sentence.indexOf(row.phrase, Math.max(0, row.phrase_start - 5));
      const phraseEnd = phraseStart + row.phrase.length;
      return mentions.get(row.note_id)!.some((m) => m.span[0] < phraseEnd && m.span[1] > phraseStart && (m.status === 'present' || m.status === 'absent' || m.status === 'unknown'));
    })
    .map((row) => `${row.note_id} ${row.finding} «${row.phrase}»`);
}

export interface DevMentionFigures {
  readonly presentOrAbsent: number;
  readonly same: number;
  readonly opposite: number;
  readonly missed: number;
  readonly otherWrong: number;
  readonly otherTotal: number;
  readonly sphincterPresentMissedOrAbsent: Scored[];
}

export function figures(scored: readonly Scored[]): DevMentionFigures {
  const pa = scored.filter((s) => s.annotation.status === 'present' || s.annotation.status === 'absent');
  const others = scored.filter((s) => !(s.annotation.status === 'present' || s.annotation.status === 'absent'));
  return {
    presentOrAbsent: pa.length,
    same: pa.filter((s) => s.verdict === 'same').length,
    opposite: pa.filter((s) => s.verdict === 'opposite').length,
    missed: pa.filter((s) => s.verdict === 'missed').length,
    otherWrong: others.filter((s) => s.verdict === 'wrong').length,
    otherTotal: others.length,
    sphincterPresentMissedOrAbsent: pa.filter(
      (s) => ['bladder_dysfunction', 'bowel_dysfunction', 'saddle_anesthesia'].includes(s.annotation.finding) && s.annotation.status === 'present' && s.verdict !== 'same',
    ),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const scored = scoreDevMentions();
  const f = figures(scored);
  const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)} %`;
  console.log(`present/absent mentions: ${f.presentOrAbsent}`);
  console.log(`  same status:     ${f.same} (${pct(f.same, f.presentOrAbsent)})`);
  console.log(`  opposite status: ${f.opposite} (${pct(f.opposite, f.presentOrAbsent)})`);
  console.log(`  missed:          ${f.missed} (${pct(f.missed, f.presentOrAbsent)})`);
  console.log(`possible/historical/family called present: ${f.otherWrong} of ${f.otherTotal}`);
  console.log(`bladder/bowel/saddle present missed or absent: ${f.sphincterPresentMissedOrAbsent.length}`);
  console.log(`hypothetical words read as current (dev-hypothetical.jsonl): ${hypotheticalReadAsCurrent().length}`);
  if (process.argv.includes('--list'))
    for (const s of scored.filter((s) => s.verdict !== 'same' && s.verdict !== 'ok'))
      console.log(`${s.verdict.padEnd(8)} ${s.annotation.note_id} ${s.annotation.finding}/${s.annotation.status} [${s.got.join(',')}] «${s.annotation.phrase}» ${s.annotation.sentence.slice(0, 260)}`);
}
