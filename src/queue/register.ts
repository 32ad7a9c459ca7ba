/**
 * Registers a screening run: plans its chunks and enqueues one pg-boss job
 * per chunk, all in one transaction, so workers never see half a run.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { QueueConnection } from './connection.js';
import { bossDb } from './connection.js';
import { readNotes } from '../screen/read.js';
import { planChunks, type ChunkPlan, type InputFormat } from './chunks.js';
import { DEFAULT_CHUNK_EXPIRY_SECONDS, DEFAULT_CHUNK_RECORDS, SCREEN_QUEUE } from './settings.js';

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

const INSERT_BATCH = 500;

/** The run cannot be registered as asked (e.g. a CSV without the named column); `field` names the option. */
export class RunRequestError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export async function registerRun(queue: QueueConnection, request: RunRequest): Promise<RegisteredRun> {
  const path = resolve(request.path);
  const { size } = await stat(path);
  if (request.format === 'csv') await checkColumns(path, request);
  const chunkRecords = request.chunkRecords ?? DEFAULT_CHUNK_RECORDS;
  const expireInSeconds = request.chunkExpirySeconds ?? DEFAULT_CHUNK_EXPIRY_SECONDS;

  return queue.db.transaction().execute(async (trx) => {
    const { id: runId } = await trx
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

    let header: readonly string[] | null = null;
    let chunks = 0;
    let records = 0;
    let batch: ChunkPlan[] = [];
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const jobIds = batch.map(() => crypto.randomUUID());
      await trx
        .insertInto('screen_chunk')
        .values(
          batch.map((chunk, i) => ({
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
        batch.map((chunk, i) => ({
          id: jobIds[i]!,
          name: SCREEN_QUEUE,
          data: { runId, chunkNo: chunk.chunkNo } satisfies ChunkJobData,
          expireInSeconds,
        })),
        { db: bossDb(trx) },
      );
      batch = [];
    };

    for await (const chunk of planChunks(path, {
      format: request.format,
      chunkRecords,
      onHeader: (fields) => (header = fields),
    })) {
      batch.push(chunk);
      chunks += 1;
      records += chunk.records;
      if (batch.length === INSERT_BATCH) await flush();
    }
    await flush();

    await trx
      .updateTable('screen_run')
      .set({
        header: header === null ? null : JSON.stringify(header),
        total_chunks: chunks,
        total_records: records,
      })
      .where('id', '=', runId)
      .execute();
    return { runId, chunks, records, bytes: size };
  });
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
