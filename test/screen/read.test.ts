/** The streaming note reader: real files, CSV quoting, bad rows, byte slices. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readNotes, type NoteRecord, type ReadNotesOptions } from '../../src/screen/read.js';

const dir = mkdtempSync(join(tmpdir(), 'sciatrace-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const all = async (path: string, options: ReadNotesOptions): Promise<NoteRecord[]> => {
  const out: NoteRecord[] = [];
  for await (const record of readNotes(path, options)) out.push(record);
  return out;
};

const CSV = [
  ',description,transcription',
  '0,"first, with comma","LBP 2/52,\nradiating R leg"',
  '1,second,"He said ""no"" to\r\nnumbness"',
  '2,too,many,fields',
  '3,fourth,plain text',
  '',
].join('\n');

describe('readNotes (CSV)', () => {
  it('reads quoted fields with line breaks, reports a malformed row by its line, and goes on', async () => {
    const records = await all(file('notes.csv', CSV), { format: 'csv', column: 'transcription' });
    expect(records).toEqual([
      { id: '0', text: 'LBP 2/52,\nradiating R leg', line: 2 },
      { id: '1', text: 'He said "no" to\r\nnumbness', line: 4 },
      { line: 6, error: expect.stringContaining('Invalid Record Length') },
      { id: '3', text: 'plain text', line: 7 },
    ]);
  });

  it('reads a byte slice that starts past the header, with the header read from the file', async () => {
    const path = file('slice.csv', CSV);
    const start = Buffer.byteLength(CSV.slice(0, CSV.indexOf('3,fourth')));
    const records = await all(path, { format: 'csv', column: 'transcription', start, end: Buffer.byteLength(CSV), firstLine: 7 });
    expect(records).toEqual([{ id: '3', text: 'plain text', line: 7 }]);
  });

  it('takes an explicit header for a slice', async () => {
    const path = file('headerless.csv', '7,x,some text\n');
    const records = await all(path, { format: 'csv', header: ['', 'description', 'transcription'], start: 0, firstLine: 10 });
    expect(records).toEqual([{ id: '7', text: 'some text', line: 10 }]);
  });

  it('reads ../shared/corpus/mtsamples.csv as it is', async () => {
    const path = new URL('../../../shared/corpus/mtsamples.csv', import.meta.url).pathname;
    let notes = 0;
    let last: NoteRecord | undefined;
    for await (const record of readNotes(path, { format: 'csv', column: 'transcription' })) {
      expect('error' in record).toBe(false);
      notes++;
      last = record;
    }
    expect(notes).toBe(4999);
    expect(last).toMatchObject({ id: '4998', line: 5029 });
  });
});

describe('readNotes (NDJSON)', () => {
  it('reads {id, text} lines and reports a bad line by its number', async () => {
    const path = file('notes.ndjson', '{"id":"a","text":"no saddle anaesthesia"}\nnot json\n\n{"id":7,"text":"LBP"}\n{"id":"b"}\n');
    const records = await all(path, { format: 'ndjson' });
    expect(records).toEqual([
      { id: 'a', text: 'no saddle anaesthesia', line: 1 },
      { line: 2, error: expect.stringContaining('not valid JSON') },
      { id: '7', text: 'LBP', line: 4 },
      { line: 5, error: expect.stringContaining('"text"') },
    ]);
  });
});

describe('csvChunks + csvChunkRecords (the worker-side CSV path)', () => {
  it('cut anywhere between records, give the same notes, lines and errors as the streaming reader', async () => {
    const { csvChunks } = await import('../../src/screen/csvChunks.js');
    const { csvChunkRecords } = await import('../../src/screen/csvRecords.js');
    const path = file('chunks.csv', CSV + '4,"fifth, ""quoted""\nacross lines",x\n5,last,no newline at end');
    const expected = await all(path, { format: 'csv', column: 'transcription' });
    for (const size of [1, 10, 50, 1 << 20]) {
      const got: NoteRecord[] = [];
      for await (const chunk of csvChunks(path, size)) got.push(...csvChunkRecords(new TextDecoder().decode(chunk.bytes), chunk.firstLine, { width: 3, text: 2, id: 0 }));
      expect(got.map((r) => ('error' in r ? { line: r.line, error: 'error' } : r)), `chunk size ${size}`).toEqual(
        expected.map((r) => ('error' in r ? { line: r.line, error: 'error' } : r)),
      );
    }
  });

  it('cut a CSV with CR LF line ends, keeping the true line numbers', async () => {
    const { csvChunks } = await import('../../src/screen/csvChunks.js');
    const { csvChunkRecords } = await import('../../src/screen/csvRecords.js');
    const path = file('crlf.csv', 'id,x,text\r\n1,a,first\r\n2,b,"second\r\nover two lines"\r\n3,c,third\r\n');
    const expected = await all(path, { format: 'csv' });
    expect(expected.map((r) => r.line)).toEqual([2, 3, 5]);
    for (const size of [1, 1 << 20]) {
      const got: NoteRecord[] = [];
      for await (const chunk of csvChunks(path, size)) got.push(...csvChunkRecords(new TextDecoder().decode(chunk.bytes), chunk.firstLine, { width: 3, text: 2, id: 0 }));
      expect(got, `chunk size ${size}`).toEqual(expected);
    }
  });

  it('cut the bytes of a file larger than one read (quotes, line breaks and multi-byte characters across reads) as the streaming reader reads it', async () => {
    const { csvChunks } = await import('../../src/screen/csvChunks.js');
    const { csvChunkRecords } = await import('../../src/screen/csvRecords.js');
    const rows = Array.from({ length: 3000 }, (_, i) => {
      const text = `Douleur ${'é'.repeat(i % 7)} au mollet — "${i}" ${'x'.repeat(i % 300)}${i % 5 === 0 ? '\nligne deux' : ''}${i % 11 === 0 ? '\r\nligne trois' : ''}`;
      return `${i},"desc, ${i}","${text.replaceAll('"', '""')}"`;
    });
    const path = file('big.csv', `\uFEFF"id",description,transcription\n${rows.join('\n')}\n`);
    const expected = await all(path, { format: 'csv', column: 'transcription' });
    expect(expected).toHaveLength(3000);
    for (const size of [1000, 100_000, 1 << 20]) {
      const got: NoteRecord[] = [];
      for await (const chunk of csvChunks(path, size)) {
        expect(chunk.bytes.byteLength).toBe(chunk.bytes.buffer.byteLength); // its own buffer: transferable
        got.push(...csvChunkRecords(new TextDecoder().decode(chunk.bytes), chunk.firstLine, { width: 3, text: 2, id: 0 }));
      }
      expect(got, `chunk size ${size}`).toEqual(expected);
    }
  });
});
