/**
 * The real web app for end-to-end tests: a Vite production build, served by
 * the real HTTP app (buildApp) on a free port with a temporary SQLite DB.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildApp } from '../../../src/server/app.js';
import { openStore, type Store } from '../../../src/store/open.js';
import { createUser } from '../../../src/store/users.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** A build of its own, so a test run never clobbers (or reads half of) a developer's web/dist. */
export const WEB_DIST = mkdtempSync(join(tmpdir(), 'sciatrace-web-dist-'));

export async function buildWeb(): Promise<void> {
  await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'error', build: { outDir: WEB_DIST, emptyOutDir: true } });
}

export const removeWebBuild = () => rmSync(WEB_DIST, { recursive: true, force: true });

interface ScriptBytes {
  readonly raw: number;
  readonly gzip: number;
  readonly files: string[];
}

function measure(files: readonly string[]): ScriptBytes {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(WEB_DIST, 'assets', file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files: [...files] };
}

/**
 * Bytes of JavaScript the first page loads (the scripts and module preloads of index.html), raw and gzipped,
 * and of the scripts loaded later on demand (the free-text extractor, for a linked case that carries text).
 */
export function scriptSizes(): ScriptBytes & { readonly later: ScriptBytes } {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const first = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const all = readdirSync(join(WEB_DIST, 'assets')).filter((f) => f.endsWith('.js'));
  return { ...measure(first), later: measure(all.filter((f) => !first.includes(f))) };
}

export interface RunningApp {
  readonly url: string;
  readonly clinicianToken: string;
  close(): Promise<void>;
}

export async function startWebApp(): Promise<RunningApp> {
  const dir = mkdtempSync(join(tmpdir(), 'sciatrace-web-'));
  const store: Store = await openStore(join(dir, 'test.db'));
  const { token } = await createUser(store.db, 'dr-test', 'clinician');
  const app = await buildApp({ store, webRoot: WEB_DIST, logLevel: 'silent' });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    clinicianToken: token,
    close: async () => {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
