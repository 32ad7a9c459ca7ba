/**
 * Throughput of `sciatrace assess --ndjson`, the real CLI process, beside a
 * baseline measured in the same run: the same NDJSON parsed and re-serialised
 * with no assessment, through the same streaming path (`--baseline`).
 *
 * Each mode runs BENCH_REPEATS times, alternating, pinned to one core when
 * `taskset` exists; the best run counts. Process start-up (loading the CLI)
 * is measured on an empty input and subtracted, so the rates are of the
 * streaming work itself. Rates are given by CPU time (user + system of the
 * CLI process, from /usr/bin/time when present), which a busy machine
 * disturbs far less than wall time, and by wall time beside it.
 * Targets (issue 3): ≥ 20,000 assessments/s and ≥ 0.25 of the baseline's rate.
 *
 * BENCH_PROFILE=1 also runs the CLI once under `node --cpu-prof` and prints
 * where its time went, by file and by function.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCase } from '../src/case/validate.js';
import { assess as assessInProcess } from '../src/assess.js';
import { caseGenerator } from './generateCases.js';
import { summariseProfile } from './cpuProfile.js';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const TARGET_RATE = 20_000;
const TARGET_RATIO = 0.25;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/sciatrace.js');
const PIN = spawnSync('taskset', ['--version']).status === 0 ? ['taskset', '-c', '0'] : [];

/** What the generated cases look like to the engine: triage levels and top conditions of a sample. */
function describeSample(count: number): string {
  const next = caseGenerator(20261125);
  const levels = new Map<string, number>();
  const conditions = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (let i = 0; i < count; i++) {
    const assessment = assessInProcess(next(i));
    bump(levels, assessment.triage.level);
    bump(conditions, assessment.conditions[0]?.id ?? 'none');
  }
  const list = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${((100 * n) / count).toFixed(0)}%`).join(', ');
  return `sample of ${count}: levels ${list(levels)}\n  top conditions ${list(conditions)}`;
}

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
  /** Wall-clock seconds from spawn to exit. */
  readonly wall: number;
  /** CPU seconds (user + system) of the CLI process, or the wall time when it cannot be measured. */
  readonly cpu: number;
  readonly lines: number;
}

const TIME = spawnSync('/usr/bin/time', ['-f', '%U', 'true']).status === 0 ? '/usr/bin/time' : undefined;

/** Runs the CLI on `file` and counts output lines (in this process, on another core). */
function runCli(file: string, extra: readonly string[], timeFile: string): Promise<Timing> {
  const timed = TIME ? [TIME, '-f', '%U %S', '-o', timeFile] : [];
  const [command, ...prefix] = [...timed, ...PIN, process.execPath];
  const started = process.hrtime.bigint();
  const child = spawn(command!, [...prefix, BIN, 'assess', '--ndjson', ...extra, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  let lines = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`assess ${extra.join(' ')} exited ${code}`));
      const cpu = TIME ? readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number).reduce((a, b) => a + b, 0) : wall;
      resolve({ wall, cpu, lines });
    });
  });
}

const best = (timings: readonly Timing[], measure: 'cpu' | 'wall') => Math.min(...timings.map((t) => t[measure]));
const fmt = (n: number) => Math.round(n).toLocaleString('en');

/** Runs the CLI once under the CPU profiler and prints the heaviest files and functions (self time). */
function profile(file: string, profileDir: string): void {
  const result = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, BIN, 'assess', '--ndjson', file], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`profiled run exited ${result.status}`);
  const summary = summariseProfile(profileDir, ROOT);
  const share = (ms: number) => `${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)}%`;
  console.log(`\nCPU profile of one run (${fmt(summary.totalMs)} ms sampled, start-up included), self time:`);
  for (const [where, ms] of summary.byFile.slice(0, 15)) console.log(`  ${share(ms)}  ${where}`);
  console.log('heaviest functions:');
  for (const [where, ms] of summary.byFunction.slice(0, 15)) console.log(`  ${share(ms)}  ${where}`);
}

const dir = mkdtempSync(join(tmpdir(), 'sciatrace-bench-'));
try {
  const file = join(dir, 'cases.ndjson');
  const empty = join(dir, 'empty.ndjson');
  writeFileSync(empty, '');
  console.log(`generating ${fmt(CASES)} cases…`);
  await writeCases(file);
  console.log(`${fmt(CASES)} cases, ${(statSync(file).size / 1e6).toFixed(1)} MB${PIN.length ? ', CLI pinned to one core' : ''}`);
  console.log(describeSample(2000));

  const timeFile = join(dir, 'time.txt');
  await runCli(empty, [], timeFile); // warm-up: tsx's transform cache, the file cache
  const startup: Timing[] = [];
  const baseline: Timing[] = [];
  const assess: Timing[] = [];
  for (let i = 0; i < REPEATS; i++) {
    startup.push(await runCli(empty, [], timeFile));
    baseline.push(await runCli(file, ['--baseline'], timeFile));
    assess.push(await runCli(file, [], timeFile));
  }
  for (const t of [...baseline, ...assess]) if (t.lines !== CASES) throw new Error(`expected ${CASES} output lines, got ${t.lines}`);

  const rates = (measure: 'cpu' | 'wall') => {
    const start = best(startup, measure);
    const baselineRate = CASES / (best(baseline, measure) - start);
    const assessRate = CASES / (best(assess, measure) - start);
    return { start, baselineRate, assessRate, ratio: assessRate / baselineRate };
  };
  const cpu = rates('cpu');
  const wall = rates('wall');
  console.log(`                               ${TIME ? 'by CPU time' : 'by wall time'}          by wall time`);
  console.log(`start-up (empty input, s)      ${cpu.start.toFixed(2).padEnd(20)} ${wall.start.toFixed(2)}`);
  console.log(`baseline (lines/s)             ${fmt(cpu.baselineRate).padEnd(20)} ${fmt(wall.baselineRate)}`);
  console.log(`assess --ndjson (cases/s)      ${fmt(cpu.assessRate).padEnd(20)} ${fmt(wall.assessRate)}`);
  console.log(`ratio assess / baseline        ${cpu.ratio.toFixed(3).padEnd(20)} ${wall.ratio.toFixed(3)}`);
  const ok = cpu.assessRate >= TARGET_RATE && cpu.ratio >= TARGET_RATIO;
  console.log(`targets: ≥ ${fmt(TARGET_RATE)}/s and ≥ ${TARGET_RATIO} of baseline: ${ok ? 'met' : 'NOT met'}`);
  if (process.env.BENCH_PROFILE) profile(file, join(dir, 'profile'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
