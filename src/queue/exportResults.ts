/**
 * Streams a run's results in input order, a page at a time by keyset on the
 * line, so an export of millions of notes holds one page in memory.
 */
import type { Kysely } from 'kysely';
import type { QueueDatabase } from './tables.js';

export type ExportFormat = 'ndjson' | 'csv';

const PAGE = 1000;

/** The stored records (as `sciatrace screen` prints them), in line order. */
export async function* resultRecords(db: Kysely<QueueDatabase>, runId: string): AsyncGenerator<Record<string, unknown>> {
  let after = 0;
  for (;;) {
    const page = await db
      .selectFrom('screen_result')
      .select(['line', 'record'])
      .where('run_id', '=', runId)
      .where('line', '>', after)
      .orderBy('line')
      .limit(PAGE)
      .execute();
    for (const row of page) yield row.record as Record<string, unknown>;
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.line;
  }
}

const CSV_COLUMNS = ['id', 'line', 'triage', 'red_flags', 'roots', 'conditions', 'error', 'evidence'] as const;

/** Lines of the export, each ending with a newline. */
export async function* exportLines(db: Kysely<QueueDatabase>, runId: string, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'csv') yield `${CSV_COLUMNS.join(',')}\n`;
  for await (const record of resultRecords(db, runId)) {
    yield format === 'ndjson' ? `${JSON.stringify(record)}\n` : `${csvRow(record)}\n`;
  }
}

interface Scored {
  readonly probability: number;
}

function csvRow(record: Record<string, unknown>): string {
  const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
  const fields = [
    record.id ?? '',
    record.line ?? '',
    record.triage ?? '',
    list<{ id: string }>(record.redFlags).map((f) => f.id).join(';'),
    list<Scored & { root: string; side: string }>(record.roots).map((r) => `${r.root} ${r.side} ${r.probability}`).join(';'),
    list<Scored & { id: string }>(record.conditions).map((c) => `${c.id} ${c.probability}`).join(';'),
    record.error ?? '',
    record.evidence === undefined ? '' : JSON.stringify(record.evidence),
  ];
  return fields.map((value) => csvField(String(value))).join(',');
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
