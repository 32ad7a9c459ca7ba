/**
 * Distributed screening against a real PostgreSQL with real worker
 * processes: the same results as `sciatrace screen` on one machine, every
 * note exactly once after a worker is SIGKILLed mid-chunk, cancel stops a
 * run, bad rows are reported and never lost, a chunk failing three times
 * fails the run with the error stated.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cancelRun } from '../../src/queue/cancel.js';
import { connectQueue, type QueueConnection } from '../../src/queue/connection.js';
import { isActiveState, runProgress, type RunProgress } from '../../src/queue/progress.js';
import { registerRun } from '../../src/queue/register.js';
import type { QueueDatabase } from '../../src/queue/tables.js';
import { freshDatabase, skipPostgres } from '../helpers/postgres.js';
import { mtsamplesHead, tempDir, writeCsv } from './fixtures.js';
import { cli, startWorker, waitFor, type WorkerProcess } from './processes.js';

const NOTES = 240;
type Line = Record<string, unknown> & { line: number };

describe.skipIf(skipPostgres)('distributed screening on PostgreSQL', () => {
  let url: string;
  let drop: () => Promise<void>;
  let queue: QueueConnection;
  let db: Kysely<QueueDatabase>;
  let dir: string;
  let notesCsv: string;
  let reference: Line[];
  const workers: WorkerProcess[] = [];

  const work = (extra: readonly string[] = []): WorkerProcess => {
    const worker = startWorker(url, extra);
    workers.push(worker);
    return worker;
  };
  const stop = async (...some: WorkerProcess[]): Promise<void> => {
    for (const w of some) w.child.kill('SIGTERM');
    await Promise.all(some.map((w) => w.exited));
  };
  /** Waits until these workers have announced themselves, so each takes part from the first chunk. */
  const ready = (...some: WorkerProcess[]): Promise<true> =>
    waitFor('workers to start', async () => {
      const seen = await db.selectFrom('screen_worker').select('id').where('id', 'in', some.map((w) => w.id)).execute();
      return seen.length === some.length ? true : undefined;
    });
  const ended = (runId: string, timeoutMs = 90_000): Promise<RunProgress> =>
    waitFor(
      `run ${runId} to end`,
      async () => {
        const p = await runProgress(db, runId);
        return p && !isActiveState(p.state) ? p : undefined;
      },
      timeoutMs,
    );
  const exported = async (runId: string): Promise<Line[]> => {
    const result = await cli(['runs', 'export', runId, '--db', url, '--format', 'ndjson']);
    expect(result.code, result.stderr).toBe(0);
    return result.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
  };
  const queueRun = async (path: string, extra: readonly string[] = []): Promise<string> => {
    const result = await cli(['screen', path, '--format', 'csv', '--column', 'transcription', '--queue', url, ...extra]);
    expect(result.code, result.stderr).toBe(0);
    const runId = result.stdout.trim().split('\n').at(-1)!;
    expect(runId).toMatch(/^[0-9a-f-]{36}$/);
    return runId;
  };

  beforeAll(async () => {
    ({ url, drop } = await freshDatabase('sciatrace_queue'));
    queue = await connectQueue(url);
    db = queue.db;
    dir = tempDir();
    notesCsv = await mtsamplesHead(join(dir, 'notes.csv'), NOTES);
    const single = await cli(['screen', notesCsv, '--format', 'csv', '--column', 'transcription']);
    expect(single.code, single.stderr).toBe(0);
    reference = single.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
    expect(reference).toHaveLength(NOTES);
  });

  // A test that fails leaves no worker behind to take the next test's chunks.
  afterEach(async () => {
    const alive = workers.splice(0).filter((w) => w.child.exitCode === null && w.child.signalCode === null);
    for (const w of alive) w.child.kill('SIGKILL');
    await Promise.all(alive.map((w) => w.exited));
  });

  afterAll(async () => {
    await queue?.close();
    await drop?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a run split over two worker processes gives exactly the results of `sciatrace screen` on one machine', async () => {
    const [a, b] = [work(), work()];
    await ready(a, b);
    // Many small chunks, so that the idle worker's next poll finds one left even on a loaded machine.
    const runId = await queueRun(notesCsv, ['--chunk-records', '6']);
    const progress = await ended(runId);
    await stop(a, b);

    expect(progress.state).toBe('finished');
    expect(progress.chunks).toMatchObject({ total: 40, done: 40, failed: 0, pending: 0 });
    expect(progress.notes).toEqual({ planned: NOTES, screened: NOTES, errors: 0 });
    expect([...progress.workersSeen].sort()).toEqual([a.id, b.id].sort());
    expect(await exported(runId)).toEqual(reference);

    const shown = await cli(['runs', 'show', runId, '--db', url]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('finished');
    expect(shown.stdout).toContain(`${NOTES} screened`);

    const csv = await cli(['runs', 'export', runId, '--db', url, '--format', 'csv']);
    const rows = parseCsv(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.id, Number(r.line), r.triage])).toEqual(reference.map((r) => [r.id, r.line, r.triage]));
    expect(rows.map((r) => JSON.parse(r.evidence!))).toEqual(reference.map((r) => r.evidence));
  }, 120_000);

  it('SIGKILL of a worker mid-chunk: its chunk comes back and every note is recorded exactly once', async () => {
    // The victim is alone when the run is queued, so it is sure to take a
    // chunk however loaded the machine; the survivor joins straight after.
    let victim = work();
    await ready(victim);
    const runId = await queueRun(notesCsv, ['--chunk-records', '8', '--chunk-expiry', '4']);
    const survivor = work();
    const victimChunk = (victimId: string) =>
      db.selectFrom('screen_chunk').select(['chunk_no']).where('run_id', '=', runId).where('worker', '=', victimId).where('status', '=', 'pending').executeTakeFirst();
    // Killed the moment it is seen inside a chunk; should it have committed in
    // that instant after all, a fresh victim is sent in.
    let interrupted: number | undefined;
    for (let attempt = 0; attempt < 3 && interrupted === undefined; attempt++) {
      if (attempt > 0) {
        victim = work();
        await ready(victim);
      }
      const current = victim;
      await waitFor('the victim to be inside a chunk', async () => ((await victimChunk(current.id)) ? current.child.kill('SIGKILL') : undefined), 60_000, 5);
      await current.exited;
      interrupted = (await victimChunk(current.id))?.chunk_no;
    }
    expect(interrupted, 'a chunk left unfinished by the killed worker').toBeDefined();
    const progress = await ended(runId);
    await stop(survivor);

    expect(progress.state).toBe('finished');
    expect(progress.chunks.failed).toBe(0);
    const redone = await db
      .selectFrom('screen_chunk')
      .select(['attempts', 'worker', 'status'])
      .where('run_id', '=', runId)
      .where('chunk_no', '=', interrupted!)
      .executeTakeFirstOrThrow();
    expect(redone.status).toBe('done');
    expect(redone.attempts).toBeGreaterThanOrEqual(2);
    const rows = await db.selectFrom('screen_result').select(['line']).where('run_id', '=', runId).execute();
    expect(rows).toHaveLength(NOTES);
    expect(new Set(rows.map((r) => r.line)).size).toBe(NOTES);
    expect(await exported(runId)).toEqual(reference);
  }, 150_000);

  it('cancel stops handing out chunks and keeps the results so far', async () => {
    const worker = work();
    await ready(worker);
    // One note per chunk: enough chunks that the worker is still busy when the cancel (a CLI process) arrives.
    const runId = await queueRun(notesCsv, ['--chunk-records', '1']);
    await waitFor('a first chunk', async () => ((await runProgress(db, runId))!.chunks.done > 0 ? true : undefined));
    const cancelled = await cli(['runs', 'cancel', runId, '--db', url]);
    expect(cancelled.code, cancelled.stderr).toBe(0);
    // A chunk in hand when the run was cancelled is still recorded; then nothing more.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const atCancel = await runProgress(db, runId);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const later = await runProgress(db, runId);
    await stop(worker);

    expect(later!.state).toBe('cancelled');
    expect(later!.chunks.cancelled).toBeGreaterThan(0);
    expect(later!.chunks.pending).toBe(0);
    expect(later!.notes.screened).toBe(atCancel!.notes.screened);
    expect(later!.notes.screened).toBeLessThan(NOTES);
    const kept = await exported(runId);
    expect(kept).toHaveLength(later!.notes.screened);
    const byLine = new Map(reference.map((r) => [r.line, r]));
    for (const record of kept) expect(record).toEqual(byLine.get(record.line));
  }, 120_000);

  it('bad rows become per-note errors with their line numbers, never a failed chunk', async () => {
    const path = join(dir, 'bad.csv');
    writeCsv(path, ['id', 'transcription'], [
      ['1', 'Low back pain radiating down the left leg.'],
      ['2', 'too', 'many', 'fields'],
      ['3', 'Numbness over the dorsum of the foot,\nfor 3 weeks.'],
      ['4', 'Saddle anaesthesia and new urinary retention.'],
      ['5'],
    ]);
    const runId = await queueRun(path, ['--chunk-records', '2']);
    const worker = work(['--exit-when-idle']);
    expect(await worker.exited).toBe(0);
    const progress = await ended(runId, 5_000);
    expect(progress.state).toBe('finished');
    expect(progress.chunks.failed).toBe(0);
    expect(progress.notes).toMatchObject({ screened: 3, errors: 2 });
    const records = await exported(runId);
    expect(records.map((r) => [r.line, 'error' in r])).toEqual([
      [2, false],
      [3, true],
      [4, false],
      [6, false],
      [7, true],
    ]);
    const shown = await cli(['runs', 'show', runId, '--db', url, '--json']);
    const { summary } = JSON.parse(shown.stdout) as { summary: { errors: { count: number; first: { line: number }[] } } };
    expect(summary.errors.count).toBe(2);
    expect(summary.errors.first.map((e) => e.line)).toEqual([3, 7]);
  }, 120_000);

  it('a chunk that fails three times is marked failed with its error, and the run says so', async () => {
    const path = join(dir, 'vanishing.csv');
    writeCsv(path, ['id', 'transcription'], [['1', 'sciatica'], ['2', 'foot drop']]);
    const { runId } = await registerRun(queue, { path, format: 'csv', chunkRecords: 1 });
    rmSync(path);
    const worker = work(['--exit-when-idle']);
    expect(await worker.exited).toBe(0);
    const progress = await ended(runId, 5_000);
    expect(progress.state).toBe('finished with failures');
    expect(progress.chunks).toMatchObject({ failed: 2, done: 0, pending: 0 });
    expect(progress.failures[0]!.error).toMatch(/ENOENT/);
    const attempts = await db.selectFrom('screen_chunk').select('attempts').where('run_id', '=', runId).execute();
    expect(attempts.map((a) => a.attempts)).toEqual([3, 3]);
    const shown = await cli(['runs', 'show', runId, '--db', url]);
    expect(shown.stdout).toContain('finished with failures');
    expect(shown.stdout).toMatch(/FAILED chunk 0 .*ENOENT/);
  }, 120_000);

  it('worker --concurrency 2 runs two worker processes that share the run and both stop when it is done', async () => {
    const runId = await queueRun(notesCsv, ['--chunk-records', '20']);
    const pair = work(['--concurrency', '2', '--exit-when-idle']);
    expect(await pair.exited).toBe(0);
    const progress = await ended(runId, 5_000);
    expect(progress).toMatchObject({ state: 'finished', notes: { screened: NOTES, errors: 0 } });
    const stops = pair.stderr().match(/worker stopped: \d+ chunks, (\d+) notes/g) ?? [];
    expect(stops).toHaveLength(2);
    expect(stops.reduce((n, line) => n + Number(/, (\d+) notes/.exec(line)![1]), 0)).toBe(NOTES);
  }, 120_000);

  it('a run is "planning" until its last chunk is enqueued, and cancelling it then stops the planning', async () => {
    let whilePlanning: RunProgress | undefined;
    const planned = await registerRun(
      queue,
      { path: notesCsv, format: 'csv', column: 'transcription', chunkRecords: 2 },
      { onRegistered: (id) => void runProgress(db, id).then((p) => (whilePlanning = p)) },
    );
    await waitFor('the progress read during planning', async () => whilePlanning);
    expect(whilePlanning!.state).toBe('planning');
    expect(await runProgress(db, planned.runId)).toMatchObject({ state: 'queued', chunks: { total: NOTES / 2, pending: NOTES / 2 }, notes: { planned: NOTES } });

    let cancelling: Promise<unknown> = Promise.resolve();
    const stopped = await registerRun(
      queue,
      { path: notesCsv, format: 'csv', column: 'transcription', chunkRecords: 2 },
      { onRegistered: (id) => void (cancelling = cancelRun(queue, id)) },
    );
    await cancelling;
    expect(stopped.chunks).toBeLessThan(NOTES / 2);
    const progress = await runProgress(db, stopped.runId);
    expect(progress).toMatchObject({ state: 'cancelled', chunks: { pending: 0, done: 0, cancelled: stopped.chunks } });
  }, 60_000);

  it('rejects bad input with exit code 2 naming the field', async () => {
    expect((await cli(['runs', 'show', 'not-a-run', '--db', url])).code).toBe(2);
    expect((await cli(['runs', 'show', '00000000-0000-4000-8000-000000000000', '--db', url])).stderr).toMatch(/no run/);
    expect((await cli(['runs', 'export', '00000000-0000-4000-8000-000000000000', '--db', url, '--format', 'xml'])).code).toBe(2);
    const noColumn = await cli(['screen', notesCsv, '--column', 'nope', '--queue', url]);
    expect(noColumn.code).toBe(2);
    expect(noColumn.stderr).toMatch(/--column: no column "nope"/);
    expect((await cli(['screen', join(dir, 'missing.csv'), '--queue', url])).stderr).toMatch(/FILE: cannot read .*ENOENT/);
    expect((await cli(['screen', notesCsv, '--queue', url, '--chunk-records', '0'])).code).toBe(2);
    const sqlite = await cli(['worker', '--db', './data/x.db']);
    expect(sqlite.code).toBe(2);
    expect(sqlite.stderr).toMatch(/--db: .*PostgreSQL/);
  }, 180_000);
});
