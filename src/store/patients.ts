/**
 * Patients: a reference the clinic understands (never a name), an optional
 * birth year and sex, and the clinician who owns the record. Every read takes
 * the viewer, so a clinician's query cannot reach another clinician's patients.
 */
import { uuidv7 } from './ids.js';
import type { Kysely } from 'kysely';
import { guarded, StoreConflictError } from './errors.js';
import type { DatabaseSchema, PatientRow } from './schema.js';
import type { User } from './users.js';

export interface Patient {
  readonly id: string;
  readonly externalRef: string;
  readonly birthYear: number | null;
  readonly sex: string | null;
  readonly ownerId: string;
  readonly createdAt: string;
}

export interface NewPatient {
  readonly externalRef: string;
  readonly birthYear?: number | undefined;
  readonly sex?: string | undefined;
}

export const toPatient = (row: PatientRow): Patient => ({
  id: row.id,
  externalRef: row.external_ref,
  birthYear: row.birth_year,
  sex: row.sex,
  ownerId: row.owner_id,
  createdAt: row.created_at,
});

/** Admins see every patient; a clinician sees the patients they own. */
export const visiblePatients = (db: Kysely<DatabaseSchema>, viewer: User) => {
  const all = db.selectFrom('patients');
  return viewer.role === 'admin' ? all : all.where('patients.owner_id', '=', viewer.id);
};

/** Call inside `store.transact` (with the audit row) so the two commit together. */
export const createPatient = (db: Kysely<DatabaseSchema>, owner: User, input: NewPatient): Promise<Patient> =>
  guarded(async () => {
    const existing = await db
      .selectFrom('patients')
      .select('id')
      .where('owner_id', '=', owner.id)
      .where('external_ref', '=', input.externalRef)
      .executeTakeFirst();
    if (existing) throw new StoreConflictError(`externalRef ${JSON.stringify(input.externalRef)} already names patient ${existing.id}`);
    const row: PatientRow = {
      id: uuidv7(),
      owner_id: owner.id,
      external_ref: input.externalRef,
      birth_year: input.birthYear ?? null,
      sex: input.sex ?? null,
      created_at: new Date().toISOString(),
    };
    // A concurrent twin passing the check above still meets the unique constraint (→ StoreConflictError).
    await db.insertInto('patients').values(row).execute();
    return toPatient(row);
  });

export const findPatient = (db: Kysely<DatabaseSchema>, viewer: User, id: string): Promise<Patient | undefined> =>
  guarded(async () => {
    const row = await visiblePatients(db, viewer).selectAll().where('patients.id', '=', id).executeTakeFirst();
    return row && toPatient(row);
  });

/** Newest first; `after` is the `next` cursor of the previous page. */
export const listPatients = (
  db: Kysely<DatabaseSchema>,
  viewer: User,
  query: { limit: number; after?: { createdAt: string; id: string } | undefined; externalRef?: string | undefined },
): Promise<{ rows: Patient[]; more: boolean }> =>
  guarded(async () => {
    let q = visiblePatients(db, viewer)
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit + 1);
    if (query.externalRef !== undefined) q = q.where('external_ref', '=', query.externalRef);
    const after = query.after;
    if (after)
      q = q.where((eb) =>
        eb.or([eb('created_at', '<', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)])]),
      );
    const rows = await q.execute();
    return { rows: rows.slice(0, query.limit).map(toPatient), more: rows.length > query.limit };
  });
