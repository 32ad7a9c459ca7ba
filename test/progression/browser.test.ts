/** src/progression is core: the web app can compare visits on the device, so it must bundle for the browser. */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('progression in the browser', () => {
  it('bundles without Node built-ins', async () => {
    const result = await build({
      entryPoints: ['src/progression/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(Object.keys(result.metafile.inputs).filter((p) => p.startsWith('node:'))).toEqual([]);
  });
});
