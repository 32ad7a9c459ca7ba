/**
 * `sciatrace eval FILE.jsonl [--mode structured|narrative|note] [--json]`:
 * assesses every vignette and prints the metrics table (or JSON). Exit 1 when
 * emergency sensitivity is below 100 %, exit 2 when the file cannot be read or
 * a line is not a vignette (naming the line and field).
 */
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { assess } from '../../assess.js';
import { checkThresholds, EVAL_MODES, evaluate, VignetteSchema, type EvalMode, type Metrics, type Vignette } from '../../eval/index.js';

interface EvalFlags {
  readonly mode: EvalMode;
  readonly json?: boolean;
  readonly details?: boolean;
}

const EXIT_MISSED_EMERGENCY = 1;
const EXIT_BAD_INPUT = 2;

function parseVignettes(text: string): Vignette[] {
  const vignettes: Vignette[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new Error(`line ${i + 1}: invalid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const parsed = VignetteSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`line ${i + 1}: ${issue?.path.join('.') || '(vignette)'}: ${issue?.message ?? 'not a vignette'}`);
    }
    vignettes.push(parsed.data);
  });
  return vignettes;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function table(metrics: Metrics, mode: EvalMode): string {
  const rows: [string, string, string][] = [
    ['triage exact', pct(metrics.triageExact.value), `${metrics.triageExact.count}/${metrics.triageExact.of}`],
    ['emergency sensitivity', pct(metrics.emergencySensitivity.value), `${metrics.emergencySensitivity.count}/${metrics.emergencySensitivity.of}`],
    ['under-triage', pct(metrics.underTriage.value), `${metrics.underTriage.count}/${metrics.underTriage.of}`],
    ['  by two levels or more', pct(metrics.underTriageTwoLevels.value), `${metrics.underTriageTwoLevels.count}/${metrics.underTriageTwoLevels.of}`],
    ['over-triage', pct(metrics.overTriage.value), `${metrics.overTriage.count}/${metrics.overTriage.of}`],
    ['pain mechanism', pct(metrics.painMechanism.value), `${metrics.painMechanism.count}/${metrics.painMechanism.of}`],
    ['condition top-1', pct(metrics.conditionTop1.value), `${metrics.conditionTop1.count}/${metrics.conditionTop1.of}`],
    ['condition top-3', pct(metrics.conditionTop3.value), `${metrics.conditionTop3.count}/${metrics.conditionTop3.of}`],
    ['root top-1 (with side)', pct(metrics.rootTop1.value), `${metrics.rootTop1.count}/${metrics.rootTop1.of} radicular with roots`],
  ];
  const head = `sciatrace eval: ${metrics.vignettes} vignettes, ${mode} mode${metrics.errors ? `, ${metrics.errors} could not be assessed` : ''}\n`;
  return head + rows.map(([name, value, detail]) => `  ${name.padEnd(26)}${value.padStart(7)}   ${detail}`).join('\n') + '\n';
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('evaluate the engine on clinical vignettes (JSONL) and print the metrics')
    .argument('<file>', 'vignettes, one JSON object per line (format of ../shared/vignettes/dev.jsonl)')
    .addOption(new Option('--mode <mode>', 'what to assess: the structured case, the patient narrative or the clinician note').choices(EVAL_MODES).default('structured'))
    .option('--json', 'print the metrics, threshold checks and per-vignette results as JSON')
    .option('--details', 'also list the vignettes that missed a metric')
    .action(async (file: string, flags: EvalFlags) => {
      let vignettes: Vignette[];
      try {
        vignettes = parseVignettes(await readFile(file, 'utf8'));
      } catch (error) {
        process.stderr.write(`sciatrace eval: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = EXIT_BAD_INPUT;
        return;
      }
      const run = evaluate(vignettes, flags.mode, (input) => assess(input));
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ ...run, thresholds: checkThresholds(run.metrics) }, null, 2)}\n`);
      } else {
        process.stdout.write(table(run.metrics, flags.mode));
        if (flags.details)
          for (const r of run.results) {
            const misses = [
              !r.triageExact && `triage ${r.triage ?? '-'} (expected ${r.expected.triage})`,
              !r.mechanismCorrect && `mechanism ${r.painMechanism ?? '-'} (expected ${r.expected.painMechanism})`,
              !r.conditionTop1 && `condition ${r.conditions[0] ?? '-'} (expected ${r.expected.condition})`,
              r.rootTop1 === false && `root ${r.root ? `${r.root.root} ${r.root.side}` : '-'} (expected ${r.expected.roots.map((x) => `${x.root} ${x.side}`).join(', ')})`,
              r.error && `error: ${r.error}`,
            ].filter(Boolean);
            if (misses.length > 0) process.stdout.write(`  ${r.id}: ${misses.join('; ')}\n`);
          }
      }
      if (run.metrics.emergencySensitivity.value < 1) process.exitCode = EXIT_MISSED_EMERGENCY;
    });
}
