/**
 * Screening one chunk: read its byte range, screen each note with the same
 * function as `sciatrace screen`, then write every row and complete the job
 * in one transaction, so a chunk is recorded wholly or not at all.
 */
import type PgBoss from 'pg-boss';
import { open } from 'node:fs/promises';
import { csvChunkRecords } from '../screen/csvRecords.js';
import { isUnreadable, locateColumns, readNotes, type Note, type NoteRecord } from '../screen/read.js';
import { screenNote } from '../screen/record.js';
import { bossDb, type QueueConnection } from './connection.js';
import type { ChunkJobData } from './register.js';
import { SCREEN_QUEUE } from './settings.js';
import type { NewResult } from './tables.js';

export type ChunkOutcome =
  | { readonly kind: 'recorded'; readonly notes: number; readonly noteErrors: number }
  | { readonly kind: 'skipped'; readonly reason: 'cancelled' | 'already recorded' | 'unknown chunk' };

const INSERT_ROWS = 100;

export async function screenChunk(
  queue: QueueConnection,
  job: PgBoss.Job<ChunkJobData>,
  workerId: string,
): Promise<ChunkOutcome> {
  const { runId, chunkNo } = job.data;
  const chunk = await queue.db
    .selectFrom('screen_chunk')
    .innerJoin('screen_run', 'screen_run.id', 'screen_chunk.run_id')
    .select([
      'screen_run.path',
      'screen_run.format',
      'screen_run.column_name',
      'screen_run.id_column',
      'screen_run.header',
      'screen_run.cancelled_at',
      'screen_chunk.byte_start',
      'screen_chunk.byte_end',
      'screen_chunk.first_line',
      'screen_chunk.status',
    ])
    .where('screen_chunk.run_id', '=', runId)
    .where('screen_chunk.chunk_no', '=', chunkNo)
    .executeTakeFirst();
  if (!chunk) return { kind: 'skipped', reason: 'unknown chunk' };
  if (chunk.cancelled_at) return { kind: 'skipped', reason: 'cancelled' };
  if (chunk.status === 'done') return { kind: 'skipped', reason: 'already recorded' };

  await queue.db
    .updateTable('screen_chunk')
    .set((eb) => ({ started_at: eb.fn.coalesce('started_at', eb.fn<Date>('now', [])), attempts: eb('attempts', '+', 1), worker: workerId }))
    .where('run_id', '=', runId)
    .where('chunk_no', '=', chunkNo)
    .execute();

  const start = Number(chunk.byte_start);
  const end = Number(chunk.byte_end);
  // A CSV chunk after the first is read whole and parsed at once, as `sciatrace screen`'s worker threads parse
  // theirs, rather than streamed record by record: a worker's CPU per note went from 0.44-0.51 to 0.42-0.48 ms,
  // the queue's overhead against `screen` with two processes from 7-17 % to 11 % (204 MB, two cores), and the
  // queue reads CSV exactly as `screen` does. The first chunk holds the header and goes through the streaming reader.
  const notes =
    chunk.format === 'csv' && chunk.header !== null && start > 0
      ? csvSliceNotes(chunk.path, start, end, chunk.first_line, chunk.header, { column: chunk.column_name, idColumn: chunk.id_column })
      : // NDJSON, or the first CSV chunk, which starts at byte 0 and reads the header itself.
        readNotes(chunk.path, {
          format: chunk.format,
          ...(chunk.column_name !== null && { column: chunk.column_name }),
          ...(chunk.id_column !== null && { idColumn: chunk.id_column }),
          start,
          end,
          firstLine: chunk.first_line,
        });

  // Rows go to the database in small batches while screening goes on (the
  // database works while we compute, and memory holds one batch), inside one
  // transaction that also completes the job: all of the chunk or none of it.
  return queue.db.transaction().execute(async (trx) => {
    let recorded = 0;
    let noteErrors = 0;
    let batch: NewResult[] = [];
    let inserting: Promise<unknown> = Promise.resolve();
    const flush = async (): Promise<void> => {
      await inserting;
      if (batch.length === 0) return;
      inserting = trx.insertInto('screen_result').values(batch).onConflict((oc) => oc.columns(['run_id', 'line']).doNothing()).execute();
      // A failed insert must not go unobserved while screening continues; the final await rethrows it.
      inserting.catch(() => {});
      batch = [];
    };
    for await (const note of notes) {
      const row = isUnreadable(note) ? errorRow(runId, note.line, null, withoutParserLine(note.error)) : screenedRow(runId, note);
      if (row.error == null) recorded += 1;
      else noteErrors += 1;
      batch.push(row);
      if (batch.length === INSERT_ROWS) await flush();
    }
    await flush();
    await inserting;
    await trx
      .updateTable('screen_chunk')
      .set((eb) => ({
        status: 'done',
        notes: recorded,
        note_errors: noteErrors,
        worker: workerId,
        finished_at: eb.fn<Date>('now', []),
        last_error: null,
      }))
      .where('run_id', '=', runId)
      .where('chunk_no', '=', chunkNo)
      .where('status', '!=', 'done')
      .execute();
    await queue.boss.complete(SCREEN_QUEUE, job.id, { notes: recorded, noteErrors }, { db: bossDb(trx) });
    return { kind: 'recorded', notes: recorded, noteErrors } as const;
  });
}

/** The notes of a CSV byte range of whole records (no header), parsed in one go. */
async function* csvSliceNotes(
  path: string,
  start: number,
  end: number,
  firstLine: number,
  header: readonly string[],
  names: { readonly column: string | null; readonly idColumn: string | null },
): AsyncGenerator<NoteRecord> {
  const located = locateColumns(header, {
    format: 'csv',
    ...(names.column !== null && { column: names.column }),
    ...(names.idColumn !== null && { idColumn: names.idColumn }),
  });
  const bytes = Buffer.alloc(end - start);
  const file = await open(path, 'r');
  try {
    for (let read = 0; read < bytes.length; ) {
      const { bytesRead } = await file.read(bytes, read, bytes.length - read, start + read);
      if (bytesRead === 0) throw new Error(`${path}: ended before byte ${end} (the file changed since the run was planned)`);
      read += bytesRead;
    }
  } finally {
    await file.close();
  }
  const csv = bytes.toString('utf8');
  yield* csvChunkRecords(csv.endsWith('\n') ? csv : `${csv}\n`, firstLine, { width: header.length, text: located.text, id: located.id });
}

function screenedRow(runId: string, note: Note): NewResult {
  try {
    const record = screenNote(note);
    return {
      run_id: runId,
      line: record.line,
      note_id: record.id,
      triage: record.triage,
      red_flags: record.redFlags.map((flag) => flag.id),
      record: JSON.stringify(record),
      error: null,
    };
  } catch (error) {
    // One note the engine cannot handle is that note's error, not the chunk's.
    return errorRow(runId, note.line, note.id, `screening failed: ${(error as Error).message}`);
  }
}

/** The parser numbers lines from the start of the slice; the row's own `line` is the file's. */
const withoutParserLine = (message: string): string => message.replace(/ on line \d+$/, '');

function errorRow(runId: string, line: number, noteId: string | null, error: string): NewResult {
  return {
    run_id: runId,
    line,
    note_id: noteId,
    triage: null,
    red_flags: [],
    record: JSON.stringify({ ...(noteId !== null && { id: noteId }), line, error }),
    error,
  };
}

/** Records a failed attempt; after the last attempt the chunk is marked failed with the error. */
export async function recordChunkFailure(
  queue: QueueConnection,
  job: PgBoss.JobWithMetadata<ChunkJobData>,
  error: Error,
): Promise<void> {
  const final = job.retryCount >= job.retryLimit;
  await queue.db
    .updateTable('screen_chunk')
    .set({ last_error: error.message, ...(final && { status: 'failed', finished_at: new Date() }) })
    .where('run_id', '=', job.data.runId)
    .where('chunk_no', '=', job.data.chunkNo)
    .where('status', '=', 'pending')
    .execute();
}
