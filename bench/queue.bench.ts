/**
 * Distributed screening throughput (issue 8): notes/s of a queued run with
 * one worker process and with two, beside `sciatrace screen` on one machine
 * with the same number of processes, all in this run, on MTSamples repeated
 * to at least 200 MB (ids made unique per copy).
 *
 * Targets: two workers ≥ 1.6 × one; queue overhead ≤ 15 % against `screen`
 * with the same number of processes; a worker's peak RSS bounded (reported).
 * Needs PostgreSQL: SCIATRACE_BENCH_PG or SCIATRACE_TEST_PG (a server the
 * bench may create a database on). BENCH_QUEUE_MB shrinks the corpus for a
 * quick look; the figures of the issue are at 200. Each mode runs
 * BENCH_REPEATS times (default 2), alternating; the best is reported with
 * every run and the CPU other processes took during it.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import pg from 'pg';
import { machineLoad, waitForQuiet } from './machineLoad.js';

const PG_URL = process.env.SCIATRACE_BENCH_PG ?? process.env.SCIATRACE_TEST_PG;
const TARGET_BYTES = Number(process.env.BENCH_QUEUE_MB ?? 200) * 1e6;
const CHUNK_RECORDS = Number(process.env.BENCH_QUEUE_CHUNK ?? 500);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 2);
const TARGET_SCALING = 1.6;
const TARGET_OVERHEAD = 0.15;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/sciatrace.js');
const MTSAMPLES = join(ROOT, '../shared/corpus/mtsamples.csv');

const csvField = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** MTSamples copied until the file reaches the target size; copy k renumbers note i as k·10⁶ + i. */
async function writeCorpus(path: string): Promise<{ notes: number; bytes: number }> {
  const rows: string[][] = [];
  for await (const record of createReadStream(MTSAMPLES).pipe(parse({ bom: true, relax_column_count: true })) as AsyncIterable<string[]>) {
    rows.push(record);
  }
  const [header, ...notes] = rows;
  const out = createWriteStream(path);
  let bytes = 0;
  let written = 0;
  const write = async (line: string): Promise<void> => {
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(`${header!.map(csvField).join(',')}\n`);
  for (let copy = 0; bytes < TARGET_BYTES; copy++) {
    for (const note of notes) {
      await write(`${[String(copy * 1_000_000 + Number(note[0])), ...note.slice(1)].map(csvField).join(',')}\n`);
      written++;
    }
  }
  out.end();
  await once(out, 'finish');
  return { notes: written, bytes: statSync(path).size };
}

interface Measured {
  readonly code: number | null;
  readonly stderr: string;
  readonly wallSeconds: number;
  /** User + system CPU seconds of the process, when GNU time is there to tell. */
  readonly cpuSeconds: number | null;
  readonly peakRssMb: number | null;
}

// GNU time reports a child's CPU time and peak RSS; without it only wall time is known.
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const TIME_MARK = 'BENCH-RUSAGE';

function run(args: readonly string[]): Promise<Measured> {
  const argv = [process.execPath, BIN, ...args];
  const [command, ...rest] = GNU_TIME ? [GNU_TIME, '-f', `${TIME_MARK} %U %S %M`, ...argv] : argv;
  const started = process.hrtime.bigint();
  const child = spawn(command!, rest, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      const usage = new RegExp(`${TIME_MARK} ([\\d.]+) ([\\d.]+) (\\d+)`).exec(stderr);
      resolve({
        code,
        stderr,
        wallSeconds: seconds(started),
        cpuSeconds: usage ? Number(usage[1]) + Number(usage[2]) : null,
        peakRssMb: usage ? Math.round(Number(usage[3]) / 1024) : null,
      });
    }),
  );
}

const seconds = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e9;
const sum = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + v!, 0);

interface Timing {
  readonly wallSeconds: number;
  readonly cpuSeconds: number | null;
  readonly peakRssMb: readonly (number | null)[];
}

/** `sciatrace screen` on one machine with `threads` worker threads. */
async function screenOnOneMachine(file: string, threads: number): Promise<Timing> {
  const result = await run(['screen', file, '--format', 'csv', '--column', 'transcription', '--workers', String(threads), '--no-progress', '--out', '/dev/null']);
  if (result.code !== 0) throw new Error(`screen exited ${result.code}: ${result.stderr.slice(-2000)}`);
  return { wallSeconds: result.wallSeconds, cpuSeconds: result.cpuSeconds, peakRssMb: [result.peakRssMb] };
}

interface QueuedTiming extends Timing {
  readonly enqueue: Measured;
  /** From `screen --queue` starting to the last worker leaving. */
  readonly endToEndSeconds: number;
  /** CPU seconds of the PostgreSQL backends serving this database during the run (Linux /proc), when readable. */
  readonly databaseCpuSeconds: number | null;
}

/**
 * `screen --queue` with `workers` worker processes started as soon as the
 * first chunks are enqueued (planning goes on while they work), until the
 * queue is empty. Both the workers' own time and the end-to-end time count.
 */
async function queued(file: string, url: string, workers: number): Promise<QueuedTiming> {
  const started = process.hrtime.bigint();
  const enqueueing = run(['screen', file, '--format', 'csv', '--column', 'transcription', '--queue', url, '--chunk-records', String(CHUNK_RECORDS)]);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (;;) {
    const { rows } = await client.query('SELECT 1 FROM screen_chunk LIMIT 1').catch(() => ({ rows: [] }));
    if (rows.length > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await client.end();
  const sampler = await databaseCpuSampler(url);
  const working = process.hrtime.bigint();
  const finished = await Promise.all(Array.from({ length: workers }, () => run(['worker', '--db', url, '--exit-when-idle', '--quiet', '--poll', '0.5'])));
  const wallSeconds = seconds(working);
  const databaseCpuSeconds = await sampler.stop();
  const enqueue = await enqueueing;
  const endToEndSeconds = seconds(started);
  if (enqueue.code !== 0) throw new Error(`screen --queue exited ${enqueue.code}: ${enqueue.stderr.slice(-2000)}`);
  for (const worker of finished) if (worker.code !== 0) throw new Error(`worker exited ${worker.code}: ${worker.stderr.slice(-2000)}`);
  return {
    enqueue,
    wallSeconds,
    endToEndSeconds,
    cpuSeconds: sum(finished.map((w) => w.cpuSeconds)),
    peakRssMb: finished.map((w) => w.peakRssMb),
    databaseCpuSeconds,
  };
}

/**
 * Samples the CPU time of the server processes connected to our database:
 * the share of the work the queue hands to PostgreSQL, which `screen` does
 * not have. Null when /proc or the server's processes are out of reach.
 */
async function databaseCpuSampler(url: string): Promise<{ stop(): Promise<number | null> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const database = new URL(url).pathname.slice(1);
  const ticksPerSecond = 100; // USER_HZ on Linux
  const lastSeen = new Map<number, number>();
  let readable = true;
  const sample = async (): Promise<void> => {
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
    for (const { pid } of rows) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        lastSeen.set(pid, (Number(fields[11]) + Number(fields[12])) / ticksPerSecond);
      } catch {
        readable = lastSeen.size > 0 && readable;
      }
    }
  };
  let sampling = sample();
  const timer = setInterval(() => (sampling = sampling.then(sample, () => undefined)), 250);
  return {
    stop: async () => {
      clearInterval(timer);
      await sampling.catch(() => undefined);
      await client.end();
      return readable && lastSeen.size > 0 ? [...lastSeen.values()].reduce((a, b) => a + b, 0) : null;
    },
  };
}

async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sciatrace_queue_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Each queued measurement starts from empty tables, as the first did (before the first run they do not exist yet). */
async function clearRuns(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ present: boolean }>("SELECT to_regclass('screen_result') IS NOT NULL AS present");
    if (!rows[0]!.present) return;
    await client.query('TRUNCATE screen_result, screen_chunk, screen_run');
    await client.query('VACUUM ANALYZE screen_result');
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  if (!PG_URL) {
    console.log('queue bench skipped: set SCIATRACE_BENCH_PG (or SCIATRACE_TEST_PG) to a PostgreSQL URL');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'sciatrace-queue-bench-'));
  const file = join(dir, 'mtsamples-repeated.csv');
  const database = await freshDatabase();
  try {
    const corpus = await writeCorpus(file);
    console.log(`corpus: ${corpus.notes} notes, ${(corpus.bytes / 1e6).toFixed(1)} MB (MTSamples repeated); chunks of ${CHUNK_RECORDS} notes`);

    const rate = (s: number): string => `${(corpus.notes / s).toFixed(0)} notes/s`;
    const cpuPerNote = (cpu: number | null): string => (cpu === null ? 'CPU n/a' : `${((cpu * 1000) / corpus.notes).toFixed(2)} CPU ms/note`);
    const rss = (t: Timing): string => `peak RSS ${t.peakRssMb.map((m) => m ?? '?').join(', ')} MB`;
    console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);

    // Each mode runs BENCH_REPEATS times, the order turned round every repetition (screen 1, 2, queued 1, 2;
    // then 2, 1, …) so that a change in the machine's load falls on every mode alike; each run waits for a
    // quiet machine (up to a minute) and shows the CPU other processes took meanwhile when it is more than a
    // tenth of a core. The figures below are each mode's best, with every run listed.
    const screens: Record<1 | 2, Timing[]> = { 1: [], 2: [] };
    const queues: Record<1 | 2, QueuedTiming[]> = { 1: [], 2: [] };
    const others: Map<Timing, number | null> = new Map();
    const measure = async <T extends Timing>(runOnce: () => Promise<T>, ownCpu: (t: T) => number | null): Promise<T> => {
      await waitForQuiet();
      const load = machineLoad();
      const timing = await runOnce();
      const own = ownCpu(timing);
      others.set(timing, own === null ? null : load.othersSeconds(own));
      return timing;
    };
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      const order = repeat % 2 === 0 ? ([1, 2] as const) : ([2, 1] as const);
      for (const n of order) screens[n].push(await measure(() => screenOnOneMachine(file, n), (t) => t.cpuSeconds));
      for (const n of order) {
        await clearRuns(database.url);
        queues[n].push(
          await measure(
            () => queued(file, database.url, n),
            (q) => (q.cpuSeconds === null || q.enqueue.cpuSeconds === null ? null : q.cpuSeconds + q.enqueue.cpuSeconds + (q.databaseCpuSeconds ?? 0)),
          ),
        );
      }
    }
    const best = <T extends Timing>(runs: readonly T[]): T => runs.reduce((a, b) => (b.wallSeconds < a.wallSeconds ? b : a));
    const spread = (runs: readonly Timing[]): string =>
      `runs ${runs
        .map((t) => {
          const o = others.get(t);
          return `${t.wallSeconds.toFixed(1)}${o != null && o > 0.1 * t.wallSeconds ? ` (others ${o.toFixed(1)} CPU s)` : ''}`;
        })
        .join(', ')} s`;
    const screen1 = best(screens[1]);
    const screen2 = best(screens[2]);
    console.log(`screen, 1 worker thread:   ${rate(screen1.wallSeconds)} (${screen1.wallSeconds.toFixed(1)} s; ${cpuPerNote(screen1.cpuSeconds)}; ${rss(screen1)}; ${spread(screens[1])})`);
    console.log(`screen, 2 worker threads:  ${rate(screen2.wallSeconds)} (${screen2.wallSeconds.toFixed(1)} s; ${cpuPerNote(screen2.cpuSeconds)}; ${rss(screen2)}; ${spread(screens[2])})`);
    const describe = (q: QueuedTiming): string =>
      `${rate(q.wallSeconds)} (${q.wallSeconds.toFixed(1)} s; ${cpuPerNote(q.cpuSeconds)} in workers + ${cpuPerNote(q.databaseCpuSeconds)} in PostgreSQL; ` +
      `end to end with planning ${q.endToEndSeconds.toFixed(1)} s (enqueue ${q.enqueue.wallSeconds.toFixed(1)} s, ${q.enqueue.cpuSeconds === null ? '' : `${q.enqueue.cpuSeconds.toFixed(1)} CPU s, `}overlapped); ${rss(q)}`;
    const one = best(queues[1]);
    const two = best(queues[2]);
    console.log(`queued, 1 worker process:  ${describe(one)}; ${spread(queues[1])})`);
    console.log(`queued, 2 worker processes: ${describe(two)}; ${spread(queues[2])})`);
    console.log(`load average at end:   ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

    const verdict = (ok: boolean): string => (ok ? 'meets target' : 'MISSES target');
    const scaling = one.wallSeconds / two.wallSeconds;
    console.log(`two workers / one:         ×${scaling.toFixed(2)}, best against best (target ≥ ×${TARGET_SCALING}: ${verdict(scaling >= TARGET_SCALING)})`);
    for (const [label, q, s] of [['1 process', one, screen1], ['2 processes', two, screen2]] as const) {
      const overhead = q.wallSeconds / s.wallSeconds - 1;
      const withEnqueue = q.endToEndSeconds / s.wallSeconds - 1;
      const cpu = q.cpuSeconds !== null && s.cpuSeconds !== null ? ((q.cpuSeconds + (q.databaseCpuSeconds ?? 0)) / s.cpuSeconds - 1) * 100 : null;
      console.log(
        `queue overhead, ${label}: ${(overhead * 100).toFixed(1)} % wall (target ≤ ${TARGET_OVERHEAD * 100} %: ${verdict(overhead <= TARGET_OVERHEAD)}); ` +
          `${(withEnqueue * 100).toFixed(1)} % end to end with planning; ${cpu === null ? 'CPU n/a' : `${cpu.toFixed(1)} % in CPU time (workers + PostgreSQL vs screen)`}`,
      );
    }
    const peaks = [...queues[1], ...queues[2]].flatMap((q) => q.peakRssMb).filter((m): m is number => m !== null);
    console.log(`worker peak RSS:           ${peaks.length ? Math.max(...peaks) : '?'} MB on a ${(corpus.bytes / 1e6).toFixed(0)} MB input (chunks of ${CHUNK_RECORDS} notes)`);
  } finally {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
