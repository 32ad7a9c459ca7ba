/**
 * Splits an input file into chunks of whole records, by byte range, reading
 * it once as a stream so that its size never matters. CSV records may span
 * lines (quoted newlines), so record boundaries come from csv-parse's byte
 * count rather than from newlines.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';

export type InputFormat = 'csv' | 'ndjson';

export interface ChunkPlan {
  readonly chunkNo: number;
  /** Byte offset of the chunk's first record. */
  readonly start: number;
  /** Byte offset just after the chunk's last record (exclusive). */
  readonly end: number;
  /** 1-based line number where the chunk's first record starts. */
  readonly firstLine: number;
  readonly records: number;
}

export interface PlanOptions {
  readonly format: InputFormat;
  readonly chunkRecords: number;
  /** Called once with the CSV header fields, before any chunk. */
  readonly onHeader?: (fields: readonly string[]) => void;
}

interface RecordBoundary {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

export async function* planChunks(path: string, options: PlanOptions): AsyncGenerator<ChunkPlan> {
  const fileSize = (await stat(path)).size;
  const boundaries = options.format === 'csv' ? csvRecords(path, options.onHeader) : ndjsonRecords(path);
  let current: { start: number; end: number; firstLine: number; records: number } | undefined;
  let full: typeof current;
  let chunkNo = 0;
  for await (const record of boundaries) {
    // A full chunk waits for the next record, so that the last chunk can be
    // stretched over trailing bytes the planner skipped (an unreadable last row).
    if (full) yield { chunkNo: chunkNo++, ...full };
    full = undefined;
    current ??= { start: record.start, end: record.end, firstLine: record.line, records: 0 };
    current.end = record.end;
    current.records += 1;
    if (current.records === options.chunkRecords) {
      full = current;
      current = undefined;
    }
  }
  const last = current ?? full;
  if (last) yield { chunkNo, ...last, end: Math.max(last.end, fileSize) };
}

async function* csvRecords(path: string, onHeader?: (fields: readonly string[]) => void): AsyncGenerator<RecordBoundary> {
  // The same parser settings as the reader (src/screen/read.ts), so both see
  // the same record boundaries. A record the parser skips as malformed falls
  // inside the next record's byte range, where the worker's reader meets it
  // again and reports it against its line.
  const parser = createReadStream(path).pipe(
    parse({ info: true, bom: true, skip_empty_lines: true, skip_records_with_error: true }),
  );
  let previousEnd = 0;
  let nextLine = 1;
  let crlfInFields = 0;
  let headerSeen = false;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { bytes: number; lines: number } }>) {
    const boundary = { start: previousEnd, end: info.bytes, line: nextLine };
    previousEnd = info.bytes;
    // csv-parse counts a CR LF inside a quoted field as two lines; a file line ends at LF only.
    crlfInFields += countCrlf(record);
    nextLine = info.lines - crlfInFields + 1;
    if (!headerSeen) {
      headerSeen = true;
      onHeader?.(record);
      continue;
    }
    yield boundary;
  }
}

function countCrlf(fields: readonly string[]): number {
  let n = 0;
  for (const field of fields) for (let i = field.indexOf('\r\n'); i >= 0; i = field.indexOf('\r\n', i + 2)) n++;
  return n;
}

async function* ndjsonRecords(path: string): AsyncGenerator<RecordBoundary> {
  let offset = 0;
  let line = 1;
  let recordStart = 0;
  let recordHasText = false;
  for await (const buffer of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = 0; i < buffer.length; i++) {
      const byte = buffer[i]!;
      if (byte === 0x0a) {
        if (recordHasText) yield { start: recordStart, end: offset + i + 1, line };
        line += 1;
        recordStart = offset + i + 1;
        recordHasText = false;
      } else if (byte !== 0x20 && byte !== 0x0d && byte !== 0x09) {
        recordHasText = true;
      }
    }
    offset += buffer.length;
  }
  if (recordHasText) yield { start: recordStart, end: offset, line };
}
