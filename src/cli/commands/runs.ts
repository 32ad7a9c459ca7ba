/**
 * `sciatrace runs`: the distributed screening runs in the queue database.
 * `runs show RUN [--follow]`, `runs export RUN --format ndjson|csv`, `runs cancel RUN`.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import type { QueueConnection } from '../../queue/connection.js';
import type { ExportFormat } from '../../queue/exportResults.js';
import { isRunId, QueueLocationError, resolveQueueUrl } from '../../queue/location.js';
import type { RunProgress } from '../../queue/progress.js';
import { formatDuration, renderProgress, renderSummary } from '../../queue/render.js';

const DB_OPTION = ['--db <url>', 'postgres:// URL of the queue (default: $SCIATRACE_DB)'] as const;

export function register(program: Command): void {
  const runs = program.command('runs').description('distributed screening runs: list, show progress, export results, cancel');

  const list = runs
    .command('list', { isDefault: true })
    .description('the runs, newest first (what `sciatrace runs` alone prints)')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action(async (options: { db?: string; json?: boolean }) => {
      await withQueue(list, options.db, async (queue, { listRuns }) => {
        const all = await listRuns(queue.db);
        if (options.json) return void console.log(JSON.stringify(all, null, 2));
        if (all.length === 0) return void console.log('no screening runs');
        for (const run of all) {
          console.log(`${run.id}  ${run.state.padEnd(22)}  chunks ${run.chunks.done + run.chunks.failed}/${run.chunks.total}  notes ${run.notes.screened}/${run.notes.planned}  ${run.createdAt}  ${run.path}`);
        }
      });
    });

  const show = runs
    .command('show <run>')
    .description('progress (chunks done/failed/pending, notes/s, workers, time left) and the summary so far')
    .option(...DB_OPTION)
    .option('--follow', 'keep watching until the run ends (a progress bar on a terminal)')
    .option('--interval <seconds>', 'how often --follow refreshes', '2')
    .option('--json', 'print JSON {progress, summary}')
    .action(async (runId: string, options: { db?: string; follow?: boolean; interval: string; json?: boolean }) => {
      if (!isRunId(runId)) return show.error(`run: "${runId}" is not a run id (a UUID)`, { exitCode: 2 });
      const intervalMs = Number(options.interval) * 1000;
      if (!(intervalMs >= 100)) return show.error('--interval: at least 0.1 seconds', { exitCode: 2 });
      await withQueue(show, options.db, async (queue, api) => {
        let progress = await api.runProgress(queue.db, runId);
        if (!progress) return show.error(`run: no run ${runId}`, { exitCode: 2 });
        if (options.follow) progress = await follow(queue, api, progress, intervalMs, options.json === true);
        const summary = await api.summariseRun(queue.db, runId);
        if (options.json) return void console.log(JSON.stringify({ progress, summary }, null, 2));
        console.log(renderProgress(progress));
        console.log(renderSummary(summary));
      });
    });

  const exporter = runs
    .command('export <run>')
    .description('stream the results in input order: one line per note as `sciatrace screen` prints it (ndjson), or CSV')
    .option(...DB_OPTION)
    .option('--format <format>', 'ndjson or csv', 'ndjson')
    .option('--out <file>', 'write here instead of stdout')
    .action(async (runId: string, options: { db?: string; format: string; out?: string }) => {
      if (!isRunId(runId)) return exporter.error(`run: "${runId}" is not a run id (a UUID)`, { exitCode: 2 });
      if (options.format !== 'ndjson' && options.format !== 'csv') return exporter.error('--format: ndjson or csv', { exitCode: 2 });
      const format: ExportFormat = options.format;
      await withQueue(exporter, options.db, async (queue, { runProgress, exportLines }) => {
        if (!(await runProgress(queue.db, runId))) return exporter.error(`run: no run ${runId}`, { exitCode: 2 });
        const out: Writable = options.out ? createWriteStream(options.out) : process.stdout;
        // `runs export … | head` closing the pipe early is the reader's choice, not an error.
        process.stdout.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'EPIPE') process.exit(0);
          throw error;
        });
        for await (const line of exportLines(queue.db, runId, format)) {
          if (!out.write(line)) await once(out, 'drain');
        }
        if (options.out) {
          out.end();
          await once(out, 'finish');
        }
      });
    });

  const cancel = runs
    .command('cancel <run>')
    .description('stop handing out the run\'s chunks; results recorded so far are kept')
    .option(...DB_OPTION)
    .action(async (runId: string, options: { db?: string }) => {
      if (!isRunId(runId)) return cancel.error(`run: "${runId}" is not a run id (a UUID)`, { exitCode: 2 });
      await withQueue(cancel, options.db, async (queue, { cancelRun }) => {
        const result = await cancelRun(queue, runId);
        if (!result.found) return cancel.error(`run: no run ${runId}`, { exitCode: 2 });
        console.log(`run ${runId} cancelled: ${result.cancelledChunks} chunks will not be screened; results so far are kept`);
      });
    });
}

/** The queue's database functions, loaded when a subcommand runs: pg, pg-boss and kysely would slow every other command's start. */
async function loadQueueApi() {
  const [connection, progress, summary, results, cancel] = await Promise.all([
    import('../../queue/connection.js'),
    import('../../queue/progress.js'),
    import('../../queue/summary.js'),
    import('../../queue/exportResults.js'),
    import('../../queue/cancel.js'),
  ]);
  return {
    connectQueue: connection.connectQueue,
    listRuns: progress.listRuns,
    runProgress: progress.runProgress,
    isActiveState: progress.isActiveState,
    summariseRun: summary.summariseRun,
    exportLines: results.exportLines,
    cancelRun: cancel.cancelRun,
  };
}
type QueueApi = Awaited<ReturnType<typeof loadQueueApi>>;

async function withQueue(command: Command, db: string | undefined, use: (queue: QueueConnection, api: QueueApi) => Promise<void>): Promise<void> {
  let url: string;
  try {
    url = resolveQueueUrl(db);
  } catch (error) {
    if (error instanceof QueueLocationError) return command.error(error.message, { exitCode: 2 });
    throw error;
  }
  const api = await loadQueueApi();
  const queue = await api.connectQueue(url);
  try {
    await use(queue, api);
  } finally {
    await queue.close();
  }
}

/** Polls until the run ends: a cli-progress bar on a terminal, a line per change otherwise. */
async function follow(queue: QueueConnection, api: QueueApi, first: RunProgress, intervalMs: number, quiet: boolean): Promise<RunProgress> {
  let progress = first;
  const tty = process.stderr.isTTY && !quiet;
  const bar = tty
    ? new cliProgress.SingleBar(
        { format: 'chunks {bar} {value}/{total} | {notes} notes | {rate} notes/s | {workers} workers | left {left}', stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  const payload = (p: RunProgress) => ({
    notes: p.notes.screened + p.notes.errors,
    rate: p.notesPerSecond?.toFixed(1) ?? '—',
    workers: p.workersSeen.length,
    left: formatDuration(p.etaSeconds),
  });
  bar?.start(progress.chunks.total, progress.chunks.done + progress.chunks.failed, payload(progress));
  let lastLine = '';
  while (api.isActiveState(progress.state)) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    progress = (await api.runProgress(queue.db, progress.id)) ?? progress;
    // The total grows while a large file is still being planned.
    bar?.setTotal(progress.chunks.total);
    if (bar) bar.update(progress.chunks.done + progress.chunks.failed, payload(progress));
    else if (!quiet) {
      const p = payload(progress);
      const line = `${progress.state}: chunks ${progress.chunks.done} done, ${progress.chunks.failed} failed, ${progress.chunks.pending} pending; ${p.notes} notes; ${p.rate} notes/s; ${p.workers} workers; left ${p.left}`;
      if (line !== lastLine) console.error(line);
      lastLine = line;
    }
  }
  bar?.stop();
  return progress;
}
