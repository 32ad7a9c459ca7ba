/** Where the screening queue lives: `--db`/`--queue`, else $SCIATRACE_DB; it must be PostgreSQL. */
export class QueueLocationError extends Error {}

export function resolveQueueUrl(explicit: string | undefined, option = '--db'): string {
  const url = explicit ?? process.env.SCIATRACE_DB;
  if (!url) throw new QueueLocationError(`${option}: give a postgres:// URL (or set SCIATRACE_DB)`);
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new QueueLocationError(`${option}: distributed screening needs PostgreSQL (a postgres:// URL), not "${url}"`);
  }
  return url;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isRunId = (value: string): boolean => UUID.test(value);
