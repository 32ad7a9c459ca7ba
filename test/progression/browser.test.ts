/** src/progression is core: the web app can compare visits on the device, so it must bundle for the browser. */
import { describe, expect, it } from 'vitest';
import { bundleForBrowser } from '../helpers/browserBundle.js';

describe('progression in the browser', () => {
  it('bundles without Node built-ins', async () => {
    const result = await bundleForBrowser('src/progression/index.ts');
    expect(Object.keys(result.metafile.inputs).filter((p) => p.startsWith('node:'))).toEqual([]);
  });
});
