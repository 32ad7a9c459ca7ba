/**
 * Parses one chunk of whole CSV records (from ./csvChunks.ts) into notes, in
 * a worker thread: csv-parse with the file's header given, line numbers
 * counted from each record's raw text, rows of the wrong width or that fail
 * to parse reported by their file line.
 */
import { parse } from 'csv-parse/sync';
import type { NoteRecord } from './read.js';

export interface CsvColumnsIndex {
  readonly width: number;
  readonly text: number;
  readonly id: number | undefined;
}

/**
 * Line breaks in a record's raw text as csv-parse gives it. With CR LF line
 * ends csv-parse leaves the record's final LF out of `raw` (which then ends
 * with the CR), so that one is counted here; without it every line number
 * after the first record of a CR LF file came out wrong.
 */
export function lineBreaksIn(raw: string): number {
  let n = raw.endsWith('\r') ? 1 : 0;
  for (let i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1)) n++;
  return n;
}

export function csvChunkRecords(csv: string, firstLine: number, columns: CsvColumnsIndex): NoteRecord[] {
  const out: NoteRecord[] = [];
  let line = firstLine;
  const skipped: { after: number; raw: string; message: string }[] = [];
  const rows = parse(csv, {
    info: true,
    raw: true,
    relax_column_count: true,
    skip_records_with_error: true,
    on_skip: (error, raw) => {
      skipped.push({ after: (error as { records?: number } | undefined)?.records ?? 0, raw: raw ?? '', message: error?.message ?? 'unreadable record' });
    },
  }) as unknown as { record: string[]; info: { records: number }; raw: string }[];
  const flush = (upTo: number): void => {
    while (skipped.length > 0 && skipped[0]!.after < upTo) {
      const skip = skipped.shift()!;
      if (skip.raw.trim() !== '') out.push({ line, error: skip.message.replace(/ on line \d+$/, '') });
      line += lineBreaksIn(skip.raw);
    }
  };
  for (const { record, info, raw } of rows) {
    flush(info.records);
    const at = line;
    line += lineBreaksIn(raw);
    if (record.length === 1 && record[0] === '') continue;
    if (record.length !== columns.width) {
      out.push({ line: at, error: `Invalid Record Length: expect ${columns.width}, got ${record.length}` });
      continue;
    }
    const text = record[columns.text]!;
    out.push({ id: columns.id === undefined ? String(at) : record[columns.id]!, text, line: at });
  }
  flush(Number.POSITIVE_INFINITY);
  return out;
}
