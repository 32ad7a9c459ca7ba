/**
 * The tables, as kysely sees them. Both databases use the same column types
 * (text for ids, ISO-8601 UTC text for times, text for whole JSON documents) so
 * a row reads back identically from SQLite and PostgreSQL.
 */
import type { Generated, Insertable, Selectable } from 'kysely';

export const USER_ROLES = ['clinician', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface UsersTable {
  id: string;
  name: string;
  role: UserRole;
  /** sha256 (hex) of the bearer token; the token itself is never stored. */
  token_hash: string;
  created_at: string;
}

export interface PatientsTable {
  id: string;
  /** The clinician who created the patient and may see it (admins see all). */
  owner_id: string;
  external_ref: string;
  birth_year: number | null;
  sex: string | null;
  created_at: string;
}

export interface AssessmentsTable {
  id: string;
  patient_id: string;
  /** 1, 2, 3… per patient: the order in which assessments were made, unique per patient. */
  seq: number;
  created_by: string;
  created_at: string;
  /** The earlier assessment this one was compared with (progression), or null for the first. */
  compared_with: string | null;
  triage_level: string;
  top_root: string | null;
  top_condition: string | null;
  case_json: string;
  assessment_json: string;
  /** What changed since the earlier assessments (ProgressionChange[]), as JSON. */
  progression_json: string;
  /** The evidence items later comparisons read (progression's comparisonBasis), as JSON. */
  evidence_json: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  user_name: string | null;
  action: string;
  method: string;
  path: string;
  patient_id: string | null;
  target_id: string | null;
  outcome: string;
  ip: string;
  request_id: string;
}

export interface DatabaseSchema {
  users: UsersTable;
  patients: PatientsTable;
  assessments: AssessmentsTable;
  audit_log: AuditLogTable;
}

export type UserRow = Selectable<UsersTable>;
export type PatientRow = Selectable<PatientsTable>;
export type AssessmentRow = Selectable<AssessmentsTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type NewAuditRow = Insertable<AuditLogTable>;
