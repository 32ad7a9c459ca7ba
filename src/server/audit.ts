/**
 * The audit writer route plugins call for every read and write of patient
 * data. `app.audit(request, {...})` appends one row; inside a transaction use
 * `auditEntry(request, {...})` with `appendAudit(trx, entry)` so the write and
 * its audit row commit together.
 */
import type { FastifyRequest } from 'fastify';
import { appendAudit, type AuditEntry } from '../store/audit.js';

export interface AuditEvent {
  /** What was done, as `noun.verb`: `patient.create`, `assessment.read`, `audit.read`… */
  readonly action: string;
  readonly patientId?: string | null | undefined;
  readonly targetId?: string | null | undefined;
  /** `ok` (default), `not_found` (includes someone else's patient), `denied`… */
  readonly outcome?: string | undefined;
}

export type AuditWriter = (request: FastifyRequest, event: AuditEvent) => Promise<void>;

export const auditEntry = (request: FastifyRequest, event: AuditEvent): AuditEntry => ({
  user_id: request.user?.id ?? null,
  user_name: request.user?.name ?? null,
  action: event.action,
  method: request.method,
  // The path without its query string: queries may carry search terms we do not keep.
  path: request.url.split('?', 1)[0] ?? request.url,
  patient_id: event.patientId ?? null,
  target_id: event.targetId ?? null,
  outcome: event.outcome ?? 'ok',
  ip: request.ip,
  request_id: String(request.id),
});

/** Appends one row as its own durable write (on SQLite, sharing a group commit with concurrent writes). */
export const auditWriter: AuditWriter = (request, event) =>
  request.server.store.transact((trx) => appendAudit(trx, auditEntry(request, event)));

