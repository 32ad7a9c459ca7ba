/** SQLite writes through `store.transact`: concurrent writes share commits, and one failure stays its own. */
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/open.js';
import { tempDbFile } from '../server/harness.js';

const entry = (action: string) => ({
  user_id: null,
  user_name: null,
  action,
  method: 'TEST',
  path: '/',
  patient_id: null,
  target_id: null,
  outcome: 'ok',
  ip: '127.0.0.1',
  request_id: action,
});

describe('store.transact on SQLite (group commit)', () => {
  let store: Store;
  afterEach(async () => store?.close());

  it('commits every concurrent write, each visible to the reader once acknowledged', async () => {
    store = await openStore(tempDbFile());
    const writes = Array.from({ length: 200 }, (_, i) =>
      store.transact((trx) => trx.insertInto('audit_log').values({ ...entry(`w${i}`), at: new Date().toISOString() }).execute()).then(async () => {
        const seen = await store.reader.selectFrom('audit_log').select('id').where('request_id', '=', `w${i}`).executeTakeFirst();
        expect(seen, `write w${i} visible after acknowledgement`).toBeDefined();
      }),
    );
    await Promise.all(writes);
    const count = await store.reader.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(200);
  });

  it('fails only the write that failed, not the others in its batch', async () => {
    store = await openStore(tempDbFile());
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        store.transact(async (trx) => {
          await trx.insertInto('audit_log').values({ ...entry(`b${i}`), at: new Date().toISOString() }).execute();
          if (i === 7) throw new Error('write 7 fails');
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(results[7]!.status).toBe('rejected');
    const ids = (await store.reader.selectFrom('audit_log').select('request_id').execute()).map((r) => r.request_id).sort();
    expect(ids).toHaveLength(19);
    expect(ids).not.toContain('b7');
  });

  it('survives a reopen with every acknowledged write', async () => {
    const file = tempDbFile();
    store = await openStore(file);
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.transact((trx) => trx.insertInto('audit_log').values({ ...entry(`r${i}`), at: 'x' }).execute())));
    await store.close();
    store = await openStore(file);
    const count = await store.reader.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(50);
  });
});
