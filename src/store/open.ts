/**
 * Opens the database named by a URL or file path and migrates it: SQLite
 * (better-sqlite3, the embedded default) for a path, PostgreSQL (pg) for a
 * `postgres://` URL. Both are reached through the same kysely instance type.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DialectName } from './dialect.js';
import { migrations } from './migrations/index.js';
import type { DatabaseSchema } from './schema.js';

export interface Store {
  readonly db: Kysely<DatabaseSchema>;
  readonly dialect: DialectName;
  /** Where the data lives, with any password removed (for logs). */
  readonly location: string;
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Run pending migrations (default true). */
  readonly migrate?: boolean;
  /** Maximum PostgreSQL connections (default 10). */
  readonly poolSize?: number;
  /** Called when an idle PostgreSQL connection fails, instead of crashing the process. */
  readonly onIdleError?: (error: Error) => void;
}

export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  const store = isPostgresUrl(location) ? openPostgres(location, options) : openSqlite(location);
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
  if (error) throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
}

function openSqlite(file: string): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SqliteDatabase(file);
  // WAL: readers never block the writer. synchronous=FULL syncs the WAL on
  // every commit, so an acknowledged write survives a killed process and a
  // power cut alike. busy_timeout lets a CLI command and the server share the file.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database }) });
  return {
    db,
    dialect: 'sqlite',
    location: file,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
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
    dialect: 'postgres',
    location: redacted.toString(),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
