/**
 * `sciatrace screen FILE --queue postgres://…`: register the run, enqueue its
 * chunks and return at once; workers do the screening.
 */
import { connectQueue } from './connection.js';
import type { InputFormat } from './chunks.js';
import { registerRun, type RegisteredRun } from './register.js';
import { DEFAULT_CHUNK_EXPIRY_SECONDS, DEFAULT_CHUNK_RECORDS, numberFromEnv } from './settings.js';

export interface EnqueueOptions {
  readonly url: string;
  readonly format: InputFormat;
  readonly column?: string;
  readonly idColumn?: string;
  /** Notes per chunk (default $SCIATRACE_QUEUE_CHUNK_RECORDS, else 500). */
  readonly chunkRecords?: number;
  /** Seconds before an unfinished chunk is handed to another worker (default $SCIATRACE_QUEUE_EXPIRY_SECONDS, else 900). */
  readonly chunkExpirySeconds?: number;
  /** Called with the run id as soon as the run exists; workers may start before planning ends. */
  readonly onRegistered?: (runId: string) => void;
}

export async function enqueueScreenRun(path: string, options: EnqueueOptions): Promise<RegisteredRun> {
  const queue = await connectQueue(options.url);
  try {
    return await registerRun(queue, {
      path,
      format: options.format,
      ...(options.column !== undefined && { column: options.column }),
      ...(options.idColumn !== undefined && { idColumn: options.idColumn }),
      chunkRecords: options.chunkRecords ?? numberFromEnv('SCIATRACE_QUEUE_CHUNK_RECORDS', DEFAULT_CHUNK_RECORDS),
      chunkExpirySeconds: options.chunkExpirySeconds ?? numberFromEnv('SCIATRACE_QUEUE_EXPIRY_SECONDS', DEFAULT_CHUNK_EXPIRY_SECONDS),
    }, { ...(options.onRegistered && { onRegistered: options.onRegistered }) });
  } finally {
    await queue.close();
  }
}

/** What `screen --queue` prints: a sentence on stderr and the run id alone on stdout, for scripts. */
export function describeRegisteredRun(run: RegisteredRun): { readonly stderr: string; readonly stdout: string } {
  return {
    stderr: `queued run ${run.runId}: ${run.records} notes in ${run.chunks} chunks; start workers with \`sciatrace worker --db …\`, follow with \`sciatrace runs show ${run.runId} --follow\``,
    stdout: run.runId,
  };
}
