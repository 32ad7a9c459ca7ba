/**
 * Makes SQLite commits durable without blocking the event loop. SQLite runs
 * with synchronous=NORMAL (a commit writes its WAL frames to the OS without
 * syncing them); before a write is acknowledged, the WAL file is fsync'ed here,
 * on libuv's thread pool. Once that sync returns, the commit survives a power
 * cut exactly as with synchronous=FULL, but the disk wait no longer stalls the
 * requests behind it, and one sync covers every commit made before it started.
 */
import { open, type FileHandle } from 'node:fs/promises';

export class WalSync {
  readonly #walFile: string;
  #handle: FileHandle | undefined;
  /** The sync in progress, if any. */
  #running: Promise<void> | undefined;
  /** The sync that will start when the running one ends, shared by everyone who asks meanwhile. */
  #next: Promise<void> | undefined;

  constructor(databaseFile: string) {
    this.#walFile = `${databaseFile}-wal`;
  }

  /** Resolves once every commit made before this call is on disk. */
  afterCommit(): Promise<void> {
    if (!this.#running) return (this.#running = this.#sync());
    // A sync already running may have started before our commit: queue one more.
    this.#next ??= this.#running.then(
      () => this.#startNext(),
      () => this.#startNext(),
    );
    return this.#next;
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.#running, this.#next]);
    await this.#handle?.close();
    this.#handle = undefined;
  }

  #startNext(): Promise<void> {
    this.#next = undefined;
    return (this.#running = this.#sync());
  }

  async #sync(): Promise<void> {
    try {
      // SQLite keeps the WAL file (same inode) while connections are open.
      this.#handle ??= await open(this.#walFile, 'r+');
      await this.#handle.sync();
    } finally {
      this.#running = undefined;
    }
  }
}
