/** Clinician sign-in (bearer token) and the clinician's patients. */
import { useEffect, useState } from 'preact/hooks';
import { SEXES } from '../../../src/knowledge/vocabulary.js';
import { go } from '../router.js';
import { ApiError, checkToken, createPatient, getToken, listPatients, setToken, type Patient } from './api.js';

function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [token, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await checkToken(token.trim());
      setToken(token.trim());
      onSignedIn();
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? 'That token was not accepted.' : (e as Error).message);
    }
  };
  return (
    <form class="screen" onSubmit={submit} aria-labelledby="signin-title">
      <h1 id="signin-title">Clinician sign-in</h1>
      <p>Sign in with the token printed by <code>sciatrace user add</code>. It is kept only in this browser tab.</p>
      <label class="field">
        <span>Access token</span>
        <input type="password" autoComplete="off" value={token} onInput={(e) => setValue(e.currentTarget.value)} required />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          Sign in
        </button>
      </div>
    </form>
  );
}

function Patients({ onSignOut }: { onSignOut: () => void }) {
  const [patients, setPatients] = useState<Patient[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ref, setRef] = useState('');
  const [birthYear, setBirthYear] = useState('');
  const [sex, setSex] = useState('');

  useEffect(() => {
    listPatients()
      .then((page) => setPatients(page.items))
      .catch((e: Error) => setError(e.message));
  }, []);

  const add = async (event: Event) => {
    event.preventDefault();
    try {
      const year = Number.parseInt(birthYear, 10);
      const patient = await createPatient({
        externalRef: ref.trim(),
        ...(Number.isFinite(year) && { birthYear: year }),
        ...(sex && { sex }),
      });
      go(`/clinician/patients/${encodeURIComponent(patient.id)}`);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section class="screen" aria-labelledby="patients-title">
      <h1 id="patients-title">Your patients</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {patients === null ? (
        <p>Loading…</p>
      ) : patients.length === 0 ? (
        <p>No patients yet.</p>
      ) : (
        <ul class="patient-list">
          {patients.map((p) => (
            <li key={p.id}>
              <a href={`#/clinician/patients/${encodeURIComponent(p.id)}`}>{p.externalRef}</a>
              {p.birthYear !== null && <span> · born {p.birthYear}</span>}
              {p.sex && <span> · {p.sex}</span>}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="card" aria-labelledby="new-patient-title">
        <h2 id="new-patient-title">New patient</h2>
        <p class="hint">Use your clinic's reference, never a name.</p>
        <label class="field">
          <span>Clinic reference</span>
          <input value={ref} onInput={(e) => setRef(e.currentTarget.value)} required maxLength={200} />
        </label>
        <div class="field-row">
          <label class="field">
            <span>Birth year</span>
            <input type="number" inputMode="numeric" min={1900} max={2100} value={birthYear} onInput={(e) => setBirthYear(e.currentTarget.value)} />
          </label>
          <label class="field">
            <span>Sex</span>
            <select value={sex} onChange={(e) => setSex(e.currentTarget.value)}>
              <option value="">Not given</option>
              {SEXES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div class="actions">
          <button type="submit" class="primary">
            Add patient
          </button>
        </div>
      </form>
      <div class="actions">
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </div>
    </section>
  );
}

export function ClinicianPage() {
  const [signedIn, setSignedIn] = useState(getToken() !== null);
  if (!signedIn) return <SignIn onSignedIn={() => setSignedIn(true)} />;
  return (
    <Patients
      onSignOut={() => {
        setToken(null);
        setSignedIn(false);
      }}
    />
  );
}
