/**
 * Chunk planning: reading every planned byte range gives back exactly the
 * notes of reading the file whole, with the same line numbers, whatever the
 * chunk size and however awkward the CSV (quoted newlines, CR LF, quotes,
 * multi-byte characters, malformed rows).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseSync } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecordBoundaries, parsedCsvRecords, planChunks, scannedCsvRecords, type ChunkPlan, type InputFormat } from '../../src/queue/chunks.js';
import { readNotes, type NoteRecord } from '../../src/screen/read.js';
import { csvField, MTSAMPLES, mtsamplesHead, tempDir, writeCsv } from './fixtures.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function readByChunks(path: string, format: InputFormat, chunkRecords: number): Promise<{ chunks: ChunkPlan[]; notes: NoteRecord[] }> {
  let header: readonly string[] | undefined;
  const chunks = await collect(planChunks(path, { format, chunkRecords, onHeader: (fields) => (header = fields) }));
  const notes: NoteRecord[] = [];
  for (const chunk of chunks) {
    notes.push(
      ...(await collect(
        readNotes(path, { format, ...(header && chunk.start > 0 && { header }), start: chunk.start, end: chunk.end, firstLine: chunk.firstLine }),
      )),
    );
  }
  return { chunks, notes: inLineOrder(notes) };
}

/** Notes by line, with the parser's slice-relative "on line N" taken out of error messages. */
function inLineOrder(notes: readonly NoteRecord[]): NoteRecord[] {
  return notes
    .map((n) => ('error' in n ? { ...n, error: n.error.replace(/ on line \d+$/, '') } : n))
    .sort((a, b) => a.line - b.line);
}

const readWhole = async (path: string, format: InputFormat): Promise<NoteRecord[]> => inLineOrder(await collect(readNotes(path, { format })));

const dir = tempDir();

describe('planChunks', () => {
  it('splits MTSamples (quoted newlines, CR LF in fields) into slices that read back as the whole file', async () => {
    const path = await mtsamplesHead(join(dir, 'head.csv'), 400);
    const whole = await readWhole(path, 'csv');
    const { chunks, notes } = await readByChunks(path, 'csv', 37);
    expect(whole).toHaveLength(400);
    expect(chunks.map((c) => c.records)).toEqual([...Array<number>(10).fill(37), 30]);
    expect(chunks.every((c, i) => i === 0 || c.start === chunks[i - 1]!.end)).toBe(true);
    expect(notes).toEqual(whole);
  });

  it('keeps line numbers and record boundaries for any notes, malformed rows, blank lines and chunk size (property)', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '€', ' ', ',', '"', '\n', '\r\n', 'L5'), maxLength: 30 });
    const row = fc.record({ text, kind: fc.constantFrom('note', 'note', 'note', 'malformed', 'blank') });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 8 }), async (rows, size) => {
        const path = writeCsv(
          join(dir, 'prop.csv'),
          ['id', 'text'],
          rows.map((r, i) => (r.kind === 'malformed' ? [`n${i}`, r.text, 'extra'] : r.kind === 'blank' ? [] : [`n${i}`, r.text])),
        );
        const whole = await readWhole(path, 'csv');
        const { notes } = await readByChunks(path, 'csv', size);
        // A blank line is no note and no error; every other row is one or the other.
        expect(whole).toHaveLength(rows.filter((r) => r.kind !== 'blank').length);
        expect(notes).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });

  it('reports a malformed CSV row against its line from whichever chunk holds it, the last row included', async () => {
    const path = join(dir, 'bad.csv');
    writeFileSync(path, 'id,text\n1,fine\n2,too,many,fields\n3,"multi\nline"\n4,ok\n5,broken,row\n');
    const whole = await readWhole(path, 'csv');
    for (const size of [1, 2, 3]) {
      const { notes } = await readByChunks(path, 'csv', size);
      expect(notes).toEqual(whole);
    }
    expect(whole.filter((n) => 'error' in n).map((n) => n.line)).toEqual([3, 7]);
    expect(whole.filter((n) => 'text' in n).map((n) => n.line)).toEqual([2, 4, 6]);
  });

  it('plans a regular CSV by scanning its bytes, finding exactly the records and header csv-parse finds (MTSamples whole)', async () => {
    const headers: (readonly string[])[] = [];
    const scanned = await collect(scannedCsvRecords(MTSAMPLES, (h) => headers.push(h)));
    const parsed = await collect(parsedCsvRecords(MTSAMPLES, (h) => headers.push(h)));
    expect(scanned).toHaveLength(4999);
    expect(scanned).toEqual(parsed);
    expect(headers[0]).toEqual(headers[1]);
  });

  it('plans a CSV with CR LF line ends by the byte scan too, finding the records csv-parse finds (MTSamples whole)', async () => {
    // MTSamples with every line end outside quotes made CR LF (quoted line breaks stay as they are).
    const rows = parseSync(readFileSync(MTSAMPLES), { bom: true, relax_column_count: true }) as string[][];
    const path = join(dir, 'mtsamples-crlf.csv');
    writeFileSync(path, rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n');
    const scanned = await collect(scannedCsvRecords(path));
    expect(scanned).toHaveLength(4999);
    expect(scanned).toEqual(await collect(parsedCsvRecords(path)));
  });

  it('finds the records csv-parse finds in any CSV, stray quotes, lone carriage returns and mixed line ends included (property)', async () => {
    const piece = fc.constantFrom('a', 'é', ',', '"', '""', '\n', '\r\n', '\r', ' ', '"x"', '"a,\nb"');
    const csvText = fc.tuple(fc.boolean(), fc.constantFrom('id,text\n', 'text\n', 'id,text\r\n', '"id","t"\n'), fc.array(piece, { maxLength: 40 }), fc.boolean());
    await fc.assert(
      fc.asyncProperty(csvText, async ([bom, header, body, crlfOnly]) => {
        const path = join(dir, 'raw.csv');
        const text = `${header}${body.join('')}`;
        // Half the files have CR LF line ends throughout, which the byte scan reads too.
        writeFileSync(path, `${bom ? '\uFEFF' : ''}${crlfOnly ? text.replace(/\r?\n/g, '\r\n') : text}`);
        const headers: (readonly string[])[] = [];
        const fast = await collect(csvRecordBoundaries(path, (h) => headers.push(h)));
        const parsed = await collect(parsedCsvRecords(path, (h) => headers.push(h)));
        expect(fast).toEqual(parsed);
        expect(headers[0]).toEqual(headers[1]);
      }),
      { numRuns: 300 },
    );
  });

  it('plans a CSV with CR LF line ends into slices that read back as the whole file, on the true lines', async () => {
    const path = join(dir, 'crlf.csv');
    writeFileSync(path, 'id,text\r\n1,a\r\n\r\n2,too,many\r\n3,"b\r\nc"\r\n4,d\r\n5,e');
    const whole = await readWhole(path, 'csv');
    expect(whole.map((n) => [n.line, 'error' in n])).toEqual([[2, false], [4, true], [5, false], [7, false], [8, false]]);
    for (const size of [1, 2, 3]) expect((await readByChunks(path, 'csv', size)).notes, `chunks of ${size}`).toEqual(whole);
  });

  it('splits NDJSON by lines, skipping blank lines and passing bad lines on to be reported', async () => {
    const path = join(dir, 'notes.ndjson');
    writeFileSync(path, '{"id":"a","text":"L5 pain"}\n\n{"id":"b","text":"é"}\nnot json\n{"id":"c","text":"x"}');
    const whole = await readWhole(path, 'ndjson');
    const { chunks, notes } = await readByChunks(path, 'ndjson', 2);
    expect(chunks.map((c) => [c.firstLine, c.records])).toEqual([[1, 2], [4, 2]]);
    expect(notes).toEqual(whole);
    expect(whole.map((n) => n.line)).toEqual([1, 3, 4, 5]);
  });

  it('a file that cannot be read makes the reader reject, so a worker fails the chunk instead of dying', async () => {
    for (const format of ['csv', 'ndjson'] as const) {
      await expect(collect(readNotes(join(dir, 'missing'), { format, start: 10, end: 20, header: ['id', 'text'] }))).rejects.toThrow(/ENOENT/);
      await expect(collect(readNotes(join(dir, 'missing'), { format }))).rejects.toThrow(/ENOENT/);
    }
  });
});
