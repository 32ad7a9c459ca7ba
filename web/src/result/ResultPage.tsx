/**
 * The result: the triage banner first (what to do now, and the safety net),
 * then the pain mechanism, roots with the likely root's dermatome drawn next
 * to the person's marks, conditions, the explanation and the plan. Computed
 * on this device from the saved answers.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { assessEvidence } from '../../../src/assessEvidence.js';
import type { Assessment, Case } from '../../../src/case/schema.js';
import { parseCase } from '../../../src/case/validate.js';
import { questionFor, SIDE_WORDS } from '../../../src/knowledge/questions.js';
import { isFindingId } from '../../../src/knowledge/vocabulary.js';
import { toCase } from '../../../src/interview/index.js';
import { LEVEL_ADVICE } from '../../../src/triage/advice.js';
import { BodyMap, MarksSummary } from '../bodymap/BodyMap.js';
import { evidenceToMarks, type Symptom } from '../bodymap/marks.js';
import type { Saved } from '../persist.js';
import { focusScreenTitle } from '../focus.js';
import { go } from '../router.js';
import { Bars } from './Bars.js';
import { likelyDermatome } from './dermatome.js';
import { CONDITION_WORDS, LEVEL_WORDS, MECHANISM_WORDS, STEP_KIND_WORDS } from './words.js';

const MARKED: readonly Symptom[] = ['pain', 'numbness', 'tingling', 'sensory_loss'];

/** The triage banner; `heading` is h1 on the result page, h2 where it sits inside another page. */
export function TriageBanner({ assessment, heading: Heading = 'h1' }: { assessment: Assessment; heading?: 'h1' | 'h2' }) {
  const { level, reasons, safetyNet } = assessment.triage;
  const words = LEVEL_WORDS[level];
  const Sub = Heading === 'h1' ? 'h2' : 'h3';
  return (
    <section class={`banner level-${level}`} aria-labelledby="banner-title" data-level={level}>
      <Heading id="banner-title" class="banner-title screen-title" tabIndex={-1}>
        {words.title} <span class="term">({words.term})</span>
      </Heading>
      <p class="advice">{LEVEL_ADVICE[level]}</p>
      {reasons.length > 0 && (
        <>
          <Sub>Why</Sub>
          <ul>
            {reasons.slice(0, 4).map((r) => (
              <li key={r.rule}>{r.text}</li>
            ))}
          </ul>
        </>
      )}
      <Sub>Go to an emergency department at once if you notice</Sub>
      <ul class="safety-net">
        {safetyNet.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

const findingWords = (finding: string) => (isFindingId(finding) ? questionFor(finding).term : finding);

function Points({ title, points }: { title: string; points: Assessment['explanation'][number]['for'] }) {
  if (points.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {points.slice(0, 5).map((p, i) => (
          <li key={i}>
            {p.text}
            {p.factor !== 1 && <span class="factor"> (×{p.factor < 1 ? p.factor.toFixed(2) : p.factor.toFixed(1)})</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One line per conclusion; the evidence for and against opens on request (and stays out of the printout). */
function Explanation({ assessment }: { assessment: Assessment }) {
  const entries = assessment.explanation.slice(0, 5);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="why-title" class="card explanation">
      <h2 id="why-title">Why we think so</h2>
      {entries.map((entry) => (
        <details key={`${entry.conclusion}-${entry.subject}`}>
          <summary>{entry.statement}</summary>
          <Points title="Points for" points={entry.for} />
          <Points title="Points against" points={entry.against} />
        </details>
      ))}
    </section>
  );
}

function Plan({ assessment }: { assessment: Assessment }) {
  const kinds = ['do', 'consider', 'avoid', 'seek_help'] as const;
  return (
    <section aria-labelledby="plan-title" class="card plan-card">
      <h2 id="plan-title">What to do next</h2>
      <p>{assessment.plan.summary}</p>
      {kinds.map((kind) => {
        const steps = assessment.plan.steps.filter((s) => s.kind === kind);
        return steps.length === 0 ? null : (
          <div key={kind}>
            <h3>{STEP_KIND_WORDS[kind]}</h3>
            <ul>
              {steps.map((s) => (
                <li key={s.id}>{s.text}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function Answers({ assessment }: { assessment: Assessment }) {
  const words = (item: Assessment['evidence'][number]) =>
    `${findingWords(item.finding)}${item.side ? ` (${item.side})` : ''}${item.trend === 'worsening' ? ', getting worse' : ''}`;
  const yes = assessment.evidence.filter((item) => item.status === 'present').map(words);
  const no = [...new Set(assessment.evidence.filter((item) => item.status === 'absent').map(words))];
  return (
    <section aria-labelledby="answers-title" class="card answers">
      <h2 id="answers-title">Your answers</h2>
      <p>
        <strong>Yes:</strong> {yes.join('; ') || 'nothing'}.
      </p>
      <p>
        <strong>No:</strong> {no.join('; ') || 'nothing'}.
      </p>
    </section>
  );
}

/** The case to show: one carried in the link, else the saved answers. */
function caseToShow(saved: Saved, shared: string | undefined): { kase: Case } | { error: string } {
  if (shared === undefined) return { kase: toCase(saved.state) };
  try {
    return { kase: parseCase(JSON.parse(shared)).case };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function ResultPage({ saved, shared, onRestart }: { saved: Saved; shared?: string | undefined; onRestart: () => void }) {
  const source = useMemo(() => caseToShow(saved, shared), [saved.state, shared]);
  if ('error' in source)
    return (
      <section class="screen" aria-labelledby="bad-link-title">
        <h1 id="bad-link-title" class="screen-title" tabIndex={-1}>
          This link does not hold a case we can read
        </h1>
        <p>{source.error}</p>
      </section>
    );
  return <Assessed kase={source.kase} saved={saved} fromLink={shared !== undefined} onRestart={onRestart} />;
}

/**
 * The assessment of the case, on this device. The interview's cases carry no text; a case carried in a link may,
 * and only then is the free-text extractor (and its lexicon) loaded, so the first page stays small.
 */
function useAssessment(kase: Case): Assessment | undefined {
  const byEvidence = useMemo(() => (kase.text ? undefined : assessEvidence(kase)), [kase]);
  const [withText, setWithText] = useState<{ kase: Case; assessment: Assessment } | undefined>();
  useEffect(() => {
    if (!kase.text) return;
    let current = true;
    void import('../../../src/assess.js').then(({ assessCase }) => {
      if (current) setWithText({ kase, assessment: assessCase(kase) });
    });
    return () => {
      current = false;
    };
  }, [kase]);
  return byEvidence ?? (withText?.kase === kase ? withText.assessment : undefined);
}

function Assessed(props: { kase: Case; saved: Saved; fromLink: boolean; onRestart: () => void }) {
  const assessment = useAssessment(props.kase);
  if (!assessment)
    return (
      <section class="screen" aria-busy="true" aria-labelledby="reading-title">
        <h1 id="reading-title" class="screen-title" tabIndex={-1}>
          Reading the notes…
        </h1>
      </section>
    );
  return <Result assessment={assessment} {...props} />;
}

function Result({ assessment, saved, fromLink, onRestart }: { assessment: Assessment; kase: Case; saved: Saved; fromLink: boolean; onRestart: () => void }) {
  const marks = useMemo(() => evidenceToMarks(assessment.evidence), [assessment]);
  const dermatome = likelyDermatome(assessment);

  useEffect(() => {
    focusScreenTitle();
    performance.mark('sciatrace:result');
    try {
      performance.measure('sciatrace:answer-to-result', 'sciatrace:answer', 'sciatrace:result');
    } catch {
      // Opened directly (reload, bookmark): there was no answer on this page load.
    }
  }, [assessment]);

  const top = assessment.roots[0];
  if (!fromLink && saved.state.asked.length === 0)
    return (
      <section class="screen" aria-labelledby="no-result-title">
        <h1 id="no-result-title" class="screen-title" tabIndex={-1}>
          No answers yet
        </h1>
        <p>Answer a few questions first; the result is worked out on this device from your answers.</p>
        <div class="actions">
          <button type="button" class="primary" onClick={() => go('/interview')}>
            Start the questions
          </button>
        </div>
      </section>
    );
  return (
    <div class="result">
      <TriageBanner assessment={assessment} />
      {!fromLink && saved.stopMessage && <p class="stop-message">{saved.stopMessage}</p>}

      <section aria-labelledby="mechanism-title" class="card">
        <h2 id="mechanism-title">What kind of pain is it?</h2>
        <Bars
          label="Kind of pain"
          items={assessment.painMechanism.map((m) => ({
            key: m.id,
            label: MECHANISM_WORDS[m.id].label,
            term: MECHANISM_WORDS[m.id].term,
            probability: m.probability,
          }))}
        />
      </section>

      <section aria-labelledby="roots-title" class="card roots-card">
        <h2 id="roots-title">Which nerve?</h2>
        {top ? (
          <Bars
            label="Nerve roots"
            items={assessment.roots.slice(0, 3).map((r) => ({
              key: `${r.root}-${r.side}`,
              label: `${r.root} nerve root, ${SIDE_WORDS[r.side].toLowerCase()}`,
              term: `${r.root} radiculopathy`,
              probability: r.probability,
            }))}
          />
        ) : (
          <p>No single nerve root stands out.</p>
        )}
        <div class="map-pair">
          <BodyMap
            label={dermatome ? `Your marks and the ${dermatome.label}` : 'Your marks'}
            marks={marks}
            symptoms={MARKED}
            {...(dermatome && { overlay: dermatome })}
          />
          <div class="map-legend">
            {dermatome && (
              <p data-dermatome-root={dermatome.root}>
                <span class="swatch swatch-dermatome" aria-hidden="true" /> Striped: the skin the {dermatome.root} nerve supplies (
                {dermatome.root} dermatome), on the {dermatome.sides.join(' and ')} side.
              </p>
            )}
            <p>
              <span class="swatch swatch-pain" aria-hidden="true" /> Pain <span class="swatch swatch-numbness" aria-hidden="true" /> Numbness{' '}
              <span class="swatch swatch-tingling" aria-hidden="true" /> Pins and needles: where you marked them.
            </p>
            <MarksSummary marks={marks} symptoms={MARKED} />
          </div>
        </div>
      </section>

      <section aria-labelledby="conditions-title" class="card">
        <h2 id="conditions-title">What could be causing it?</h2>
        <Bars
          label="Possible causes"
          items={assessment.conditions.slice(0, 5).map((c) => ({
            key: c.id,
            label: CONDITION_WORDS[c.id],
            term: c.icd10 ? `${c.name}, ${c.icd10}` : c.name,
            probability: c.probability,
          }))}
        />
        {assessment.confidence === 'low' && <p class="hint">We know too little yet to be sure: a clinician's examination will help.</p>}
      </section>

      <Explanation assessment={assessment} />
      <Plan assessment={assessment} />
      <Answers assessment={assessment} />

      <p class="disclaimer">
        This is not a diagnosis. It was worked out on your own device, and nothing you entered has been sent anywhere. Show it to
        your GP or physiotherapist.
      </p>
      <div class="actions no-print">
        <button type="button" class="primary" onClick={() => print()}>
          Print for my GP
        </button>
        <button type="button" onClick={() => go('/interview')}>
          Answer more questions
        </button>
        <button type="button" onClick={onRestart}>
          Start again
        </button>
      </div>
    </div>
  );
}
