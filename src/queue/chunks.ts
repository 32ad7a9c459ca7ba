/**
 * Splits an input file into chunks of whole records, by byte range, reading
 * it as a stream so that its size never matters. CSV records may span lines
 * (quoted newlines), so record boundaries come from the quoting, not from
 * line breaks alone.
 *
 * Planning runs beside the workers, and on a machine whose cores they fill
 * every CPU second it takes is one they lose: parsing 204 MB with csv-parse
 * cost about 5 CPU s against 25 s of screening, which held two workers to
 * x1.3 of one. So a CSV whose quoting is regular (every quote opens a field,
 * closes one or is doubled inside one; lines end with LF, or with CR LF throughout) is planned by
 * scanning its bytes for quotes, commas and line ends, which gives the same
 * records as csv-parse at a small fraction of the cost; any other file is
 * planned by csv-parse itself, as before.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { lineBreaksIn } from '../screen/csvRecords.js';

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
  const records = options.format === 'csv' ? csvRecordBoundaries(path, options.onHeader) : ndjsonRecords(path);
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

/** Readable CSV records: by a byte scan when the file's quoting is regular (a first scan checks), else by csv-parse. */
export async function* csvRecordBoundaries(path: string, onHeader?: (fields: readonly string[]) => void): AsyncGenerator<RecordBoundary> {
  if (await hasRegularQuoting(path)) yield* scannedCsvRecords(path, onHeader);
  else yield* parsedCsvRecords(path, onHeader);
}

export async function* parsedCsvRecords(path: string, onHeader?: (fields: readonly string[]) => void): AsyncGenerator<RecordBoundary> {
  // The same parser settings as the reader (src/screen/read.ts), so both see
  // the same records. Each record starts where the one before it ended, and
  // the line breaks of every record's raw text (of skipped rows too, which
  // arrive through on_skip) keep count of the file's lines.
  const skipped: { after: number; raw: string; end: number }[] = [];
  const source = createReadStream(path);
  const parser = source.pipe(
    parse({
      bom: true,
      info: true,
      raw: true,
      skip_records_with_error: true,
      on_skip: (error, raw) => {
        const context = error as { records?: number; bytes?: number } | undefined;
        skipped.push({ after: context?.records ?? 0, raw: raw ?? '', end: context?.bytes ?? 0 });
      },
    }),
  );
  source.on('error', (error) => parser.destroy(error));
  let nextLine = 1;
  let previousEnd = 0;
  let headerSeen = false;
  for await (const { record, info, raw } of parser as AsyncIterable<{ record: string[]; raw: string; info: { bytes: number; records: number } }>) {
    while (skipped.length > 0 && skipped[0]!.after < info.records) {
      const skip = skipped.shift()!;
      nextLine += lineBreaksIn(skip.raw);
      previousEnd = skip.end;
    }
    const line = nextLine;
    nextLine += lineBreaksIn(raw);
    // A record starts where the one before it (read or skipped) ended: csv-parse's byte count is exact, while
    // `raw` lacks the LF of a CR LF line end.
    const start = previousEnd;
    previousEnd = info.bytes;
    if (!headerSeen) {
      headerSeen = true;
      onHeader?.(record);
      continue;
    }
    yield { start, line };
  }
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

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const BOM = [0xef, 0xbb, 0xbf] as const;

class IrregularCsv extends Error {}

interface ScannedRecord {
  /** Byte offset where the record starts (0 for the header, BOM included). */
  readonly start: number;
  /** 1-based line where it starts. */
  readonly line: number;
  readonly fields: number;
  /** The record's bytes, kept for the header only. */
  readonly bytes?: Buffer;
}

async function hasRegularQuoting(path: string): Promise<boolean> {
  try {
    for await (const record of scanCsv(path)) void record;
    return true;
  } catch (error) {
    if (error instanceof IrregularCsv) return false;
    throw error;
  }
}

/**
 * Readable records of a CSV with regular quoting, as csv-parse (with the
 * reader's settings) would find them: the first record is the header; a
 * record with another number of fields than the header, a blank line among
 * them, is skipped, and never starts a chunk.
 */
export async function* scannedCsvRecords(path: string, onHeader?: (fields: readonly string[]) => void): AsyncGenerator<RecordBoundary> {
  let width: number | undefined;
  for await (const record of scanCsv(path)) {
    if (width === undefined) {
      width = record.fields;
      onHeader?.(parseSync(record.bytes!, { bom: true })[0] as string[]);
      continue;
    }
    if (record.fields === width) yield { start: record.start, line: record.line };
  }
}

/**
 * Every record of a CSV (header and blank lines included) with its start,
 * line and number of fields, from the positions of quotes, commas and line
 * ends; throws IrregularCsv at the first quote or line end that csv-parse
 * might read otherwise than this scan does (a stray quote, a lone CR, LF and
 * CR LF line ends mixed).
 */
async function* scanCsv(path: string): AsyncGenerator<ScannedRecord> {
  let carry: Buffer | undefined; // a piece's last byte waits for the next piece: it may need its successor
  let base = 0; // file offset of data[0]
  let recordStart = 0;
  let line = 1;
  let linesInRecord = 0;
  let fields = 1;
  let fieldStart = true;
  let inQuotes = false;
  let crlf: boolean | undefined; // whether lines end with CR LF, from the first line end
  let first = true;
  let header: Buffer[] | undefined = [];

  const record = (end: number, data: Buffer, upTo: number): ScannedRecord => {
    const scanned: ScannedRecord = { start: recordStart, line, fields, ...(header && { bytes: Buffer.concat([...header, data.subarray(0, upTo)]) }) };
    header = undefined;
    line += linesInRecord + 1;
    linesInRecord = 0;
    recordStart = end;
    fields = 1;
    fieldStart = true;
    return scanned;
  };

  for await (const piece of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const data = carry ? Buffer.concat([carry, piece]) : piece;
    let i = 0;
    if (first) {
      first = false;
      if (data.length >= 3 && data[0] === BOM[0] && data[1] === BOM[1] && data[2] === BOM[2]) i = 3;
    }
    const records: ScannedRecord[] = [];
    const limit = data.length - 1;
    let nextLf = -1;
    while (i < limit) {
      if (inQuotes) {
        // Jump to the next quote, counting the line breaks inside the field on the way.
        const quote = data.indexOf(QUOTE, i);
        const upTo = quote < 0 || quote >= limit ? limit : quote;
        for (;;) {
          if (nextLf < i) {
            nextLf = data.indexOf(LF, i);
            if (nextLf < 0) nextLf = data.length; // none ahead in this piece
          }
          if (nextLf >= upTo) break;
          linesInRecord++;
          i = nextLf + 1;
        }
        i = upTo;
        if (upTo === limit) break;
        const next = data[quote + 1]!;
        if (next === QUOTE) {
          i = quote + 2; // a doubled quote inside the field
          continue;
        }
        if (next !== COMMA && next !== LF && next !== CR) throw new IrregularCsv();
        inQuotes = false;
        i = quote + 1;
        continue;
      }
      const byte = data[i]!;
      if (byte === QUOTE) {
        if (!fieldStart) throw new IrregularCsv();
        inQuotes = true;
        fieldStart = false;
      } else if (byte === COMMA) {
        fields++;
        fieldStart = true;
      } else if (byte === CR) {
        // A CR LF line end (the LF is always in this piece: the loop stops one byte short of its end).
        if (data[i + 1] !== LF || crlf === false) throw new IrregularCsv();
        crlf = true;
        records.push(record(base + i + 2, data, i + 2));
        i += 2;
        continue;
      } else if (byte === LF) {
        if (crlf === true) throw new IrregularCsv();
        crlf = false;
        records.push(record(base + i + 1, data, i + 1));
      } else fieldStart = false;
      i++;
    }
    if (header) header.push(data.subarray(0, i));
    carry = Buffer.from(data.subarray(i));
    base += i;
    yield* records;
  }
  // The byte left over, if any: its successor is the end of the file.
  const last = carry && carry.length > 0 ? carry[0]! : undefined;
  if (last !== undefined) {
    if (inQuotes) {
      if (last === QUOTE) inQuotes = false;
    } else if (last === QUOTE || last === CR || (last === LF && crlf === true)) {
      throw new IrregularCsv(); // a quote opened at the very end never closes; a lone CR or LF is left to csv-parse
    } else if (last === COMMA) {
      fields++;
    } else if (last === LF) {
      yield record(base + 1, carry!, 1);
      return;
    }
  }
  if (inQuotes) throw new IrregularCsv(); // a quote never closed swallows the rest of the file
  // A last record without a line end (csv-parse reads it; nothing after a final line end is a record).
  const end = base + (carry?.length ?? 0);
  if (end > recordStart) yield record(end, carry ?? Buffer.alloc(0), carry?.length ?? 0);
}
