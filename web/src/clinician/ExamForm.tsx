/** The examination form: MRC grades, reflexes, tension signs, pulses, sacral signs and sensory loss on the body map. */
import { useState } from 'preact/hooks';
import { MOVEMENT_WORDS, questionFor } from '../../../src/knowledge/questions.js';
import { MOVEMENTS, type FindingId } from '../../../src/knowledge/vocabulary.js';
import { BodyMap, MarksSummary } from '../bodymap/BodyMap.js';
import { toggleRegion } from '../bodymap/marks.js';
import type { LegSide } from '../bodymap/geometry.js';
import { EMPTY_EXAM, LEG_SIDES, REFLEXES, SIDED_SIGNS, type ExamValues, type Sign } from './examCase.js';

const SIDE_TITLE: Record<LegSide, string> = { left: 'Left', right: 'Right' };

function SignSelect(props: { label: string; value: Sign | undefined; onChange: (v: Sign | undefined) => void; positive?: string; negative?: string }) {
  return (
    <select
      aria-label={props.label}
      value={props.value ?? ''}
      onChange={(e) => props.onChange((e.currentTarget.value || undefined) as Sign | undefined)}
    >
      <option value="">not tested</option>
      <option value="positive">{props.positive ?? 'positive'}</option>
      <option value="negative">{props.negative ?? 'negative'}</option>
    </select>
  );
}

/** The head of a table with one column per leg. */
function SidesHead({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {LEG_SIDES.map((side) => (
          <th scope="col" key={side}>
            {SIDE_TITLE[side]}
          </th>
        ))}
      </tr>
    </thead>
  );
}

const term = (finding: FindingId) => questionFor(finding).term;

/** One row per finding, one select per leg: the signs and reflexes tables share this layout. */
function SidedSignRows<F extends FindingId>(props: {
  findings: readonly F[];
  values: Partial<Record<`${NoInfer<F>}:${LegSide}`, Sign>>;
  onChange: (values: Partial<Record<`${NoInfer<F>}:${LegSide}`, Sign>>) => void;
  /** The words of the two answers, when not "positive" and "negative". */
  words: (finding: F) => { positive?: string; negative?: string };
}) {
  return (
    <>
      {props.findings.map((finding) => (
        <tr key={finding}>
          <th scope="row">{term(finding)}</th>
          {LEG_SIDES.map((side) => {
            const key = `${finding}:${side}` as const;
            return (
              <td key={side}>
                <SignSelect label={`${term(finding)}, ${side}`} value={props.values[key]} onChange={(v) => props.onChange({ ...props.values, [key]: v })} {...props.words(finding)} />
              </td>
            );
          })}
        </tr>
      ))}
    </>
  );
}

export function ExamForm({ onSave, hasInterview }: { onSave: (exam: ExamValues, includeInterview: boolean) => Promise<void>; hasInterview: boolean }) {
  const [exam, setExam] = useState<ExamValues>(EMPTY_EXAM);
  const [includeInterview, setInclude] = useState(false);
  const [busy, setBusy] = useState(false);
  const patch = (p: Partial<ExamValues>) => setExam((e) => ({ ...e, ...p }));

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onSave(exam, includeInterview);
      setExam(EMPTY_EXAM);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card exam" onSubmit={submit} aria-labelledby="exam-title">
      <h2 id="exam-title">New examination</h2>
      <div class="field-row">
        <label class="field">
          <span>Duration of symptoms (days)</span>
          <input
            type="number"
            min={0}
            value={exam.durationDays ?? ''}
            onInput={(e) => {
              const n = Number.parseInt(e.currentTarget.value, 10);
              patch({ durationDays: Number.isFinite(n) && n >= 0 ? n : undefined });
            }}
          />
        </label>
        <label class="field">
          <span>Low back pain</span>
          <SignSelect label="Low back pain" value={exam.backPain} onChange={(backPain) => patch({ backPain })} positive="present" negative="absent" />
        </label>
      </div>

      <table class="exam-table">
        <caption>Leg pain and tension signs</caption>
        <SidesHead first="Sign" />
        <tbody>
          <tr>
            <th scope="row">Leg pain</th>
            {LEG_SIDES.map((side) => (
              <td key={side}>
                <SignSelect
                  label={`Leg pain, ${side}`}
                  value={exam.legPain[side]}
                  onChange={(v) => patch({ legPain: { ...exam.legPain, [side]: v } })}
                  positive="present"
                  negative="absent"
                />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Straight leg raise (angle if positive)</th>
            {LEG_SIDES.map((side) => {
              const slr = exam.slr[side];
              return (
                <td key={side}>
                  <SignSelect
                    label={`Straight leg raise, ${side}`}
                    value={slr?.result}
                    onChange={(result) => patch({ slr: { ...exam.slr, [side]: result ? { ...slr, result } : undefined } })}
                  />
                  {slr?.result === 'positive' && (
                    <input
                      type="number"
                      min={0}
                      max={90}
                      aria-label={`Straight leg raise angle in degrees, ${side}`}
                      value={slr.angle ?? ''}
                      onInput={(e) => {
                        const n = Number.parseInt(e.currentTarget.value, 10);
                        patch({ slr: { ...exam.slr, [side]: { result: 'positive', ...(Number.isFinite(n) && { angle: Math.min(90, Math.max(0, n)) }) } } });
                      }}
                    />
                  )}
                </td>
              );
            })}
          </tr>
          <SidedSignRows
            findings={SIDED_SIGNS}
            values={exam.signs}
            onChange={(signs) => patch({ signs })}
            words={(finding) => (finding === 'pedal_pulses_reduced' ? { positive: 'reduced', negative: 'normal' } : {})}
          />
          <SidedSignRows findings={REFLEXES} values={exam.reflexes} onChange={(reflexes) => patch({ reflexes })} words={() => ({ positive: 'reduced', negative: 'normal' })} />
        </tbody>
      </table>

      <table class="exam-table">
        <caption>Power (MRC grade 0–5 per movement)</caption>
        <SidesHead first="Movement" />
        <tbody>
          {MOVEMENTS.map((movement) => (
            <tr key={movement}>
              <th scope="row">{MOVEMENT_WORDS[movement].term}</th>
              {LEG_SIDES.map((side) => {
                const key = `${movement}:${side}` as const;
                return (
                  <td key={side}>
                    <select
                      aria-label={`MRC grade, ${MOVEMENT_WORDS[movement].term}, ${side}`}
                      name={`mrc-${movement}-${side}`}
                      value={exam.grades[key] ?? ''}
                      onChange={(e) => {
                        const v = e.currentTarget.value;
                        patch({ grades: { ...exam.grades, [key]: v === '' ? undefined : Number(v) } });
                      }}
                    >
                      <option value="">not tested</option>
                      {[5, 4, 3, 2, 1, 0].map((g) => (
                        <option key={g} value={g}>
                          {g}
                        </option>
                      ))}
                    </select>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>

      <div class="field-row">
        <label class="field">
          <span>{term('perianal_sensation_reduced')}</span>
          <SignSelect label={term('perianal_sensation_reduced')} value={exam.perianal} onChange={(perianal) => patch({ perianal })} positive="reduced" negative="normal" />
        </label>
        <label class="field">
          <span>{term('anal_tone_reduced')}</span>
          <SignSelect label={term('anal_tone_reduced')} value={exam.analTone} onChange={(analTone) => patch({ analTone })} positive="reduced" negative="normal" />
        </label>
      </div>

      <fieldset class="sensory">
        <legend>Sensory loss (mark every area with reduced light touch or pinprick)</legend>
        <BodyMap
          label="Sensory loss body map"
          marks={exam.sensory}
          symptoms={['sensory_loss']}
          onToggle={(side, region) => patch({ sensory: toggleRegion(exam.sensory, 'sensory_loss', side, region) })}
        />
        <MarksSummary marks={exam.sensory} symptoms={['sensory_loss']} />
      </fieldset>

      {hasInterview && (
        <label class="check">
          <input type="checkbox" checked={includeInterview} onChange={(e) => setInclude(e.currentTarget.checked)} />
          <span>Include the person's own answers from this device's interview</span>
        </label>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          Save examination
        </button>
      </div>
    </form>
  );
}
