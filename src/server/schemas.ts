/**
 * Request and response shapes of the API beyond Case and Assessment, as zod
 * schemas: they validate requests and, through `jsonSchema`, describe the API
 * in /openapi.json.
 */
import { z } from 'zod';
import { SEXES } from '../knowledge/vocabulary.js';

export const PatientInputSchema = z.strictObject({
  externalRef: z.string().trim().min(1).max(200).describe('the clinic’s own reference for the patient; never a name'),
  birthYear: z.number().int().min(1900).max(2100).optional(),
  sex: z.enum(SEXES).optional(),
});

export const PatientSchema = z.object({
  id: z.string(),
  externalRef: z.string(),
  birthYear: z.number().int().nullable(),
  sex: z.string().nullable(),
  ownerId: z.string(),
  createdAt: z.string(),
});

export const IdParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

export const PageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

export const PatientListQuerySchema = PageQuerySchema.extend({
  externalRef: z.string().max(200).optional(),
});

export const AuditQuerySchema = PageQuerySchema.extend({
  patientId: z.string().max(100).optional(),
  userId: z.string().max(100).optional(),
});

export const AuditRecordSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  action: z.string(),
  method: z.string(),
  path: z.string(),
  patientId: z.string().nullable(),
  targetId: z.string().nullable(),
  outcome: z.string(),
  ip: z.string(),
  requestId: z.string(),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), next: z.string().nullable().describe('pass as `cursor` for the next page; null on the last') });
