/**
 * One PostgreSQL connection pool per process, shared by kysely (our tables)
 * and pg-boss (its job tables), so a worker can write results and complete
 * its job in one transaction.
 */
import pg from 'pg';
import PgBoss from 'pg-boss';
import { CompiledQuery, Kysely, PostgresDialect, type Transaction } from 'kysely';
import type { QueueDatabase } from './tables.js';
import { migrateQueueTables } from './migrations.js';
import { CHUNK_ATTEMPTS, DEFAULT_MAINTENANCE_SECONDS, DEFAULT_POLLING_SECONDS, SCREEN_QUEUE } from './settings.js';

export interface QueueConnection {
  readonly db: Kysely<QueueDatabase>;
  readonly boss: PgBoss;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Whether this process sweeps expired jobs (workers do; one-shot commands need not). */
  readonly supervise?: boolean;
  readonly maintenanceSeconds?: number;
  readonly pollingSeconds?: number;
  readonly poolSize?: number;
}

/** pg-boss's Db interface over any kysely executor, e.g. an open transaction. */
export function bossDb(executor: Kysely<QueueDatabase> | Transaction<QueueDatabase>): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const result = await executor.executeQuery(CompiledQuery.raw(text, values));
      return { rows: [...result.rows] };
    },
  };
}

export async function connectQueue(url: string, options: ConnectOptions = {}): Promise<QueueConnection> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely<QueueDatabase>({ dialect: new PostgresDialect({ pool }) });
  const boss = new PgBoss({
    db: bossDb(db as Kysely<QueueDatabase>),
    supervise: options.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? DEFAULT_MAINTENANCE_SECONDS,
    pollingIntervalSeconds: options.pollingSeconds ?? DEFAULT_POLLING_SECONDS,
  });
  boss.on('error', (error) => process.emitWarning(`job queue: ${error.message}`));
  try {
    await withSetupLock(db, async () => {
      await boss.start();
      await migrateQueueTables(db as unknown as Kysely<unknown>);
      if (!(await boss.getQueue(SCREEN_QUEUE))) {
        await boss.createQueue(SCREEN_QUEUE, { name: SCREEN_QUEUE, retryLimit: CHUNK_ATTEMPTS - 1, retryDelay: 0 });
      }
    });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    boss,
    close: async () => {
      await boss.stop({ graceful: false, close: false, wait: true, timeout: 5_000 });
      await db.destroy();
    },
  };
}

/** Several workers starting at once must not race to create the same schema. */
async function withSetupLock(db: Kysely<QueueDatabase>, setup: () => Promise<void>): Promise<void> {
  await db.connection().execute(async (connection) => {
    await connection.executeQuery(CompiledQuery.raw('SELECT pg_advisory_lock(hashtext($1))', ['sciatrace-screen-setup']));
    try {
      await setup();
    } finally {
      await connection.executeQuery(CompiledQuery.raw('SELECT pg_advisory_unlock(hashtext($1))', ['sciatrace-screen-setup']));
    }
  });
}
