/** A database that stops answering gives 503 problem+json, never a crash; liveness stays up. */
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase, skipPostgres } from '../helpers/postgres.js';
import { addUser, call, l5Case, startApp, tempDbFile, type Running } from './harness.js';

async function exerciseLostDatabase(server: Running, loseDatabase: () => Promise<void>): Promise<void> {
  const token = await addUser(server.store, 'carol', 'clinician');
  const patient = (await call(server.url, 'POST', '/v1/patients', { token, body: { externalRef: 'C-1' } })).body.id;
  await loseDatabase();
  for (const [method, path, body] of [
    ['GET', '/v1/patients', undefined],
    ['POST', `/v1/patients/${patient}/assessments`, l5Case(4)],
    ['GET', `/v1/patients/${patient}/timeline`, undefined],
  ] as const) {
    const reply = await call(server.url, method, path, { token, body });
    expect(reply.status, `${method} ${path}`).toBe(503);
    expect(reply.type).toContain('application/problem+json');
    expect(reply.body.title).toBe('Service unavailable');
  }
  expect((await call(server.url, 'GET', '/readyz')).status).toBe(503);
  expect((await call(server.url, 'GET', '/healthz')).status).toBe(200);
  // The stateless assessment needs no database and keeps working.
  expect((await call(server.url, 'POST', '/v1/assess', { body: l5Case(4) })).status).toBe(200);
}

describe('database failure', () => {
  it('SQLite closed under the server: 503, not a crash', async () => {
    const server = await startApp(tempDbFile());
    try {
      await exerciseLostDatabase(server, () => server.store.close());
    } finally {
      await server.app.close();
    }
  });

  describe.skipIf(skipPostgres)('PostgreSQL', () => {
    const dbs: { drop: () => Promise<void> }[] = [];
    afterAll(async () => {
      for (const db of dbs) await db.drop().catch(() => undefined);
    });

    it('PostgreSQL database dropped under the server: 503, not a crash', async () => {
      const db = await freshDatabase('sciatrace_fault');
      dbs.push(db);
      const server = await startApp(db.url);
      try {
        await exerciseLostDatabase(server, db.drop);
      } finally {
        await server.close();
      }
    });
  });
});
