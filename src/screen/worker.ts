/**
 * The worker-thread side of `sciatrace screen`: receives batches of notes,
 * screens each with `screenNote`, and sends back the NDJSON lines ready to
 * write plus the counts the summary needs, so the main thread only reads and
 * writes.
 */
import { parentPort } from 'node:worker_threads';
import type { Note } from './read.js';
import { screenNote } from './record.js';
import { emptyTally, tallyRecord, type Tally } from './summary.js';

export interface BatchRequest {
  readonly seq: number;
  readonly notes: readonly Note[];
}
export interface BatchResult {
  readonly seq: number;
  readonly lines: string;
  readonly tally: Tally;
}

/** Screens a batch: the same function the worker threads and the in-process path run. */
export function screenBatch(request: BatchRequest): BatchResult {
  const tally = emptyTally();
  let lines = '';
  for (const note of request.notes) {
    const record = screenNote(note);
    tallyRecord(tally, record);
    lines += `${JSON.stringify(record)}\n`;
  }
  return { seq: request.seq, lines, tally };
}

parentPort?.on('message', (request: BatchRequest) => {
  parentPort!.postMessage(screenBatch(request));
});
