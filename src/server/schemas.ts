/**
 * Request and response shapes of the API beyond Case and Assessment, as zod
 * schemas: they validate requests and, through `jsonSchema`, describe the API
 * in /openapi.json.
 */
import { z } from 'zod';
import { AssessmentSchema } from '../case/schema.js';
import { SEXES } from '../knowledge/vocabulary.js';
import { CHANGE_KINDS } from '../progression/index.js';

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

export const ProgressionChangeSchema = z.object({
  kind: z.enum(CHANGE_KINDS),
  finding: z.string(),
  side: z.enum(['left', 'right']).optional(),
  movement: z.string().optional(),
  regions: z.array(z.string()).optional(),
  from: z.number().optional(),
  to: z.number().optional(),
  comparedWith: z.string().describe('the earlier assessment holding the baseline'),
  text: z.string(),
});

export const StoredAssessmentSchema = z.object({
  assessmentId: z.string(),
  patientId: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  comparedWith: z.string().nullable().describe('the previous assessment of the patient this one was compared with; null for the first'),
  progression: z.array(ProgressionChangeSchema).describe('what got worse since the earlier assessments'),
  assessment: AssessmentSchema,
});

export const AssessQuerySchema = z.strictObject({
  lenient: z.enum(['true', 'false']).optional().describe('drop unknown finding ids with a warning instead of rejecting the case'),
});

export const TimelineSchema = z.object({
  patientId: z.string(),
  points: z.array(
    z.object({
      assessmentId: z.string(),
      createdAt: z.string(),
      triageLevel: z.string(),
      redFlags: z.array(z.string()),
      pain: z.object({
        back: z.enum(['present', 'absent']).nullable(),
        leg: z.enum(['present', 'absent']).nullable(),
        legSides: z.array(z.string()),
        legRegions: z.array(z.string()),
      }),
      grades: z.array(z.object({ movement: z.string(), side: z.string().nullable(), grade: z.number() })),
      regions: z.array(z.object({ finding: z.string(), side: z.string().nullable(), regions: z.array(z.string()) })),
      progression: z.array(z.enum(CHANGE_KINDS)),
    }),
  ).describe('oldest first'),
});
