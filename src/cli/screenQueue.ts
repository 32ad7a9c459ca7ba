/**
 * The `--queue` side of `sciatrace screen`: instead of screening here,
 * register a run in PostgreSQL, enqueue its chunks and print the run id.
 * The screen command adds these options and hands over when `--queue` is set.
 */
import type { Command } from 'commander';
import { QueueLocationError, resolveQueueUrl } from '../queue/location.js';
import { DEFAULT_CHUNK_EXPIRY_SECONDS, DEFAULT_CHUNK_RECORDS } from '../queue/settings.js';

export interface QueueCliOptions {
  readonly queue?: string | true;
  readonly chunkRecords?: string;
  readonly chunkExpiry?: string;
  readonly format?: string;
  readonly column?: string;
  readonly idColumn?: string;
}

export function addQueueOptions(command: Command): Command {
  return command
    .option('--queue [url]', 'do not screen here: register a run in PostgreSQL for `sciatrace worker`s to share (URL, else $SCIATRACE_DB); prints the run id')
    .option('--chunk-records <n>', `with --queue: notes per job (default $SCIATRACE_QUEUE_CHUNK_RECORDS, else ${DEFAULT_CHUNK_RECORDS})`)
    .option('--chunk-expiry <seconds>', `with --queue: a chunk not finished in this time goes to another worker (default $SCIATRACE_QUEUE_EXPIRY_SECONDS, else ${DEFAULT_CHUNK_EXPIRY_SECONDS})`);
}

/** Registers the run; the file must be readable at the same path by every worker. */
export async function screenThroughQueue(command: Command, file: string, options: QueueCliOptions): Promise<void> {
  let url: string;
  try {
    url = resolveQueueUrl(options.queue === true ? undefined : options.queue, '--queue');
  } catch (error) {
    if (error instanceof QueueLocationError) return command.error(error.message, { exitCode: 2 });
    throw error;
  }
  const format = options.format ?? (/\.(nd)?jsonl?$/i.test(file) ? 'ndjson' : 'csv');
  if (format !== 'csv' && format !== 'ndjson') return command.error('--format: csv or ndjson', { exitCode: 2 });
  const positive = (name: string, raw: string | undefined): number | undefined => {
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) command.error(`${name}: a whole number of at least 1`, { exitCode: 2 });
    return value;
  };
  const chunkRecords = positive('--chunk-records', options.chunkRecords);
  const chunkExpirySeconds = positive('--chunk-expiry', options.chunkExpiry);
  // The queue's code (pg, pg-boss, kysely) is loaded only for --queue: a plain `screen` starts without it.
  const [{ enqueueScreenRun, describeRegisteredRun }, { RunRequestError }] = await Promise.all([import('../queue/enqueue.js'), import('../queue/register.js')]);
  let run;
  try {
    run = await enqueueScreenRun(file, {
      url,
      format,
      ...(options.column !== undefined && { column: options.column }),
      ...(options.idColumn !== undefined && { idColumn: options.idColumn }),
      ...(chunkRecords !== undefined && { chunkRecords }),
      ...(chunkExpirySeconds !== undefined && { chunkExpirySeconds }),
      onRegistered: (runId) => console.error(`run ${runId}: planning chunks of ${file}; workers may start now`),
    });
  } catch (error) {
    if (error instanceof RunRequestError) return command.error(`${error.field}: ${error.message}`, { exitCode: 2 });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') return command.error(`FILE: cannot read ${file} (${code})`, { exitCode: 2 });
    throw error;
  }
  const text = describeRegisteredRun(run);
  console.error(text.stderr);
  console.log(text.stdout);
}
