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
  /** Byte offset of the chunk's first readable record (0 for the first chunk, which holds the header). */
  readonly start: number;
  /** Byte offset where the next chunk starts, or the file's size (exclusive). */
  readonly end: number;
  /** 1-based line number at `start`. */
  readonly firstLine: number;
  /** Readable records in the chunk; rows the parser skips come on top. */
  readonly records: number;
}

export interface PlanOptions {
  readonly format: InputFormat;
  readonly chunkRecords: number;
  /** Called once with the CSV header fields, before any chunk. */
  readonly onHeader?: (fields: readonly string[]) => void;
}

interface RecordBoundary {
  /** Byte offset where the record starts. */
  readonly start: number;
  /** 1-based line where the record starts. */
  readonly line: number;
}

/**
 * Each chunk starts at a readable record and runs up to the next chunk's
 * start, so rows the parser skips as malformed stay inside some chunk (where
 * the worker's reader reports them) and never open one: a slice that begins
 * with a malformed row would mislead the reader about the number of fields.
 * The first chunk starts at byte 0, so its reader meets the header itself.
 */
export async function* planChunks(path: string, options: PlanOptions): AsyncGenerator<ChunkPlan> {
  const fileSize = (await stat(path)).size;
  const records = options.format === 'csv' ? csvRecords(path, options.onHeader) : ndjsonRecords(path);
  let open: { start: number; firstLine: number; records: number } | undefined;
  let chunkNo = 0;
  for await (const record of records) {
    if (open && open.records === options.chunkRecords) {
      yield { chunkNo, ...open, end: record.start };
      chunkNo += 1;
      open = undefined;
    }
    open ??= chunkNo === 0 ? { start: 0, firstLine: 1, records: 0 } : { start: record.start, firstLine: record.line, records: 0 };
    open.records += 1;
  }
  if (open) yield { chunkNo, ...open, end: fileSize };
  // Not one readable record: the file still gets a chunk, so its unreadable rows are reported.
  else if (chunkNo === 0 && fileSize > 0) yield { chunkNo, start: 0, end: fileSize, firstLine: 1, records: 0 };
}

async function* csvRecords(path: string, onHeader?: (fields: readonly string[]) => void): AsyncGenerator<RecordBoundary> {
  // The same parser settings as the reader (src/screen/read.ts), so both see
  // the same records. `raw` gives each record's own text: its byte length
  // places the record's start, and its line breaks (of skipped rows too,
  // which arrive through on_skip) keep count of the file's lines.
  const skipped: { after: number; raw: string }[] = [];
  const source = createReadStream(path);
  const parser = source.pipe(
    parse({
      bom: true,
      info: true,
      raw: true,
      skip_records_with_error: true,
      on_skip: (error, raw) => {
        skipped.push({ after: (error as { records?: number } | undefined)?.records ?? 0, raw: raw ?? '' });
      },
    }),
  );
  source.on('error', (error) => parser.destroy(error));
  let nextLine = 1;
  let headerSeen = false;
  for await (const { record, info, raw } of parser as AsyncIterable<{ record: string[]; raw: string; info: { bytes: number; records: number } }>) {
    while (skipped.length > 0 && skipped[0]!.after < info.records) nextLine += lineBreaks(skipped.shift()!.raw);
    const line = nextLine;
    nextLine += lineBreaks(raw);
    if (!headerSeen) {
      headerSeen = true;
      onHeader?.(record);
      continue;
    }
    yield { start: info.bytes - Buffer.byteLength(raw), line };
  }
}

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

async function* ndjsonRecords(path: string): AsyncGenerator<RecordBoundary> {
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  let seenText = false;
  for await (const buffer of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = 0; i < buffer.length; i++) {
      const byte = buffer[i]!;
      if (byte === 0x0a) {
        line += 1;
        lineStart = offset + i + 1;
        seenText = false;
      } else if (!seenText && byte !== 0x20 && byte !== 0x0d && byte !== 0x09) {
        seenText = true;
        yield { start: lineStart, line };
      }
    }
    offset += buffer.length;
  }
}
