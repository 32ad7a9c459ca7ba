/**
 * Reads notes to screen from a CSV or NDJSON file as a stream, one record at a
 * time, so a file larger than memory is never held whole.
 *
 *   for await (const note of readNotes('notes.csv', { format: 'csv', column: 'transcription' })) …
 *
 * Each record is `{ id, text, line }` or, for a row that cannot be read,
 * `{ line, error }`: the caller reports it and goes on. `line` is the 1-based
 * line of the file where the record starts.
 *
 * `start`/`end` are byte offsets that must fall on record boundaries; they let
 * a caller (e.g. distributed screening) read one slice of a big file. For a
 * CSV slice that does not begin at byte 0 the header is read from the start of
 * the file (or taken from `header`), and `firstLine` gives the file line of the
 * slice's first byte so that reported lines stay those of the whole file.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { lineBreaksIn } from './csvRecords.js';

export type NoteFormat = 'csv' | 'ndjson';

export interface ReadNotesOptions {
  readonly format: NoteFormat;
  /** The text column (CSV) or field (NDJSON). Default: `text`, else `transcription`. */
  readonly column?: string;
  /** The id column or field. Default: `id`, else the first CSV column; the line number when missing. */
  readonly idColumn?: string;
  /** Byte offset of the first record to read (a record boundary). */
  readonly start?: number;
  /** Byte offset just past the last record to read (a record boundary). */
  readonly end?: number;
  /** File line number at `start` (1 when reading from the beginning). */
  readonly firstLine?: number;
  /** CSV column names, when the slice has no header of its own and reading the file's first line is not wanted. */
  readonly header?: readonly string[];
}

export interface Note {
  readonly id: string;
  readonly text: string;
  readonly line: number;
}
export interface UnreadableRecord {
  readonly line: number;
  readonly error: string;
}
export type NoteRecord = Note | UnreadableRecord;

export const isUnreadable = (record: NoteRecord): record is UnreadableRecord => 'error' in record;

export function readNotes(path: string, options: ReadNotesOptions): AsyncGenerator<NoteRecord> {
  return options.format === 'csv' ? readCsvNotes(path, options) : readNdjsonNotes(path, options);
}

const DEFAULT_TEXT_COLUMNS = ['text', 'transcription'] as const;

function streamSlice(path: string, start: number | undefined, end: number | undefined) {
  // createReadStream's `end` is inclusive.
  return createReadStream(path, { start: start ?? 0, ...(end !== undefined && { end: end - 1 }) });
}

/** The column names of a CSV file: its first record. */
export async function readCsvHeader(path: string): Promise<string[]> {
  const parser = createReadStream(path).pipe(parse({ bom: true, to: 1 }));
  for await (const record of parser as AsyncIterable<string[]>) {
    parser.destroy();
    return record;
  }
  throw new Error(`${path}: the file is empty, so it has no header`);
}

export interface CsvColumns {
  readonly text: number;
  readonly id: number | undefined;
}

export function locateColumns(header: readonly string[], options: ReadNotesOptions): CsvColumns {
  const find = (name: string): number => header.indexOf(name);
  let text = -1;
  if (options.column !== undefined) text = find(options.column);
  else for (const name of DEFAULT_TEXT_COLUMNS) if (text < 0) text = find(name);
  if (text < 0) {
    const wanted = options.column ?? DEFAULT_TEXT_COLUMNS.join(' or ');
    throw new Error(`no column ${JSON.stringify(wanted)} in the CSV header (${header.map((h) => JSON.stringify(h)).join(', ')})`);
  }
  if (options.idColumn !== undefined) {
    const id = find(options.idColumn);
    if (id < 0) throw new Error(`no id column ${JSON.stringify(options.idColumn)} in the CSV header`);
    return { text, id };
  }
  const id = find('id');
  return { text, id: id >= 0 ? id : text === 0 ? undefined : 0 };
}

async function* readCsvNotes(path: string, options: ReadNotesOptions): AsyncGenerator<NoteRecord> {
  const fromStart = (options.start ?? 0) === 0;
  let header: readonly string[] | undefined = options.header ?? (fromStart ? undefined : await readCsvHeader(path));
  let columns = header ? locateColumns(header, options) : undefined;
  // Lines are counted from the raw text of every record, read or skipped, so that
  // quoted line breaks (LF or CR LF) and blank lines keep the numbering of the file.
  let nextLine = options.firstLine ?? 1;
  const skipped: { after: number; raw: string; message: string }[] = [];
  const source = streamSlice(path, options.start, options.end);
  const parser = source.pipe(
    parse({
      bom: fromStart,
      info: true,
      raw: true,
      skip_records_with_error: true,
      on_skip: (error, raw) => {
        const after = (error as { records?: number } | undefined)?.records ?? 0;
        skipped.push({ after, raw: raw ?? '', message: error?.message ?? 'unreadable record' });
      },
    }),
  );
  // pipe() does not pass a read error on: without this a missing file is an unhandled 'error' event that ends the process.
  source.on('error', (error) => parser.destroy(error));
  function* flushSkipped(upTo: number): Generator<UnreadableRecord> {
    while (skipped.length > 0 && skipped[0]!.after < upTo) {
      const skip = skipped.shift()!;
      const line = nextLine;
      nextLine += lineBreaksIn(skip.raw);
      // A blank line is no record, not an error.
      if (skip.raw.trim() !== '') yield { line, error: skip.message.replace(/ on line \d+$/, '') };
    }
  }
  for await (const { record, info, raw } of parser as AsyncIterable<{ record: string[]; info: { records: number }; raw: string }>) {
    yield* flushSkipped(info.records);
    const line = nextLine;
    nextLine += lineBreaksIn(raw);
    if (!columns) {
      // The first record of a file read from its start is its header.
      header = record;
      columns = locateColumns(header, options);
      continue;
    }
    const text = record[columns.text];
    if (text === undefined) {
      yield { line, error: `row has ${record.length} fields, so no text column` };
      continue;
    }
    const id = columns.id === undefined ? String(line) : (record[columns.id] ?? String(line));
    yield { id, text, line };
  }
  yield* flushSkipped(Number.POSITIVE_INFINITY);
}

async function* readNdjsonNotes(path: string, options: ReadNotesOptions): AsyncGenerator<NoteRecord> {
  const textField = options.column;
  const idField = options.idColumn ?? 'id';
  const lines = createInterface({ input: streamSlice(path, options.start, options.end), crlfDelay: Infinity });
  let line = (options.firstLine ?? 1) - 1;
  for await (const raw of lines) {
    line++;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      yield { line, error: `not valid JSON: ${(error as Error).message}` };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { line, error: 'a note line must be a JSON object {"id", "text"}' };
      continue;
    }
    const fields = value as Record<string, unknown>;
    const field = textField ?? DEFAULT_TEXT_COLUMNS.find((name) => name in fields) ?? 'text';
    const text = fields[field];
    if (typeof text !== 'string') {
      yield { line, error: `field ${JSON.stringify(field)} must be a string` };
      continue;
    }
    const id = fields[idField];
    yield { id: typeof id === 'string' || typeof id === 'number' ? String(id) : String(line), text, line };
  }
}
