/**
 * `sciatrace extract [FILE|-] [--text "..."]`: the evidence items a text
 * gives, as JSON (each with its span and the words that fired it), with the
 * age, sex, duration and onset it states and every mention read, including
 * negated, historical, family and hypothetical ones.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { extract } from '../../text/index.js';

interface ExtractFlags {
  readonly text?: string;
  readonly referenceDate?: string;
  readonly mentions?: boolean;
}

async function readText(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('read free text (a patient\'s words or a clinical note) and print the evidence items it gives, as JSON')
    .argument('[file]', 'text file, or - for stdin', '-')
    .option('--text <text>', 'the text itself, instead of a file')
    .option('--reference-date <yyyy-mm-dd>', 'the day the text was written, for phrases such as "since Monday"')
    .option('--mentions', 'also list every mention read, with its status or context (historical, family, hypothetical)')
    .action(async function (this: Command, file: string, flags: ExtractFlags) {
      let referenceDate: Date | undefined;
      if (flags.referenceDate !== undefined) {
        referenceDate = new Date(`${flags.referenceDate}T00:00:00Z`);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(flags.referenceDate) || Number.isNaN(referenceDate.getTime()))
          return this.error(`--reference-date: expected a date as YYYY-MM-DD, got ${JSON.stringify(flags.referenceDate)}`, { exitCode: 2 });
      }
      let text: string;
      try {
        text = flags.text ?? (await readText(file));
      } catch (error) {
        return this.error(`FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { exitCode: 2 });
      }
      const { mentions, ...extraction } = extract(text, referenceDate ? { referenceDate } : {});
      process.stdout.write(`${JSON.stringify(flags.mentions ? { ...extraction, mentions } : extraction, null, 2)}\n`);
    });
}
