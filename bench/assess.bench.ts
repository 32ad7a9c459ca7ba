/**
 * Throughput of `sciatrace assess --ndjson`, the real CLI process, beside a
 * baseline measured in the same run: the same NDJSON parsed and re-serialised
 * with no assessment, through the same streaming path (`--baseline`).
 *
 * Each mode runs BENCH_REPEATS times, alternating, pinned to one core when
 * `taskset` exists; the best run counts. Process start-up (loading the CLI)
 * is measured on an empty input and reported apart, so the rates are of the
 * streaming work itself. Targets (issue 3): ≥ 20,000 assessments/s and
 * ≥ 0.25 of the baseline's rate.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCase } from '../src/case/validate.js';
import { caseGenerator } from './generateCases.js';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const TARGET_RATE = 20_000;
const TARGET_RATIO = 0.25;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/sciatrace.js');
const PIN = spawnSync('taskset', ['--version']).status === 0 ? ['taskset', '-c', '0'] : [];

async function writeCases(path: string): Promise<void> {
  const next = caseGenerator(20261125);
  const out = createWriteStream(path);
  for (let i = 0; i < CASES; i++) {
    const kase = next(i);
    parseCase(kase); // every generated case must be valid: throws otherwise
    if (!out.write(`${JSON.stringify(kase)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

interface Timing {
  readonly seconds: number;
  readonly lines: number;
}

/** Runs the CLI on `file` and counts output lines (in this process, on another core). */
function runCli(file: string, extra: readonly string[]): Promise<Timing> {
  const [command, ...prefix] = [...PIN, process.execPath];
  const started = process.hrtime.bigint();
  const child = spawn(command!, [...prefix, BIN, 'assess', '--ndjson', ...extra, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  let lines = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`assess ${extra.join(' ')} exited ${code}`));
      else resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, lines });
    });
  });
}

const best = (timings: readonly Timing[]) => Math.min(...timings.map((t) => t.seconds));
const fmt = (n: number) => Math.round(n).toLocaleString('en');

const dir = mkdtempSync(join(tmpdir(), 'sciatrace-bench-'));
try {
  const file = join(dir, 'cases.ndjson');
  const empty = join(dir, 'empty.ndjson');
  writeFileSync(empty, '');
  console.log(`generating ${fmt(CASES)} cases…`);
  await writeCases(file);
  console.log(`${fmt(CASES)} cases, ${(statSync(file).size / 1e6).toFixed(1)} MB${PIN.length ? ', CLI pinned to one core' : ''}`);

  const startup: Timing[] = [];
  const baseline: Timing[] = [];
  const assess: Timing[] = [];
  for (let i = 0; i < REPEATS; i++) {
    startup.push(await runCli(empty, []));
    baseline.push(await runCli(file, ['--baseline']));
    assess.push(await runCli(file, []));
  }
  for (const t of [...baseline, ...assess]) if (t.lines !== CASES) throw new Error(`expected ${CASES} output lines, got ${t.lines}`);

  const start = best(startup);
  const baselineRate = CASES / (best(baseline) - start);
  const assessRate = CASES / (best(assess) - start);
  const ratio = assessRate / baselineRate;
  console.log(`start-up (empty input)        ${best(startup).toFixed(2)} s`);
  console.log(`baseline (parse + serialise)  ${fmt(baselineRate)} lines/s        (${best(baseline).toFixed(2)} s wall)`);
  console.log(`assess --ndjson               ${fmt(assessRate)} assessments/s  (${best(assess).toFixed(2)} s wall, ${fmt(CASES / best(assess))}/s with start-up)`);
  console.log(`ratio assess / baseline       ${ratio.toFixed(3)}`);
  const ok = assessRate >= TARGET_RATE && ratio >= TARGET_RATIO;
  console.log(`targets: ≥ ${fmt(TARGET_RATE)}/s and ≥ ${TARGET_RATIO} of baseline: ${ok ? 'met' : 'NOT met'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
