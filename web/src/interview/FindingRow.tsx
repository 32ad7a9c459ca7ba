/**
 * One finding as a yes / no / don't-know question, with the follow-ups a
 * "yes" needs (side, movement, distance or grade, whether it is getting
 * worse). Regions are marked on the body map instead.
 */
import type { EvidenceItem } from '../../../src/case/schema.js';
import {
  ANSWER_WORDS,
  MOVEMENT_WORDS,
  SIDE_WORDS,
  TREND_WORDS,
  questionFor,
} from '../../../src/knowledge/questions.js';
import { MOVEMENTS, SIDES, TRENDS, type FindingId, type Movement, type Side, type Status, type Trend } from '../../../src/knowledge/vocabulary.js';

export interface RowAnswer {
  readonly status?: Status;
  readonly side?: Side;
  readonly movement?: Movement;
  readonly grade?: number;
  readonly trend?: Trend;
}

export function rowToEvidence(finding: FindingId, row: RowAnswer | undefined): EvidenceItem[] {
  if (!row?.status || row.status === 'unknown') return [];
  if (row.status === 'absent') return [{ finding, status: 'absent' }];
  return [
    {
      finding,
      status: 'present',
      ...(row.side && { side: row.side }),
      ...(row.movement && { movement: row.movement }),
      ...(row.grade !== undefined && Number.isFinite(row.grade) && { grade: row.grade }),
      ...(row.trend && { trend: row.trend }),
    },
  ];
}

interface Props {
  readonly finding: FindingId;
  readonly value: RowAnswer | undefined;
  readonly onChange: (value: RowAnswer) => void;
}

function Choice<T extends string>(props: {
  name: string;
  legend: string;
  options: readonly T[];
  words: (option: T) => string;
  value: T | undefined;
  onChange: (value: T) => void;
  small?: boolean;
}) {
  return (
    <fieldset class={props.small ? 'choice small' : 'choice'}>
      <legend>{props.legend}</legend>
      <div class="options">
        {props.options.map((option) => (
          <label key={option} class={props.value === option ? 'selected' : ''}>
            <input
              type="radio"
              name={props.name}
              value={option}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
            />
            <span>{props.words(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function FindingRow({ finding, value, onChange }: Props) {
  const question = questionFor(finding);
  const row = value ?? {};
  const set = (patch: Partial<RowAnswer>) => onChange({ ...row, ...patch });
  const id = `q-${finding}`;
  return (
    <div class="finding-row" data-finding={finding}>
      <Choice<Status>
        name={id}
        legend={`${question.text} (${question.term})`}
        options={['present', 'absent', 'unknown']}
        words={(s) => ANSWER_WORDS[s]}
        value={row.status}
        onChange={(status) => set({ status })}
      />
      {question.hint && <p class="hint">{question.hint}</p>}
      {row.status === 'present' &&
        question.followUps.map((follow) => {
          switch (follow.kind) {
            case 'side':
              return (
                <Choice<Side>
                  key="side"
                  small
                  name={`${id}-side`}
                  legend={follow.text}
                  options={SIDES}
                  words={(s) => SIDE_WORDS[s]}
                  value={row.side}
                  onChange={(side) => set({ side })}
                />
              );
            case 'trend':
              return (
                <Choice<Trend>
                  key="trend"
                  small
                  name={`${id}-trend`}
                  legend={follow.text}
                  options={TRENDS}
                  words={(t) => TREND_WORDS[t]}
                  value={row.trend}
                  onChange={(trend) => set({ trend })}
                />
              );
            case 'movement':
              return (
                <label key="movement" class="field">
                  <span>{follow.text}</span>
                  <select value={row.movement ?? ''} onChange={(e) => set({ movement: (e.currentTarget.value || undefined) as Movement | undefined })}>
                    <option value="">I don't know, or the whole leg</option>
                    {MOVEMENTS.map((m) => (
                      <option key={m} value={m}>
                        {MOVEMENT_WORDS[m].label} ({MOVEMENT_WORDS[m].term})
                      </option>
                    ))}
                  </select>
                </label>
              );
            case 'grade':
              return (
                <label key="grade" class="field">
                  <span>{follow.text}</span>
                  <input
                    type="number"
                    inputMode="numeric"
                    min={follow.min}
                    max={follow.max}
                    value={row.grade ?? ''}
                    onInput={(e) => {
                      const n = Number.parseFloat(e.currentTarget.value);
                      set({ grade: Number.isFinite(n) ? Math.min(follow.max ?? n, Math.max(follow.min ?? n, n)) : undefined });
                    }}
                  />
                </label>
              );
            case 'regions':
              return null;
          }
        })}
    </div>
  );
}
