/**
 * The append-only audit log: who did what to which patient's data, when and
 * from where. Rows are only ever inserted (the database refuses updates and deletes).
 */
import type { Kysely, Transaction } from 'kysely';
import { guarded } from './errors.js';
import type { AuditRow, DatabaseSchema, NewAuditRow } from './schema.js';

export type AuditEntry = Omit<NewAuditRow, 'id' | 'at'>;

export interface AuditRecord {
  readonly id: number;
  readonly at: string;
  readonly userId: string | null;
  readonly userName: string | null;
  readonly action: string;
  readonly method: string;
  readonly path: string;
  readonly patientId: string | null;
  readonly targetId: string | null;
  readonly outcome: string;
  readonly ip: string;
  readonly requestId: string;
}

export const appendAudit = (db: Kysely<DatabaseSchema> | Transaction<DatabaseSchema>, entry: AuditEntry): Promise<void> =>
  guarded(async () => {
    await db.insertInto('audit_log').values({ ...entry, at: new Date().toISOString() }).execute();
  });

export interface AuditQuery {
  readonly patientId?: string;
  readonly userId?: string;
  /** Entries with an id below this one (the `next` cursor of the previous page). */
  readonly before?: number;
  readonly limit: number;
}

/** Newest first. */
export const listAudit = (db: Kysely<DatabaseSchema>, query: AuditQuery): Promise<AuditRecord[]> =>
  guarded(async () => {
    let q = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(query.limit);
    if (query.patientId) q = q.where('patient_id', '=', query.patientId);
    if (query.userId) q = q.where('user_id', '=', query.userId);
    if (query.before !== undefined) q = q.where('id', '<', query.before);
    return (await q.execute()).map(toRecord);
  });

const toRecord = (row: AuditRow): AuditRecord => ({
  id: Number(row.id), // PostgreSQL bigserial arrives as a string
  at: row.at,
  userId: row.user_id,
  userName: row.user_name,
  action: row.action,
  method: row.method,
  path: row.path,
  patientId: row.patient_id,
  targetId: row.target_id,
  outcome: row.outcome,
  ip: row.ip,
  requestId: row.request_id,
});
