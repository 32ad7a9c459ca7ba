/**
 * `sciatrace simulate`: the model run forwards. Given a disc lesion
 * (`--lesion L4-L5:posterolateral:left`) or a condition (`--condition
 * spinal_stenosis [--side left]`), prints the findings the model predicts,
 * most probable first; `--case` prints instead a Case JSON of the most
 * probable state of every finding, which `sciatrace assess` accepts.
 */
import type { Command } from 'commander';
import { parseLesion, simulate, simulationToCase, type SimulatedFinding, type SimulationTarget } from '../../model/index.js';
import { CONDITIONS, type ConditionId } from '../../knowledge/vocabulary.js';

interface SimulateFlags {
  readonly lesion?: string;
  readonly condition?: string;
  readonly side?: string;
  readonly case?: boolean;
  readonly min: string;
}

const EXIT_BAD_INPUT = 2;

function target(flags: SimulateFlags): SimulationTarget {
  if (flags.lesion !== undefined && flags.condition !== undefined) throw new Error('give either --lesion or --condition, not both');
  if (flags.lesion !== undefined) {
    // `--side` completes a lesion given without one (L4-L5:posterolateral --side left).
    const spec = flags.side !== undefined && flags.lesion.split(':').length === 2 ? `${flags.lesion}:${flags.side}` : flags.lesion;
    return { hypothesis: parseLesion(spec) };
  }
  if (flags.condition === undefined) throw new Error('give --lesion LEVEL:ZONE:SIDE (e.g. L4-L5:posterolateral:left) or --condition ID');
  if (!CONDITIONS.includes(flags.condition as ConditionId))
    throw new Error(`--condition: unknown condition "${flags.condition}" (one of ${CONDITIONS.join(', ')})`);
  if (flags.side !== undefined && !['left', 'right', 'both'].includes(flags.side)) throw new Error(`--side: must be left, right or both`);
  return { condition: flags.condition as ConditionId, ...(flags.side !== undefined && { side: flags.side as 'left' | 'right' | 'both' }) };
}

const describe = (f: SimulatedFinding): string =>
  [
    f.movement ? `${f.finding} (${f.movement.replaceAll('_', ' ')})` : f.finding,
    f.side ?? '',
    f.regions && f.regions.length > 0 ? `[${f.regions.join(', ')}]` : '',
  ]
    .filter(Boolean)
    .join('  ');

export function register(program: Command): void {
  program
    .command('simulate')
    .description('predict the findings of a lesion or condition (the model run forwards)')
    .option('--lesion <spec>', 'disc herniation LEVEL:ZONE[:SIDE], e.g. L4-L5:posterolateral:left or L5-S1:central')
    .option('--condition <id>', `a condition: ${CONDITIONS.join(', ')}`)
    .option('--side <side>', 'left, right or both (for --condition), or the side of a --lesion given without one')
    .option('--case', 'print a Case JSON (the most probable state of every finding) that `assess` accepts')
    .option('--min <p>', 'list findings at least this probable', '0.1')
    .action((flags: SimulateFlags) => {
      let findings: SimulatedFinding[];
      try {
        findings = simulate(target(flags));
      } catch (error) {
        process.stderr.write(`sciatrace simulate: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = EXIT_BAD_INPUT;
        return;
      }
      if (flags.case) {
        process.stdout.write(`${JSON.stringify(simulationToCase(findings, flags.lesion ?? flags.condition), null, 2)}\n`);
        return;
      }
      const min = Number(flags.min);
      const listed = findings.filter((x) => x.probability >= (Number.isFinite(min) ? min : 0.1));
      process.stdout.write(listed.map((f) => `${(f.probability * 100).toFixed(0).padStart(4)}%  ${describe(f)}\n`).join(''));
    });
}
