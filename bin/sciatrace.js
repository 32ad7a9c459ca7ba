#!/usr/bin/env node
// The command runs the TypeScript sources through tsx's loader, so there is
// no build step to forget and no stale output to run by mistake.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
