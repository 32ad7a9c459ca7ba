/**
 * Users, patients, assessments and the append-only audit log. The audit log
 * refuses UPDATE and DELETE with a trigger in both databases, so "append-only"
 * holds even for someone with SQL access through the application's account.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../dialect.js';

export const initial = (dialect: DialectName): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('patients')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('external_ref', 'text', (c) => c.notNull())
      .addColumn('birth_year', 'integer')
      .addColumn('sex', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('patients_owner_external_ref', ['owner_id', 'external_ref'])
      .execute();
    await db.schema.createIndex('patients_owner_created').on('patients').columns(['owner_id', 'created_at']).execute();

    await db.schema
      .createTable('assessments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('compared_with', 'text')
      .addColumn('triage_level', 'text', (c) => c.notNull())
      .addColumn('top_root', 'text')
      .addColumn('top_condition', 'text')
      // Small columns before the large documents: SQLite reads a row's columns
      // in order, so a comparison reading evidence_json never walks the
      // overflow pages of the ~15 kB assessment stored after it.
      .addColumn('progression_json', 'text', (c) => c.notNull())
      // The evidence later assessments are compared with (explicit and
      // extracted), so a write need not parse whole earlier assessments.
      .addColumn('evidence_json', 'text', (c) => c.notNull())
      .addColumn('case_json', 'text', (c) => c.notNull())
      .addColumn('assessment_json', 'text', (c) => c.notNull())
      // One slot per position in a patient's series: two writers racing for the
      // same position cannot both win, so every series is a single line.
      .addUniqueConstraint('assessments_patient_seq', ['patient_id', 'seq'])
      .execute();
    await db.schema.createIndex('assessments_created_at').on('assessments').column('created_at').execute();
    await db.schema.createIndex('assessments_triage_level').on('assessments').column('triage_level').execute();
    await db.schema.createIndex('assessments_top_root').on('assessments').column('top_root').execute();
    await db.schema.createIndex('assessments_top_condition').on('assessments').column('top_condition').execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
        dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
      )
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text')
      .addColumn('user_name', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('patient_id', 'text')
      .addColumn('target_id', 'text')
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('ip', 'text', (c) => c.notNull())
      .addColumn('request_id', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_log_patient').on('audit_log').column('patient_id').execute();

    if (dialect === 'postgres') {
      await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`.execute(db);
      await sql`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
    } else {
      await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
      await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
    }
  },
});
