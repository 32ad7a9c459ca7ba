/**
 * Screens a stream of notes on worker threads, keeping output in input order
 * and memory bounded: notes go out in batches, at most `2 × workers` batches
 * are in flight, and reading waits (back-pressure) until a batch comes back
 * and its lines are written. Unreadable rows are reported as they are met.
 *
 * Workers load TypeScript through tsx: each starts from a small CommonJS
 * bootstrap that registers tsx's ESM loader and then imports ./worker.ts,
 * because a worker does not inherit the loader hooks of the thread that
 * starts it.
 */
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Writable } from 'node:stream';
import { csvChunks } from './csvChunks.js';
import { isUnreadable, locateColumns, readCsvHeader, type Note, type NoteRecord, type UnreadableRecord } from './read.js';
import { addTally, emptyTally, type Tally } from './summary.js';
import { screenBatch, type BatchRequest, type BatchResult } from './worker.js';

export interface ScreenOptions {
  /** Worker threads; 0 screens on this thread. Default: every core. */
  readonly workers?: number;
  /** Notes per batch sent to a worker. */
  readonly batchNotes?: number;
  /** Characters of note text per batch, whichever limit comes first (for CSV: bytes of records per chunk). */
  readonly batchChars?: number;
  /** Called for each row that cannot be read; the run goes on. */
  readonly onUnreadable?: (record: UnreadableRecord) => void;
  /** Called after each batch is written, with the characters of note text screened so far. */
  readonly onProgress?: (notes: number, chars: number) => void;
  /** Worker threads started beforehand (benchmarks warm them up); the caller closes them. */
  readonly pool?: WorkerPool;
}

const WORKER_ENTRY = new URL('./worker.ts', import.meta.url).href;
// The ESM entry of tsx's API: its register() installs the loader in the calling thread.
const TSX_API = import.meta.resolve('tsx/esm/api');
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

/**
 * Inputs smaller than this are screened on the main thread alone by default:
 * each worker pays a fixed cost (starting, loading the engine, and the JIT
 * warming over its first few thousand notes) that a small input does not
 * repay. Measured with `sciatrace screen` on MTSamples and copies of it, 2
 * cores, main thread alone against 2 workers: 17 MB 2.9 s against 3.8 s,
 * 34 MB 4.7 against 5.3, 51 MB 5.6 against 6.3, 68 MB 7.1 against 6.3 (the
 * two lines cross near 60 MB; with more cores, workers pay off sooner).
 */
export const MIN_BYTES_FOR_WORKERS = 60e6;

/** Worker threads for an input of `bytes` (unknown: any size): every core, or none for a small input. */
export const defaultWorkers = (bytes = Infinity): number => (bytes < MIN_BYTES_FOR_WORKERS ? 0 : availableParallelism());

/** Screens every note of `records` and writes one NDJSON line per note to `output`, in input order. */
export async function screenStream(records: AsyncIterable<NoteRecord>, output: Writable, options: ScreenOptions = {}): Promise<Tally> {
  const batchNotes = options.batchNotes ?? 64;
  const batchChars = options.batchChars ?? 256 * 1024;
  return runOrdered(
    (async function* () {
      let batch: Note[] = [];
      let size = 0;
      for await (const record of records) {
        if (isUnreadable(record)) {
          options.onUnreadable?.(record);
          yield { unreadable: record };
          continue;
        }
        batch.push(record);
        size += record.text.length;
        if (batch.length >= batchNotes || size >= batchChars) {
          yield { body: { notes: batch }, size };
          batch = [];
          size = 0;
        }
      }
      if (batch.length > 0) yield { body: { notes: batch }, size };
    })(),
    output,
    options,
  );
}

/**
 * Screens a CSV file with the parsing done in the workers: the main thread
 * only cuts the file into chunks of whole records (./csvChunks.ts).
 */
export async function screenCsvFile(path: string, output: Writable, options: ScreenOptions & { readonly column?: string; readonly idColumn?: string } = {}): Promise<Tally> {
  const header = await readCsvHeader(path);
  const located = locateColumns(header, { format: 'csv', ...(options.column !== undefined && { column: options.column }), ...(options.idColumn !== undefined && { idColumn: options.idColumn }) });
  const columns = { width: header.length, text: located.text, id: located.id };
  return runOrdered(
    (async function* () {
      for await (const chunk of csvChunks(path, options.batchChars ?? 256 * 1024)) yield { body: { csv: chunk.bytes, firstLine: chunk.firstLine, columns }, size: chunk.bytes.length };
    })(),
    output,
    options,
  );
}

type Work = { readonly body: DistributiveOmit<BatchRequest, 'seq'>; readonly size: number } | { readonly unreadable: UnreadableRecord };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The ordered, bounded pipeline both entry points share. */
async function runOrdered(work: AsyncIterable<Work>, output: Writable, options: ScreenOptions): Promise<Tally> {
  const workers = options.pool?.size ?? options.workers ?? defaultWorkers();
  const tally = emptyTally();
  let chars = 0;
  const write = async (lines: Uint8Array): Promise<void> => {
    if (lines.length > 0 && !output.write(lines)) await once(output, 'drain');
  };
  const finished = async (result: BatchResult, size: number): Promise<void> => {
    // Rows the workers could not read are reported in input order, as their batch is written.
    for (const record of result.unreadable) options.onUnreadable?.(record);
    await write(result.lines);
    addTally(tally, result.tally);
    chars += size;
    options.onProgress?.(tally.notes, chars);
  };

  const pool = options.pool ?? (workers > 0 ? new WorkerPool(workers) : undefined);
  try {
    const inFlight: { promise: Promise<BatchResult>; size: number }[] = [];
    const limit = Math.max(1, workers) * 2;
    let seq = 0;
    for await (const item of work) {
      if ('unreadable' in item) {
        tally.unreadable++;
        continue;
      }
      const request = { ...item.body, seq: seq++ } as BatchRequest;
      if (!pool) {
        await finished(screenBatch(request), item.size);
        continue;
      }
      inFlight.push({ promise: pool.run(request), size: item.size });
      // Back-pressure: wait for the oldest batch (output order) before reading on.
      while (inFlight.length >= limit) {
        const oldest = inFlight.shift()!;
        await finished(await oldest.promise, oldest.size);
      }
    }
    for (const pending of inFlight) await finished(await pending.promise, pending.size);
  } finally {
    if (!options.pool) await pool?.close();
  }
  return tally;
}

/** A fixed set of worker threads; each request goes to the least busy one. */
export class WorkerPool {
  private readonly slots: WorkerSlot[];

  constructor(size: number) {
    this.slots = Array.from({ length: size }, () => {
      const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { tsx: TSX_API, entry: WORKER_ENTRY } });
      const slot: WorkerSlot = { worker, waiting: new Map() };
      worker.on('message', (result: BatchResult) => {
        slot.waiting.get(result.seq)?.resolve(result);
        slot.waiting.delete(result.seq);
      });
      worker.on('error', (error) => {
        slot.failed = error;
        for (const pending of slot.waiting.values()) pending.reject(error);
        slot.waiting.clear();
      });
      return slot;
    });
  }

  get size(): number {
    return this.slots.length;
  }

  run(request: BatchRequest): Promise<BatchResult> {
    const slot = this.slots.reduce((best, s) => (s.waiting.size < best.waiting.size ? s : best));
    if (slot.failed) return Promise.reject(slot.failed);
    return new Promise((resolve, reject) => {
      slot.waiting.set(request.seq, { resolve, reject });
      // A chunk's bytes move to the worker rather than being copied (the main thread has no further use for them).
      slot.worker.postMessage(request, 'csv' in request ? [request.csv.buffer] : []);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

interface WorkerSlot {
  readonly worker: Worker;
  readonly waiting: Map<number, { resolve: (result: BatchResult) => void; reject: (error: Error) => void }>;
  failed?: Error;
}
