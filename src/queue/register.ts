/**
 * Registers a screening run: plans its chunks and enqueues one pg-boss job
 * per chunk. A chunk and its job always commit together; the run counts as
 * planned (`planned_at`) once the last chunk is in.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import type { QueueConnection } from './connection.js';
import { bossDb } from './connection.js';
import { readNotes } from '../screen/read.js';
import { planChunks, type ChunkPlan, type InputFormat } from './chunks.js';
import { cancelRun } from './cancel.js';
import { DEFAULT_CHUNK_EXPIRY_SECONDS, DEFAULT_CHUNK_RECORDS, PLANNING_LOCK, SCREEN_QUEUE } from './settings.js';

export interface RunRequest {
  /** A path every worker can read (a shared mount); stored absolute. */
  readonly path: string;
  readonly format: InputFormat;
  /** CSV column holding the note text. */
  readonly column?: string;
  /** CSV column holding the note id. */
  readonly idColumn?: string;
  readonly chunkRecords?: number;
  readonly chunkExpirySeconds?: number;
}

export interface RegisteredRun {
  readonly runId: string;
  readonly chunks: number;
  readonly records: number;
  readonly bytes: number;
}

/** What a chunk's job carries; the rest is read from the run and chunk rows. */
export interface ChunkJobData {
  readonly runId: string;
  readonly chunkNo: number;
}

/** Chunks per commit while planning: the first ones reach workers within moments. */
const COMMIT_CHUNKS = 20;

/** The run cannot be registered as asked (e.g. a CSV without the named column); `field` names the option. */
export class RunRequestError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export interface RegisterOptions {
  /** Called with the run id as soon as the run exists, before its chunks are planned. */
  readonly onRegistered?: (runId: string) => void;
}

export async function registerRun(queue: QueueConnection, request: RunRequest, options: RegisterOptions = {}): Promise<RegisteredRun> {
  const path = resolve(request.path);
  const { size } = await stat(path);
  if (request.format === 'csv') await checkColumns(path, request);
  const chunkRecords = request.chunkRecords ?? DEFAULT_CHUNK_RECORDS;
  const expireInSeconds = request.chunkExpirySeconds ?? DEFAULT_CHUNK_EXPIRY_SECONDS;

  const { id: runId } = await queue.db
    .insertInto('screen_run')
    .values({
      path,
      format: request.format,
      column_name: request.column ?? null,
      id_column: request.idColumn ?? null,
      header: null,
      chunk_records: chunkRecords,
      total_chunks: 0,
      total_records: 0,
      total_bytes: size,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  options.onRegistered?.(runId);

  let chunks = 0;
  let records = 0;
  let batch: ChunkPlan[] = [];
  let cancelled = false;
  let headerSaved: Promise<unknown> = Promise.resolve();
  // Each batch of chunks and their jobs commits together, so workers start on
  // the first chunks while the rest of a large file is still being planned.
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const planned = batch;
    batch = [];
    const jobIds = planned.map(() => crypto.randomUUID());
    await queue.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('screen_chunk')
        .values(
          planned.map((chunk, i) => ({
            run_id: runId,
            chunk_no: chunk.chunkNo,
            job_id: jobIds[i]!,
            byte_start: chunk.start,
            byte_end: chunk.end,
            first_line: chunk.firstLine,
            records: chunk.records,
            last_error: null,
            worker: null,
          })),
        )
        .execute();
      await queue.boss.insert(
        planned.map((chunk, i) => ({
          id: jobIds[i]!,
          name: SCREEN_QUEUE,
          data: { runId, chunkNo: chunk.chunkNo } satisfies ChunkJobData,
          expireInSeconds,
        })),
        { db: bossDb(trx) },
      );
    });
    const run = await queue.db.selectFrom('screen_run').select('cancelled_at').where('id', '=', runId).executeTakeFirstOrThrow();
    cancelled = run.cancelled_at !== null;
  };

  // A session lock held while planning tells idle-exiting workers that more
  // chunks are coming; it goes with this connection if the planner dies.
  await queue.db.connection().execute(async (session) => {
    await sql`SELECT pg_advisory_lock(${PLANNING_LOCK}, hashtext(${runId}))`.execute(session);
    try {
      await plan();
    } finally {
      await sql`SELECT pg_advisory_unlock(${PLANNING_LOCK}, hashtext(${runId}))`.execute(session);
    }
  });

  async function plan(): Promise<void> {
    for await (const chunk of planChunks(path, {
      format: request.format,
      chunkRecords,
      // Workers need the header for every chunk but the first: it is stored before any chunk.
      onHeader: (fields) => void (headerSaved = saveHeader(queue, runId, fields)),
    })) {
      await headerSaved;
      batch.push(chunk);
      chunks += 1;
      records += chunk.records;
      if (batch.length === COMMIT_CHUNKS) await flush();
      if (cancelled) break;
    }
    await flush();
  }
  await queue.db
    .updateTable('screen_run')
    .set({ total_chunks: chunks, total_records: records, planned_at: new Date() })
    .where('id', '=', runId)
    .execute();
  // Cancelled while planning: what was enqueued since the cancel is cancelled too.
  if (cancelled) await cancelRun(queue, runId);
  return { runId, chunks, records, bytes: size };
}

function saveHeader(queue: QueueConnection, runId: string, fields: readonly string[]): Promise<unknown> {
  return queue.db.updateTable('screen_run').set({ header: JSON.stringify(fields) }).where('id', '=', runId).execute();
}

/** A wrong column name would fail every chunk three times over; say so now instead. */
async function checkColumns(path: string, request: RunRequest): Promise<void> {
  const notes = readNotes(path, {
    format: 'csv',
    ...(request.column !== undefined && { column: request.column }),
    ...(request.idColumn !== undefined && { idColumn: request.idColumn }),
  });
  try {
    await notes.next();
  } catch (error) {
    const message = (error as Error).message;
    if (/^no (id )?column/.test(message)) throw new RunRequestError(message.startsWith('no id') ? '--id-column' : '--column', message);
    throw error;
  } finally {
    await notes.return(undefined);
  }
}
