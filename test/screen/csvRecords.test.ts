/**
 * The worker-side CSV reader: a chunk with regular quoting is split by a scan
 * that must read exactly what csv-parse reads (fields, line numbers, blank
 * lines, rows of the wrong width); anything else must be left to csv-parse.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvChunks } from '../../src/screen/csvChunks.js';
import { parsedChunkRecords, scannedChunkRecords, type CsvColumnsIndex } from '../../src/screen/csvRecords.js';

const COLUMNS: CsvColumnsIndex = { width: 3, text: 2, id: 0 };
const NO_ID: CsvColumnsIndex = { width: 2, text: 1, id: undefined };

/** Text that is CSV only by accident: every character the scan cares about, often. */
const anyChunk = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', '"', '""', '\n', '\r', '\r\n', 'x,"y"'), maxLength: 40 });

const unquoted = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '😀', '-'), maxLength: 6 });
const quoted = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '\r\n', 'é'), maxLength: 8 }).map((text) => `"${text.replaceAll('"', '""')}"`);
/** Well-formed CSV with LF or CR LF line ends: rows of 1 to 4 fields (so some have the wrong width), blank lines among them. */
const regularChunk = fc
  .tuple(
    fc.array(fc.oneof(fc.array(fc.oneof(unquoted, quoted), { minLength: 1, maxLength: 4 }).map((fields) => fields.join(',')), fc.constant('')), { maxLength: 8 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([rows, lineEnd, finalLineEnd]) => rows.join(lineEnd) + (finalLineEnd && rows.length > 0 ? lineEnd : ''));

describe('scannedChunkRecords', () => {
  it('reads any chunk it accepts exactly as csv-parse does', () => {
    fc.assert(
      fc.property(anyChunk, fc.integer({ min: 1, max: 1000 }), fc.constantFrom(COLUMNS, NO_ID), (csv, firstLine, columns) => {
        const scanned = scannedChunkRecords(csv, firstLine, columns);
        if (scanned !== undefined) expect(scanned).toEqual(parsedChunkRecords(csv, firstLine, columns));
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts every well-formed chunk with LF or CR LF line ends, quoted line breaks and doubled quotes included', () => {
    fc.assert(
      fc.property(regularChunk, fc.integer({ min: 1, max: 1000 }), fc.constantFrom(COLUMNS, NO_ID), (csv, firstLine, columns) => {
        const scanned = scannedChunkRecords(csv, firstLine, columns);
        expect(scanned).toEqual(parsedChunkRecords(csv, firstLine, columns));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a quote inside an unquoted field', '1,ab"c,d\n'],
    ['text after a closing quote', '1,"ab"c,d\n'],
    ['a quote never closed', '1,x,"open\n2,y,z\n'],
    ['a lone CR', '1,x,y\r2,z,w\n'],
    ['LF and CR LF line ends mixed', '1,x,y\r\n2,z,w\n'],
  ])('leaves %s to csv-parse', (_, csv) => {
    expect(scannedChunkRecords(csv, 2, COLUMNS)).toBeUndefined();
  });

  it('reads the MTSamples corpus, chunk by chunk, as csv-parse does', async () => {
    const path = fileURLToPath(new URL('../../../shared/corpus/mtsamples.csv', import.meta.url));
    const header = readFileSync(path, 'utf8').split('\n', 1)[0]!.replace(/^\uFEFF/, '').split(',');
    const columns: CsvColumnsIndex = { width: header.length, text: header.indexOf('transcription'), id: 0 };
    let notes = 0;
    for await (const chunk of csvChunks(path, 1 << 20)) {
      const csv = new TextDecoder().decode(chunk.bytes);
      const scanned = scannedChunkRecords(csv, chunk.firstLine, columns);
      expect(scanned).toBeDefined();
      expect(scanned).toEqual(parsedChunkRecords(csv, chunk.firstLine, columns));
      notes += scanned!.length;
    }
    expect(notes).toBe(4999);
  });
});
