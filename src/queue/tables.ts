/**
 * The tables of distributed screening runs, as kysely sees them. They live
 * beside pg-boss's own schema in the same PostgreSQL and have their own
 * migrations (./migrations.ts), so they never collide with the server's.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A string in the database that pg hands back as a Date. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** bigint columns come back from pg as strings; we write numbers. */
type BigCount = ColumnType<string, number, number>;

export type ChunkStatus = 'pending' | 'done' | 'failed' | 'cancelled';

export interface RunTable {
  id: Generated<string>;
  path: string;
  format: 'csv' | 'ndjson';
  column_name: string | null;
  id_column: string | null;
  /** CSV header fields, so a chunk starting mid-file can name its columns. */
  header: ColumnType<string[] | null, string | null, string | null>;
  chunk_records: number;
  total_chunks: number;
  total_records: number;
  total_bytes: BigCount;
  created_at: Timestamp;
  cancelled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Set once every chunk is enqueued; until then workers may already be screening the first ones. */
  planned_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface ChunkTable {
  run_id: string;
  chunk_no: number;
  job_id: string;
  byte_start: BigCount;
  byte_end: BigCount;
  first_line: number;
  records: number;
  status: Generated<ChunkStatus>;
  attempts: Generated<number>;
  last_error: string | null;
  worker: string | null;
  started_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  finished_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  notes: Generated<number>;
  note_errors: Generated<number>;
}

export interface ResultTable {
  run_id: string;
  /** Line of the input where the note's record starts: its identity in the file, stable across retries. */
  line: number;
  note_id: string | null;
  triage: string | null;
  red_flags: ColumnType<string[], string[], string[]>;
  /** The screening record exactly as `sciatrace screen` prints it (roots, conditions, evidence with spans…), or the error. */
  record: ColumnType<unknown, string, string>;
  error: string | null;
}

export interface WorkerTable {
  id: string;
  host: string;
  pid: number;
  started_at: Timestamp;
  last_seen: Timestamp;
  chunks_done: Generated<number>;
}

export interface QueueDatabase {
  screen_run: RunTable;
  screen_chunk: ChunkTable;
  screen_result: ResultTable;
  screen_worker: WorkerTable;
}

export type RunRow = Selectable<RunTable>;
export type ChunkRow = Selectable<ChunkTable>;
export type NewResult = Insertable<ResultTable>;
