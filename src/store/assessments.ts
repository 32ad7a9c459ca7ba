/**
 * A patient's assessments, stored whole (case and assessment as JSON) beside
 * indexed columns (time, triage level, top root, top condition). Each new one
 * takes the next position in the patient's series inside one transaction with
 * its audit row; the comparison with the earlier ones runs inside that
 * transaction, so it always sees exactly the assessments before it, even with
 * several servers writing to one PostgreSQL.
 */
import { uuidv7 } from './ids.js';
import type { Kysely } from 'kysely';
import type { Assessment, EvidenceItem } from '../case/schema.js';
import { comparisonBasis, type AssessedWithHistory, type PriorAssessment, type ProgressionChange } from '../progression/index.js';
import { appendAudit, type AuditEntry } from './audit.js';
import { CallerError, guarded, StoreConflictError } from './errors.js';
import type { AssessmentRow, DatabaseSchema } from './schema.js';
import type { User } from './users.js';
import type { Store } from './open.js';
import { visiblePatients } from './patients.js';

export interface StoredAssessment {
  readonly assessmentId: string;
  readonly patientId: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly comparedWith: string | null;
  readonly progression: readonly ProgressionChange[];
  readonly assessment: Assessment;
}

/** How many earlier assessments a new one is compared with: the latest 20 (months of weekly visits) bound the cost of a write. */
export const HISTORY_DEPTH = 20;
/** Attempts at taking the next slot when another server took it first. */
const MAX_ATTEMPTS = 8;

export interface NewAssessment {
  readonly patientId: string;
  readonly author: User;
  /** Assesses the case against the history (newest first); runs inside the transaction. */
  readonly evaluate: (history: readonly PriorAssessment[]) => AssessedWithHistory;
  readonly audit: AuditEntry;
}

export async function appendAssessment(store: Pick<Store, 'transact' | 'dialect'>, input: NewAssessment): Promise<{ record: StoredAssessment; json: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.transact(async (trx) => {
        // Writers to one patient queue on the patient's row (PostgreSQL; SQLite
        // has one writer anyway), so each compares with a settled history.
        // The unique (patient_id, seq) slot stays the final guard.
        if (store.dialect === 'postgres')
          await trx.selectFrom('patients').select('id').where('id', '=', input.patientId).forUpdate().execute();
        const recent = await trx
          .selectFrom('assessments')
          .select(['id', 'seq', 'evidence_json'])
          .where('patient_id', '=', input.patientId)
          .orderBy('seq', 'desc')
          .limit(HISTORY_DEPTH)
          .execute();
        const history = recent.map((row) => ({ assessmentId: row.id, evidence: JSON.parse(row.evidence_json) as EvidenceItem[] }));
        const { case: kase, assessment, progression } = evaluate(input, history);
        const row: AssessmentRow = {
          id: uuidv7(),
          patient_id: input.patientId,
          seq: Number(recent[0]?.seq ?? 0) + 1,
          created_by: input.author.id,
          created_at: new Date().toISOString(),
          compared_with: progression.comparedWith,
          triage_level: assessment.triage.level,
          top_root: assessment.roots[0]?.root ?? null,
          top_condition: assessment.conditions[0]?.id ?? null,
          case_json: JSON.stringify(kase),
          assessment_json: JSON.stringify(assessment),
          progression_json: JSON.stringify(progression.changes),
          evidence_json: JSON.stringify(comparisonBasis(assessment.evidence)),
        };
        await trx.insertInto('assessments').values(row).execute();
        await appendAudit(trx, { ...input.audit, target_id: row.id });
        const record: StoredAssessment = {
          assessmentId: row.id,
          patientId: row.patient_id,
          createdAt: row.created_at,
          createdBy: row.created_by,
          comparedWith: row.compared_with,
          progression: progression.changes,
          assessment,
        };
        return { record, json: recordJson(row) };
      });
    } catch (error) {
      // Another writer took this position in the series: compare again with the new history.
      if (error instanceof StoreConflictError && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
  }
}

function evaluate(input: NewAssessment, history: readonly PriorAssessment[]): AssessedWithHistory {
  try {
    return input.evaluate(history);
  } catch (error) {
    throw new CallerError(error);
  }
}

const toStored = (row: Pick<AssessmentRow, 'id' | 'patient_id' | 'created_at' | 'created_by' | 'compared_with' | 'progression_json' | 'assessment_json'>): StoredAssessment => ({
  assessmentId: row.id,
  patientId: row.patient_id,
  createdAt: row.created_at,
  createdBy: row.created_by,
  comparedWith: row.compared_with,
  progression: JSON.parse(row.progression_json) as ProgressionChange[],
  assessment: JSON.parse(row.assessment_json) as Assessment,
});

/**
 * The record as JSON text, spliced from the stored JSON columns without
 * parsing and re-serialising them (an assessment is ~15 kB of JSON): the same
 * text as `JSON.stringify(toStored(row))`.
 */
export const recordJson = (row: Pick<AssessmentRow, 'id' | 'patient_id' | 'created_at' | 'created_by' | 'compared_with' | 'progression_json' | 'assessment_json'>): string =>
  `{"assessmentId":${JSON.stringify(row.id)},"patientId":${JSON.stringify(row.patient_id)},"createdAt":${JSON.stringify(row.created_at)},` +
  `"createdBy":${JSON.stringify(row.created_by)},"comparedWith":${JSON.stringify(row.compared_with)},` +
  `"progression":${row.progression_json},"assessment":${row.assessment_json}}`;

const RECORD_COLUMNS = ['id', 'patient_id', 'seq', 'created_at', 'created_by', 'compared_with', 'progression_json', 'assessment_json'] as const;

/** Newest first, each record as JSON text (see recordJson); `beforeSeq` is the cursor of the previous page. The caller has checked the patient is visible. */
export const listAssessments = (
  db: Kysely<DatabaseSchema>,
  patientId: string,
  query: { limit: number; beforeSeq?: number | undefined },
): Promise<{ items: string[]; nextSeq: number | null }> =>
  guarded(async () => {
    let q = db
      .selectFrom('assessments')
      .select(RECORD_COLUMNS)
      .where('patient_id', '=', patientId)
      .orderBy('seq', 'desc')
      .limit(query.limit + 1);
    if (query.beforeSeq !== undefined) q = q.where('seq', '<', query.beforeSeq);
    const rows = await q.execute();
    const page = rows.slice(0, query.limit);
    return { items: page.map(recordJson), nextSeq: rows.length > query.limit ? Number(page.at(-1)!.seq) : null };
  });

/** One assessment as JSON text (see recordJson), if the viewer may see its patient. */
export const findAssessment = (
  db: Kysely<DatabaseSchema>,
  viewer: User,
  assessmentId: string,
): Promise<{ patientId: string; json: string } | undefined> =>
  guarded(async () => {
    const row = await db
      .selectFrom('assessments')
      .select(RECORD_COLUMNS.map((c) => `assessments.${c}` as const))
      .where('assessments.id', '=', assessmentId)
      .where('assessments.patient_id', 'in', visiblePatients(db, viewer).select('patients.id'))
      .executeTakeFirst();
    return row && { patientId: row.patient_id, json: recordJson(row) };
  });

/** Every assessment of a patient, oldest first (for the timeline). */
export const seriesOf = (db: Kysely<DatabaseSchema>, patientId: string, limit = 1000): Promise<StoredAssessment[]> =>
  guarded(async () =>
    (
      await db
        .selectFrom('assessments')
        .select(RECORD_COLUMNS)
        .where('patient_id', '=', patientId)
        .orderBy('seq', 'asc')
        .limit(limit)
        .execute()
    ).map(toStored),
  );
