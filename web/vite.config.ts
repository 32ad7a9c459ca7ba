/**
 * The web app's build: Preact through esbuild's automatic JSX (no plugin),
 * output to web/dist, a guard against Node built-ins in the bundle, and a
 * service worker that precaches every file of the build so the app works
 * offline after its first load.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Emits sw.js with the list of built files and a version that changes with them. */
function serviceWorker(): Plugin {
  return {
    name: 'sciatrace-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => !name.endsWith('.map'));
      const version = createHash('sha256').update(files.sort().join('\n')).digest('hex').slice(0, 12);
      const template = readFileSync(new URL('./sw.template.js', import.meta.url), 'utf8');
      const source = template
        .replace('__PRECACHE__', JSON.stringify(['./', ...files.map((f) => `./${f}`)]))
        .replace('__VERSION__', JSON.stringify(`sciatrace-${version}`));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

/**
 * Fails the build when anything in the bundle imports a Node built-in: the
 * engine runs on the device, so the core must stay free of them (Vite would
 * otherwise stub them out with only a warning).
 */
function noNodeBuiltins(): Plugin {
  const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
  return {
    name: 'sciatrace-no-node-builtins',
    enforce: 'pre',
    resolveId(source, importer) {
      if (builtins.has(source) || source.startsWith('node:'))
        this.error(`${importer ?? '?'} imports the Node built-in "${source}"; the browser bundle (web app and core) must not`);
      return null;
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
  },
  plugins: [noNodeBuiltins(), serviceWorker()],
});
