/**
 * Group commit for SQLite. Every acknowledged write must be on disk
 * (synchronous=FULL: the WAL is synced at each commit), and one sync costs
 * milliseconds, so writes that arrive together share one transaction and one
 * sync, and all are answered only after the shared commit. If one of them
 * fails, the batch is rolled back and each write retried alone, so one bad
 * write never takes its neighbours down with it.
 *
 * Acknowledgement waits for durability (`durable`, see WalSync), but the
 * next batch does not: it runs while the disk syncs the previous one.
 *
 * SQLite has a single writer anyway, so batching costs no concurrency; later
 * writes in a batch see the earlier ones (a patient's series stays in order).
 */
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from './schema.js';

type Work<T> = (trx: Transaction<DatabaseSchema>) => Promise<T>;

interface Job {
  readonly work: Work<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Writes per shared commit at most. Small enough that, with many clients, one
 * batch is being processed while the previous one's WAL sync is on the disk
 * (a single batch of everyone would leave the loop idle during each sync),
 * large enough that the sync is shared.
 */
const MAX_BATCH = 16;

export class GroupCommit {
  readonly #db: Kysely<DatabaseSchema>;
  #queue: Job[] = [];
  #running = false;

  readonly #durable: () => Promise<void>;

  /** `durable` resolves once the commits made so far are on disk (see WalSync); by default they already are. */
  constructor(db: Kysely<DatabaseSchema>, durable: () => Promise<void> = async () => undefined) {
    this.#db = db;
    this.#durable = durable;
  }

  /** Runs `work` in a transaction shared with concurrent writes; resolves after the commit. */
  run<T>(work: Work<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#running) {
        this.#running = true;
        // Let the writes that arrived in the same turn of the event loop join the batch.
        setImmediate(() => void this.#drain());
      }
    });
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) await this.#commit(this.#queue.splice(0, MAX_BATCH));
    this.#running = false;
  }

  /** Commits a batch; its writes are answered when the commit is durable, while the next batch already runs. */
  async #commit(batch: Job[]): Promise<void> {
    try {
      const values = await this.#db.transaction().execute(async (trx) => {
        const results: unknown[] = [];
        for (const job of batch) results.push(await job.work(trx));
        return results;
      });
      this.#durable().then(
        () => batch.forEach((job, i) => job.resolve(values[i])),
        (error: unknown) => batch.forEach((job) => job.reject(error)),
      );
    } catch (error) {
      // Something in the batch failed and the whole batch rolled back: run
      // each write alone so only the failing one fails (rare, so no savepoints
      // on the common path).
      if (batch.length === 1) return batch[0]!.reject(error);
      for (const job of batch) await this.#commit([job]);
    }
  }
}
