/** Real `sciatrace` processes for the queue tests: the CLI as an operator runs it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { hostname } from 'node:os';

const BIN = new URL('../../bin/sciatrace.js', import.meta.url).pathname;

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `sciatrace ARGS` to completion. */
export function cli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface WorkerProcess {
  readonly child: ChildProcess;
  /** How the worker names itself in the chunk table. */
  readonly id: string;
  readonly exited: Promise<number | null>;
  stderr(): string;
}

/** Starts `sciatrace worker` with short polling and sweeping, as the tests need. */
export function startWorker(url: string, extra: readonly string[] = []): WorkerProcess {
  const child = spawn(process.execPath, [BIN, 'worker', '--db', url, '--poll', '0.2', '--maintenance-interval', '1', ...extra], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, id: `${hostname()}:${child.pid}`, exited, stderr: () => stderr };
}

/** Polls `check` until it returns a value (not undefined) or the time runs out. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
