/**
 * A screening worker: takes chunk jobs from pg-boss one at a time and
 * screens them until stopped. Any number of these, on any machines, share
 * one run. A worker that dies mid-chunk leaves its job active; pg-boss's
 * expiry hands it to another worker, and results keyed by (run, line) make
 * the redo harmless.
 */
import { hostname } from 'node:os';
import type PgBoss from 'pg-boss';
import { connectQueue, type QueueConnection } from './connection.js';
import { recordChunkFailure, screenChunk, type ChunkOutcome } from './chunkWork.js';
import type { ChunkJobData } from './register.js';
import { sql } from 'kysely';
import { DEFAULT_POLLING_SECONDS, PLANNING_LOCK, SCREEN_QUEUE } from './settings.js';

export interface WorkerOptions {
  readonly url: string;
  readonly maintenanceSeconds?: number;
  readonly pollingSeconds?: number;
  /** Stop once the queue is empty instead of waiting for more work. */
  readonly exitWhenIdle?: boolean;
  readonly signal?: AbortSignal;
  readonly onChunk?: (job: ChunkJobData, outcome: ChunkOutcome) => void;
  readonly onError?: (job: ChunkJobData, error: Error) => void;
  /** The queue itself could not be reached (the worker keeps trying). */
  readonly onQueueError?: (error: Error) => void;
}

export async function runWorker(options: WorkerOptions): Promise<void> {
  const queue = await connectQueue(options.url, {
    supervise: true,
    ...(options.maintenanceSeconds !== undefined && { maintenanceSeconds: options.maintenanceSeconds }),
    poolSize: 3,
  });
  const workerId = `${hostname()}:${process.pid}`;
  try {
    await heartbeat(queue, workerId, false);
    const pollMs = (options.pollingSeconds ?? DEFAULT_POLLING_SECONDS) * 1000;
    let failures = 0;
    while (!options.signal?.aborted) {
      let job: PgBoss.JobWithMetadata<ChunkJobData> | undefined;
      try {
        [job] = await queue.boss.fetch<ChunkJobData>(SCREEN_QUEUE, { batchSize: 1, includeMetadata: true });
        failures = 0;
      } catch (error) {
        // The database restarting or a network blip must not end every worker: wait and ask again.
        failures += 1;
        options.onQueueError?.(error as Error);
        await sleep(Math.min(30_000, 500 * 2 ** failures), options.signal);
        continue;
      }
      if (!job) {
        if (options.exitWhenIdle && !(await somethingBeingPlanned(queue))) break;
        await sleep(pollMs, options.signal);
        continue;
      }
      await work(queue, job, workerId, options);
    }
  } finally {
    await queue.close();
  }
}

async function work(
  queue: QueueConnection,
  job: PgBoss.JobWithMetadata<ChunkJobData>,
  workerId: string,
  options: WorkerOptions,
): Promise<void> {
  try {
    const outcome = await screenChunk(queue, job, workerId);
    // Skipped chunks were never taken up; the job is done with all the same.
    if (outcome.kind === 'skipped') await queue.boss.complete(SCREEN_QUEUE, job.id, { skipped: outcome.reason });
    options.onChunk?.(job.data, outcome);
    if (outcome.kind === 'recorded') await heartbeat(queue, workerId, true).catch(() => {});
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    options.onError?.(job.data, error);
    await recordChunkFailure(queue, job, error).catch(() => {});
    await queue.boss.fail(SCREEN_QUEUE, job.id, { message: error.message }).catch(() => {});
  }
}

/**
 * A run still being planned will enqueue more chunks: an idle-exiting worker
 * waits for them. "Being planned" means its planner holds the planning lock,
 * so a planner that died does not keep workers waiting forever.
 */
async function somethingBeingPlanned(queue: QueueConnection): Promise<boolean> {
  const { rows } = await sql<{ id: string }>`
    SELECT r.id FROM screen_run r
    WHERE r.planned_at IS NULL AND r.cancelled_at IS NULL
      AND EXISTS (
        SELECT 1 FROM pg_locks l
        WHERE l.locktype = 'advisory' AND l.classid = ${PLANNING_LOCK} AND l.objid = hashtext(r.id::text)::oid AND l.objsubid = 2
      )
    LIMIT 1`.execute(queue.db);
  return rows.length > 0;
}

async function heartbeat(queue: QueueConnection, workerId: string, chunkDone: boolean): Promise<void> {
  const now = new Date();
  await queue.db
    .insertInto('screen_worker')
    .values({ id: workerId, host: hostname(), pid: process.pid, started_at: now, last_seen: now })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        last_seen: now,
        chunks_done: chunkDone ? eb('screen_worker.chunks_done', '+', 1) : eb.ref('screen_worker.chunks_done'),
      })),
    )
    .execute();
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
