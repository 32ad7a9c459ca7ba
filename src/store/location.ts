/** Which database a command uses: `--db`, else $SCIATRACE_DB, else the embedded default file. */
export const DEFAULT_DB_FILE = './data/sciatrace.db';

export const resolveDbLocation = (flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string =>
  flag ?? (env.SCIATRACE_DB || DEFAULT_DB_FILE);
