import type { Command } from 'commander';
import { register as registerInterview } from './interview.js';
import { register as registerAssess } from './assess.js';
import { register as registerServe } from './serve.js';
import { register as registerUser } from './user.js';

/** One line per subcommand module; each exports `register(program)`. */
export function registerCommands(program: Command): void {
  void program;
  registerInterview(program);
  registerAssess(program);
  registerServe(program);
  registerUser(program);
}
