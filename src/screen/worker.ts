/**
 * The worker-thread side of `sciatrace screen`: receives batches of notes, or
 * chunks of raw CSV records that it parses itself (so that parsing runs on
 * every core, not on the main thread), screens each note with `screenNote`,
 * and sends back the NDJSON lines ready to write, the rows it could not read
 * and the counts the summary needs.
 */
import { parentPort } from 'node:worker_threads';
import { csvChunkRecords, type CsvColumnsIndex } from './csvRecords.js';
import { isUnreadable, type Note, type UnreadableRecord } from './read.js';
import { screenNote } from './record.js';
import { emptyTally, tallyRecord, type Tally } from './summary.js';

export type BatchRequest =
  | { readonly seq: number; readonly notes: readonly Note[] }
  | { readonly seq: number; readonly csv: string; readonly firstLine: number; readonly columns: CsvColumnsIndex };
export interface BatchResult {
  readonly seq: number;
  readonly lines: string;
  readonly tally: Tally;
  readonly unreadable: readonly UnreadableRecord[];
}

/** Screens a batch: the same function the worker threads and the in-process path run. */
export function screenBatch(request: BatchRequest): BatchResult {
  const tally = emptyTally();
  const unreadable: UnreadableRecord[] = [];
  let lines = '';
  const records = 'notes' in request ? request.notes : csvChunkRecords(request.csv, request.firstLine, request.columns);
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
  return { seq: request.seq, lines, tally, unreadable };
}

parentPort?.on('message', (request: BatchRequest) => {
  parentPort!.postMessage(screenBatch(request));
});
