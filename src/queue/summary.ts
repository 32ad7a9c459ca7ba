/**
 * What a run found: notes by triage level, notes with each red flag, and the
 * notes that could not be read, each with its line.
 */
import { sql, type Kysely } from 'kysely';
import { TRIAGE_LEVELS, triageRank, type TriageLevel } from '../knowledge/vocabulary.js';
import type { QueueDatabase } from './tables.js';

export interface RunSummary {
  readonly notes: number;
  readonly byTriage: Readonly<Record<string, number>>;
  readonly redFlags: Readonly<Record<string, number>>;
  readonly notesWithRedFlags: number;
  readonly errors: { readonly count: number; readonly first: readonly { readonly line: number; readonly id: string | null; readonly error: string }[] };
}

export async function summariseRun(db: Kysely<QueueDatabase>, runId: string): Promise<RunSummary> {
  const byTriage = await db
    .selectFrom('screen_result')
    .select(['triage', sql<number>`count(*)::int`.as('count')])
    .where('run_id', '=', runId)
    .where('error', 'is', null)
    .groupBy('triage')
    .execute();
  const flags = await sql<{ flag: string; count: number }>`
    SELECT flag, count(*)::int AS count
    FROM screen_result, unnest(red_flags) AS flag
    WHERE run_id = ${runId}
    GROUP BY flag ORDER BY count DESC, flag`.execute(db);
  const counts = await db
    .selectFrom('screen_result')
    .select([
      sql<number>`count(*) filter (where error is null)::int`.as('notes'),
      sql<number>`count(*) filter (where cardinality(red_flags) > 0)::int`.as('flagged'),
      sql<number>`count(*) filter (where error is not null)::int`.as('errors'),
    ])
    .where('run_id', '=', runId)
    .executeTakeFirstOrThrow();
  const firstErrors = await db
    .selectFrom('screen_result')
    .select(['line', 'note_id', 'error'])
    .where('run_id', '=', runId)
    .where('error', 'is not', null)
    .orderBy('line')
    .limit(20)
    .execute();
  return {
    notes: counts.notes,
    // Most urgent first, every level present (zero when no note reached it).
    byTriage: Object.fromEntries(
      [...TRIAGE_LEVELS]
        .sort((a, b) => triageRank(b) - triageRank(a))
        .map((level: TriageLevel) => [level, byTriage.find((row) => row.triage === level)?.count ?? 0]),
    ),
    redFlags: Object.fromEntries(flags.rows.map((row) => [row.flag, row.count])),
    notesWithRedFlags: counts.flagged,
    errors: { count: counts.errors, first: firstErrors.map((e) => ({ line: e.line, id: e.note_id, error: e.error ?? '' })) },
  };
}
