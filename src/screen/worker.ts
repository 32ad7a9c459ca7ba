/**
 * The worker-thread side of `sciatrace screen`: receives batches of notes, or
 * chunks of raw CSV records that it decodes and parses itself (so that
 * parsing runs on every core, not on the main thread), screens each note with
 * `screenNote`, and sends back the NDJSON lines already encoded as UTF-8, the
 * rows it could not read and the counts the summary needs.
 *
 * Bytes both ways, transferred rather than copied: the main thread only
 * passes chunks on and writes the bytes it gets back, so with as many workers
 * as cores it takes almost nothing from them.
 */
import { parentPort } from 'node:worker_threads';
import { csvChunkRecords, type CsvColumnsIndex } from './csvRecords.js';
import { isUnreadable, type Note, type UnreadableRecord } from './read.js';
import { screenNote } from './record.js';
import { emptyTally, tallyRecord, type Tally } from './summary.js';

export type BatchRequest =
  | { readonly seq: number; readonly notes: readonly Note[] }
  | { readonly seq: number; readonly csv: Uint8Array<ArrayBuffer>; readonly firstLine: number; readonly columns: CsvColumnsIndex };
export interface BatchResult {
  readonly seq: number;
  /** One NDJSON line per note, UTF-8; owns its ArrayBuffer (transferable). */
  readonly lines: Uint8Array<ArrayBuffer>;
  readonly tally: Tally;
  readonly unreadable: readonly UnreadableRecord[];
}

const utf8 = new TextDecoder();
const encoder = new TextEncoder();

/** Screens a batch: the same function the worker threads and the in-process path run. */
export function screenBatch(request: BatchRequest): BatchResult {
  const tally = emptyTally();
  const unreadable: UnreadableRecord[] = [];
  let lines = '';
  const records = 'notes' in request ? request.notes : csvChunkRecords(utf8.decode(request.csv), request.firstLine, request.columns);
  for (const note of records) {
    if (isUnreadable(note)) {
      unreadable.push(note);
      continue;
    }
    const record = screenNote(note);
    tallyRecord(tally, record);
    lines += `${JSON.stringify(record)}\n`;
  }
  tally.unreadable = unreadable.length;
  return { seq: request.seq, lines: encoder.encode(lines), tally, unreadable };
}

parentPort?.on('message', (request: BatchRequest) => {
  const result = screenBatch(request);
  parentPort!.postMessage(result, [result.lines.buffer]);
});
