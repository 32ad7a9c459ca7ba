/**
 * Parses one chunk of whole CSV records (from ./csvChunks.ts) into notes, in
 * a worker thread, line numbers counted, rows of the wrong width or that fail
 * to parse reported by their file line.
 *
 * A chunk whose quoting is regular (every quote opens a field, closes one or
 * is doubled inside one; lines end with LF, or with CR LF throughout) is
 * split by a scan of its quotes, commas and line ends, which reads exactly
 * what csv-parse reads (property tests hold it to that) at about a
 * seventieth of the cost: csv-parse, with the raw text and record info that
 * line numbers need, took 10–15 % of all screening time. Any other chunk
 * goes to csv-parse.
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
  return scannedChunkRecords(csv, firstLine, columns) ?? parsedChunkRecords(csv, firstLine, columns);
}

/** A record's fields, or what its width says is wrong with it; blank lines give nothing (as from csv-parse). */
function noteOf(fields: readonly string[], line: number, columns: CsvColumnsIndex): NoteRecord | undefined {
  if (fields.length === 1 && fields[0] === '') return undefined;
  if (fields.length !== columns.width) return { line, error: `Invalid Record Length: expect ${columns.width}, got ${fields.length}` };
  return { id: columns.id === undefined ? String(line) : fields[columns.id]!, text: fields[columns.text]!, line };
}

/**
 * The records of a chunk with regular quoting, each line end outside quotes
 * (LF, or CR LF throughout) ending one; undefined at the first character that
 * csv-parse could read otherwise (a quote inside an unquoted field or after a
 * closing one, a quote never closed, a lone CR, LF and CR LF line ends mixed).
 */
export function scannedChunkRecords(csv: string, firstLine: number, columns: CsvColumnsIndex): NoteRecord[] | undefined {
  const out: NoteRecord[] = [];
  let fields: string[] = [];
  let line = firstLine;
  let breaks = 0; // line feeds inside the quoted fields of the current record
  let i = 0;
  let nextLf = -1; // the next line feed at or after where quoted text is being read, once looked for
  let crlf: boolean | undefined; // whether lines end with CR LF, from the first line end
  const end = csv.length;
  const record = (): void => {
    const note = noteOf(fields, line, columns);
    if (note) out.push(note);
    line += breaks + 1;
    breaks = 0;
    fields = [];
  };
  while (i < end) {
    let field: string;
    if (csv.charCodeAt(i) === QUOTE) {
      // A quoted field: up to the quote that is not doubled, with doubled quotes read as one.
      field = '';
      let from = i + 1;
      for (;;) {
        const quote = csv.indexOf('"', from);
        if (quote < 0) return undefined;
        if (nextLf < from) nextLf = lineFeedFrom(csv, from);
        while (nextLf < quote) {
          breaks++;
          nextLf = lineFeedFrom(csv, nextLf + 1);
        }
        if (csv.charCodeAt(quote + 1) === QUOTE) {
          field += csv.slice(from, quote + 1);
          from = quote + 2;
          continue;
        }
        field += csv.slice(from, quote);
        i = quote + 1;
        break;
      }
    } else {
      let stop = i;
      while (stop < end) {
        const c = csv.charCodeAt(stop);
        if (c === COMMA || c === LF || c === CR) break;
        if (c === QUOTE) return undefined;
        stop++;
      }
      field = csv.slice(i, stop);
      i = stop;
    }
    fields.push(field);
    const next = csv.charCodeAt(i); // NaN at the end
    if (next === COMMA) {
      i++;
      if (i < end) continue;
      // A comma that ends the chunk leaves one more, empty, field.
      fields.push('');
    } else if (next === LF) {
      if (crlf === true) return undefined;
      crlf = false;
      i++;
    } else if (next === CR) {
      // CR LF line ends, if every line of the chunk ends so; a lone CR is left to csv-parse.
      if (csv.charCodeAt(i + 1) !== LF || crlf === false) return undefined;
      crlf = true;
      i += 2;
    } else if (i < end) return undefined; // text after a closing quote
    record();
  }
  return out;
}

/** The next line feed at or after `from`, or the end of the text. */
function lineFeedFrom(csv: string, from: number): number {
  const at = csv.indexOf('\n', from);
  return at < 0 ? csv.length : at;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** csv-parse, for any chunk: records it cannot read are reported by line and the rest still read. */
export function parsedChunkRecords(csv: string, firstLine: number, columns: CsvColumnsIndex): NoteRecord[] {
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
    const note = noteOf(record, line, columns);
    if (note) out.push(note);
    line += lineBreaksIn(raw);
  }
  flush(Number.POSITIVE_INFINITY);
  return out;
}
