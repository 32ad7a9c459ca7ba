/**
 * Test harness: the real app on a real port (listen on 0) over a real
 * database, and a spawned `sciatrace serve` process for crash and
 * multi-process tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/server/app.js';
import { openStore, type Store } from '../../src/store/open.js';
import type { UserRole } from '../../src/store/schema.js';
import { createUser } from '../../src/store/users.js';

export const tempDbFile = (): string => join(mkdtempSync(join(tmpdir(), 'sciatrace-')), 'test.db');

export interface Running {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly store: Store;
  close(): Promise<void>;
}

export async function startApp(location: string, options: Partial<AppOptions> = {}): Promise<Running> {
  const store = await openStore(location);
  const app = await buildApp({ store, logLevel: 'silent', assessRateLimit: false, ...options });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    app,
    store,
    close: async () => {
      await app.close();
      await store.close().catch(() => undefined);
    },
  };
}

export const addUser = async (store: Store, name: string, role: UserRole): Promise<string> =>
  (await createUser(store.db, name, role)).token;

// Bodies are inspected ad hoc in tests, so `any` by default keeps assertions readable.
export interface Reply<T = any> {
  readonly status: number;
  readonly type: string;
  readonly body: T;
}

/** JSON over real HTTP; `token` adds the bearer header. */
export async function call<T = any>(
  base: string,
  method: string,
  path: string,
  options: { token?: string | undefined; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.raw;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(new URL(path, base), { method, headers, body });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, type, body: type.includes('json') && text ? JSON.parse(text) : text };
}

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the process wrote (stdout and stderr). */
  output(): string;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** Spawns the real `sciatrace serve` on a free port and waits for its "listening" line. */
export async function spawnServer(db: string, extraArgs: string[] = []): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['bin/sciatrace.js', 'serve', '--port', '0', '--db', db, '--assess-rate-limit', '0', '--web', 'no-such-dir', ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    child,
    output: () => output,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** A case with a left L5 picture; `grade` is the MRC grade of ankle dorsiflexion. */
export const l5Case = (grade: number, extra: Record<string, unknown> = {}) => ({
  durationDays: 120,
  evidence: [
    { finding: 'leg_pain', side: 'left', regions: ['lateral_leg'] },
    { finding: 'weakness', side: 'left', movement: 'ankle_dorsiflexion', grade },
    { finding: 'numbness', side: 'left', regions: ['lateral_leg'] },
  ],
  ...extra,
});
