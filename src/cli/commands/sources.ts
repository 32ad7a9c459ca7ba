/**
 * `sciatrace sources`: the references behind the knowledge base;
 * `--estimates` lists instead every estimated number with where it is used and
 * why, so the team can see which parts of the model are guesses.
 */
import type { Command } from 'commander';
import { knowledgeFigures } from '../../knowledge/index.js';
import { isEstimated, type Estimated } from '../../knowledge/sourced.js';
import { SOURCES } from '../../knowledge/sources.js';

interface SourcesFlags {
  readonly estimates?: boolean;
  readonly json?: boolean;
}

export function register(program: Command): void {
  program
    .command('sources')
    .description('list the references behind the knowledge base, or (--estimates) every estimated number')
    .option('--estimates', 'list every number without a published source, where it is used and why')
    .option('--json', 'print JSON')
    .action((flags: SourcesFlags) => {
      if (flags.estimates) {
        const estimates = knowledgeFigures()
          .filter((f) => isEstimated(f.figure))
          .map((f) => ({ path: f.path, value: f.figure.value, why: (f.figure as Estimated).estimate, basis: (f.figure as Estimated).basis ?? [] }));
        if (flags.json) process.stdout.write(`${JSON.stringify(estimates, null, 2)}\n`);
        else {
          const lines = estimates.map((e) => `${e.path} = ${e.value}\n    estimate: ${e.why}${e.basis.length ? ` [${e.basis.join(', ')}]` : ''}\n`);
          const total = knowledgeFigures().length;
          process.stdout.write(`${lines.join('')}\n${estimates.length} of ${total} numbers in the knowledge base are estimates.\n`);
        }
        return;
      }
      if (flags.json) process.stdout.write(`${JSON.stringify(SOURCES, null, 2)}\n`);
      else process.stdout.write(SOURCES.map((s) => `${s.id.padEnd(7)}${s.citation}${s.url ? ` ${s.url}` : ''}\n`).join(''));
    });
}
