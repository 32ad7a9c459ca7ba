/**
 * `sciatrace screen FILE`: screen a file of notes (CSV, or NDJSON of
 * `{id, text}`) on every core and write one NDJSON line per note, in input
 * order: `{id, line, triage, redFlags, roots, conditions, evidence}`. A
 * progress bar shows on a terminal; a row that cannot be read is reported
 * with its line number and skipped; a summary ends the run (on stderr).
 * With `--queue` the work is registered for `sciatrace worker`s instead.
 */
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { readCsvHeader, readNotes, type NoteFormat } from '../../screen/read.js';
import { defaultWorkers, MIN_BYTES_FOR_WORKERS, screenCsvFile, screenStream, type ScreenOptions } from '../../screen/pool.js';
import { formatSummary } from '../../screen/summary.js';
import { addQueueOptions, screenThroughQueue, type QueueCliOptions } from '../screenQueue.js';

interface ScreenFlags extends QueueCliOptions {
  readonly format?: string;
  readonly column?: string;
  readonly idColumn?: string;
  readonly out?: string;
  readonly workers?: string;
  readonly progress?: boolean;
}

const EXIT_BAD_INPUT = 2;

export function register(program: Command): void {
  const command = program
    .command('screen')
    .description('screen a CSV or NDJSON file of notes: one NDJSON line per note (triage, red flags, roots, conditions, evidence with spans)')
    .argument('<file>', 'notes: CSV with a header, or NDJSON of {"id", "text"}')
    .option('--format <format>', 'csv or ndjson (default: from the file name, else csv)')
    .option('--column <name>', 'the text column or field (default: text, else transcription)')
    .option('--id-column <name>', 'the id column or field (default: id, else the first CSV column)')
    .option('--out <file>', 'write the NDJSON here instead of stdout')
    .option('--workers <n>', `worker threads; 0 screens on the main thread (default: every core, ${defaultWorkers()} here, for files of ${MIN_BYTES_FOR_WORKERS / 1e6} MB or more; 0 for smaller ones, which workers do not speed up)`)
    .option('--no-progress', 'no progress bar, even on a terminal');
  addQueueOptions(command).action(async function (this: Command, file: string, flags: ScreenFlags) {
    if (flags.queue !== undefined) return screenThroughQueue(this, file, flags);
    const format = flags.format ?? (/\.(nd)?jsonl?$/i.test(file) ? 'ndjson' : 'csv');
    if (format !== 'csv' && format !== 'ndjson') return this.error(`--format: expected csv or ndjson, got ${JSON.stringify(format)}`, { exitCode: EXIT_BAD_INPUT });
    const workers = flags.workers === undefined ? undefined : Number(flags.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 256))
      return this.error(`--workers: expected a whole number 0..256, got ${JSON.stringify(flags.workers)}`, { exitCode: EXIT_BAD_INPUT });

    let size: number;
    try {
      size = (await stat(file)).size;
      // Fail on a missing text column before anything is written.
      if (format === 'csv') await checkColumns(file, flags);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code) return this.error(`FILE: cannot read ${file} (${code})`, { exitCode: EXIT_BAD_INPUT });
      return this.error((error as Error).message, { exitCode: EXIT_BAD_INPUT });
    }

    const output: Writable = flags.out ? createWriteStream(flags.out) : process.stdout;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
    const bar =
      flags.progress !== false && process.stderr.isTTY
        ? new cliProgress.SingleBar({ stream: process.stderr, format: 'screening [{bar}] {percentage}% | {notes} notes | {eta_formatted} left', etaBuffer: 50 }, cliProgress.Presets.shades_classic)
        : undefined;
    bar?.start(size, 0, { notes: 0 });
    const started = performance.now();
    let shown = { chars: 0, notes: 0 };
    const screenOptions: ScreenOptions = {
      workers: workers ?? defaultWorkers(size),
      onUnreadable: (record) => {
        // The message goes above the bar, which then carries on where it was.
        bar?.stop();
        process.stderr.write(`line ${record.line}: skipped, ${record.error}\n`);
        bar?.start(size, shown.chars, { notes: shown.notes });
      },
      // Characters of text approximate bytes read; the bar is a guide, not a ledger.
      ...(bar && {
        onProgress: (notes: number, chars: number) => {
          shown = { chars: Math.min(size, chars), notes };
          bar.update(shown.chars, { notes });
        },
      }),
    };
    // CSV is cut into chunks of whole records and parsed in the workers; NDJSON is read here.
    const tally =
      format === 'csv'
        ? await screenCsvFile(file, output, { ...screenOptions, ...pick(flags) })
        : await screenStream(readNotes(file, { format: format as NoteFormat, ...pick(flags) }), output, screenOptions);
    bar?.update(size);
    bar?.stop();
    if (flags.out) {
      output.end();
      await once(output, 'finish');
    }
    process.stderr.write(`${formatSummary(tally, (performance.now() - started) / 1000)}\n`);
  });
}

const pick = (flags: ScreenFlags) => ({
  ...(flags.column !== undefined && { column: flags.column }),
  ...(flags.idColumn !== undefined && { idColumn: flags.idColumn }),
});

async function checkColumns(file: string, flags: ScreenFlags): Promise<void> {
  const header = await readCsvHeader(file);
  const wanted = flags.column ?? ['text', 'transcription'].find((name) => header.includes(name));
  if (wanted === undefined || !header.includes(wanted))
    throw new Error(`--column: no column ${JSON.stringify(flags.column ?? 'text or transcription')} in the header (${header.map((h) => JSON.stringify(h)).join(', ')})`);
  if (flags.idColumn !== undefined && !header.includes(flags.idColumn)) throw new Error(`--id-column: no column ${JSON.stringify(flags.idColumn)} in the header`);
}
