/**
 * The Case (input) and Assessment (output) contracts of spec/case-format.md as
 * zod schemas: one definition gives the TypeScript types, runtime validation
 * with errors that name the field, and the JSON Schema behind the OpenAPI
 * description. Objects are strict: an unknown field is an error, not a silent
 * drop, because a typo in a clinical input must not vanish.
 */
import { z } from 'zod';
import {
  CONDITIONS,
  FINDING_BY_ID,
  FINDINGS,
  MOVEMENTS,
  ONSETS,
  PAIN_MECHANISMS,
  REGIONS,
  ROOTS,
  SEXES,
  SIDES,
  STATUSES,
  TRENDS,
  TRIAGE_LEVELS,
} from '../knowledge/vocabulary.js';

export const EvidenceSourceSchema = z.enum(['case', 'text', 'progression']);

export const EvidenceItemSchema = z
  .strictObject({
    finding: z.enum(FINDINGS as unknown as [string, ...string[]], {
      error: (issue) => `unknown finding id ${JSON.stringify(issue.input)}`,
    }),
    status: z.enum(STATUSES).default('present'),
    side: z.enum(SIDES).optional(),
    regions: z.array(z.enum(REGIONS)).optional(),
    movement: z.enum(MOVEMENTS).optional(),
    grade: z.number().finite().optional(),
    trend: z.enum(TRENDS).optional(),
    /** Where the item came from; set by the engine, accepted so an assessment's evidence can be fed back. */
    source: EvidenceSourceSchema.optional(),
    /** For extracted items: [start, end) character offsets into `Case.text`. */
    span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).optional(),
    /** For extracted items: the words that fired it. */
    words: z.string().optional(),
  })
  .superRefine((item, ctx) => {
    const spec = FINDING_BY_ID.get(item.finding);
    if (!spec) return;
    if (item.side !== undefined && !spec.lateral)
      ctx.addIssue({ code: 'custom', path: ['side'], message: `${item.finding} has no side` });
    if (item.regions !== undefined && !spec.regions)
      ctx.addIssue({ code: 'custom', path: ['regions'], message: `${item.finding} takes no regions` });
    if (item.movement !== undefined && !spec.movement)
      ctx.addIssue({ code: 'custom', path: ['movement'], message: `${item.finding} takes no movement` });
    if (item.grade !== undefined) {
      if (!spec.grade) ctx.addIssue({ code: 'custom', path: ['grade'], message: `${item.finding} takes no grade` });
      else if (item.grade < spec.grade.min || item.grade > spec.grade.max)
        ctx.addIssue({
          code: 'custom',
          path: ['grade'],
          message: `grade of ${item.finding} must be ${spec.grade.min}..${spec.grade.max} (${spec.grade.unit})`,
        });
      else if (spec.grade.unit === 'mrc' && !Number.isInteger(item.grade))
        ctx.addIssue({ code: 'custom', path: ['grade'], message: 'an MRC grade is a whole number 0..5' });
    }
  });

export const CaseSchema = z.strictObject({
  id: z.string().max(200).optional(),
  age: z.number().min(0).max(120).optional(),
  sex: z.enum(SEXES).optional(),
  durationDays: z.number().min(0).max(36500).optional(),
  onset: z.enum(ONSETS).optional(),
  evidence: z.array(EvidenceItemSchema).max(500).default([]),
  text: z.string().max(100_000).optional(),
});

/** A case as written by a caller (defaults not yet applied). */
export type CaseInput = z.input<typeof CaseSchema>;
/** A validated case: every evidence item has a status. */
export type Case = z.output<typeof CaseSchema>;
export type EvidenceItem = z.output<typeof EvidenceItemSchema>;

const probability = z.number().min(0).max(1);
const citations = z.array(z.string()).describe('source ids, resolvable with `sciatrace sources`');

export const TriageReasonSchema = z.object({
  rule: z.string(),
  level: z.enum(TRIAGE_LEVELS),
  text: z.string(),
  evidence: z.array(z.string()),
  sources: citations,
});

export const AssessmentSchema = z.object({
  id: z.string().optional(),
  triage: z.object({
    level: z.enum(TRIAGE_LEVELS),
    reasons: z.array(TriageReasonSchema),
    advice: z.string(),
    safetyNet: z.array(z.string()),
  }),
  redFlags: z.array(z.object({ id: z.string(), findings: z.array(z.string()) })),
  painMechanism: z.array(z.object({ id: z.enum(PAIN_MECHANISMS), probability })),
  roots: z.array(z.object({ root: z.enum(ROOTS), side: z.enum(SIDES), probability })),
  conditions: z.array(
    z.object({
      id: z.enum(CONDITIONS),
      name: z.string(),
      probability,
      icd10: z.string().optional(),
    }),
  ),
  /** How much the evidence says: `low` when little or nothing discriminating was given. */
  confidence: z.enum(['low', 'moderate', 'high']),
  plan: z.object({
    summary: z.string(),
    steps: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['do', 'consider', 'avoid', 'seek_help']),
        text: z.string(),
        sources: citations,
      }),
    ),
  }),
  explanation: z.array(
    z.object({
      conclusion: z.enum(['triage', 'painMechanism', 'root', 'condition']),
      subject: z.string().describe('what the conclusion is about, e.g. "L5 left" or "disc_herniation"'),
      statement: z.string(),
      for: z.array(z.object({ finding: z.string(), side: z.enum(SIDES).optional(), factor: z.number(), text: z.string() })),
      against: z.array(z.object({ finding: z.string(), side: z.enum(SIDES).optional(), factor: z.number(), text: z.string() })),
      facts: z.array(z.object({ text: z.string(), sources: citations })),
    }),
  ),
  evidence: z.array(EvidenceItemSchema),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
export type TriageReason = z.infer<typeof TriageReasonSchema>;
