/** Where it hurts, is numb or tingles: marked per leg on the body map, plus low back pain. */
import { useState } from 'preact/hooks';
import type { EvidenceItem } from '../../../src/case/schema.js';
import { BodyMap, MarksSummary } from '../bodymap/BodyMap.js';
import { marksToEvidence, SYMPTOM_WORDS, toggleRegion, type Marks, type Symptom } from '../bodymap/marks.js';

const SYMPTOMS: readonly Symptom[] = ['pain', 'numbness', 'tingling'];

export function BodyMapScreen({ onDone }: { onDone: (evidence: EvidenceItem[]) => void }) {
  const [marks, setMarks] = useState<Marks>({});
  const [symptom, setSymptom] = useState<Symptom>('pain');
  const finish = (finished: boolean) => onDone(marksToEvidence(marks, SYMPTOMS, finished, true));
  return (
    <section class="screen" aria-labelledby="where-title">
      <h2 id="where-title" tabIndex={-1} class="screen-title">Where do you feel it?</h2>
      <p>
        Choose what you are marking, then tap (or Tab to and press Space on) every area where you feel it. Tap the lower back on
        the back view if your back hurts.
      </p>
      <fieldset class="choice symptom-choice">
        <legend>I am marking</legend>
        <div class="options">
          {SYMPTOMS.map((s) => (
            <label key={s} class={`${symptom === s ? 'selected' : ''} swatch-${s}`}>
              <input type="radio" name="symptom" value={s} checked={symptom === s} onChange={() => setSymptom(s)} />
              <span>
                {SYMPTOM_WORDS[s].label} <small>({SYMPTOM_WORDS[s].term})</small>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <BodyMap
        label={`Body map, marking ${SYMPTOM_WORDS[symptom].label.toLowerCase()}`}
        marks={marks}
        symptoms={[symptom]}
        onToggle={(side, region) => setMarks((m) => toggleRegion(m, symptom, side, region))}
        onToggleBack={() => setMarks((m) => ({ ...m, backPain: !m.backPain }))}
      />
      <h3 class="sr-heading">What you marked</h3>
      <div aria-live="polite">
        <MarksSummary marks={marks} symptoms={SYMPTOMS} />
      </div>
      <div class="actions">
        <button type="button" class="primary" onClick={() => finish(true)}>
          Done marking
        </button>
        <button type="button" onClick={() => finish(false)}>
          I'm not sure
        </button>
      </div>
    </section>
  );
}
