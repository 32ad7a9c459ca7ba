/**
 * GET /v1/runs and /v1/runs/{id} over real HTTP: admins see screening runs
 * with their progress and summary; others are refused.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectQueue, type QueueConnection } from '../../src/queue/connection.js';
import { registerRun } from '../../src/queue/register.js';
import { runWorker } from '../../src/queue/worker.js';
import { freshDatabase, skipPostgres } from '../helpers/postgres.js';
import { addUser, call, startApp, tempDbFile, type Running } from '../server/harness.js';
import { tempDir, writeCsv } from './fixtures.js';

describe.skipIf(skipPostgres)('screening runs over HTTP (PostgreSQL)', () => {
  let server: Running;
  let queue: QueueConnection;
  let drop: () => Promise<void>;
  let dir: string;
  let admin: string;
  let clinician: string;
  let runId: string;

  beforeAll(async () => {
    const database = await freshDatabase('sciatrace_runs_http');
    drop = database.drop;
    server = await startApp(database.url);
    admin = await addUser(server.store, 'root', 'admin');
    clinician = await addUser(server.store, 'alice', 'clinician');
    dir = tempDir();
    const path = writeCsv(join(dir, 'notes.csv'), ['id', 'text'], [
      ['a', 'Sudden saddle numbness and urinary retention with bilateral leg pain.'],
      ['b', 'Left leg pain below the knee for 3 weeks, no weakness.'],
      ['c', 'too', 'many'],
    ]);
    queue = await connectQueue(database.url);
    ({ runId } = await registerRun(queue, { path, format: 'csv', chunkRecords: 1 }));
    await runWorker({ url: database.url, exitWhenIdle: true });
  });

  afterAll(async () => {
    await queue?.close();
    await server?.close();
    await drop?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists runs with their progress for an admin', async () => {
    const reply = await call(server.url, 'GET', '/v1/runs', { token: admin });
    expect(reply.status).toBe(200);
    expect(reply.body.next).toBeNull();
    expect(reply.body.items).toHaveLength(1);
    expect(reply.body.items[0]).toMatchObject({
      id: runId,
      state: 'finished',
      chunks: { total: 2, done: 2, failed: 0, pending: 0 },
      notes: { planned: 2, screened: 2, errors: 1 },
    });
  });

  it('shows one run with the summary of its results as JSON', async () => {
    const reply = await call(server.url, 'GET', `/v1/runs/${runId}`, { token: admin });
    expect(reply.status).toBe(200);
    const { summary } = reply.body;
    expect(summary.notes).toBe(2);
    expect(Object.values(summary.byTriage as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(2);
    expect(summary.errors).toEqual({ count: 1, first: [{ line: 4, id: null, error: expect.stringContaining('Invalid Record Length') }] });
    expect(summary.notesWithRedFlags).toBe(Object.keys(summary.redFlags).length > 0 ? 1 : 0);
  });

  it('refuses clinicians and anonymous callers, and says 404 for an unknown run', async () => {
    expect((await call(server.url, 'GET', '/v1/runs', { token: clinician })).status).toBe(403);
    expect((await call(server.url, 'GET', `/v1/runs/${runId}`)).status).toBe(401);
    const unknown = await call(server.url, 'GET', '/v1/runs/00000000-0000-4000-8000-000000000000', { token: admin });
    expect(unknown.status).toBe(404);
    expect(unknown.type).toContain('application/problem+json');
    expect((await call(server.url, 'GET', '/v1/runs/not-a-uuid', { token: admin })).status).toBe(404);
  });
});

describe('screening runs over HTTP (SQLite)', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startApp(tempDbFile());
  });
  afterAll(async () => server?.close());

  it('has no runs to show: distributed screening lives in PostgreSQL', async () => {
    const admin = await addUser(server.store, 'root', 'admin');
    expect((await call(server.url, 'GET', '/v1/runs', { token: admin })).body).toEqual({ items: [], next: null });
    expect((await call(server.url, 'GET', '/v1/runs/00000000-0000-4000-8000-000000000000', { token: admin })).status).toBe(404);
  });
});
