/** Bundles a core entry point for the browser (esbuild fails on any `node:` import) and returns the result. */
import { build } from 'esbuild';

export const bundleForBrowser = (entry: string) =>
  build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
