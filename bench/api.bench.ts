/**
 * The HTTP API under load: requests/s and p50/p99 latency of
 * `POST /v1/assess` and `POST /v1/patients/{id}/assessments` (SQLite), beside
 * `GET /healthz` of the same server in the same run as the baseline.
 *
 * The real `sciatrace serve` process runs pinned to one core (when `taskset`
 * exists) and autocannon drives it from this process on the other, with 32
 * connections, after a warm-up. The /v1/assess rate limit is turned off
 * (`--assess-rate-limit 0`) so it cannot distort the figures.
 *
 * Targets (issue 5): /v1/assess ≥ 0.5 × the /healthz rate; stored assessments
 * ≥ 1,000/s with p99 < 50 ms. Runs alone with `npx tsx bench/api.bench.ts`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openStore } from '../src/store/open.js';
import { createUser } from '../src/store/users.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const PATIENTS = 500;
const TARGET_ASSESS_RATIO = 0.5;
const TARGET_STORED_RATE = 1_000;
const TARGET_STORED_P99_MS = 50;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** BENCH_PROFILE=DIR writes a CPU profile of the server to DIR (node --cpu-prof). */
const PROFILE = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE] : [];
const PIN = spawnSync('taskset', ['--version']).status === 0 ? ['taskset', '-c', '0'] : [];

/** A clinician's examination of a left L5 radiculopathy: the kind of case a clinic stores. */
const visit = (grade: number) =>
  JSON.stringify({
    age: 46,
    sex: 'male',
    durationDays: 21,
    onset: 'sudden',
    evidence: [
      { finding: 'leg_pain', side: 'left', regions: ['buttock', 'posterior_thigh', 'lateral_leg', 'dorsum_foot'] },
      { finding: 'leg_pain_worse_than_back' },
      { finding: 'back_pain' },
      { finding: 'numbness', side: 'left', regions: ['lateral_leg', 'dorsum_foot', 'big_toe'] },
      { finding: 'weakness', side: 'left', movement: 'big_toe_extension', grade },
      { finding: 'weakness', side: 'left', movement: 'ankle_dorsiflexion', grade: Math.min(5, grade + 1) },
      { finding: 'slr_positive', side: 'left', grade: 40 },
      { finding: 'ankle_reflex_reduced', side: 'left', status: 'absent' },
      { finding: 'bladder_dysfunction', status: 'absent' },
      { finding: 'saddle_anesthesia', status: 'absent' },
    ],
  });

interface Figures {
  readonly name: string;
  /** Server CPU time per request (ms): independent of how busy the rest of the machine is. */
  readonly cpuMs: number;
  readonly rate: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

/** CPU seconds (user + system) a process has used, from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

async function load(name: string, pid: number, options: autocannon.Options): Promise<Figures> {
  await autocannon({ ...options, connections: CONNECTIONS, duration: Math.max(2, SECONDS / 5) }); // warm-up
  const cpuBefore = cpuSeconds(pid);
  const result = await autocannon({ ...options, connections: CONNECTIONS, duration: SECONDS });
  const cpuMs = ((cpuSeconds(pid) - cpuBefore) * 1000) / result.requests.total;
  return {
    name,
    cpuMs,
    rate: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function startServer(db: string): Promise<{ url: string; pid: number; stop: () => void }> {
  const child = spawn(
    PIN[0] ?? process.execPath,
    [...PIN.slice(1), ...(PIN.length ? [process.execPath] : []), ...PROFILE, join(ROOT, 'bin/sciatrace.js'), 'serve', '--port', '0', '--db', db, '--log-level', 'warn', '--assess-rate-limit', '0', '--web', join(db, 'no-web')],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url, pid: child.pid!, stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sciatrace-bench-'));
  const db = join(dir, 'bench.db');
  const store = await openStore(db);
  const { token } = await createUser(store.db, 'bench', 'clinician');
  await store.close();
  const server = await startServer(db);
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  try {
    const patients: string[] = [];
    for (let i = 0; i < PATIENTS; i++) {
      const response = await fetch(`${server.url}/v1/patients`, { method: 'POST', headers: auth, body: JSON.stringify({ externalRef: `bench-${i}` }) });
      patients.push(((await response.json()) as { id: string }).id);
    }
    const bodies = [visit(4), visit(3), visit(4), visit(2)];
    let n = 0;

    const health = await load('GET /healthz', server.pid, { url: `${server.url}/healthz` });
    let m = 0;
    const assess = await load('POST /v1/assess', server.pid, {
      url: server.url,
      requests: [
        {
          method: 'POST',
          path: '/v1/assess',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => ({ ...request, body: bodies[m++ % bodies.length] }),
        },
      ],
    });
    const stored = await load('POST /v1/patients/{id}/assessments (SQLite)', server.pid, {
      url: server.url,
      requests: [
        {
          method: 'POST',
          headers: auth,
          // Round-robin over the patients, each growing its own series (so each write is compared with its history).
          setupRequest: (request) => {
            n++;
            return { ...request, path: `/v1/patients/${patients[n % PATIENTS]}/assessments`, body: bodies[n % bodies.length] };
          },
        },
      ],
    });

    console.log(`${CONNECTIONS} connections, ${SECONDS} s each after a warm-up; server ${PIN.length ? 'pinned to core 0' : 'not pinned'}`);
    for (const f of [health, assess, stored])
      console.log(
        `${f.name.padEnd(46)} ${f.rate.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(3)} ms   p99 ${String(f.p99).padStart(3)} ms   ` +
          `server CPU ${f.cpuMs.toFixed(3)} ms/req (one free core: ${(1000 / f.cpuMs).toFixed(0)} req/s)   errors ${f.errors}   non-2xx ${f.non2xx}`,
      );
    console.log(`load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
    const ratio = assess.rate / health.rate;
    const storedRatio = stored.rate / health.rate;
    console.log(`POST /v1/assess / GET /healthz = ${ratio.toFixed(2)} (target ≥ ${TARGET_ASSESS_RATIO})`);
    console.log(`stored assessments / GET /healthz = ${storedRatio.toFixed(2)}; ${stored.rate.toFixed(0)}/s (target ≥ ${TARGET_STORED_RATE}/s), p99 ${stored.p99} ms (target < ${TARGET_STORED_P99_MS} ms)`);
    const failures = [
      ratio < TARGET_ASSESS_RATIO && 'POST /v1/assess below half the /healthz rate',
      stored.rate < TARGET_STORED_RATE && 'stored assessments below 1,000/s',
      stored.p99 >= TARGET_STORED_P99_MS && 'stored assessments p99 ≥ 50 ms',
      [health, assess, stored].some((f) => f.errors > 0 || f.non2xx > 0) && 'errors or non-2xx answers under load',
    ].filter(Boolean);
    for (const failure of failures) console.error(`TARGET MISSED: ${failure}`);
    process.exitCode = failures.length > 0 ? 1 : 0;
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
