/**
 * kysely's SQLite driver prepares every query afresh; compiling the same SQL
 * text again on each request is a measurable share of a write. This hands
 * kysely the `SqliteDatabase` subset it asks for, backed by prepared
 * statements kept per SQL text. Streaming (`iterate`) gets a fresh statement,
 * because a statement cannot run twice at once.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const CAPACITY = 256;

export function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepared = (sql: string): BetterSqlite3.Statement => {
    const hit = cache.get(sql);
    if (hit) return hit;
    const statement = database.prepare(sql);
    if (cache.size >= CAPACITY) cache.delete(cache.keys().next().value!);
    cache.set(sql, statement);
    return statement;
  };
  return {
    close: () => database.close(),
    prepare: (sql: string): SqliteStatement => {
      const statement = prepared(sql);
      return {
        reader: statement.reader,
        all: (parameters) => statement.all(parameters),
        run: (parameters) => statement.run(parameters),
        iterate: (parameters) => database.prepare(sql).iterate(parameters) as IterableIterator<unknown>,
      };
    },
  };
}
