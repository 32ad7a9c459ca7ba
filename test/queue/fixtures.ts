/** Inputs for the screening-queue tests, written to a fresh temporary directory. */
import { mkdtempSync, writeFileSync, createReadStream, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { planChunks } from '../../src/queue/chunks.js';

export const MTSAMPLES = new URL('../../../shared/corpus/mtsamples.csv', import.meta.url).pathname;

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'sciatrace-queue-'));

export const csvField = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export function writeCsv(path: string, header: readonly string[], rows: readonly (readonly string[])[]): string {
  writeFileSync(path, [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n');
  return path;
}

/** The header and the first `records` notes of MTSamples, byte for byte. */
export async function mtsamplesHead(path: string, records: number): Promise<string> {
  let end = 0;
  for await (const chunk of planChunks(MTSAMPLES, { format: 'csv', chunkRecords: records })) {
    end = chunk.end;
    break;
  }
  const out = createWriteStream(path);
  createReadStream(MTSAMPLES, { start: 0, end: end - 1 }).pipe(out);
  await once(out, 'finish');
  return path;
}
