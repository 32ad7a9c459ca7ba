/**
 * PostgreSQL for tests. SCIATRACE_TEST_PG points at a server the tests may
 * create databases on; without it the PostgreSQL suites are skipped with a
 * visible message, unless SCIATRACE_REQUIRE_PG=1 (as in CI), which turns the
 * skip into a failure.
 */
import pg from 'pg';

export const TEST_PG_URL = process.env.SCIATRACE_TEST_PG;
const REQUIRED = process.env.SCIATRACE_REQUIRE_PG === '1';

if (!TEST_PG_URL) {
  if (REQUIRED) throw new Error('SCIATRACE_REQUIRE_PG=1 but SCIATRACE_TEST_PG is not set: PostgreSQL tests cannot run');
  console.warn('PostgreSQL tests skipped: set SCIATRACE_TEST_PG=postgres://… to run them');
}

/** True when the PostgreSQL suites should be skipped (use with describe.skipIf). */
export const skipPostgres = !TEST_PG_URL;

/** Creates a fresh, empty database for one suite and returns its URL and a dropper. */
export async function freshDatabase(prefix = 'sciatrace_test'): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!TEST_PG_URL) throw new Error('SCIATRACE_TEST_PG is not set');
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
