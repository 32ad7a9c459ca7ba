#!/usr/bin/env node
// The command runs the TypeScript sources through tsx's loader, so there is
// no build step to forget and no stale output to run by mistake.
import { setFlagsFromString } from 'node:v8';

// V8 optimises a function after little feedback by default. The text
// extractor's functions then meet new object shapes and branches note after
// note, deoptimise and are compiled again (one of them eleven times over the
// MTSamples corpus). Waiting about three times longer before optimising saves
// that: `sciatrace screen` of MTSamples took 3.1 CPU s instead of 4.0 and 2.5 s
// instead of 2.7 s of wall time. Long runs reach the same speed either way.
// The flag is process-wide, so the screening worker threads share it.
setFlagsFromString('--interrupt-budget=400000');

const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/main.ts');
