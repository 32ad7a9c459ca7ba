/**
 * `sciatrace fhir …`: the FHIR adapters from the command line, for record
 * systems that exchange files rather than call the HTTP API.
 *
 *   fhir questionnaire <id>      print the interview or examination Questionnaire
 *   fhir codesystem              print our CodeSystem
 *   fhir assess [FILE|-]         QuestionnaireResponse / Observation / Bundle → assessment Bundle
 *   fhir responses [FILE|-]      Case → Bundle of QuestionnaireResponses (pre-filled forms)
 *
 * Bad input prints an OperationOutcome naming each item on stdout, the issues
 * on stderr, and exits 2; nothing is assessed.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parseCase } from '../../case/validate.js';
import {
  assessFhir,
  buildCodeSystem,
  caseToResponses,
  QUESTIONNAIRE_BUILDERS,
  QUESTIONNAIRE_IDS,
  toOperationOutcome,
  type QuestionnaireId,
} from '../../fhir/index.js';
import { EXIT_BAD_INPUT } from './assess.js';

async function readInput(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const print = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

/** Runs `work` on the parsed input; any input problem becomes an OperationOutcome and exit 2. */
async function withInput(file: string, work: (input: unknown) => unknown): Promise<void> {
  let input: unknown;
  try {
    input = JSON.parse(await readInput(file));
  } catch (error) {
    const message = error instanceof SyntaxError ? `invalid JSON: ${error.message}` : `cannot read ${file}: ${(error as Error).message}`;
    print({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'structure', details: { text: message } }] });
    process.stderr.write(`${message}\n`);
    process.exitCode = EXIT_BAD_INPUT;
    return;
  }
  try {
    print(work(input));
  } catch (error) {
    const outcome = toOperationOutcome(error);
    if (outcome.issue?.some((i) => i.code === 'exception')) throw error;
    print(outcome);
    for (const issue of outcome.issue ?? []) process.stderr.write(`${issue.expression?.join(', ') ?? ''}: ${issue.details?.text ?? ''}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  }
}

export function register(program: Command): void {
  const fhir = program.command('fhir').description('FHIR R4: questionnaires, code system, assessment Bundles');

  fhir
    .command('questionnaire')
    .description(`print a Questionnaire (${QUESTIONNAIRE_IDS.join(' | ')})`)
    .argument('<id>', 'questionnaire id')
    .action((id: string) => {
      if (!(QUESTIONNAIRE_IDS as readonly string[]).includes(id)) {
        process.stderr.write(`unknown questionnaire "${id}": expected ${QUESTIONNAIRE_IDS.join(' or ')}\n`);
        process.exitCode = EXIT_BAD_INPUT;
        return;
      }
      print(QUESTIONNAIRE_BUILDERS[id as QuestionnaireId]());
    });

  fhir
    .command('codesystem')
    .description('print the Sciatrace CodeSystem')
    .action(() => print(buildCodeSystem()));

  fhir
    .command('assess')
    .description('assess a QuestionnaireResponse, an Observation or a Bundle of them; print the assessment Bundle')
    .argument('[file]', 'input file, or - for stdin', '-')
    .action((file: string) => withInput(file, (input) => assessFhir(input, { timestamp: new Date() }).bundle));

  fhir
    .command('responses')
    .description('turn a Case into QuestionnaireResponses (interview and examination), as a Bundle')
    .argument('[file]', 'Case JSON file, or - for stdin', '-')
    .action((file: string) =>
      withInput(file, (input) => {
        const { interview, examination } = caseToResponses(parseCase(input).case);
        return { resourceType: 'Bundle', type: 'collection', entry: [interview, examination].flatMap((resource) => (resource ? [{ resource }] : [])) };
      }),
    );
}
