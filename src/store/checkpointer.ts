/**
 * Moves SQLite's WAL checkpoints off the event loop. A checkpoint copies the
 * WAL into the database file and syncs both: tens of milliseconds that, run by
 * the writing connection (SQLite's default), stall every request in flight. A
 * worker thread with its own connection runs passive checkpoints (which never
 * block the writer) every CHECKPOINT_INTERVAL_MS instead; the writer keeps a
 * large automatic checkpoint threshold only as a safety net.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const CHECKPOINT_INTERVAL_MS = 200;
/** WAL pages (4 KiB) after which the writer checkpoints itself, should the worker fall behind. */
export const WRITER_AUTOCHECKPOINT_PAGES = 16_384;

// Plain CommonJS so the worker needs no TypeScript loader; the driver's path is resolved here.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { parentPort.postMessage(String(error)); }
}, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

export class Checkpointer {
  readonly #worker: Worker;

  constructor(file: string, onError: (message: string) => void = () => undefined) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.#worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, intervalMs: CHECKPOINT_INTERVAL_MS } });
    this.#worker.on('message', onError);
    this.#worker.on('error', (error) => onError(error.message));
    // Never keep the process alive on its own.
    this.#worker.unref();
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.#worker.once('exit', resolve));
    this.#worker.ref(); // keep the process alive until the worker has closed its connection
    this.#worker.postMessage('close');
    await exited;
  }
}
