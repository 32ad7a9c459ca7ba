/**
 * `sciatrace worker --db postgres://… [--concurrency N]`: screens chunks of
 * queued runs until stopped. Concurrency N runs N worker processes, because
 * screening is CPU work and one process uses one core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Command } from 'commander';
import { QueueLocationError, resolveQueueUrl } from '../../queue/location.js';
import { DEFAULT_MAINTENANCE_SECONDS, DEFAULT_POLLING_SECONDS, numberFromEnv } from '../../queue/settings.js';

interface WorkerCliOptions {
  db?: string;
  concurrency: string;
  maintenanceInterval?: string;
  poll?: string;
  exitWhenIdle?: boolean;
  quiet?: boolean;
}

export function register(program: Command): void {
  const command = program
    .command('worker')
    .description('take screening chunks from the PostgreSQL job queue and screen them (any number of machines may run workers)')
    .option('--db <url>', 'postgres:// URL of the queue (default: $SCIATRACE_DB)')
    .option('--concurrency <n>', 'worker processes to run on this machine', '1')
    .option('--maintenance-interval <seconds>', `how often expired chunks are swept back into the queue (default: $SCIATRACE_QUEUE_MAINTENANCE_SECONDS, else ${DEFAULT_MAINTENANCE_SECONDS})`)
    .option('--poll <seconds>', `how often an idle worker asks for work (default ${DEFAULT_POLLING_SECONDS})`)
    .option('--exit-when-idle', 'stop once no chunk is waiting (for batch jobs and benchmarks)')
    .option('--quiet', 'no line per chunk on stderr')
    .action(async (options: WorkerCliOptions) => {
      let url: string;
      try {
        url = resolveQueueUrl(options.db);
      } catch (error) {
        if (error instanceof QueueLocationError) return command.error(error.message, { exitCode: 2 });
        throw error;
      }
      const concurrency = Number(options.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) {
        return command.error('--concurrency: a whole number from 1 to 256', { exitCode: 2 });
      }
      const seconds = (name: string, raw: string | undefined, envName: string, fallback: number, least: number): number => {
        const value = raw === undefined ? numberFromEnv(envName, fallback) : Number(raw);
        if (!Number.isFinite(value) || value < least) command.error(`${name}: at least ${least} second(s)`, { exitCode: 2 });
        return value;
      };
      // pg-boss sweeps at most once a second.
      const maintenanceSeconds = Math.round(
        seconds('--maintenance-interval', options.maintenanceInterval, 'SCIATRACE_QUEUE_MAINTENANCE_SECONDS', DEFAULT_MAINTENANCE_SECONDS, 1),
      );
      const pollingSeconds = seconds('--poll', options.poll, 'SCIATRACE_QUEUE_POLL_SECONDS', DEFAULT_POLLING_SECONDS, 0.1);

      if (concurrency > 1) {
        process.exitCode = await runChildren(concurrency, process.argv.slice(1));
        return;
      }

      // Loaded only where chunks are screened: not by other commands, nor by a parent that only starts children.
      const { runWorker } = await import('../../queue/worker.js');
      let chunks = 0;
      let notes = 0;
      const stop = new AbortController();
      let signals = 0;
      const onSignal = (): void => {
        signals += 1;
        if (signals > 1) process.exit(130);
        console.error('worker: finishing the current chunk, then stopping (signal again to stop now)');
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      await runWorker({
        url,
        maintenanceSeconds,
        pollingSeconds,
        exitWhenIdle: options.exitWhenIdle ?? false,
        signal: stop.signal,
        onChunk: (job, outcome) => {
          if (outcome.kind === 'recorded') {
            chunks += 1;
            notes += outcome.notes + outcome.noteErrors;
          }
          if (options.quiet) return;
          const what = outcome.kind === 'recorded' ? `${outcome.notes} notes, ${outcome.noteErrors} unreadable` : `skipped (${outcome.reason})`;
          console.error(`run ${job.runId} chunk ${job.chunkNo}: ${what}`);
        },
        onError: (job, error) => console.error(`run ${job.runId} chunk ${job.chunkNo}: failed: ${error.message}`),
        onQueueError: (error) => console.error(`worker: the queue database did not answer (${error.message}); trying again`),
      });
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      // maxRSS is in kilobytes: the operator's check that memory stays bounded whatever the input size.
      console.error(`worker stopped: ${chunks} chunks, ${notes} notes; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    });
}

/** Runs `concurrency` copies of this command with --concurrency 1, passing signals on. */
async function runChildren(concurrency: number, argv: readonly string[]): Promise<number> {
  const args = [...argv];
  const at = args.indexOf('--concurrency');
  if (at >= 0) args.splice(at, 2, '--concurrency', '1');
  else {
    const inline = args.findIndex((a) => a.startsWith('--concurrency='));
    args.splice(inline, 1, '--concurrency=1');
  }
  const children: ChildProcess[] = [];
  for (let i = 0; i < concurrency; i++) {
    children.push(spawn(process.execPath, [...process.execArgv, ...args], { stdio: 'inherit' }));
  }
  const forward = (signal: NodeJS.Signals) => () => children.forEach((child) => child.kill(signal));
  // Ctrl-C reaches the children through the terminal's process group already; SIGTERM is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', forward('SIGTERM'));
  const codes = await Promise.all(children.map((child) => new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)))));
  return codes.find((code) => code !== 0) ?? 0;
}
