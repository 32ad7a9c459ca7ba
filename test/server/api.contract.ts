/**
 * The API contract, written once and run against every database (SQLite
 * always, PostgreSQL when configured), over real HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, call, l5Case, startApp, type Running } from './harness.js';

export function apiContract(name: string, location: () => Promise<{ url: string; drop?: () => Promise<void> }>): void {
  describe(`HTTP API on ${name}`, () => {
    let server: Running;
    let drop: (() => Promise<void>) | undefined;
    let alice: string;
    let bob: string;
    let admin: string;
    let base: string;

    beforeAll(async () => {
      const db = await location();
      drop = db.drop;
      server = await startApp(db.url);
      base = server.url;
      alice = await addUser(server.store, 'alice', 'clinician');
      bob = await addUser(server.store, 'bob', 'clinician');
      admin = await addUser(server.store, 'root', 'admin');
    });
    afterAll(async () => {
      await server?.close();
      await drop?.();
    });

    const newPatient = async (token: string, externalRef: string) => {
      const reply = await call(base, 'POST', '/v1/patients', { token, body: { externalRef, birthYear: 1971, sex: 'female' } });
      expect(reply.status).toBe(201);
      return reply.body.id as string;
    };

    it('answers /healthz and /readyz', async () => {
      expect((await call(base, 'GET', '/healthz')).body).toEqual({ status: 'ok' });
      const ready = await call(base, 'GET', '/readyz');
      expect(ready.status).toBe(200);
      expect(ready.body.status).toBe('ready');
    });

    it('describes itself in OpenAPI 3 generated from the zod schemas, with a page at /docs', async () => {
      const spec = (await call(base, 'GET', '/openapi.json')).body;
      expect(spec.openapi).toMatch(/^3\./);
      for (const path of ['/v1/assess', '/v1/patients', '/v1/patients/{id}/assessments', '/v1/patients/{id}/timeline', '/v1/assessments/{id}', '/v1/audit'])
        expect(Object.keys(spec.paths)).toContain(path);
      const caseBody = spec.paths['/v1/assess'].post.requestBody.content['application/json'].schema;
      expect(caseBody.properties.evidence.items.properties.finding.enum).toContain('saddle_anesthesia');
      expect(caseBody.additionalProperties).toBe(false);
      const docs = await call(base, 'GET', '/docs');
      expect(docs.status).toBe(200);
      expect(docs.type).toContain('text/html');
    });

    describe('POST /v1/assess', () => {
      it('assesses a case without an account and stores nothing', async () => {
        const reply = await call(base, 'POST', '/v1/assess', { body: { id: 'c1', evidence: [{ finding: 'saddle_anesthesia' }] } });
        expect(reply.status).toBe(200);
        expect(reply.body.id).toBe('c1');
        expect(reply.body.triage.level).toBe('emergency');
        const count = await server.store.db.selectFrom('assessments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
        expect(Number(count.n)).toBe(0);
      });

      it('rejects unknown finding ids and unknown fields with problem+json naming each', async () => {
        const reply = await call(base, 'POST', '/v1/assess', { body: { evidence: [{ finding: 'numbnes' }], agee: 40 } });
        expect(reply.status).toBe(400);
        expect(reply.type).toContain('application/problem+json');
        expect(reply.body).toMatchObject({ status: 400, title: expect.any(String), type: expect.any(String) });
        const paths = reply.body.errors.map((e: { path: string }) => e.path);
        expect(paths).toContain('evidence[0].finding');
        expect(paths).toContain('agee');
        expect(reply.body.errors.find((e: { path: string }) => e.path === 'evidence[0].finding').message).toContain('numbnes');
      });

      it('names the bad attribute of an evidence item', async () => {
        const reply = await call(base, 'POST', '/v1/assess', { body: { evidence: [{ finding: 'weakness', grade: 9 }] } });
        expect(reply.status).toBe(400);
        expect(reply.body.errors[0].path).toBe('evidence[0].grade');
      });

      it('accepts unknown finding ids in lenient mode, with a warning', async () => {
        const reply = await call(base, 'POST', '/v1/assess?lenient=true', { body: { evidence: [{ finding: 'numbnes' }] } });
        expect(reply.status).toBe(200);
        expect(reply.body.warnings[0].code).toBe('unknown_finding');
      });

      it('answers malformed JSON, a wrong content type and an oversized body with problem+json', async () => {
        const malformed = await call(base, 'POST', '/v1/assess', { raw: '{"evidence": [' });
        expect(malformed.status).toBe(400);
        expect(malformed.type).toContain('application/problem+json');
        const wrongType = await call(base, 'POST', '/v1/assess', { raw: 'evidence', headers: { 'content-type': 'text/csv' } });
        expect(wrongType.status).toBe(415);
        expect(wrongType.type).toContain('application/problem+json');
        const huge = await call(base, 'POST', '/v1/assess', { body: { text: 'x'.repeat(2 * 1024 * 1024) } });
        expect(huge.status).toBe(413);
        expect(huge.type).toContain('application/problem+json');
      });
    });

    describe('accounts', () => {
      it('refuses patient data without a token, or with a wrong one (401)', async () => {
        const none = await call(base, 'GET', '/v1/patients');
        expect(none.status).toBe(401);
        expect(none.type).toContain('application/problem+json');
        const wrong = await call(base, 'GET', '/v1/patients', { token: 'not-a-token' });
        expect(wrong.status).toBe(401);
      });

      it('stores only a hash of each token', async () => {
        const rows = await server.store.db.selectFrom('users').select(['token_hash']).execute();
        expect(rows.map((r) => r.token_hash)).not.toContain(alice);
        expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
      });
    });

    describe('patients', () => {
      it('registers a patient with only an external reference and names bad fields', async () => {
        const created = await call(base, 'POST', '/v1/patients', { token: alice, body: { externalRef: 'MRN-1' } });
        expect(created.status).toBe(201);
        expect(created.body).toMatchObject({ id: expect.any(String), externalRef: 'MRN-1', birthYear: null, sex: null });
        const bad = await call(base, 'POST', '/v1/patients', { token: alice, body: { birthYear: 'old', name: 'Jane Doe' } });
        expect(bad.status).toBe(400);
        expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['birthYear', 'externalRef', 'name']);
        const again = await call(base, 'POST', '/v1/patients', { token: alice, body: { externalRef: 'MRN-1' } });
        expect(again.status).toBe(409);
      });

      it('lists a clinician’s own patients only; an admin sees all', async () => {
        const mine = await newPatient(alice, 'A-list');
        const theirs = await newPatient(bob, 'B-list');
        const aliceIds = (await call(base, 'GET', '/v1/patients?limit=100', { token: alice })).body.items.map((p: { id: string }) => p.id);
        expect(aliceIds).toContain(mine);
        expect(aliceIds).not.toContain(theirs);
        const adminIds = (await call(base, 'GET', '/v1/patients?limit=100', { token: admin })).body.items.map((p: { id: string }) => p.id);
        expect(adminIds).toEqual(expect.arrayContaining([mine, theirs]));
      });

      it('pages through patients with a cursor', async () => {
        for (let i = 0; i < 5; i++) await newPatient(bob, `B-page-${i}`);
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
          const page = await call(base, 'GET', `/v1/patients${query}`, { token: bob });
          expect(page.body.items.length).toBeLessThanOrEqual(2);
          seen.push(...page.body.items.map((p: { id: string }) => p.id));
          cursor = page.body.next;
        } while (cursor);
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen.length).toBeGreaterThanOrEqual(6);
        const badCursor = await call(base, 'GET', '/v1/patients?cursor=zzz', { token: bob });
        expect(badCursor.status).toBe(400);
        expect(badCursor.body.errors[0].path).toBe('query.cursor');
      });
    });

    describe('assessments over time', () => {
      it('stores an assessment and returns the record with the assessment whole', async () => {
        const patient = await newPatient(alice, 'A-store');
        const reply = await call(base, 'POST', `/v1/patients/${patient}/assessments`, { token: alice, body: l5Case(4, { id: 'visit-1' }) });
        expect(reply.status).toBe(201);
        expect(reply.body).toMatchObject({ assessmentId: expect.any(String), patientId: patient, createdAt: expect.any(String), comparedWith: null });
        expect(reply.body.assessment.id).toBe('visit-1');
        const read = await call(base, 'GET', `/v1/assessments/${reply.body.assessmentId}`, { token: alice });
        expect(read.body).toEqual(reply.body);
        const row = await server.store.db.selectFrom('assessments').selectAll().where('id', '=', reply.body.assessmentId).executeTakeFirstOrThrow();
        expect(row.triage_level).toBe(reply.body.assessment.triage.level);
        expect(JSON.parse(row.case_json).id).toBe('visit-1');
      });

      it('fires progressive_weakness when an MRC grade falls between visits, naming the earlier assessment', async () => {
        const patient = await newPatient(alice, 'A-progress');
        const first = await call(base, 'POST', `/v1/patients/${patient}/assessments`, { token: alice, body: l5Case(4) });
        expect(first.body.assessment.redFlags.map((f: { id: string }) => f.id)).not.toContain('progressive_weakness');
        const second = await call(base, 'POST', `/v1/patients/${patient}/assessments`, { token: alice, body: l5Case(3) });
        expect(second.status).toBe(201);
        expect(second.body.comparedWith).toBe(first.body.assessmentId);
        expect(second.body.progression).toContainEqual(
          expect.objectContaining({ kind: 'grade_fell', movement: 'ankle_dorsiflexion', side: 'left', from: 4, to: 3, comparedWith: first.body.assessmentId }),
        );
        const rules = second.body.assessment.triage.reasons.map((r: { rule: string }) => r.rule);
        expect(rules).toContain('progressive_weakness');
        expect(second.body.assessment.triage.level).toBe('urgent');
        const marked = second.body.assessment.evidence.find((e: { finding: string }) => e.finding === 'weakness');
        expect(marked).toMatchObject({ trend: 'worsening', source: 'progression' });
      });

      it('fires the bilateral rule when weakness spreads to the other side of a long-standing case', async () => {
        const patient = await newPatient(alice, 'A-spread');
        await call(base, 'POST', `/v1/patients/${patient}/assessments`, { token: alice, body: l5Case(4) });
        const spread = l5Case(4);
        spread.evidence.push({ finding: 'weakness', side: 'right', movement: 'ankle_dorsiflexion', grade: 4 });
        const reply = await call(base, 'POST', `/v1/patients/${patient}/assessments`, { token: alice, body: spread });
        expect(reply.body.progression).toContainEqual(expect.objectContaining({ kind: 'other_side', side: 'right' }));
        const rules = reply.body.assessment.triage.reasons.map((r: { rule: string }) => r.rule);
        expect(rules).toEqual(expect.arrayContaining(['bilateral_motor_deficit', 'progressive_weakness']));
        expect(reply.body.assessment.triage.level).toBe('emergency');
      });

      it('lists assessments newest first with a cursor, and gives the timeline oldest first', async () => {
        const patient = await newPatient(alice, 'A-series');
        const ids: string[] = [];
        for (const grade of [5, 4, 4, 3, 2]) ids.push((await call(base, 'POST', `/v1/patients/${patient}/assessments`, { token: alice, body: l5Case(grade) })).body.assessmentId);
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
          const page = await call(base, 'GET', `/v1/patients/${patient}/assessments${query}`, { token: alice });
          seen.push(...page.body.items.map((a: { assessmentId: string }) => a.assessmentId));
          cursor = page.body.next;
        } while (cursor);
        expect(seen).toEqual([...ids].reverse());
        const timeline = (await call(base, 'GET', `/v1/patients/${patient}/timeline`, { token: alice })).body;
        expect(timeline.points.map((p: { assessmentId: string }) => p.assessmentId)).toEqual(ids);
        expect(timeline.points.map((p: { grades: { grade: number }[] }) => p.grades[0]!.grade)).toEqual([5, 4, 4, 3, 2]);
        expect(timeline.points.map((p: { triageLevel: string }) => p.triageLevel).slice(-1)[0]).toBe('urgent');
        expect(timeline.points[3].progression).toContain('grade_fell');
        expect(timeline.points[2].progression).toEqual([]);
        expect(timeline.points[0].regions).toContainEqual({ finding: 'numbness', side: 'left', regions: ['lateral_leg'] });
        expect(timeline.points[0].pain).toMatchObject({ leg: 'present', legSides: ['left'] });
      });

      it('rejects a bad case for a patient with the field named, storing nothing', async () => {
        const patient = await newPatient(alice, 'A-bad');
        const reply = await call(base, 'POST', `/v1/patients/${patient}/assessments`, { token: alice, body: { evidence: [{ finding: 'weakness', movement: 'wiggle' }] } });
        expect(reply.status).toBe(400);
        expect(reply.body.errors[0].path).toBe('evidence[0].movement');
        const list = await call(base, 'GET', `/v1/patients/${patient}/assessments`, { token: alice });
        expect(list.body.items).toEqual([]);
      });
    });

    describe('no cross-clinician access', () => {
      it('answers 404 to another clinician on every patient route, and an admin sees it', async () => {
        const patient = await newPatient(alice, 'A-private');
        const stored = (await call(base, 'POST', `/v1/patients/${patient}/assessments`, { token: alice, body: l5Case(4) })).body;
        const spec = (await call(base, 'GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
        const routes = Object.entries(spec.paths)
          .filter(([path]) => /^\/v1\/(patients|assessments)\/\{id\}/.test(path))
          .flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })));
        // Every patient-data route with an id, including any added later, is checked.
        expect(routes.length).toBeGreaterThanOrEqual(5);
        for (const { method, path } of routes) {
          const id = path.startsWith('/v1/assessments') ? stored.assessmentId : patient;
          const url = path.replace('{id}', id);
          const body = method === 'POST' ? l5Case(2) : undefined;
          const asBob = await call(base, method, url, { token: bob, body });
          expect(asBob.status, `${method} ${path} as another clinician`).toBe(404);
          expect(JSON.stringify(asBob.body)).not.toContain('A-private');
          const asAdmin = await call(base, method, url, { token: admin, body });
          expect(asAdmin.status, `${method} ${path} as admin`).toBeLessThan(300);
        }
        // Bob's attempted write left no trace in Alice's series.
        const series = await call(base, 'GET', `/v1/patients/${patient}/assessments`, { token: alice });
        expect(series.body.items.every((a: { createdBy: string }) => a.createdBy !== bob)).toBe(true);
        const bobList = await call(base, 'GET', '/v1/patients?limit=100', { token: bob });
        expect(bobList.body.items.map((p: { id: string }) => p.id)).not.toContain(patient);
      });
    });

    describe('audit log', () => {
      it('records who did what to which patient, when and from where; admins only', async () => {
        const patient = await newPatient(alice, 'A-audit');
        await call(base, 'POST', `/v1/patients/${patient}/assessments`, { token: alice, body: l5Case(4) });
        await call(base, 'GET', `/v1/patients/${patient}/timeline`, { token: alice });
        await call(base, 'GET', `/v1/patients/${patient}/timeline`, { token: bob });
        expect((await call(base, 'GET', '/v1/audit', { token: alice })).status).toBe(403);
        const log = await call(base, 'GET', `/v1/audit?patientId=${patient}`, { token: admin });
        expect(log.status).toBe(200);
        const entries = log.body.items as { action: string; userName: string; outcome: string; ip: string; at: string; requestId: string }[];
        expect(entries.map((e) => `${e.userName}:${e.action}:${e.outcome}`)).toEqual([
          'bob:timeline.read:not_found',
          'alice:timeline.read:ok',
          'alice:assessment.create:ok',
          'alice:patient.create:ok',
        ]);
        expect(entries.every((e) => e.ip === '127.0.0.1' && !Number.isNaN(Date.parse(e.at)) && e.requestId)).toBe(true);
      });

      it('cannot be changed or deleted', async () => {
        await expect(server.store.db.updateTable('audit_log').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/);
        await expect(server.store.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
      });
    });

    it('sends the security headers and a request id on every response: success, bad input and unknown route', async () => {
      const responses = [
        await fetch(`${base}/healthz`),
        await fetch(`${base}/v1/assess`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"evidence": 3}' }),
        await fetch(`${base}/v1/nothing-here`, { headers: { 'x-request-id': 'caller-7.a' } }),
      ];
      expect(responses.map((r) => r.status)).toEqual([200, 400, 404]);
      for (const response of responses) {
        const csp = response.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("default-src 'self'");
        expect(csp).not.toContain('upgrade-insecure-requests'); // plain http on localhost must keep working
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
        expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
        expect(response.headers.get('x-request-id')).toBeTruthy();
      }
      // A caller's request id is kept, so logs join up across services.
      expect(responses[2]!.headers.get('x-request-id')).toBe('caller-7.a');
    });

    it('answers every unknown route with problem+json 404', async () => {
      const reply = await call(base, 'GET', '/v1/nothing-here');
      expect(reply.status).toBe(404);
      expect(reply.type).toContain('application/problem+json');
    });
  });
}
