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
 * quick look; the figures of the issue are at 200.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import pg from 'pg';

const PG_URL = process.env.SCIATRACE_BENCH_PG ?? process.env.SCIATRACE_TEST_PG;
const TARGET_BYTES = Number(process.env.BENCH_QUEUE_MB ?? 200) * 1e6;
const CHUNK_RECORDS = Number(process.env.BENCH_QUEUE_CHUNK ?? 500);
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

interface Finished {
  readonly code: number | null;
  readonly stderr: string;
}

function run(args: readonly string[], stdout: 'ignore' | 'pipe' = 'ignore'): { done: Promise<Finished> } {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', stdout, 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  if (stdout === 'pipe') child.stdout!.resume();
  return { done: new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr }))) };
}

const seconds = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e9;

/** `sciatrace screen` on one machine with `processes` worker threads. */
async function screenOnOneMachine(file: string, processes: number): Promise<number> {
  const started = process.hrtime.bigint();
  const { code, stderr } = await run(['screen', file, '--format', 'csv', '--column', 'transcription', '--workers', String(processes), '--out', '/dev/null']).done;
  if (code !== 0) throw new Error(`screen exited ${code}: ${stderr.slice(-2000)}`);
  return seconds(started);
}

interface QueuedTiming {
  readonly enqueueSeconds: number;
  readonly workSeconds: number;
  readonly peakRssMb: readonly number[];
}

/** `screen --queue`, then `workers` worker processes until the queue is empty. */
async function queued(file: string, url: string, workers: number): Promise<QueuedTiming> {
  const started = process.hrtime.bigint();
  const enqueue = await run(['screen', file, '--format', 'csv', '--column', 'transcription', '--queue', url, '--chunk-records', String(CHUNK_RECORDS)]).done;
  if (enqueue.code !== 0) throw new Error(`screen --queue exited ${enqueue.code}: ${enqueue.stderr.slice(-2000)}`);
  const enqueueSeconds = seconds(started);
  const working = process.hrtime.bigint();
  const finished = await Promise.all(
    Array.from({ length: workers }, () => run(['worker', '--db', url, '--exit-when-idle', '--quiet', '--poll', '0.5']).done),
  );
  const workSeconds = seconds(working);
  for (const worker of finished) if (worker.code !== 0) throw new Error(`worker exited ${worker.code}: ${worker.stderr.slice(-2000)}`);
  const peakRssMb = finished.map((w) => Number(/peak RSS (\d+) MB/.exec(w.stderr)?.[1] ?? NaN));
  return { enqueueSeconds, workSeconds, peakRssMb };
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

async function clearResults(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('TRUNCATE screen_result');
  await client.query('VACUUM ANALYZE screen_result');
  await client.end();
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

    const rate = (s: number): number => corpus.notes / s;
    const screen1 = await screenOnOneMachine(file, 1);
    console.log(`screen, 1 process:      ${rate(screen1).toFixed(0)} notes/s (${screen1.toFixed(1)} s)`);
    const screen2 = await screenOnOneMachine(file, 2);
    console.log(`screen, 2 processes:    ${rate(screen2).toFixed(0)} notes/s (${screen2.toFixed(1)} s)`);

    const one = await queued(file, database.url, 1);
    console.log(`queued, 1 worker:       ${rate(one.workSeconds).toFixed(0)} notes/s (${one.workSeconds.toFixed(1)} s; enqueue ${one.enqueueSeconds.toFixed(1)} s; peak RSS ${one.peakRssMb.join(', ')} MB)`);
    await clearResults(database.url);
    const two = await queued(file, database.url, 2);
    console.log(`queued, 2 workers:      ${rate(two.workSeconds).toFixed(0)} notes/s (${two.workSeconds.toFixed(1)} s; enqueue ${two.enqueueSeconds.toFixed(1)} s; peak RSS ${two.peakRssMb.join(', ')} MB)`);

    const scaling = one.workSeconds / two.workSeconds;
    const overhead1 = one.workSeconds / screen1 - 1;
    const overhead2 = two.workSeconds / screen2 - 1;
    const overheadWithEnqueue2 = (two.workSeconds + two.enqueueSeconds) / screen2 - 1;
    const verdict = (ok: boolean): string => (ok ? 'meets target' : 'MISSES target');
    console.log(`two workers / one:      ×${scaling.toFixed(2)} (target ≥ ×${TARGET_SCALING}: ${verdict(scaling >= TARGET_SCALING)})`);
    console.log(`queue overhead, 1 proc: ${(overhead1 * 100).toFixed(1)} % (target ≤ ${TARGET_OVERHEAD * 100} %: ${verdict(overhead1 <= TARGET_OVERHEAD)})`);
    console.log(`queue overhead, 2 proc: ${(overhead2 * 100).toFixed(1)} % (target ≤ ${TARGET_OVERHEAD * 100} %: ${verdict(overhead2 <= TARGET_OVERHEAD)}); with enqueueing ${(overheadWithEnqueue2 * 100).toFixed(1)} %`);
    console.log(`worker peak RSS:        ${Math.max(...one.peakRssMb, ...two.peakRssMb)} MB on a ${(corpus.bytes / 1e6).toFixed(0)} MB input`);
  } finally {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
