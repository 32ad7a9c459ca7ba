/**
 * A chunk whose last attempt died with its worker is failed by pg-boss's
 * expiry sweep, where no code of ours runs. Before reporting, carry such
 * final failures over from pg-boss's job tables into the chunk table.
 */
import { sql, type Kysely } from 'kysely';
import type { QueueDatabase } from './tables.js';
import { SCREEN_QUEUE } from './settings.js';

const BOSS_SCHEMA = 'pgboss';

export async function reconcileFailedChunks(db: Kysely<QueueDatabase>, runId: string): Promise<void> {
  await sql`
    UPDATE screen_chunk c
    SET status = 'failed',
        finished_at = coalesce(j.completed_on, now()),
        last_error = coalesce(j.output ->> 'message', j.output -> 'value' ->> 'message', c.last_error, 'failed')
    FROM (
      SELECT id, state, output, completed_on FROM ${sql.table(`${BOSS_SCHEMA}.job`)} WHERE name = ${SCREEN_QUEUE}
      UNION ALL
      SELECT id, state, output, completed_on FROM ${sql.table(`${BOSS_SCHEMA}.archive`)} WHERE name = ${SCREEN_QUEUE}
    ) j
    WHERE c.run_id = ${runId} AND c.status = 'pending' AND j.id = c.job_id AND j.state = 'failed'
  `.execute(db);
}
