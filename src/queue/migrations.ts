/**
 * Schema of the screening-run tables. Own migration table names keep these
 * apart from the server store's migrations in the same database.
 */
import { Migrator, sql, type Kysely, type Migration } from 'kysely';

const MIGRATIONS: Record<string, Migration> = {
  '2026-11-25-01-screening-runs': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE screen_run (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          path text NOT NULL,
          format text NOT NULL CHECK (format IN ('csv', 'ndjson')),
          column_name text,
          id_column text,
          header jsonb,
          chunk_records integer NOT NULL,
          total_chunks integer NOT NULL,
          total_records integer NOT NULL,
          total_bytes bigint NOT NULL,
          created_at timestamptz NOT NULL DEFAULT now(),
          cancelled_at timestamptz
        )`.execute(db);
      await sql`
        CREATE TABLE screen_chunk (
          run_id uuid NOT NULL REFERENCES screen_run (id) ON DELETE CASCADE,
          chunk_no integer NOT NULL,
          job_id uuid NOT NULL,
          byte_start bigint NOT NULL,
          byte_end bigint NOT NULL,
          first_line integer NOT NULL,
          records integer NOT NULL,
          status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed', 'cancelled')),
          attempts integer NOT NULL DEFAULT 0,
          last_error text,
          worker text,
          started_at timestamptz,
          finished_at timestamptz,
          notes integer NOT NULL DEFAULT 0,
          note_errors integer NOT NULL DEFAULT 0,
          PRIMARY KEY (run_id, chunk_no)
        )`.execute(db);
      await sql`
        CREATE TABLE screen_result (
          run_id uuid NOT NULL REFERENCES screen_run (id) ON DELETE CASCADE,
          line integer NOT NULL,
          note_id text,
          triage text,
          red_flags text[] NOT NULL DEFAULT '{}',
          record json NOT NULL,
          error text,
          PRIMARY KEY (run_id, line)
        )`.execute(db);
      await sql`CREATE INDEX screen_result_note ON screen_result (run_id, note_id)`.execute(db);
      await sql`
        CREATE TABLE screen_worker (
          id text PRIMARY KEY,
          host text NOT NULL,
          pid integer NOT NULL,
          started_at timestamptz NOT NULL,
          last_seen timestamptz NOT NULL,
          chunks_done integer NOT NULL DEFAULT 0
        )`.execute(db);
    },
  },
  '2026-11-25-02-progressive-planning': {
    // Chunks are committed as they are planned so workers start at once; a run is planned when this is set.
    async up(db: Kysely<unknown>) {
      await sql`ALTER TABLE screen_run ADD COLUMN planned_at timestamptz`.execute(db);
      await sql`UPDATE screen_run SET planned_at = created_at`.execute(db);
    },
  },
};

/** Brings the screening tables up to date; safe to call from every process at start. */
export async function migrateQueueTables(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: 'screen_migration',
    migrationLockTableName: 'screen_migration_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
