/**
 * Where a run stands: chunks done / failed / pending, notes per second,
 * workers seen and time left. Everything is derived from the chunk table, so
 * any process (CLI, HTTP server) sees the same numbers.
 */
import { sql, type Kysely } from 'kysely';
import type { QueueDatabase, RunRow } from './tables.js';
import { reconcileFailedChunks } from './reconcile.js';

export type RunState = 'planning' | 'queued' | 'running' | 'finished' | 'finished with failures' | 'cancelled';

/** States in which chunks may still be screened. */
export const isActiveState = (state: RunState): boolean => state === 'planning' || state === 'queued' || state === 'running';

export interface ChunkFailure {
  readonly chunk: number;
  readonly firstLine: number;
  readonly error: string;
}

export interface RunProgress {
  readonly id: string;
  readonly path: string;
  readonly format: RunRow['format'];
  readonly createdAt: string;
  readonly state: RunState;
  readonly chunks: { readonly total: number; readonly done: number; readonly failed: number; readonly pending: number; readonly cancelled: number };
  readonly notes: { readonly planned: number; readonly screened: number; readonly errors: number };
  /** Notes recorded per second of wall time since the first chunk started. */
  readonly notesPerSecond: number | null;
  readonly workersSeen: readonly string[];
  readonly etaSeconds: number | null;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly failures: readonly ChunkFailure[];
}

export async function runProgress(db: Kysely<QueueDatabase>, runId: string, now = new Date()): Promise<RunProgress | undefined> {
  const run = await db.selectFrom('screen_run').selectAll().where('id', '=', runId).executeTakeFirst();
  if (!run) return undefined;
  await reconcileFailedChunks(db, runId);
  const totals = await db
    .selectFrom('screen_chunk')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`coalesce(sum(records), 0)::int`.as('planned'),
      sql<number>`count(*) filter (where status = 'done')::int`.as('done'),
      sql<number>`count(*) filter (where status = 'failed')::int`.as('failed'),
      sql<number>`count(*) filter (where status = 'pending')::int`.as('pending'),
      sql<number>`count(*) filter (where status = 'cancelled')::int`.as('cancelled'),
      sql<number>`coalesce(sum(notes), 0)::int`.as('screened'),
      sql<number>`coalesce(sum(note_errors), 0)::int`.as('errors'),
      sql<number>`coalesce(sum(records) filter (where status = 'pending'), 0)::int`.as('remaining'),
      sql<Date | null>`min(started_at)`.as('started_at'),
      sql<Date | null>`max(finished_at)`.as('finished_at'),
      sql<string[]>`coalesce(array_agg(distinct worker) filter (where worker is not null), '{}')`.as('workers'),
    ])
    .where('run_id', '=', runId)
    .executeTakeFirstOrThrow();
  const failures = await db
    .selectFrom('screen_chunk')
    .select(['chunk_no', 'first_line', 'last_error'])
    .where('run_id', '=', runId)
    .where('status', '=', 'failed')
    .orderBy('chunk_no')
    .limit(20)
    .execute();

  const state = runState(run, totals);
  const active = isActiveState(state);
  const over = active ? now : (totals.finished_at ?? now);
  const elapsed = totals.started_at ? (over.getTime() - totals.started_at.getTime()) / 1000 : 0;
  const recorded = totals.screened + totals.errors;
  const notesPerSecond = elapsed > 0 && recorded > 0 ? recorded / elapsed : null;
  return {
    id: run.id,
    path: run.path,
    format: run.format,
    createdAt: run.created_at.toISOString(),
    state,
    chunks: { total: totals.total, done: totals.done, failed: totals.failed, pending: totals.pending, cancelled: totals.cancelled },
    notes: { planned: totals.planned, screened: totals.screened, errors: totals.errors },
    notesPerSecond,
    workersSeen: totals.workers,
    etaSeconds: etaSeconds(state, totals.remaining, notesPerSecond),
    startedAt: totals.started_at?.toISOString() ?? null,
    finishedAt: active ? null : (totals.finished_at?.toISOString() ?? run.cancelled_at?.toISOString() ?? null),
    failures: failures.map((f) => ({ chunk: f.chunk_no, firstLine: f.first_line, error: f.last_error ?? 'failed' })),
  };
}

/** Time left at the pace so far; unknown until a chunk has been recorded, nothing once the run has ended. */
function etaSeconds(state: RunState, remainingNotes: number, notesPerSecond: number | null): number | null {
  if (state === 'planning') return null;
  if (state === 'queued' || state === 'running') return notesPerSecond ? remainingNotes / notesPerSecond : null;
  return 0;
}

function runState(run: RunRow, chunks: { done: number; failed: number; pending: number; started_at: Date | null }): RunState {
  if (run.cancelled_at) return 'cancelled';
  if (!run.planned_at) return 'planning';
  if (chunks.pending > 0) return chunks.started_at ? 'running' : 'queued';
  return chunks.failed > 0 ? 'finished with failures' : 'finished';
}

export interface RunListCursor {
  readonly createdAt: string;
  readonly id: string;
}

/** Runs newest first, with their progress; `before` continues a previous page. */
export async function listRuns(db: Kysely<QueueDatabase>, options: { limit?: number; before?: RunListCursor } = {}): Promise<RunProgress[]> {
  let query = db.selectFrom('screen_run').select('id').orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit ?? 50);
  const before = options.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', new Date(before.createdAt)),
        eb.and([eb('created_at', '=', new Date(before.createdAt)), eb('id', '<', before.id)]),
      ]),
    );
  }
  const runs = await query.execute();
  const progress: RunProgress[] = [];
  for (const run of runs) {
    const p = await runProgress(db, run.id);
    if (p) progress.push(p);
  }
  return progress;
}
