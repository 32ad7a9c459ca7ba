/** The first page: what Sciatrace does, and that nothing leaves the device. */
import { go } from './router.js';

export function HomePage({ inProgress, onRestart }: { inProgress: boolean; onRestart: () => void }) {
  return (
    <section class="screen home" aria-labelledby="home-title">
      <h1 id="home-title">Back pain that goes down your leg?</h1>
      <p>
        Answer a few questions and mark where you feel it. You will learn how soon to get help, what is likely causing it, and what
        you can do now.
      </p>
      <p class="privacy">
        <strong>Private:</strong> everything is worked out on this device. Nothing you enter is sent anywhere.
      </p>
      <p class="warning">
        If you have <strong>new trouble passing urine</strong>, <strong>loss of bowel control</strong> or <strong>numbness between your legs</strong>
        , go to an emergency department now.
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => go('/interview')}>
          {inProgress ? 'Carry on with the questions' : 'Start'}
        </button>
        {inProgress && (
          <button type="button" onClick={onRestart}>
            Start again
          </button>
        )}
      </div>
    </section>
  );
}
