/** The real `sciatrace user add` and `serve` commands, as a user runs them. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, spawnServer, startApp, tempDbFile } from './harness.js';

const sciatrace = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['bin/sciatrace.js', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('sciatrace user add', () => {
  it('prints the token once, alone on the last line, and that token opens the API', async () => {
    const db = tempDbFile();
    const added = sciatrace(['user', 'add', 'frank', '--role', 'clinician', '--db', db]);
    expect(added.status).toBe(0);
    const lines = added.stdout.trim().split('\n');
    const token = lines.at(-1)!;
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(lines.slice(0, -1).join('\n')).not.toContain(token);

    const server = await spawnServer(db);
    try {
      expect((await call(server.url, 'GET', '/v1/patients', { token })).status).toBe(200);
    } finally {
      await server.kill('SIGTERM');
    }
  }, 120_000);

  it('reads SCIATRACE_DB when --db is not given', () => {
    const db = tempDbFile();
    expect(sciatrace(['user', 'add', 'gina', '--role', 'admin'], { SCIATRACE_DB: db }).status).toBe(0);
    expect(sciatrace(['user', 'list', '--db', db]).stdout).toContain('gina\tadmin');
  }, 120_000);

  it('rejects a bad role or a taken name with exit 2, naming the field', () => {
    const db = tempDbFile();
    const badRole = sciatrace(['user', 'add', 'hal', '--role', 'nurse', '--db', db]);
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toContain('--role');
    expect(sciatrace(['user', 'add', 'hal', '--role', 'admin', '--db', db]).status).toBe(0);
    const taken = sciatrace(['user', 'add', 'hal', '--role', 'admin', '--db', db]);
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain('already exists');
  }, 120_000);
});

describe('serving the web app', () => {
  it('serves web/dist at / with index.html for client-side routes, and never for API paths', async () => {
    const web = mkdtempSync(join(tmpdir(), 'sciatrace-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Sciatrace</title>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
    // Given relative, as `serve --web web/dist` does.
    const server = await startApp(tempDbFile(), { webRoot: relative(process.cwd(), web) });
    try {
      expect((await call(server.url, 'GET', '/')).body).toContain('<title>Sciatrace</title>');
      expect((await call(server.url, 'GET', '/assets/app.js')).body).toContain('console.log');
      expect((await call(server.url, 'GET', '/patients/123/history')).body).toContain('<title>Sciatrace</title>');
      const api = await call(server.url, 'GET', '/v1/unknown');
      expect(api.status).toBe(404);
      expect(api.type).toContain('application/problem+json');
    } finally {
      await server.close();
    }
  });
});

describe('rate limit of POST /v1/assess', () => {
  it('answers 429 problem+json past the configured limit, and leaves the other routes alone', async () => {
    const server = await startApp(tempDbFile(), { assessRateLimit: { max: 2, timeWindow: '1 minute' } });
    try {
      const body = { evidence: [{ finding: 'back_pain' }] };
      expect((await call(server.url, 'POST', '/v1/assess', { body })).status).toBe(200);
      expect((await call(server.url, 'POST', '/v1/assess', { body })).status).toBe(200);
      const limited = await call(server.url, 'POST', '/v1/assess', { body });
      expect(limited.status).toBe(429);
      expect(limited.type).toContain('application/problem+json');
      for (let i = 0; i < 3; i++) expect((await call(server.url, 'GET', '/healthz')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
