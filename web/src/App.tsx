/** The app shell: header, skip link, and the page for the current route. */
import { useState } from 'preact/hooks';
import { startInterview } from '../../src/interview/index.js';
import { ClinicianPage } from './clinician/ClinicianPage.js';
import { PatientPage } from './clinician/PatientPage.js';
import { HomePage } from './HomePage.js';
import { InterviewPage } from './interview/InterviewPage.js';
import { clearInterview, loadInterview, saveInterview, type Saved } from './persist.js';
import { ResultPage } from './result/ResultPage.js';
import { go, useRoute } from './router.js';

export function App() {
  const route = useRoute();
  const [saved, setSaved] = useState<Saved>(loadInterview);
  const save = (next: Saved) => {
    saveInterview(next);
    setSaved(next);
  };
  const restart = () => {
    clearInterview();
    setSaved({ state: startInterview('person') });
    go('/interview');
  };

  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <header class="site-header no-print">
        <a href="#/" class="brand">
          Sciatrace
        </a>
        <nav aria-label="Main">
          <a href="#/interview">Questions</a>
          <a href="#/result">Result</a>
          <a href="#/clinician">Clinicians</a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {route.page === 'home' && <HomePage inProgress={saved.state.asked.length > 0} onRestart={restart} />}
        {route.page === 'interview' && <InterviewPage saved={saved} onSave={save} />}
        {route.page === 'result' && <ResultPage saved={saved} shared={route.shared} onRestart={restart} />}
        {route.page === 'clinician' && <ClinicianPage />}
        {route.page === 'patient' && <PatientPage id={route.id} />}
      </main>
    </>
  );
}
