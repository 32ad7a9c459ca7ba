/**
 * Cancelling a run stops new chunks from being taken; results already
 * recorded stay, and a chunk being screened at that moment is still recorded.
 */
import type { QueueConnection } from './connection.js';
import { bossDb } from './connection.js';
import { SCREEN_QUEUE } from './settings.js';

export interface CancelResult {
  readonly found: boolean;
  readonly cancelledChunks: number;
}

export async function cancelRun(queue: QueueConnection, runId: string): Promise<CancelResult> {
  return queue.db.transaction().execute(async (trx) => {
    const run = await trx
      .updateTable('screen_run')
      .set((eb) => ({ cancelled_at: eb.fn.coalesce('cancelled_at', eb.fn<Date>('now', [])) }))
      .where('id', '=', runId)
      .returning('id')
      .executeTakeFirst();
    if (!run) return { found: false, cancelledChunks: 0 };
    const chunks = await trx
      .updateTable('screen_chunk')
      .set({ status: 'cancelled' })
      .where('run_id', '=', runId)
      .where('status', '=', 'pending')
      .returning('job_id')
      .execute();
    if (chunks.length > 0) {
      await queue.boss.cancel(SCREEN_QUEUE, chunks.map((c) => c.job_id), { db: bossDb(trx) });
    }
    return { found: true, cancelledChunks: chunks.length };
  });
}
