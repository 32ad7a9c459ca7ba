/** Age, sex, how long the symptoms have lasted, and how they started. */
import { useState } from 'preact/hooks';
import type { About } from '../../../src/interview/index.js';
import { ONSETS, SEXES, type Onset, type Sex } from '../../../src/knowledge/vocabulary.js';

const UNIT_DAYS = { days: 1, weeks: 7, months: 30 } as const;
type Unit = keyof typeof UNIT_DAYS;
const SEX_WORDS: Record<Sex, string> = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Prefer not to say' };
const ONSET_WORDS: Record<Onset, string> = { sudden: 'Suddenly', gradual: 'Gradually' };

export function AboutScreen({ onDone }: { onDone: (about: About) => void }) {
  const [age, setAge] = useState('');
  const [sex, setSex] = useState<Sex | undefined>();
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<Unit>('days');
  const [onset, setOnset] = useState<Onset | undefined>();

  const submit = (event: Event) => {
    event.preventDefault();
    const years = Number.parseInt(age, 10);
    const length = Number.parseFloat(amount);
    onDone({
      ...(Number.isFinite(years) && years >= 0 && years <= 120 && { age: years }),
      ...(sex && { sex }),
      ...(Number.isFinite(length) && length >= 0 && { durationDays: Math.round(length * UNIT_DAYS[unit]) }),
      ...(onset && { onset }),
    });
  };

  return (
    <form class="screen" onSubmit={submit} aria-labelledby="about-title">
      <h2 id="about-title" tabIndex={-1} class="screen-title">About you</h2>
      <p class="hint">Leave anything you would rather not say, or do not know, empty.</p>
      <label class="field">
        <span>Your age in years</span>
        <input type="number" inputMode="numeric" min={0} max={120} value={age} onInput={(e) => setAge(e.currentTarget.value)} />
      </label>
      <fieldset class="choice">
        <legend>Sex</legend>
        <div class="options">
          {SEXES.map((s) => (
            <label key={s} class={sex === s ? 'selected' : ''}>
              <input type="radio" name="sex" value={s} checked={sex === s} onChange={() => setSex(s)} />
              <span>{SEX_WORDS[s]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field-row">
        <label class="field">
          <span>How long have you had these symptoms?</span>
          <input type="number" inputMode="decimal" min={0} value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Unit</span>
          <select value={unit} onChange={(e) => setUnit(e.currentTarget.value as Unit)}>
            <option value="days">days</option>
            <option value="weeks">weeks</option>
            <option value="months">months</option>
          </select>
        </label>
      </div>
      <fieldset class="choice">
        <legend>Did it start suddenly or gradually?</legend>
        <div class="options">
          {ONSETS.map((o) => (
            <label key={o} class={onset === o ? 'selected' : ''}>
              <input type="radio" name="onset" value={o} checked={onset === o} onChange={() => setOnset(o)} />
              <span>{ONSET_WORDS[o]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary">
          Next
        </button>
      </div>
    </form>
  );
}
