/**
 * src/fhir is core: it must bundle for the browser with no Node built-in
 * (design.md). esbuild with platform 'browser' fails on any `node:` import.
 */
import { describe, expect, it } from 'vitest';
import { bundleForBrowser } from '../helpers/browserBundle.js';

describe('the FHIR core in the browser', () => {
  it('bundles for the browser without Node built-ins or the FHIR validator', async () => {
    const result = await bundleForBrowser('src/fhir/index.ts');
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((p) => p.startsWith('node:'))).toEqual([]);
    // medplum is for types and tests only: the R4 definitions must not end up in the app.
    expect(inputs.filter((p) => p.includes('@medplum'))).toEqual([]);
    const bytes = result.outputFiles[0]?.contents.byteLength ?? 0;
    console.log(`src/fhir browser bundle (with the engine it calls): ${(bytes / 1024).toFixed(0)} KiB unminified`);
  });
});
