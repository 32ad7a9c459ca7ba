/**
 * The interview: asks the question the core chooses next, records the
 * answer on this device, and moves to the result when the core stops (more
 * questions would not change the result, or the answers already mean an
 * emergency that nothing can lower) or when the person asks for it.
 */
import { useEffect, useMemo } from 'preact/hooks';
import type { EvidenceItem } from '../../../src/case/schema.js';
import { answer, nextQuestion, type About, type InterviewState, type Next, type Question } from '../../../src/interview/index.js';
import { focusScreenTitle } from '../focus.js';
import type { Saved } from '../persist.js';
import { go } from '../router.js';
import { AboutScreen } from './AboutScreen.js';
import { BodyMapScreen } from './BodyMapScreen.js';
import { QuestionScreen } from './QuestionScreen.js';

const INTROS: Record<string, string> = {
  warning_signs: 'These are rare, but important to ask first. Answer for anything new since your back or leg trouble began.',
  health: 'A few questions about your general health.',
};

// The next question is worked out once per state: on answering (to decide
// whether to stop) and again on rendering would double the wait.
const nextCache = new WeakMap<InterviewState, Next>();
function nextFor(state: InterviewState): Next {
  let next = nextCache.get(state);
  if (!next) {
    next = nextQuestion(state);
    nextCache.set(state, next);
  }
  return next;
}

interface Props {
  readonly saved: Saved;
  readonly onSave: (saved: Saved) => void;
}

export function InterviewPage({ saved, onSave }: Props) {
  const { state } = saved;
  const next = useMemo(() => nextFor(state), [state]);
  useEffect(() => focusScreenTitle(), [state.asked.length]);

  const finish = (message: string, nextState = state) => {
    performance.mark('sciatrace:answer');
    onSave({ state: nextState, stopMessage: message });
    go('/result');
  };

  const record = (question: Question, given: { evidence: EvidenceItem[]; about?: About }) => {
    performance.mark('sciatrace:answer');
    const after = answer(state, question, given);
    const following = nextFor(after);
    if (following.done) return finish(following.message, after);
    onSave({ state: after });
  };

  if (next.done) {
    return (
      <section class="screen" aria-labelledby="done-title">
        <h2 id="done-title" class="screen-title" tabIndex={-1}>
          That's all the questions
        </h2>
        <p>{next.message}</p>
        <button class="primary" type="button" onClick={() => finish(next.message)}>
          See the result
        </button>
      </section>
    );
  }

  const question = next.question;
  const number = state.asked.length + 1;
  const key = `${question.id}-${number}`;
  return (
    <div class="interview">
      <p class="progress" aria-live="polite">
        Question {number}
      </p>
      {question.kind === 'about' && <AboutScreen key={key} onDone={(about) => record(question, { evidence: [], about })} />}
      {question.kind === 'bodymap' && <BodyMapScreen key={key} onDone={(evidence) => record(question, { evidence })} />}
      {(question.kind === 'group' || question.kind === 'finding') && (
        <QuestionScreen
          key={key}
          title={question.kind === 'group' ? question.title : `Question ${number}`}
          intro={INTROS[question.id]}
          findings={question.findings}
          onDone={(evidence) => record(question, { evidence })}
        />
      )}
      {state.asked.length > 0 && (
        <div class="actions secondary">
          <button type="button" onClick={() => finish('Here is the result from your answers so far.')}>
            Show me the result now
          </button>
        </div>
      )}
    </div>
  );
}
