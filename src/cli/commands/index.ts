import type { Command } from 'commander';
import { register as registerInterview } from './interview.js';
import { register as registerAssess } from './assess.js';
import { register as registerServe } from './serve.js';
import { register as registerUser } from './user.js';
import { register as registerWorker } from './worker.js';
import { register as registerRuns } from './runs.js';
import { register as registerSimulate } from './simulate.js';
import { register as registerEval } from './eval.js';
import { register as registerSources } from './sources.js';
import { register as registerFhir } from './fhir.js';
import { register as registerExtract } from './extract.js';
import { register as registerScreen } from './screen.js';

/**
 * One line per subcommand module; each exports `register(program)`. Every
 * module is loaded on every run, so a module imports at its top only what its
 * options need; code that only an action needs and that is slow to load (the
 * HTTP server, the database drivers, the job queue) is imported in the action.
 */
export function registerCommands(program: Command): void {
  registerInterview(program);
  registerAssess(program);
  registerServe(program);
  registerUser(program);
  registerWorker(program);
  registerRuns(program);
  registerSimulate(program);
  registerEval(program);
  registerSources(program);
  registerFhir(program);
  registerExtract(program);
  registerScreen(program);
}
