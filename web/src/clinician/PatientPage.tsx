/** One patient: a new examination to save, and the timeline of what was saved. */
import { useEffect, useState } from 'preact/hooks';
import { toCase } from '../../../src/interview/index.js';
import { loadInterview } from '../persist.js';
import { TriageBanner } from '../result/ResultPage.js';
import { ApiError, getPatient, getTimeline, getToken, saveAssessment, type Patient, type StoredAssessment, type TimelinePoint } from './api.js';
import { ClinicianPage } from './ClinicianPage.js';
import { examToCase } from './examCase.js';
import { ExamForm } from './ExamForm.js';
import { TimelineCharts } from './TimelineCharts.js';

export function PatientPage({ id }: { id: string }) {
  const [patient, setPatient] = useState<Patient | null>(null);
  const [points, setPoints] = useState<TimelinePoint[] | null>(null);
  const [saved, setSaved] = useState<StoredAssessment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const interview = loadInterview();
  const hasInterview = interview.state.evidence.some((i) => i.status !== 'unknown');

  const refresh = () =>
    getTimeline(id)
      .then(setPoints)
      .catch((e: Error) => setError(`Timeline: ${e.message}`));

  useEffect(() => {
    if (!getToken()) return;
    getPatient(id)
      .then(setPatient)
      .catch((e: Error) => setError(e instanceof ApiError && e.status === 404 ? 'No such patient.' : e.message));
    void refresh();
  }, [id]);

  if (!getToken()) return <ClinicianPage />;

  const save = async (exam: Parameters<typeof examToCase>[0], includeInterview: boolean) => {
    setError(null);
    try {
      const record = await saveAssessment(id, examToCase(exam, includeInterview ? toCase(interview.state) : undefined));
      setSaved(record);
      await refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section class="screen wide" aria-labelledby="patient-title">
      <p class="no-print">
        <a href="#/clinician">← All patients</a>
      </p>
      <h1 id="patient-title">Patient {patient?.externalRef ?? ''}</h1>
      {patient && (
        <p>
          {patient.birthYear !== null && `Born ${patient.birthYear}. `}
          {patient.sex && `Sex: ${patient.sex}.`}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {saved && (
        <div class="saved" aria-live="polite">
          <p>
            Saved{saved.comparedWith ? ', compared with the previous assessment' : ''}.
          </p>
          <TriageBanner assessment={saved.assessment} heading="h2" />
        </div>
      )}
      <h2>Timeline</h2>
      {points === null ? <p>Loading…</p> : <TimelineCharts points={points} />}
      <ExamForm onSave={save} hasInterview={hasInterview} />
    </section>
  );
}
