/**
 * The `sciatrace` command. Each subcommand lives in its own module under
 * ./commands and registers itself on the program.
 */
import { Command } from 'commander';
import { registerCommands } from './commands/index.js';

const program = new Command('sciatrace')
  .description('Back-related leg pain: triage, nerve root, likely conditions and a plan, with the reasoning shown.')
  .version('0.1.0')
  .showHelpAfterError();

registerCommands(program);

await program.parseAsync(process.argv);
