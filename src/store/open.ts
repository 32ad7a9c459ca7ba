/**
 * Opens the database named by a URL or file path and migrates it: SQLite
 * (better-sqlite3, the embedded default) for a path, PostgreSQL (pg) for a
 * `postgres://` URL. Both are reached through the same kysely instance type.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { DialectName } from './dialect.js';
import { guarded } from './errors.js';
import { GroupCommit } from './group-commit.js';
import { withStatementCache } from './statement-cache.js';
import { WalSync } from './wal-sync.js';
import { Checkpointer, WRITER_AUTOCHECKPOINT_PAGES } from './checkpointer.js';
import { migrations } from './migrations/index.js';
import type { DatabaseSchema } from './schema.js';

export interface Store {
  /**
   * The database, for reads and writes. Writes that must be durable when
   * acknowledged go through `transact` (on SQLite a direct write survives a
   * killed process, but is synced to disk only by a later transact or checkpoint).
   */
  readonly db: Kysely<DatabaseSchema>;
  /**
   * For queries that only read: never waits behind a write in progress
   * (SQLite: a second connection, which WAL lets read while the writer writes;
   * PostgreSQL: the same pool). Sees committed data only.
   */
  readonly reader: Kysely<DatabaseSchema>;
  readonly dialect: DialectName;
  /** Where the data lives, with any password removed (for logs). */
  readonly location: string;
  /**
   * Runs a write in a transaction and resolves once it is durably committed.
   * Use it for every write: on SQLite, concurrent writes share one commit (group commit).
   */
  transact<T>(work: (trx: Transaction<DatabaseSchema>) => Promise<T>): Promise<T>;
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Run pending migrations (default true). */
  readonly migrate?: boolean;
  /** Maximum PostgreSQL connections (default 10). */
  readonly poolSize?: number;
  /** Called when an idle PostgreSQL connection or SQLite's background checkpoint fails, instead of crashing the process. */
  readonly onIdleError?: (error: Error) => void;
}

export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  const store = isPostgresUrl(location) ? openPostgres(location, options) : openSqlite(location, options);
  if (options.migrate ?? true) {
    try {
      await migrate(store);
    } catch (error) {
      await store.close().catch(() => undefined);
      throw error;
    }
  }
  return store;
}

export async function migrate(store: Store): Promise<void> {
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrations(store.dialect) },
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) throw new Error(`${failed ? `migration ${failed.migrationName}` : 'migrating'} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

function openSqlite(file: string, options: OpenStoreOptions): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SqliteDatabase(file);
  // WAL: readers never block the writer. Every acknowledged write has had its
  // WAL frames fsync'ed (WalSync), so it survives a killed process and a power
  // cut alike. busy_timeout lets a CLI command and the server share the file.
  database.pragma('journal_mode = WAL');
  // NORMAL: commits do not sync; WalSync syncs the WAL before any write is
  // acknowledged (below), off the event loop. An in-memory database has no WAL.
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  // A 64 MiB page cache keeps the indexes and recent series hot (the default is 2 MiB).
  database.pragma('cache_size = -65536');
  const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  const reader = file === ':memory:' ? db : openSqliteReader(file);
  const walSync = file === ':memory:' ? undefined : new WalSync(file);
  let checkpointer: Checkpointer | undefined;
  if (file !== ':memory:') {
    database.pragma(`wal_autocheckpoint = ${WRITER_AUTOCHECKPOINT_PAGES}`);
    checkpointer = new Checkpointer(file, (message) => options.onIdleError?.(new Error(`checkpoint: ${message}`)));
  }
  const group = new GroupCommit(db, walSync && (() => walSync.afterCommit()));
  return {
    db,
    reader,
    dialect: 'sqlite',
    location: file,
    transact: (work) => guarded(() => group.run(work)),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: async () => {
      if (reader !== db) await reader.destroy();
      await db.destroy();
      await walSync?.close();
      await checkpointer?.close();
    },
  };
}

function openSqliteReader(file: string): Kysely<DatabaseSchema> {
  const database = new SqliteDatabase(file);
  database.pragma('busy_timeout = 5000');
  database.pragma('query_only = ON');
  return new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
}

function openPostgres(url: string, options: OpenStoreOptions): Store {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle client losing its server emits 'error' on the pool; unhandled, that
  // would kill the process. Requests using the pool get their own errors (→ 503).
  pool.on('error', (error) => options.onIdleError?.(error));
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  const redacted = new URL(url);
  if (redacted.password) redacted.password = '***';
  return {
    db,
    reader: db,
    dialect: 'postgres',
    location: redacted.toString(),
    // PostgreSQL groups concurrent commits itself; each write has its own transaction.
    transact: (work) => guarded(() => db.transaction().execute(work)),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
