/**
 * Durability: clients keep writing while the real `sciatrace serve` process is
 * killed with SIGKILL; after a restart on the same database every assessment
 * whose POST was answered 201 is there, byte-for-byte as acknowledged, and
 * each patient's series is still one unbroken line.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { createUser } from '../../src/store/users.js';
import { freshDatabase, skipPostgres } from '../helpers/postgres.js';
import { call, l5Case, spawnServer, tempDbFile } from './harness.js';

// Two server starts and a few hundred requests: minutes, not seconds, on a busy CI machine.
const CLIENTS = 16;
const PATIENTS = 6;
/** A marker in every case's text: it must never reach the logs. */
const MARKER = 'ZEBRA-CASE-CONTENT-7731';

async function crashAndRecover(db: string): Promise<void> {
  const store = await openStore(db);
  const { token } = await createUser(store.db, 'crash-clinician', 'clinician');
  await store.close();

  const first = await spawnServer(db);
  const patients: string[] = [];
  for (let i = 0; i < PATIENTS; i++)
    patients.push((await call(first.url, 'POST', '/v1/patients', { token, body: { externalRef: `crash-${i}` } })).body.id);

  const acknowledged = new Map<string, unknown>();
  let killed = false;
  const client = async (n: number): Promise<void> => {
    for (let i = 0; !killed; i++) {
      const patient = patients[(n + i) % PATIENTS]!;
      try {
        const reply = await call(first.url, 'POST', `/v1/patients/${patient}/assessments`, {
          token,
          body: l5Case(5 - (i % 5), { id: `c${n}-${i}`, text: `left leg pain ${MARKER}` }),
        });
        if (reply.status === 201) acknowledged.set(reply.body.assessmentId, reply.body);
      } catch {
        // The connection died with the server: not acknowledged, nothing to check.
      }
    }
  };
  const clients = Array.from({ length: CLIENTS }, (_, n) => client(n));
  while (acknowledged.size < 300) await new Promise((resolve) => setTimeout(resolve, 20));
  await first.kill('SIGKILL');
  killed = true;
  await Promise.all(clients);
  console.info(`crash test (${db.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}): ${acknowledged.size} writes acknowledged before SIGKILL`);
  expect(first.output()).toMatch(/"reqId":"[\w-]+"/);
  expect(first.output()).not.toContain(MARKER);
  expect(first.output()).not.toContain(token);

  const second = await spawnServer(db);
  try {
    for (const [id, body] of acknowledged) {
      const reply = await call(second.url, 'GET', `/v1/assessments/${id}`, { token });
      expect(reply.status, `acknowledged assessment ${id}`).toBe(200);
      expect(reply.body).toEqual(body);
    }
    for (const patient of patients) {
      const series: { assessmentId: string; comparedWith: string | null }[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { assessmentId: string; comparedWith: string | null }[]; next: string | null } } = await call(
          second.url,
          'GET',
          `/v1/patients/${patient}/assessments?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
          { token },
        );
        series.push(...page.body.items);
        cursor = page.body.next;
      } while (cursor);
      // Newest first: each assessment was compared with the one stored just before it.
      series.forEach((item, i) => expect(item.comparedWith).toBe(series[i + 1]?.assessmentId ?? null));
    }
    // The restarted server keeps writing.
    expect((await call(second.url, 'POST', `/v1/patients/${patients[0]}/assessments`, { token, body: l5Case(4) })).status).toBe(201);
  } finally {
    await second.kill('SIGTERM');
  }
}

describe('crash test: SIGKILL while clients write', () => {
  it('SQLite (WAL, synchronous=FULL) loses no acknowledged write', async () => {
    await crashAndRecover(tempDbFile());
  }, 180_000);

  describe.skipIf(skipPostgres)('PostgreSQL', () => {
    const dbs: { drop: () => Promise<void> }[] = [];
    afterAll(async () => {
      for (const db of dbs) await db.drop();
    });
    it('PostgreSQL loses no acknowledged write', async () => {
      const db = await freshDatabase('sciatrace_crash');
      dbs.push(db);
      await crashAndRecover(db.url);
    }, 180_000);
  });
});
