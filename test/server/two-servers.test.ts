/**
 * Two server processes on one PostgreSQL serve the same patients
 * consistently: writes through either are read back through both, and a
 * patient's series stays one line (each assessment compared with the one
 * before it) even when both servers write to it at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { createUser } from '../../src/store/users.js';
import { freshDatabase, skipPostgres } from '../helpers/postgres.js';
import { call, l5Case, spawnServer, type ServerProcess } from './harness.js';

describe.skipIf(skipPostgres)('two servers on one PostgreSQL', () => {
  let db: { url: string; drop: () => Promise<void> };
  let a: ServerProcess;
  let b: ServerProcess;
  let token: string;
  let other: string;

  beforeAll(async () => {
    db = await freshDatabase('sciatrace_two');
    // Both start at once: migrations must be safe to race.
    [a, b] = await Promise.all([spawnServer(db.url), spawnServer(db.url)]);
    const store = await openStore(db.url);
    token = (await createUser(store.db, 'dana', 'clinician')).token;
    other = (await createUser(store.db, 'eve', 'clinician')).token;
    await store.close();
  });
  afterAll(async () => {
    await a?.kill('SIGTERM');
    await b?.kill('SIGTERM');
    await db?.drop();
  });

  it('interleaved writes through both servers form one series, read the same through each', async () => {
    const patient = (await call(a.url, 'POST', '/v1/patients', { token, body: { externalRef: 'shared-1' } })).body.id;
    expect((await call(b.url, 'GET', `/v1/patients/${patient}`, { token })).status).toBe(200);
    expect((await call(b.url, 'GET', `/v1/patients/${patient}`, { token: other })).status).toBe(404);

    const writes = Array.from({ length: 40 }, (_, i) =>
      call(i % 2 ? a.url : b.url, 'POST', `/v1/patients/${patient}/assessments`, { token, body: l5Case(5 - (i % 4)) }),
    );
    const replies = await Promise.all(writes);
    expect(replies.every((r) => r.status === 201)).toBe(true);

    const viaA = (await call(a.url, 'GET', `/v1/patients/${patient}/assessments?limit=100`, { token })).body.items;
    const viaB = (await call(b.url, 'GET', `/v1/patients/${patient}/assessments?limit=100`, { token })).body.items;
    expect(viaA).toEqual(viaB);
    expect(viaA).toHaveLength(40);
    expect(new Set(viaA.map((x: { assessmentId: string }) => x.assessmentId))).toEqual(new Set(replies.map((r) => r.body.assessmentId)));
    viaA.forEach((item: { comparedWith: string | null }, i: number) => expect(item.comparedWith).toBe(viaA[i + 1]?.assessmentId ?? null));
    // What each POST answered is what both servers now return.
    for (const reply of replies) {
      expect((await call(b.url, 'GET', `/v1/assessments/${reply.body.assessmentId}`, { token })).body).toEqual(reply.body);
    }
  }, 120_000);
});
